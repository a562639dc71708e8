package tasks

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// What the packages built on tasks (reminders, weekly) read and write inside
// transactions of their own: the same queries as the Store's, through any
// sqlx querier or execer.

// OrgTx returns the organisation with the id, reading through q.
func OrgTx(ctx context.Context, q sqlx.QueryerContext, id int64) (Org, error) {
	return loadOrg(ctx, q, id)
}

// SetOrgSettingTx stores v as the settings section key of an organisation,
// writing through q; ErrNotFound when there is no such organisation.
func SetOrgSettingTx(ctx context.Context, q sqlx.ExecerContext, orgID int64, key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("set org setting: %w", err)
	}
	res, err := q.ExecContext(ctx, `UPDATE orgs SET settings = jsonb_set(settings, ARRAY[$2::text], $3::jsonb) WHERE id = $1`, orgID, key, string(raw))
	if err != nil {
		return fmt.Errorf("set org setting: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// allStates are every state of a task.
var allStates = []State{StateAssigned, StateAccepted, StateInProgress, StateReported, StateDone, StateCancelled}

// OpenStates are the states in which State.Open holds, for SQL: `state =
// ANY($n)` with pq.Array(tasks.OpenStates()).
func OpenStates() []string { return statesWhere(State.Open) }

// activeStates are the states in which State.Active holds, for SQL.
func activeStates() []string { return statesWhere(State.Active) }

// ActiveStates are the states in which State.Active holds, for SQL in
// other packages (the outbox's retention keeps the rows of such tasks).
func ActiveStates() []string { return activeStates() }

func statesWhere(pred func(State) bool) []string {
	var out []string
	for _, s := range allStates {
		if pred(s) {
			out = append(out, string(s))
		}
	}
	return out
}

// allRoles are every role of a member.
var allRoles = []Role{RoleAdmin, RoleLeader, RoleSecretary, RoleMember}

// seesAllRoles are the roles whose members see every task (Member.SeesAll).
func seesAllRoles() []string {
	var out []string
	for _, r := range allRoles {
		if (Member{Role: r}).SeesAll() {
			out = append(out, string(r))
		}
	}
	return out
}

// SeesAllRecipients returns the organisation's members who see every task
// (Member.SeesAll: admins, leaders, secretaries), reading through q.
func SeesAllRecipients(ctx context.Context, q sqlx.QueryerContext, orgID int64) ([]Recipient, error) {
	var rs []Recipient
	err := sqlx.SelectContext(ctx, q, &rs, `
		SELECT id, chat_id, full_name FROM members
		WHERE org_id = $1 AND removed_at IS NULL AND role = ANY($2) ORDER BY id`, orgID, pq.Array(seesAllRoles()))
	if err != nil {
		return nil, fmt.Errorf("members who see all: %w", err)
	}
	return rs, nil
}

// MembersByUnit returns the members of each of the units, by unit, reading
// through q. A member of several units is under each.
func MembersByUnit(ctx context.Context, q sqlx.QueryerContext, orgID int64, unitIDs []int64) (map[int64][]Recipient, error) {
	var rows []struct {
		UnitID int64 `db:"unit_id"`
		Recipient
	}
	err := sqlx.SelectContext(ctx, q, &rows, `
		SELECT mu.unit_id, m.id, m.chat_id, m.full_name FROM member_units mu
		JOIN members m ON m.org_id = mu.org_id AND m.id = mu.member_id
		WHERE mu.org_id = $1 AND mu.unit_id = ANY($2) AND m.removed_at IS NULL
		ORDER BY mu.unit_id, m.id`, orgID, pq.Array(unitIDs))
	if err != nil {
		return nil, fmt.Errorf("unit members: %w", err)
	}
	out := map[int64][]Recipient{}
	for _, r := range rows {
		out[r.UnitID] = append(out[r.UnitID], r.Recipient)
	}
	return out, nil
}

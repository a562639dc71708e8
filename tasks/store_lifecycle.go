package tasks

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

// reworkRound counts the times a task was returned for rework; notices
// about a report carry it so that a report after rework is told again.
func reworkRound(ctx context.Context, q sqlx.QueryerContext, orgID, taskID int64) (int, error) {
	var n int
	if err := sqlx.GetContext(ctx, q, &n, `SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = $3`, orgID, taskID, EventRework); err != nil {
		return 0, fmt.Errorf("rework round: %w", err)
	}
	return n, nil
}

// leadsUnreported counts a task's lead units that have neither reported
// nor been removed: none left means the task is ready for review.
func leadsUnreported(ctx context.Context, q sqlx.QueryerContext, orgID, taskID int64) (int, error) {
	var n int
	if err := sqlx.GetContext(ctx, q, &n, `
		SELECT count(*) FROM task_units WHERE org_id = $1 AND task_id = $2 AND role = 'lead' AND state NOT IN ('reported', 'removed')`,
		orgID, taskID); err != nil {
		return 0, fmt.Errorf("leads left: %w", err)
	}
	return n, nil
}

// ReworkRound returns how many times the task was returned for rework.
func (s *Store) ReworkRound(ctx context.Context, orgID, taskID int64) (int, error) {
	return reworkRound(ctx, s.db, orgID, taskID)
}

// notifyUnitMembers queues one message per member of units; key makes the
// idempotency key of a member's message.
func notifyUnitMembers(ctx context.Context, tx *sqlx.Tx, t Task, units []int64, kind string, payload any, key func(memberID int64) string, skip map[int64]bool, now time.Time) error {
	rs, err := unitRecipients(ctx, tx, t.OrgID, units)
	if err != nil {
		return err
	}
	for _, r := range rs {
		if skip[r.MemberID] {
			continue
		}
		if _, err := outbox.Enqueue(ctx, tx, now, outbox.Message{
			OrgID: t.OrgID, IdemKey: key(r.MemberID), ChatID: r.ChatID, Kind: kind,
			Payload: payload, TaskID: &t.ID, MemberID: &r.MemberID,
		}); err != nil {
			return err
		}
	}
	return nil
}

func unitIDs(us []TaskUnit) []int64 {
	out := make([]int64, len(us))
	for i, u := range us {
		out[i] = u.UnitID
	}
	return out
}

// deciders are who decides about a task: its assigner while they are a
// member, otherwise the organisation's leaders.
func deciders(ctx context.Context, tx *sqlx.Tx, t Task) ([]int64, error) {
	var ids []int64
	err := tx.SelectContext(ctx, &ids, `
		SELECT id FROM members WHERE org_id = $1 AND id = $2 AND removed_at IS NULL
		UNION
		SELECT id FROM members WHERE org_id = $1 AND role = 'leader' AND removed_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM members WHERE org_id = $1 AND id = $2 AND removed_at IS NULL)
		ORDER BY id`, t.OrgID, t.AssignedBy)
	if err != nil {
		return nil, fmt.Errorf("deciders: %w", err)
	}
	return ids, nil
}

// settleState derives the task's state from its units after they changed:
// reported when every lead reported, otherwise the furthest any unit got.
func (s *Store) settleState(ctx context.Context, tx *sqlx.Tx, before Task, actor Member, now time.Time) error {
	t, err := loadTask(ctx, tx, before.OrgID, before.ID)
	if err != nil {
		return err
	}
	leads, leadsDone := 0, 0
	state := StateAssigned
	var lastReport *time.Time
	for _, u := range t.Units {
		if u.Role == RoleLead {
			leads++
			if u.State == string(StateReported) {
				leadsDone++
				if lastReport == nil || u.ReportedAt != nil && u.ReportedAt.After(*lastReport) {
					lastReport = u.ReportedAt
				}
			}
		}
		switch u.State {
		case string(StateInProgress), string(StateReported):
			state = StateInProgress
		case string(StateAccepted):
			if state == StateAssigned {
				state = StateAccepted
			}
		}
	}
	if leads > 0 && leadsDone == leads {
		state = StateReported
	}
	if state == t.State {
		return nil
	}
	if state != StateReported {
		_, err = tx.ExecContext(ctx, `UPDATE tasks SET state = $3, reported_at = NULL, reported_by = NULL WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID, state)
		if err != nil {
			return fmt.Errorf("settle state: %w", err)
		}
		return nil
	}
	if lastReport == nil {
		lastReport = &now
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'reported', reported_at = $3, reported_by = $4 WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID, *lastReport, actor.ID); err != nil {
		return fmt.Errorf("settle state: %w", err)
	}
	lead, _ := t.Lead()
	return s.askConfirmation(ctx, tx, t, lead.UnitID, actor.ID, now)
}

// askConfirmation asks the task's deciders to confirm that it is done.
func (s *Store) askConfirmation(ctx context.Context, tx *sqlx.Tx, t Task, unit, actorID int64, now time.Time) error {
	round, err := reworkRound(ctx, tx, t.OrgID, t.ID)
	if err != nil {
		return err
	}
	return notifyDeciders(ctx, tx, t, NoticeToConfirm, LifecyclePayload{TaskID: t.ID, UnitID: unit, ActorID: actorID, Round: round},
		func(d int64) string { return fmt.Sprintf("task:%d:confirm:%d:%d", t.ID, round, d) }, now)
}

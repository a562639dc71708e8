package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/vntext"
)

// NoticeUnitMerged tells the members of merged units which unit they now
// belong to and how many open tasks followed them.
const NoticeUnitMerged = "unit_merged"

// EventUnitMerged is recorded on each open task whose part moved from a
// merged unit to its successor; the event's unit is the old one.
const EventUnitMerged = "unit_merged"

// UnitMergedPayload is the payload of a NoticeUnitMerged message: names
// as they were at the merge, so the notice renders without the units.
type UnitMergedPayload struct {
	From  []string `json:"from"`
	Into  string   `json:"into"`
	Tasks int      `json:"tasks"`
}

// MergeResult says what a merge moved.
type MergeResult struct {
	Into    Unit
	Retired []Unit
	Tasks   int // open tasks whose part moved
	Members int // members who moved
	Groups  int // group chats relinked
}

// MergeUnits merges the units with the codes olds into the unit into, in
// one transaction: the open tasks' parts, the members, the group chats, the
// pending invites and extension requests, the active series and the aliases
// move to into, whose reminders are planned again for its members; the old
// units are retired with into as their successor, keeping their rows and
// names for the history, and their members are told.
func (s *Store) MergeUnits(ctx context.Context, orgID int64, into string, olds []string, now time.Time) (MergeResult, error) {
	var res MergeResult
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var err error
		res, err = s.mergeUnits(ctx, tx, orgID, into, olds, now)
		return err
	})
	if err != nil {
		return MergeResult{}, fmt.Errorf("merge units: %w", err)
	}
	return res, nil
}

// errPreview rolls back the merge PreviewMerge made to count what moves.
var errPreview = errors.New("merge preview")

// PreviewMerge says what MergeUnits would move, changing nothing: the merge
// is made in a transaction that is then rolled back, so that the counts
// are the merge's own. A merge that would be refused is refused the same.
func (s *Store) PreviewMerge(ctx context.Context, orgID int64, into string, olds []string, now time.Time) (MergeResult, error) {
	var res MergeResult
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var err error
		if res, err = s.mergeUnits(ctx, tx, orgID, into, olds, now); err != nil {
			return err
		}
		return errPreview
	})
	if err != nil && !errors.Is(err, errPreview) {
		return MergeResult{}, fmt.Errorf("preview merge: %w", err)
	}
	return res, nil
}

// mergeUnits is MergeUnits in the transaction tx.
func (s *Store) mergeUnits(ctx context.Context, tx *sqlx.Tx, orgID int64, into string, olds []string, now time.Time) (MergeResult, error) {
	var res MergeResult
	err := func() error {
		var err error
		if res.Into, err = lockUnitByCode(ctx, tx, orgID, into); err != nil {
			return err
		}
		if res.Into.RetiredAt != nil {
			return inputErrorf(msgMergeIntoRetired, res.Into.Name)
		}
		seen := map[int64]bool{res.Into.ID: true}
		var oldIDs []int64
		for _, code := range olds {
			u, err := lockUnitByCode(ctx, tx, orgID, code)
			if err != nil {
				return err
			}
			if seen[u.ID] {
				return inputErrorf(msgMergeTwice, u.Code)
			}
			if u.RetiredAt != nil {
				return inputErrorf(msgMergeRetired, u.Name)
			}
			seen[u.ID] = true
			res.Retired = append(res.Retired, u)
			oldIDs = append(oldIDs, u.ID)
		}
		if len(oldIDs) == 0 {
			return inputErrorf(msgMergeNothing)
		}
		if err := moveLink(ctx, tx, orgID, &res, oldIDs); err != nil {
			return err
		}
		taskIDs, err := moveTaskParts(ctx, tx, orgID, res.Into.ID, oldIDs, now)
		if err != nil {
			return err
		}
		res.Tasks = len(taskIDs)
		if err := moveDelegations(ctx, tx, orgID, res.Into, oldIDs, taskIDs); err != nil {
			return err
		}
		members, err := moveMembers(ctx, tx, orgID, res.Into.ID, oldIDs)
		if err != nil {
			return err
		}
		res.Members = len(members)
		if res.Groups, err = moveRest(ctx, tx, orgID, res.Into.ID, oldIDs, now); err != nil {
			return err
		}
		if err := mergeAliases(ctx, tx, orgID, res.Into, res.Retired); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE units SET retired_at = $3, successor_id = $4 WHERE org_id = $1 AND id = ANY($2)`,
			orgID, pq.Array(oldIDs), now, res.Into.ID); err != nil {
			return fmt.Errorf("retire: %w", err)
		}
		for _, id := range taskIDs {
			if err := s.taskChanged(ctx, tx, orgID, id, now); err != nil {
				return err
			}
		}
		return notifyMerged(ctx, tx, orgID, res, members, oldIDs, now)
	}()
	return res, err
}

func lockUnitByCode(ctx context.Context, tx *sqlx.Tx, orgID int64, code string) (Unit, error) {
	var r unitRow
	err := tx.GetContext(ctx, &r, `
		SELECT org_id, id, code, name, aliases, kind, linked_org_id, retired_at, successor_id
		FROM units WHERE org_id = $1 AND lower(code) = $2 FOR UPDATE`, orgID, strings.ToLower(code))
	if errors.Is(err, sql.ErrNoRows) {
		return Unit{}, inputErrorf(msgLinkNoUnit, code)
	}
	if err != nil {
		return Unit{}, fmt.Errorf("unit %s: %w", code, err)
	}
	u := r.Unit
	u.Aliases = r.Aliases
	return u, nil
}

// moveLink keeps the link to a child organisation when one of the merged
// units had it: it passes to the successor. Two links cannot become one.
func moveLink(ctx context.Context, tx *sqlx.Tx, orgID int64, res *MergeResult, oldIDs []int64) error {
	var linked []Unit
	for _, u := range append([]Unit{res.Into}, res.Retired...) {
		if u.LinkedOrgID != nil {
			linked = append(linked, u)
		}
	}
	if len(linked) > 1 {
		return inputErrorf(msgMergeTwoLinks, linked[0].Name, linked[1].Name)
	}
	if len(linked) == 0 || linked[0].ID == res.Into.ID {
		return nil
	}
	child := *linked[0].LinkedOrgID
	if _, err := tx.ExecContext(ctx, `UPDATE units SET linked_org_id = NULL WHERE org_id = $1 AND id = $2`, orgID, linked[0].ID); err != nil {
		return fmt.Errorf("unlink: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE units SET linked_org_id = $3 WHERE org_id = $1 AND id = $2`, orgID, res.Into.ID, child); err != nil {
		return fmt.Errorf("link successor: %w", err)
	}
	res.Into.LinkedOrgID = &child
	return nil
}

// moveTaskParts moves the old units' parts of active tasks to into, the
// stronger role winning where into already had a part, and records the
// move on each task. Closed tasks keep the old units.
func moveTaskParts(ctx context.Context, tx *sqlx.Tx, orgID, into int64, oldIDs []int64, now time.Time) ([]int64, error) {
	var parts []struct {
		TaskID int64    `db:"task_id"`
		UnitID int64    `db:"unit_id"`
		Role   UnitRole `db:"role"`
	}
	if err := tx.SelectContext(ctx, &parts, `
		SELECT tu.task_id, tu.unit_id, tu.role FROM task_units tu
		JOIN tasks t ON t.org_id = tu.org_id AND t.id = tu.task_id
		WHERE tu.org_id = $1 AND tu.unit_id = ANY($2) AND tu.state <> 'removed' AND t.state = ANY($3)
		ORDER BY tu.task_id, tu.unit_id FOR UPDATE OF t`, orgID, pq.Array(oldIDs), pq.Array(activeStates())); err != nil {
		return nil, fmt.Errorf("task parts: %w", err)
	}
	var ids []int64
	for _, p := range parts {
		if len(ids) == 0 || ids[len(ids)-1] != p.TaskID {
			ids = append(ids, p.TaskID)
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO task_units (org_id, task_id, unit_id, role, state, accepted_at, reported_at)
			SELECT org_id, task_id, $4, role, state, accepted_at, reported_at FROM task_units
			WHERE org_id = $1 AND task_id = $2 AND unit_id = $3
			ON CONFLICT (org_id, task_id, unit_id) DO UPDATE SET
				role = CASE WHEN task_units.role = 'lead' OR EXCLUDED.role = 'lead' THEN 'lead' ELSE 'coord' END,
				state = CASE WHEN task_units.state = 'removed' THEN EXCLUDED.state ELSE task_units.state END,
				accepted_at = coalesce(task_units.accepted_at, EXCLUDED.accepted_at),
				reported_at = CASE WHEN task_units.state = 'removed' THEN EXCLUDED.reported_at ELSE task_units.reported_at END`,
			orgID, p.TaskID, p.UnitID, into); err != nil {
			return nil, fmt.Errorf("move part of task %d: %w", p.TaskID, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM task_units WHERE org_id = $1 AND task_id = $2 AND unit_id = $3`, orgID, p.TaskID, p.UnitID); err != nil {
			return nil, fmt.Errorf("drop old part of task %d: %w", p.TaskID, err)
		}
		unit := p.UnitID
		if _, err := addEventData(ctx, tx, orgID, p.TaskID, now, nil, &unit, EventUnitMerged, "", map[string]int64{"into": into}); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// moveDelegations moves the record that a task went down to a child
// organisation with the task's part: the down step that follows the merge
// names the new unit, so the child's reports come back to its part. One
// record per task moves (the one to the child into now stands for, if
// any); a task whose new unit had gone down already keeps that record.
func moveDelegations(ctx context.Context, tx *sqlx.Tx, orgID int64, into Unit, oldIDs, taskIDs []int64) error {
	if _, err := tx.ExecContext(ctx, `
		UPDATE task_delegations d SET unit_id = $3
		FROM (SELECT DISTINCT ON (task_id) task_id, unit_id FROM task_delegations
			WHERE org_id = $1 AND unit_id = ANY($2) AND task_id = ANY($4)
			ORDER BY task_id, (child_org_id IS NOT DISTINCT FROM $5) DESC, unit_id) m
		WHERE d.org_id = $1 AND d.task_id = m.task_id AND d.unit_id = m.unit_id
			AND NOT EXISTS (SELECT 1 FROM task_delegations n WHERE n.org_id = $1 AND n.task_id = d.task_id AND n.unit_id = $3)`,
		orgID, pq.Array(oldIDs), into.ID, pq.Array(taskIDs), into.LinkedOrgID); err != nil {
		return fmt.Errorf("move delegations: %w", err)
	}
	return nil
}

// moveMembers moves the old units' members to into, a head of an old unit
// becoming a head of into, and returns them.
func moveMembers(ctx context.Context, tx *sqlx.Tx, orgID, into int64, oldIDs []int64) ([]int64, error) {
	var members []int64
	if err := tx.SelectContext(ctx, &members, `
		INSERT INTO member_units (org_id, member_id, unit_id, is_head)
		SELECT org_id, member_id, $3, bool_or(is_head) FROM member_units
		WHERE org_id = $1 AND unit_id = ANY($2) GROUP BY org_id, member_id
		ON CONFLICT (org_id, member_id, unit_id) DO UPDATE SET is_head = member_units.is_head OR EXCLUDED.is_head
		RETURNING member_id`, orgID, pq.Array(oldIDs), into); err != nil {
		return nil, fmt.Errorf("move members: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM member_units WHERE org_id = $1 AND unit_id = ANY($2)`, orgID, pq.Array(oldIDs)); err != nil {
		return nil, fmt.Errorf("drop old memberships: %w", err)
	}
	return members, nil
}

// moveRest moves group chats, invites that still work, pending extension
// requests and active series to into, and returns the groups moved.
func moveRest(ctx context.Context, tx *sqlx.Tx, orgID, into int64, oldIDs []int64, now time.Time) (int, error) {
	res, err := tx.ExecContext(ctx, `UPDATE group_links SET unit_id = $3 WHERE org_id = $1 AND unit_id = ANY($2)`, orgID, pq.Array(oldIDs), into)
	if err != nil {
		return 0, fmt.Errorf("move groups: %w", err)
	}
	groups, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("move groups: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE invites SET unit_id = $3 WHERE org_id = $1 AND unit_id = ANY($2) AND revoked_at IS NULL AND expires_at > $4`,
		orgID, pq.Array(oldIDs), into, now); err != nil {
		return 0, fmt.Errorf("move invites: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE task_extensions SET unit_id = $3 WHERE org_id = $1 AND unit_id = ANY($2) AND status = 'pending'`,
		orgID, pq.Array(oldIDs), into); err != nil {
		return 0, fmt.Errorf("move extension requests: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE task_series SET
			leads = ARRAY(SELECT DISTINCT CASE WHEN u = ANY($2) THEN $3 ELSE u END FROM unnest(leads) u),
			coordinators = ARRAY(SELECT DISTINCT CASE WHEN u = ANY($2) THEN $3 ELSE u END FROM unnest(coordinators) u
				WHERE NOT (CASE WHEN u = ANY($2) THEN $3 ELSE u END = ANY(
					ARRAY(SELECT CASE WHEN l = ANY($2) THEN $3 ELSE l END FROM unnest(leads) l))))
		WHERE org_id = $1 AND stopped_at IS NULL AND (leads && $2 OR coordinators && $2)`,
		orgID, pq.Array(oldIDs), into); err != nil {
		return 0, fmt.Errorf("move series: %w", err)
	}
	return int(groups), nil
}

// mergeAliases gives into the aliases of the merged units; their names and
// codes stay theirs and resolve to into through the retired units.
func mergeAliases(ctx context.Context, tx *sqlx.Tx, orgID int64, into Unit, olds []Unit) error {
	have := map[string]bool{vntext.Fold(into.Name): true, vntext.Fold(into.Code): true}
	aliases := append([]string{}, into.Aliases...)
	for _, a := range aliases {
		have[vntext.Fold(a)] = true
	}
	for _, u := range olds {
		for _, a := range u.Aliases {
			if !have[vntext.Fold(a)] {
				have[vntext.Fold(a)] = true
				aliases = append(aliases, a)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE units SET aliases = $3 WHERE org_id = $1 AND id = $2`, orgID, into.ID, pq.StringArray(aliases)); err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	return nil
}

// notifyMerged queues the notice of the merge to the members who moved.
func notifyMerged(ctx context.Context, tx *sqlx.Tx, orgID int64, res MergeResult, members, oldIDs []int64, now time.Time) error {
	if len(members) == 0 {
		return nil
	}
	p := UnitMergedPayload{Into: res.Into.Name, Tasks: res.Tasks}
	for _, u := range res.Retired {
		p.From = append(p.From, u.Name)
	}
	var rs []Recipient
	if err := tx.SelectContext(ctx, &rs, `
		SELECT id, chat_id, full_name FROM members
		WHERE org_id = $1 AND id = ANY($2) AND removed_at IS NULL ORDER BY id`, orgID, pq.Array(members)); err != nil {
		return fmt.Errorf("merge recipients: %w", err)
	}
	ids := make([]string, len(oldIDs))
	for i, id := range oldIDs {
		ids[i] = fmt.Sprint(id)
	}
	msgs := make([]outbox.Message, 0, len(rs))
	for _, r := range rs {
		msgs = append(msgs, outbox.Message{
			OrgID:    orgID,
			IdemKey:  fmt.Sprintf("unit:%d:merged:%s:%d", res.Into.ID, strings.Join(ids, "+"), r.MemberID),
			ChatID:   r.ChatID,
			Kind:     NoticeUnitMerged,
			Payload:  p,
			MemberID: &r.MemberID,
		})
	}
	_, err := outbox.Enqueue(ctx, tx, now, msgs...)
	return err
}

// RenameUnit gives the unit with the code a new name; the old name becomes
// an alias, so texts that still use it find the unit.
func (s *Store) RenameUnit(ctx context.Context, orgID int64, code, name string) (Unit, error) {
	name = vntext.Clean(name)
	if name == "" {
		return Unit{}, inputErrorf(msgRenameEmpty)
	}
	var u Unit
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var err error
		if u, err = lockUnitByCode(ctx, tx, orgID, code); err != nil {
			return err
		}
		if u.RetiredAt != nil {
			return inputErrorf(msgMergeRetired, u.Name)
		}
		if vntext.Fold(u.Name) != vntext.Fold(name) {
			keep := true
			for _, a := range u.Aliases {
				if vntext.Fold(a) == vntext.Fold(u.Name) {
					keep = false
				}
			}
			if keep {
				u.Aliases = append(u.Aliases, u.Name)
			}
		}
		u.Name = name
		_, err = tx.ExecContext(ctx, `UPDATE units SET name = $3, aliases = $4 WHERE org_id = $1 AND id = $2`,
			orgID, u.ID, name, pq.StringArray(u.Aliases))
		return err
	})
	if err != nil {
		return Unit{}, fmt.Errorf("rename unit: %w", err)
	}
	return u, nil
}

// RetireUnit retires a unit whose work is over: its row, name and history
// stay, it leaves the directory's groups and later weeks' reports. A unit
// with open tasks or members is refused: merge it into another instead.
func (s *Store) RetireUnit(ctx context.Context, orgID int64, code string, now time.Time) (Unit, error) {
	var u Unit
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var err error
		if u, err = lockUnitByCode(ctx, tx, orgID, code); err != nil {
			return err
		}
		if u.RetiredAt != nil {
			return inputErrorf(msgUnitRetiredNoNext, u.Name)
		}
		var busy struct {
			Tasks   int `db:"tasks"`
			Members int `db:"members"`
		}
		if err := tx.GetContext(ctx, &busy, `
			SELECT (SELECT count(*) FROM task_units tu JOIN tasks t ON t.org_id = tu.org_id AND t.id = tu.task_id
				WHERE tu.org_id = $1 AND tu.unit_id = $2 AND tu.state <> 'removed' AND t.state = ANY($3)) AS tasks,
				(SELECT count(*) FROM member_units WHERE org_id = $1 AND unit_id = $2) AS members`,
			orgID, u.ID, pq.Array(activeStates())); err != nil {
			return fmt.Errorf("unit in use: %w", err)
		}
		if busy.Tasks > 0 || busy.Members > 0 {
			return inputErrorf(msgRetireBusy, u.Name, busy.Tasks, busy.Members, u.Code)
		}
		if u.LinkedOrgID != nil {
			return inputErrorf(msgRetireLinked, u.Name)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE units SET retired_at = $3 WHERE org_id = $1 AND id = $2`, orgID, u.ID, now); err != nil {
			return fmt.Errorf("retire: %w", err)
		}
		u.RetiredAt = &now
		return nil
	})
	if err != nil {
		return Unit{}, fmt.Errorf("retire unit: %w", err)
	}
	return u, nil
}

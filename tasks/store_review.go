package tasks

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/outbox"
)

// Confirm accepts a task reported done: it is done, the owners are told,
// pending notices about it are dropped, and a recurring task's next
// occurrence is made. The parts of units that never reported (coordinating
// units) are closed with the task (UnitClosed), as ended when the task was
// reported done. Only the assigner, a leader or an admin may confirm;
// a task not waiting for confirmation is ErrConflict.
func (s *Store) Confirm(ctx context.Context, actor Member, taskID int64, now time.Time) (Task, error) {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.CanManage, waitsForConfirmation)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'done', confirmed_at = $3 WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID, now); err != nil {
			return fmt.Errorf("confirm task: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE task_units SET state = 'closed', reported_at = $3
			WHERE org_id = $1 AND task_id = $2 AND state NOT IN ('reported', 'removed')`, t.OrgID, t.ID, t.ReportedAt); err != nil {
			return fmt.Errorf("close unreported parts: %w", err)
		}
		ev, err := addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, nil, EventConfirmed, "", nil)
		if err != nil {
			return err
		}
		if err := s.closeTask(ctx, tx, t, "task confirmed", now); err != nil {
			return err
		}
		payload := LifecyclePayload{TaskID: t.ID, ActorID: actor.ID, EventID: ev}
		if err := notifyUnitMembers(ctx, tx, t, unitIDs(t.Units), NoticeConfirmed, payload,
			func(m int64) string { return fmt.Sprintf("task:%d:confirmed:%d", t.ID, m) }, nil, now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("confirm: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

// closeTask does what every closed task needs: pending notices that no
// longer make sense are dropped, pending extension requests withdrawn, and
// a recurring task's next occurrence made.
func (s *Store) closeTask(ctx context.Context, tx *sqlx.Tx, t Task, why string, now time.Time) error {
	if err := outbox.CancelForTask(ctx, tx, t.OrgID, t.ID, closedObsoleteKinds(), why); err != nil {
		return err
	}
	if err := withdrawExtensions(ctx, tx, t); err != nil {
		return err
	}
	series, err := taskSeriesID(ctx, tx, t.OrgID, t.ID)
	if err != nil || series == 0 {
		return err
	}
	_, err = s.nextOccurrence(ctx, tx, t.OrgID, series, now)
	return err
}

// Rework returns a task reported done to its owners with a reason: the task
// and its lead units are in progress again, and the owners are told. A
// coordinating unit's report stands unless the reason names that unit (or
// a group it belongs to, such as "các xã"); then it reports again too. Only
// the assigner, a leader or an admin may do it.
func (s *Store) Rework(ctx context.Context, actor Member, taskID int64, reason string, now time.Time) (Task, error) {
	reason, err := ParseReason(reason)
	if err != nil {
		return Task{}, err
	}
	dir, err := s.Directory(ctx, actor.OrgID)
	if err != nil {
		return Task{}, fmt.Errorf("rework: %w", err)
	}
	named := map[int64]bool{}
	for _, m := range dir.Mentions(reason) {
		for _, u := range dir.Expand(m) {
			named[u.ID] = true
		}
	}
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.CanManage, waitsForConfirmation)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'in_progress', reported_at = NULL, reported_by = NULL WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID); err != nil {
			return fmt.Errorf("rework task: %w", err)
		}
		var redo []int64
		for _, u := range t.Units {
			if u.State == string(StateReported) && (u.Role == RoleLead || named[u.UnitID]) {
				redo = append(redo, u.UnitID)
			}
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE task_units SET state = 'in_progress', reported_at = NULL
			WHERE org_id = $1 AND task_id = $2 AND unit_id = ANY($3)`, t.OrgID, t.ID, pq.Array(redo)); err != nil {
			return fmt.Errorf("rework units: %w", err)
		}
		ev, err := addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, nil, EventRework, reason, nil)
		if err != nil {
			return err
		}
		if err := outbox.CancelForTask(ctx, tx, t.OrgID, t.ID, []string{NoticeToConfirm, NoticeReported}, "task returned for rework"); err != nil {
			return err
		}
		payload := LifecyclePayload{TaskID: t.ID, ActorID: actor.ID, EventID: ev, Reason: reason}
		if err := notifyUnitMembers(ctx, tx, t, unitIDs(t.Units), NoticeRework, payload,
			func(m int64) string { return fmt.Sprintf("task:%d:rework:%d:%d", t.ID, ev, m) }, nil, now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("rework: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

// Cancel cancels a task with a reason: its owners are told and nothing more
// is sent about it. Leaders, secretaries and admins may cancel; a task
// already done or cancelled is ErrConflict. A recurring task's next
// occurrence is still made (StopSeries ends the series).
func (s *Store) Cancel(ctx context.Context, actor Member, taskID int64, reason string, now time.Time) (Task, error) {
	reason, err := ParseReason(reason)
	if err != nil {
		return Task{}, err
	}
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.CanReassign, State.Active)
		if err != nil {
			return err
		}
		ev, err := s.cancelTask(ctx, tx, t, &actor.ID, reason, "task cancelled", now)
		if err != nil {
			return err
		}
		payload := LifecyclePayload{TaskID: t.ID, ActorID: actor.ID, EventID: ev, Reason: reason}
		key := func(m int64) string { return fmt.Sprintf("task:%d:cancelled:%d", t.ID, m) }
		// The assigner, when someone else cancels, is told too, once.
		var skip map[int64]bool
		if t.AssignedBy != actor.ID {
			skip = map[int64]bool{t.AssignedBy: true}
			if err := notifyMember(ctx, tx, t.OrgID, t.AssignedBy, now, outbox.Message{
				IdemKey: key(t.AssignedBy), Kind: NoticeCancelled, Payload: payload, TaskID: &t.ID,
			}); err != nil {
				return err
			}
		}
		if err := notifyUnitMembers(ctx, tx, t, unitIDs(t.Units), NoticeCancelled, payload, key, skip, now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("cancel: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

// cancelTask marks a locked task cancelled by member (nil: by no member of
// the organisation), records the reason in its history and closes it
// (why goes to the cancelled messages), returning the history line's id.
func (s *Store) cancelTask(ctx context.Context, tx *sqlx.Tx, t Task, member *int64, reason, why string, now time.Time) (int64, error) {
	if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'cancelled', cancelled_at = $3 WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID, now); err != nil {
		return 0, fmt.Errorf("cancel task: %w", err)
	}
	ev, err := addEventData(ctx, tx, t.OrgID, t.ID, now, member, nil, EventCancelled, reason, nil)
	if err != nil {
		return 0, err
	}
	if err := s.closeTask(ctx, tx, t, why, now); err != nil {
		return 0, err
	}
	return ev, nil
}

// Reassign gives a task to other units with a reason. Units taken off keep
// their record (state "removed") and their members are told; new units'
// members get the task as on assignment; units that stay keep their
// progress. Leaders, secretaries and admins may reassign an open task or one
// waiting for confirmation. Reassigning an occurrence of a running recurring
// series gives the series to the new units too: the occurrences made after
// it go to them (those already made stay as they are).
func (s *Store) Reassign(ctx context.Context, actor Member, taskID int64, leads, coords []int64, reason string, now time.Time) (Task, error) {
	reason, err := ParseReason(reason)
	if err != nil {
		return Task{}, err
	}
	if len(leads) == 0 {
		return Task{}, errors.New("reassign: no lead unit")
	}
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.CanReassign, State.Active)
		if err != nil {
			return err
		}
		role := map[int64]UnitRole{}
		var order []int64
		for _, u := range leads {
			if _, ok := role[u]; !ok {
				role[u] = RoleLead
				order = append(order, u)
			}
		}
		for _, u := range coords {
			if _, ok := role[u]; !ok {
				role[u] = RoleCoord
				order = append(order, u)
			}
		}
		same := len(order) == len(t.Units)
		old := map[int64]bool{}
		for _, u := range t.Units {
			old[u.UnitID] = true
			same = same && role[u.UnitID] == u.Role
		}
		if same {
			return &InputError{Msg: msgReassignSame}
		}
		var removed, added []int64
		for _, u := range t.Units {
			if _, ok := role[u.UnitID]; !ok {
				removed = append(removed, u.UnitID)
			}
		}
		for _, u := range order {
			if !old[u] {
				added = append(added, u)
			}
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE task_units SET state = 'removed' WHERE org_id = $1 AND task_id = $2 AND unit_id = ANY($3)`,
			t.OrgID, t.ID, pq.Array(removed)); err != nil {
			return fmt.Errorf("reassign: remove units: %w", err)
		}
		for _, u := range order {
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO task_units (org_id, task_id, unit_id, role) VALUES ($1, $2, $3, $4)
				ON CONFLICT (org_id, task_id, unit_id) DO UPDATE SET role = EXCLUDED.role,
					state = CASE WHEN task_units.state = 'removed' THEN 'assigned' ELSE task_units.state END,
					accepted_at = CASE WHEN task_units.state = 'removed' THEN NULL ELSE task_units.accepted_at END,
					reported_at = CASE WHEN task_units.state = 'removed' THEN NULL ELSE task_units.reported_at END`,
				t.OrgID, t.ID, u, role[u]); err != nil {
				return fmt.Errorf("reassign: unit %d: %w", u, err)
			}
		}
		var newLeads, newCoords []int64
		for _, u := range order {
			if role[u] == RoleLead {
				newLeads = append(newLeads, u)
			} else {
				newCoords = append(newCoords, u)
			}
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE task_series SET leads = $3, coordinators = $4
			WHERE org_id = $1 AND stopped_at IS NULL AND id = (SELECT series_id FROM tasks WHERE org_id = $1 AND id = $2)`,
			t.OrgID, t.ID, pq.Int64Array(newLeads), pq.Int64Array(append([]int64{}, newCoords...))); err != nil {
			return fmt.Errorf("reassign: series units: %w", err)
		}
		ev, err := addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, nil, EventReassigned, reason, ReassignData{From: unitIDs(t.Units), To: order})
		if err != nil {
			return err
		}
		if err := s.settleState(ctx, tx, t, actor, now); err != nil {
			return err
		}
		after, err := loadTask(ctx, tx, t.OrgID, t.ID)
		if err != nil {
			return err
		}
		stay, err := unitRecipients(ctx, tx, t.OrgID, order)
		if err != nil {
			return err
		}
		skip := map[int64]bool{}
		for _, r := range stay {
			skip[r.MemberID] = true
		}
		moved := LifecyclePayload{TaskID: t.ID, ActorID: actor.ID, EventID: ev, Reason: reason, Units: order}
		if err := notifyUnitMembers(ctx, tx, after, removed, NoticeMoved, moved,
			func(m int64) string { return fmt.Sprintf("task:%d:moved:%d:%d", t.ID, ev, m) }, skip, now); err != nil {
			return err
		}
		told := map[int64]bool{}
		if old, err := unitRecipients(ctx, tx, t.OrgID, unitIDs(t.Units)); err != nil {
			return err
		} else {
			for _, r := range old {
				if skip[r.MemberID] {
					told[r.MemberID] = true
				}
			}
		}
		if err := notifyUnitMembers(ctx, tx, after, added, NoticeAssigned, LifecyclePayload{TaskID: t.ID},
			func(m int64) string { return fmt.Sprintf("task:%d:assigned:%d:e%d", t.ID, m, ev) }, told, now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("reassign: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

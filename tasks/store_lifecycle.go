package tasks

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
)

// addEventData records a history line with structured data and returns its id.
func addEventData(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, at time.Time, member, unit *int64, kind, note string, data any) (int64, error) {
	raw := []byte("{}")
	if data != nil {
		var err error
		if raw, err = json.Marshal(data); err != nil {
			return 0, fmt.Errorf("task event data: %w", err)
		}
	}
	var id int64
	if err := tx.GetContext(ctx, &id, `
		INSERT INTO task_events (org_id, task_id, at, member_id, unit_id, kind, note, data)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, orgID, taskID, at, member, unit, kind, note, raw); err != nil {
		return 0, fmt.Errorf("task event: %w", err)
	}
	return id, nil
}

// reworkRound counts the times a task was returned for rework; notices
// about a report carry it so that a report after rework is told again.
func reworkRound(ctx context.Context, q sqlx.QueryerContext, orgID, taskID int64) (int, error) {
	var n int
	if err := sqlx.GetContext(ctx, q, &n, `SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = $3`, orgID, taskID, EventRework); err != nil {
		return 0, fmt.Errorf("rework round: %w", err)
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

// ReportProgress records an owner's progress (text, percentage, files) on
// the task. Their units that had not started are now in progress, and so is
// the task. Evidence may still be added to a task waiting for confirmation;
// a closed task is ErrConflict.
func (s *Store) ReportProgress(ctx context.Context, actor Member, taskID int64, p Progress, now time.Time) (Task, error) {
	if p.Text == "" && len(p.Files) == 0 {
		return Task{}, &InputError{Msg: msgProgressEmpty}
	}
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.OwnsTask(t) {
			return ErrForbidden
		}
		if t.State == StateDone || t.State == StateCancelled {
			return ErrConflict
		}
		var unit *int64
		for _, u := range t.Units {
			if !actor.ActsFor(u.UnitID) {
				continue
			}
			if unit == nil {
				id := u.UnitID
				unit = &id
			}
			if u.State == string(StateAssigned) || u.State == string(StateAccepted) {
				if _, err := tx.ExecContext(ctx, `
					UPDATE task_units SET state = 'in_progress', accepted_at = coalesce(accepted_at, $4)
					WHERE org_id = $1 AND task_id = $2 AND unit_id = $3`, t.OrgID, t.ID, u.UnitID, now); err != nil {
					return fmt.Errorf("unit in progress: %w", err)
				}
			}
		}
		if t.State == StateAssigned || t.State == StateAccepted {
			if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'in_progress' WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID); err != nil {
				return fmt.Errorf("task in progress: %w", err)
			}
		}
		if _, err := addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, unit, EventProgress, p.Text, ProgressData{Percent: p.Percent, Files: p.Files}); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("report progress: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

// Confirm accepts a task reported done: it is done, the owners are told,
// pending notices about it are dropped, and a recurring task's next
// occurrence is made. Only the assigner, a leader or an admin may confirm;
// a task not waiting for confirmation is ErrConflict.
func (s *Store) Confirm(ctx context.Context, actor Member, taskID int64, now time.Time) (Task, error) {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanManage(t) {
			return ErrForbidden
		}
		if t.State != StateReported {
			return ErrConflict
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'done', confirmed_at = $3 WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID, now); err != nil {
			return fmt.Errorf("confirm task: %w", err)
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
	if _, err := tx.ExecContext(ctx, `UPDATE task_extensions SET status = 'withdrawn' WHERE org_id = $1 AND task_id = $2 AND status = 'pending'`, t.OrgID, t.ID); err != nil {
		return fmt.Errorf("withdraw extensions: %w", err)
	}
	series, err := taskSeriesID(ctx, tx, t.OrgID, t.ID)
	if err != nil || series == 0 {
		return err
	}
	_, err = s.nextOccurrence(ctx, tx, t.OrgID, series, now)
	return err
}

// Rework returns a task reported done to its owners with a reason: the task
// and the units that reported are in progress again and the owners are
// told. Only the assigner, a leader or an admin may do it.
func (s *Store) Rework(ctx context.Context, actor Member, taskID int64, reason string, now time.Time) (Task, error) {
	reason, err := ParseReason(reason)
	if err != nil {
		return Task{}, err
	}
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanManage(t) {
			return ErrForbidden
		}
		if t.State != StateReported {
			return ErrConflict
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'in_progress', reported_at = NULL, reported_by = NULL WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID); err != nil {
			return fmt.Errorf("rework task: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE task_units SET state = 'in_progress', reported_at = NULL
			WHERE org_id = $1 AND task_id = $2 AND state = 'reported'`, t.OrgID, t.ID); err != nil {
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
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanReassign(t) {
			return ErrForbidden
		}
		if t.State == StateDone || t.State == StateCancelled {
			return ErrConflict
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'cancelled', cancelled_at = $3 WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID, now); err != nil {
			return fmt.Errorf("cancel task: %w", err)
		}
		ev, err := addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, nil, EventCancelled, reason, nil)
		if err != nil {
			return err
		}
		if err := s.closeTask(ctx, tx, t, "task cancelled", now); err != nil {
			return err
		}
		payload := LifecyclePayload{TaskID: t.ID, ActorID: actor.ID, EventID: ev, Reason: reason}
		if err := notifyUnitMembers(ctx, tx, t, unitIDs(t.Units), NoticeCancelled, payload,
			func(m int64) string { return fmt.Sprintf("task:%d:cancelled:%d", t.ID, m) }, nil, now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("cancel: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

// Reassign gives a task to other units with a reason. Units taken off keep
// their record (state "removed") and their members are told; new units'
// members get the task as on assignment; units that stay keep their
// progress. Leaders, secretaries and admins may reassign an open task or one
// waiting for confirmation.
func (s *Store) Reassign(ctx context.Context, actor Member, taskID int64, leads, coords []int64, reason string, now time.Time) (Task, error) {
	reason, err := ParseReason(reason)
	if err != nil {
		return Task{}, err
	}
	if len(leads) == 0 {
		return Task{}, errors.New("reassign: no lead unit")
	}
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanReassign(t) {
			return ErrForbidden
		}
		if !t.State.Open() && t.State != StateReported {
			return ErrConflict
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
	ds, err := deciders(ctx, tx, t)
	if err != nil {
		return err
	}
	for _, d := range ds {
		if err := notifyMember(ctx, tx, t.OrgID, d, now, outbox.Message{
			IdemKey: fmt.Sprintf("task:%d:confirm:%d:%d", t.ID, round, d),
			Kind:    NoticeToConfirm,
			Payload: LifecyclePayload{TaskID: t.ID, UnitID: unit, ActorID: actorID, Round: round},
			TaskID:  &t.ID,
		}); err != nil {
			return err
		}
	}
	return nil
}

// Extension is an owner's request for a later deadline.
type Extension struct {
	OrgID           int64      `db:"org_id"`
	TaskID          int64      `db:"task_id"`
	ID              int64      `db:"id"`
	RequestedBy     int64      `db:"requested_by"`
	RequesterName   string     `db:"requester_name"`
	UnitID          *int64     `db:"unit_id"`
	UnitName        string     `db:"unit_name"`
	OldDeadline     *time.Time `db:"old_deadline"`
	NewDeadline     time.Time  `db:"new_deadline"`
	NewDeadlineText string     `db:"new_deadline_text"`
	NewHasTime      bool       `db:"new_has_time"`
	Reason          string     `db:"reason"`
	Late            bool       `db:"late"`
	RequestedAt     time.Time  `db:"requested_at"`
	Status          string     `db:"status"`
	DecidedBy       *int64     `db:"decided_by"`
	DecidedAt       *time.Time `db:"decided_at"`
}

// Extension statuses.
const (
	ExtensionPending   = "pending"
	ExtensionApproved  = "approved"
	ExtensionRejected  = "rejected"
	ExtensionWithdrawn = "withdrawn"
)

const extensionSelect = `SELECT e.org_id, e.task_id, e.id, e.requested_by, coalesce(m.full_name, '') AS requester_name,
	e.unit_id, coalesce(u.name, '') AS unit_name, e.old_deadline, e.new_deadline, e.new_deadline_text, e.new_has_time,
	e.reason, e.late, e.requested_at, e.status, e.decided_by, e.decided_at
	FROM task_extensions e
	LEFT JOIN members m ON m.org_id = e.org_id AND m.id = e.requested_by
	LEFT JOIN units u ON u.org_id = e.org_id AND u.id = e.unit_id `

// Extension returns one extension request of a task.
func (s *Store) Extension(ctx context.Context, orgID, taskID, id int64) (Extension, error) {
	return loadExtension(ctx, s.db, orgID, taskID, id)
}

func loadExtension(ctx context.Context, q sqlx.QueryerContext, orgID, taskID, id int64) (Extension, error) {
	var e Extension
	err := sqlx.GetContext(ctx, q, &e, extensionSelect+`WHERE e.org_id = $1 AND e.task_id = $2 AND e.id = $3`, orgID, taskID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Extension{}, ErrNotFound
	}
	if err != nil {
		return Extension{}, fmt.Errorf("extension: %w", err)
	}
	return e, nil
}

// RequestExtension records an owner's request for a later deadline and asks
// the assigner (or, when they are gone, the leaders) to decide. A request
// still pending is withdrawn by the new one. Asking after the deadline is
// allowed and marked late.
func (s *Store) RequestExtension(ctx context.Context, actor Member, taskID int64, ask ExtensionAsk, now time.Time) (Extension, error) {
	var id int64
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.OwnsTask(t) {
			return ErrForbidden
		}
		if !t.State.Open() {
			return ErrConflict
		}
		if t.Deadline != nil && !ask.Deadline.Time.After(*t.Deadline) {
			return inputErrorf(msgExtensionNotLaterStored, ask.Deadline.Text)
		}
		var unit *int64
		for _, u := range t.Units {
			if actor.ActsFor(u.UnitID) {
				id := u.UnitID
				unit = &id
				break
			}
		}
		late := t.Deadline != nil && now.After(*t.Deadline)
		if _, err := tx.ExecContext(ctx, `UPDATE task_extensions SET status = 'withdrawn' WHERE org_id = $1 AND task_id = $2 AND status = 'pending'`, t.OrgID, t.ID); err != nil {
			return fmt.Errorf("withdraw extensions: %w", err)
		}
		if err := tx.GetContext(ctx, &id, `
			INSERT INTO task_extensions (org_id, task_id, requested_by, unit_id, old_deadline, new_deadline, new_deadline_text, new_has_time, reason, late, requested_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
			t.OrgID, t.ID, actor.ID, unit, t.Deadline, ask.Deadline.Time, ask.Deadline.Text, ask.Deadline.HasTime, ask.Reason, late, now); err != nil {
			return fmt.Errorf("insert extension: %w", err)
		}
		if _, err := addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, unit, EventExtensionAsked, ask.Reason,
			DeadlineChange{ExtensionID: id, Old: t.Deadline, New: ask.Deadline.Time, Late: late}); err != nil {
			return err
		}
		ds, err := deciders(ctx, tx, t)
		if err != nil {
			return err
		}
		for _, d := range ds {
			if err := notifyMember(ctx, tx, t.OrgID, d, now, outbox.Message{
				IdemKey: fmt.Sprintf("task:%d:ext:%d:%d", t.ID, id, d),
				Kind:    NoticeExtensionAsked,
				Payload: LifecyclePayload{TaskID: t.ID, ExtensionID: id, ActorID: actor.ID},
				TaskID:  &t.ID,
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Extension{}, fmt.Errorf("request extension: %w", err)
	}
	return s.Extension(ctx, actor.OrgID, taskID, id)
}

// DecideExtension approves or rejects an extension request. Approval moves
// the task's deadline (reminders follow it); either way the owners are told.
// Only the assigner, a leader or an admin may decide; a request that is no
// longer pending, or a task no longer open, is ErrConflict.
func (s *Store) DecideExtension(ctx context.Context, actor Member, taskID, extID int64, approve bool, now time.Time) (Extension, error) {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanManage(t) {
			return ErrForbidden
		}
		e, err := loadExtension(ctx, tx, t.OrgID, t.ID, extID)
		if err != nil {
			return err
		}
		if e.Status != ExtensionPending || !t.State.Open() {
			return ErrConflict
		}
		status, kind := ExtensionRejected, EventExtensionRejected
		if approve {
			status, kind = ExtensionApproved, EventExtended
			if _, err := tx.ExecContext(ctx, `
				UPDATE tasks SET deadline = $3, deadline_text = $4, deadline_has_time = $5 WHERE org_id = $1 AND id = $2`,
				t.OrgID, t.ID, e.NewDeadline, e.NewDeadlineText, e.NewHasTime); err != nil {
				return fmt.Errorf("extend deadline: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE task_extensions SET status = $4, decided_by = $5, decided_at = $6 WHERE org_id = $1 AND task_id = $2 AND id = $3`,
			t.OrgID, t.ID, e.ID, status, actor.ID, now); err != nil {
			return fmt.Errorf("decide extension: %w", err)
		}
		if _, err := addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, nil, kind, "",
			DeadlineChange{ExtensionID: e.ID, Old: t.Deadline, New: e.NewDeadline, Late: e.Late}); err != nil {
			return err
		}
		payload := LifecyclePayload{TaskID: t.ID, ExtensionID: e.ID, ActorID: actor.ID}
		if err := notifyUnitMembers(ctx, tx, t, unitIDs(t.Units), NoticeExtensionDecided, payload,
			func(m int64) string { return fmt.Sprintf("task:%d:extdone:%d:%d", t.ID, e.ID, m) }, nil, now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Extension{}, fmt.Errorf("decide extension: %w", err)
	}
	return s.Extension(ctx, actor.OrgID, taskID, extID)
}

// HistoryEntry is a line of a task's history with its structured data.
type HistoryEntry struct {
	Event
	Progress *ProgressData
	Change   *DeadlineChange
	Reassign *ReassignData
}

// History returns a task's history, oldest first, with the percentages,
// files and deadline changes its lines carry.
func (s *Store) History(ctx context.Context, orgID, taskID int64) ([]HistoryEntry, error) {
	var rows []struct {
		Event
		Data json.RawMessage `db:"data"`
	}
	err := s.db.SelectContext(ctx, &rows, `
		SELECT e.id, e.at, e.member_id, coalesce(m.full_name, '') AS member_name, e.unit_id,
			coalesce(u.name, '') AS unit_name, e.kind, e.note, e.data
		FROM task_events e
		LEFT JOIN members m ON m.org_id = e.org_id AND m.id = e.member_id
		LEFT JOIN units u ON u.org_id = e.org_id AND u.id = e.unit_id
		WHERE e.org_id = $1 AND e.task_id = $2 ORDER BY e.at, e.id`, orgID, taskID)
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	out := make([]HistoryEntry, len(rows))
	for i, r := range rows {
		out[i].Event = r.Event
		var target any
		switch r.Kind {
		case EventProgress:
			out[i].Progress = &ProgressData{}
			target = out[i].Progress
		case EventExtensionAsked, EventExtended, EventExtensionRejected:
			out[i].Change = &DeadlineChange{}
			target = out[i].Change
		case EventReassigned:
			out[i].Reassign = &ReassignData{}
			target = out[i].Reassign
		default:
			continue
		}
		if err := json.Unmarshal(r.Data, target); err != nil {
			return nil, fmt.Errorf("history: event %d: %w", r.ID, err)
		}
	}
	return out, nil
}

// TaskFiles returns the files sent as evidence for a task, oldest first.
func (s *Store) TaskFiles(ctx context.Context, orgID, taskID int64) ([]FileRef, error) {
	h, err := s.History(ctx, orgID, taskID)
	if err != nil {
		return nil, err
	}
	var out []FileRef
	for _, e := range h {
		if e.Progress == nil {
			continue
		}
		for _, f := range e.Progress.Files {
			f.At, f.Member = e.At, e.Member
			out = append(out, f)
		}
	}
	return out, nil
}

// RecordTaskMessage remembers that the bot's message msgID in chat stands
// for a task, so that a reply to it acts on the task.
func (s *Store) RecordTaskMessage(ctx context.Context, orgID, chatID, msgID, taskID int64, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, `
		INSERT INTO task_messages (org_id, chat_id, message_id, task_id, sent_at) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT DO NOTHING`, orgID, chatID, msgID, taskID, now); err != nil {
		return fmt.Errorf("record task message: %w", err)
	}
	return nil
}

// TaskByMessage finds the task that a bot message in chat stands for: a
// notice sent through the outbox or a message recorded with
// RecordTaskMessage, in one of the organisations orgIDs.
func (s *Store) TaskByMessage(ctx context.Context, orgIDs []int64, chatID, msgID int64) (orgID, taskID int64, ok bool, err error) {
	var row struct {
		OrgID  int64 `db:"org_id"`
		TaskID int64 `db:"task_id"`
	}
	err = s.db.GetContext(ctx, &row, `
		SELECT org_id, task_id FROM task_messages WHERE org_id = ANY($1) AND chat_id = $2 AND message_id = $3
		UNION ALL
		SELECT org_id, task_id FROM outbox WHERE org_id = ANY($1) AND chat_id = $2 AND tg_message_id = $3 AND task_id IS NOT NULL
		LIMIT 1`, pq.Array(orgIDs), chatID, msgID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, fmt.Errorf("task by message: %w", err)
	}
	return row.OrgID, row.TaskID, true, nil
}

// CountTasks counts the tasks a member may see that pass the filter
// (its Limit and Offset aside).
func (s *Store) CountTasks(ctx context.Context, viewer Member, f TaskFilter) (int, error) {
	where, args := taskWhere(viewer, f)
	var n int
	if err := s.db.GetContext(ctx, &n, `SELECT count(*) FROM tasks t `+where, args...); err != nil {
		return 0, fmt.Errorf("count tasks: %w", err)
	}
	return n, nil
}

// Series is a recurring directive: each occurrence is a task of its own.
type Series struct {
	OrgID      int64         `db:"org_id"`
	ID         int64         `db:"id"`
	RuleText   string        `db:"rule_text"`
	Text       string        `db:"text"`
	AssignedBy int64         `db:"assigned_by"`
	CreatedAt  time.Time     `db:"created_at"`
	StoppedAt  *time.Time    `db:"stopped_at"`
	Rule       deadline.Rule `db:"-"`
}

// createSeries makes the series whose first occurrence is task first.
func createSeries(ctx context.Context, tx *sqlx.Tx, actor Member, first int64, nt NewTask, now time.Time) error {
	rule, err := json.Marshal(nt.Rule)
	if err != nil {
		return fmt.Errorf("series rule: %w", err)
	}
	var id int64
	if err := tx.GetContext(ctx, &id, `
		INSERT INTO task_series (org_id, rule, rule_text, text, deadline_text, leads, coordinators, assigned_by, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		actor.OrgID, rule, nt.Rule.String(), nt.Text, nt.DeadlineText, pq.Int64Array(append([]int64{}, nt.Leads...)), pq.Int64Array(append([]int64{}, nt.Coordinators...)), actor.ID, now); err != nil {
		return fmt.Errorf("insert series: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tasks SET series_id = $3 WHERE org_id = $1 AND id = $2`, actor.OrgID, first, id); err != nil {
		return fmt.Errorf("task series: %w", err)
	}
	return nil
}

func taskSeriesID(ctx context.Context, q sqlx.QueryerContext, orgID, taskID int64) (int64, error) {
	var id sql.NullInt64
	if err := sqlx.GetContext(ctx, q, &id, `SELECT series_id FROM tasks WHERE org_id = $1 AND id = $2`, orgID, taskID); err != nil {
		return 0, fmt.Errorf("task series: %w", err)
	}
	return id.Int64, nil
}

// TaskSeries returns the series a task is an occurrence of; ok is false for
// a task that does not recur.
func (s *Store) TaskSeries(ctx context.Context, orgID, taskID int64) (Series, bool, error) {
	id, err := taskSeriesID(ctx, s.db, orgID, taskID)
	if err != nil || id == 0 {
		return Series{}, false, err
	}
	sr, err := loadSeries(ctx, s.db, orgID, id, false)
	return sr, err == nil, err
}

func loadSeries(ctx context.Context, q sqlx.QueryerContext, orgID, id int64, lock bool) (Series, error) {
	var row struct {
		Series
		Raw json.RawMessage `db:"rule"`
	}
	query := `SELECT org_id, id, rule, rule_text, text, assigned_by, created_at, stopped_at FROM task_series WHERE org_id = $1 AND id = $2`
	if lock {
		query += ` FOR UPDATE`
	}
	if err := sqlx.GetContext(ctx, q, &row, query, orgID, id); err != nil {
		return Series{}, fmt.Errorf("series: %w", err)
	}
	sr := row.Series
	if err := json.Unmarshal(row.Raw, &sr.Rule); err != nil {
		return Series{}, fmt.Errorf("series %d rule: %w", id, err)
	}
	return sr, nil
}

// nextOccurrence makes the next task of a series when it is due: when the
// latest occurrence is closed or its deadline has passed. It comes from the
// same meeting as the latest. The new deadline
// is the rule's first occurrence after the latest deadline, or after now
// when periods went by without a task (they are not made up). It reports
// the id of the task made, 0 when none was due.
func (s *Store) nextOccurrence(ctx context.Context, tx *sqlx.Tx, orgID, seriesID int64, now time.Time) (int64, error) {
	sr, err := loadSeries(ctx, tx, orgID, seriesID, true)
	if err != nil || sr.StoppedAt != nil {
		return 0, err
	}
	var latest struct {
		Deadline  time.Time `db:"deadline"`
		State     State     `db:"state"`
		MeetingID *int64    `db:"meeting_id"`
	}
	if err := tx.GetContext(ctx, &latest, `
		SELECT deadline, state, meeting_id FROM tasks WHERE org_id = $1 AND series_id = $2 AND deadline IS NOT NULL
		ORDER BY deadline DESC LIMIT 1`, orgID, seriesID); errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("latest occurrence: %w", err)
	}
	if (latest.State.Open() || latest.State == StateReported) && latest.Deadline.After(now) {
		return 0, nil
	}
	var tz string
	if err := tx.GetContext(ctx, &tz, `SELECT timezone FROM orgs WHERE id = $1`, orgID); err != nil {
		return 0, fmt.Errorf("org zone: %w", err)
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return 0, fmt.Errorf("org zone: %w", err)
	}
	base := latest.Deadline
	if now.After(base) {
		base = now
	}
	next := sr.Rule.Next(base.In(loc))
	if next.IsZero() {
		return 0, nil
	}
	var units struct {
		Leads  pq.Int64Array `db:"leads"`
		Coords pq.Int64Array `db:"coordinators"`
	}
	if err := tx.GetContext(ctx, &units, `SELECT leads, coordinators FROM task_series WHERE org_id = $1 AND id = $2`, orgID, seriesID); err != nil {
		return 0, fmt.Errorf("series units: %w", err)
	}
	assigner := Member{OrgID: orgID, ID: sr.AssignedBy}
	nt := NewTask{Text: sr.Text, Deadline: &next, DeadlineText: sr.RuleText, DeadlineHasTime: sr.Rule.HasTime,
		Leads: units.Leads, Coordinators: units.Coords, MeetingID: latest.MeetingID}
	id, err := insertTask(ctx, tx, assigner, nt, now)
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tasks SET series_id = $3 WHERE org_id = $1 AND id = $2`, orgID, id, seriesID); err != nil {
		return 0, fmt.Errorf("occurrence series: %w", err)
	}
	if err := notifyAssigned(ctx, tx, orgID, id, nt.units(), now); err != nil {
		return 0, err
	}
	return id, s.taskChanged(ctx, tx, orgID, id, now)
}

// CreateDueOccurrences makes the next task of every recurring series whose
// latest occurrence is closed or past its deadline, in every organisation,
// and returns how many it made. A cron job calls it (every few minutes is
// plenty); it is safe to run from several processes at once.
func (s *Store) CreateDueOccurrences(ctx context.Context, now time.Time) (int, error) {
	var due []struct {
		OrgID int64 `db:"org_id"`
		ID    int64 `db:"id"`
	}
	err := s.db.SelectContext(ctx, &due, `
		SELECT s.org_id, s.id FROM task_series s WHERE s.stopped_at IS NULL AND NOT EXISTS (
			SELECT 1 FROM tasks t WHERE t.org_id = s.org_id AND t.series_id = s.id
			AND t.state IN ('assigned', 'accepted', 'in_progress', 'reported') AND t.deadline > $1)
		ORDER BY s.org_id, s.id`, now)
	if err != nil {
		return 0, fmt.Errorf("due occurrences: %w", err)
	}
	made := 0
	for _, d := range due {
		err := s.inTx(ctx, func(tx *sqlx.Tx) error {
			id, err := s.nextOccurrence(ctx, tx, d.OrgID, d.ID, now)
			if id != 0 {
				made++
			}
			return err
		})
		if err != nil {
			return made, fmt.Errorf("series %d/%d: %w", d.OrgID, d.ID, err)
		}
	}
	return made, nil
}

// StopSeries ends the recurring series of a task: no further occurrence is
// made; the task itself stays as it is. Leaders, secretaries and admins may
// stop a series; a task that does not recur, or a series already stopped,
// is ErrConflict.
func (s *Store) StopSeries(ctx context.Context, actor Member, taskID int64, now time.Time) error {
	return s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanReassign(t) {
			return ErrForbidden
		}
		res, err := tx.ExecContext(ctx, `
			UPDATE task_series SET stopped_at = $3, stopped_by = $4
			WHERE org_id = $1 AND stopped_at IS NULL AND id = (SELECT series_id FROM tasks WHERE org_id = $1 AND id = $2)`,
			t.OrgID, t.ID, now, actor.ID)
		if err != nil {
			return fmt.Errorf("stop series: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrConflict
		}
		_, err = addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, nil, EventSeriesStopped, "", nil)
		return err
	})
}

// PendingConversationOrg returns the organisation in which the bot waits
// for the Telegram user's answer in chat, the latest prompt first.
func (s *Store) PendingConversationOrg(ctx context.Context, tgUserID, chatID int64, now time.Time) (int64, bool, error) {
	var org int64
	err := s.db.GetContext(ctx, &org, `
		SELECT c.org_id FROM members m JOIN conversations c ON c.org_id = m.org_id AND c.member_id = m.id
		WHERE m.tg_user_id = $1 AND m.removed_at IS NULL AND c.chat_id = $2 AND c.expires_at > $3
		ORDER BY c.expires_at DESC LIMIT 1`, tgUserID, chatID, now)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("pending conversation: %w", err)
	}
	return org, true, nil
}

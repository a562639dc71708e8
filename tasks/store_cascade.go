package tasks

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

const receivedColumns = `org_id, id, parent_org_id, parent_task_id, parent_unit_id, parent_org_name, text, deadline,
	deadline_text, deadline_has_time, meeting_title, assigner_name, state, received_at, done_at`

// cascade carries a task's change across the two tiers, in the transaction
// that made it: down to the child organisations its units stand for, and up
// to the parent's task when the task was made from a received one.
func (s *Store) cascade(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, now time.Time) error {
	t, err := loadTask(ctx, tx, orgID, taskID)
	if err != nil {
		return err
	}
	if err := s.cascadeDown(ctx, tx, t, now); err != nil {
		return fmt.Errorf("cascade down: %w", err)
	}
	if err := s.cascadeUp(ctx, tx, t, now); err != nil {
		return fmt.Errorf("cascade up: %w", err)
	}
	return nil
}

// cascadeDown gives the task, once, to the child organisation of each of
// its linked units, and keeps what the child received in step with it: the
// deadline, a cancellation, a return for more work.
func (s *Store) cascadeDown(ctx context.Context, tx *sqlx.Tx, t Task, now time.Time) error {
	var links []struct {
		UnitID     int64         `db:"unit_id"`
		ChildOrgID int64         `db:"linked_org_id"`
		PartState  string        `db:"part_state"`
		ReceivedID sql.NullInt64 `db:"received_id"`
	}
	if err := tx.SelectContext(ctx, &links, `
		SELECT tu.unit_id, u.linked_org_id, tu.state AS part_state, d.received_id
		FROM task_units tu
		JOIN units u ON u.org_id = tu.org_id AND u.id = tu.unit_id
		LEFT JOIN task_delegations d ON d.org_id = tu.org_id AND d.task_id = tu.task_id AND d.unit_id = tu.unit_id
		WHERE tu.org_id = $1 AND tu.task_id = $2 AND u.linked_org_id IS NOT NULL
		ORDER BY tu.unit_id`, t.OrgID, t.ID); err != nil {
		return fmt.Errorf("linked units: %w", err)
	}
	for _, l := range links {
		if !l.ReceivedID.Valid {
			if l.PartState == "removed" || !t.State.Open() {
				continue
			}
			if err := s.deliver(ctx, tx, t, l.UnitID, l.ChildOrgID, now); err != nil {
				return err
			}
			continue
		}
		if err := syncReceived(ctx, tx, t, l.ChildOrgID, l.ReceivedID.Int64, l.PartState, now); err != nil {
			return err
		}
		if err := extensionsDecided(ctx, tx, t, l.ChildOrgID, l.ReceivedID.Int64, l.UnitID, now); err != nil {
			return err
		}
	}
	return nil
}

// deliver writes the received task in the child organisation, with the
// parent's text, deadline, meeting and assigner copied, and the delegation
// in the parent's; the child's key (parent org, parent task) makes it once
// only. The child's leaders are told.
func (s *Store) deliver(ctx context.Context, tx *sqlx.Tx, t Task, unitID, childID int64, now time.Time) error {
	var from struct {
		OrgName      string `db:"org_name"`
		MeetingTitle string `db:"meeting_title"`
	}
	if err := tx.GetContext(ctx, &from, `
		SELECT o.name AS org_name, coalesce((SELECT title FROM meetings m WHERE m.org_id = $1 AND m.id = $2), '') AS meeting_title
		FROM orgs o WHERE o.id = $1`, t.OrgID, t.MeetingID); err != nil {
		return fmt.Errorf("parent: %w", err)
	}
	var id int64
	err := tx.GetContext(ctx, &id, `
		INSERT INTO received_tasks (org_id, parent_org_id, parent_task_id, parent_unit_id, parent_org_name, text,
			deadline, deadline_text, deadline_has_time, meeting_title, assigner_name, received_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
		ON CONFLICT (org_id, parent_org_id, parent_task_id) DO NOTHING RETURNING id`,
		childID, t.OrgID, t.ID, unitID, from.OrgName, t.Text, t.Deadline, t.DeadlineText, t.DeadlineHasTime,
		from.MeetingTitle, t.AssignerName, now)
	fresh := err == nil
	if errors.Is(err, sql.ErrNoRows) {
		err = tx.GetContext(ctx, &id, `SELECT id FROM received_tasks WHERE org_id = $1 AND parent_org_id = $2 AND parent_task_id = $3`,
			childID, t.OrgID, t.ID)
	}
	if err != nil {
		return fmt.Errorf("received task: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO task_delegations (org_id, task_id, unit_id, child_org_id, received_id, created_at)
		VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, t.OrgID, t.ID, unitID, childID, id, now); err != nil {
		return fmt.Errorf("delegation: %w", err)
	}
	if !fresh {
		return nil
	}
	if err := notifyReceivers(ctx, tx, childID, id, NoticeReceived, 0, now); err != nil {
		return err
	}
	return remindReceivers(ctx, tx, childID, id, t.Deadline, now)
}

// receivedReminderDays is how many days before the deadline the child's
// leaders are reminded of a received task they have not handed on yet.
const receivedReminderDays = 2

// remindReceivers plans the reminder of a received task to the child's
// leaders: at 08:00 in the child's zone, receivedReminderDays days before
// the deadline; the notice is dropped when it comes if the task was handed
// on by then.
func remindReceivers(ctx context.Context, tx *sqlx.Tx, childID, receivedID int64, due *time.Time, now time.Time) error {
	if due == nil {
		return nil
	}
	child, err := loadOrg(ctx, tx, childID)
	if err != nil {
		return err
	}
	loc, err := child.Location()
	if err != nil {
		return err
	}
	d := due.In(loc)
	at := time.Date(d.Year(), d.Month(), d.Day()-receivedReminderDays, 8, 0, 0, 0, loc)
	if !at.After(now) {
		return nil
	}
	return notifyReceiversAt(ctx, tx, childID, receivedID, NoticeReceivedPending, 0, at, now)
}

// syncReceived keeps a received task in step with the parent's task.
func syncReceived(ctx context.Context, tx *sqlx.Tx, t Task, childID, receivedID int64, partState string, now time.Time) error {
	var r Received
	if err := tx.GetContext(ctx, &r, `SELECT `+receivedColumns+` FROM received_tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`,
		childID, receivedID); err != nil {
		return fmt.Errorf("received task: %w", err)
	}
	switch {
	case r.State == ReceivedCancelled && t.State.Open() && partState != "removed":
		// the unit was given the task again after it was taken away
		if _, err := tx.ExecContext(ctx, `
			UPDATE received_tasks SET state = CASE WHEN EXISTS (SELECT 1 FROM tasks WHERE org_id = $1 AND received_id = $2 AND state <> 'cancelled')
				THEN 'assigned' ELSE 'received' END WHERE org_id = $1 AND id = $2`, childID, receivedID); err != nil {
			return fmt.Errorf("reopen received: %w", err)
		}
		return notifyReceivers(ctx, tx, childID, receivedID, NoticeReceived, int(now.Unix()), now)
	case r.State == ReceivedCancelled:
		return nil
	case t.State == StateCancelled || partState == "removed":
		if _, err := tx.ExecContext(ctx, `UPDATE received_tasks SET state = 'cancelled' WHERE org_id = $1 AND id = $2`, childID, receivedID); err != nil {
			return fmt.Errorf("cancel received: %w", err)
		}
		return notifyReceivers(ctx, tx, childID, receivedID, NoticeReceivedCancelled, 0, now)
	case r.State == ReceivedDone && t.State.Active() && partState != string(StateReported):
		if _, err := tx.ExecContext(ctx, `UPDATE received_tasks SET state = 'assigned', done_at = NULL WHERE org_id = $1 AND id = $2`, childID, receivedID); err != nil {
			return fmt.Errorf("reopen received: %w", err)
		}
		round, err := reworkRound(ctx, tx, t.OrgID, t.ID)
		if err != nil {
			return err
		}
		return notifyReceivers(ctx, tx, childID, receivedID, NoticeReceivedReturned, round, now)
	}
	if !sameTime(r.Deadline, t.Deadline) || r.DeadlineText != t.DeadlineText {
		if _, err := tx.ExecContext(ctx, `
			UPDATE received_tasks SET deadline = $3, deadline_text = $4, deadline_has_time = $5 WHERE org_id = $1 AND id = $2`,
			childID, receivedID, t.Deadline, t.DeadlineText, t.DeadlineHasTime); err != nil {
			return fmt.Errorf("received deadline: %w", err)
		}
	}
	return nil
}

func sameTime(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Equal(*b)
}

// notifyReceivers queues a notice about a received task to the child's
// leaders and admins.
func notifyReceivers(ctx context.Context, tx *sqlx.Tx, childID, receivedID int64, kind string, round int, now time.Time) error {
	return notifyReceiversAt(ctx, tx, childID, receivedID, kind, round, time.Time{}, now)
}

// notifyReceiversAt is notifyReceivers for a notice not sent before notBefore.
func notifyReceiversAt(ctx context.Context, tx *sqlx.Tx, childID, receivedID int64, kind string, round int, notBefore, now time.Time) error {
	var rs []Recipient
	if err := tx.SelectContext(ctx, &rs, `
		SELECT id, chat_id, full_name FROM members
		WHERE org_id = $1 AND role IN ('leader', 'admin') AND removed_at IS NULL ORDER BY id`, childID); err != nil {
		return fmt.Errorf("receivers: %w", err)
	}
	msgs := make([]outbox.Message, 0, len(rs))
	for _, r := range rs {
		msgs = append(msgs, outbox.Message{
			OrgID:     childID,
			IdemKey:   fmt.Sprintf("received:%d:%s:%d:%d", receivedID, kind, round, r.MemberID),
			ChatID:    r.ChatID,
			Kind:      kind,
			Payload:   ReceivedPayload{ReceivedID: receivedID, Round: round},
			MemberID:  &r.MemberID,
			NotBefore: notBefore,
		})
	}
	_, err := outbox.Enqueue(ctx, tx, now, msgs...)
	return err
}

// cascadeUp, for a task made from a received one, settles the received
// task: assigned once a task is made from it, done when every such task
// (not cancelled) is done, which reports the unit's part of the parent's
// task done as the unit's own report would.
func (s *Store) cascadeUp(ctx context.Context, tx *sqlx.Tx, t Task, now time.Time) error {
	var rid sql.NullInt64
	if err := tx.GetContext(ctx, &rid, `SELECT received_id FROM tasks WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID); err != nil {
		return fmt.Errorf("received of task: %w", err)
	}
	if !rid.Valid {
		return nil
	}
	r, err := lockReceived(ctx, tx, t.OrgID, rid.Int64)
	if err != nil {
		return err
	}
	if !r.Open() {
		return nil
	}
	if err := s.progressUp(ctx, tx, t, r, now); err != nil {
		return err
	}
	var n struct {
		All  int `db:"all_tasks"`
		Done int `db:"done_tasks"`
	}
	if err := tx.GetContext(ctx, &n, `
		SELECT count(*) AS all_tasks, count(*) FILTER (WHERE state = 'done') AS done_tasks FROM tasks
		WHERE org_id = $1 AND received_id = $2 AND state <> 'cancelled'`, t.OrgID, r.ID); err != nil {
		return fmt.Errorf("tasks of received: %w", err)
	}
	if n.All == 0 || n.Done < n.All {
		if r.State == ReceivedNew && n.All > 0 {
			_, err := tx.ExecContext(ctx, `UPDATE received_tasks SET state = 'assigned' WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID)
			return err
		}
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE received_tasks SET state = 'done', done_at = $3 WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID, now); err != nil {
		return fmt.Errorf("received done: %w", err)
	}
	return s.reportFromChild(ctx, tx, r, now)
}

// reportFromChild reports the parent's unit part done for the child
// organisation, tells the assigner, and settles the parent's task as a
// report of its unit would (asking for confirmation when every lead is done).
func (s *Store) reportFromChild(ctx context.Context, tx *sqlx.Tx, r Received, now time.Time) error {
	parent, err := loadTask(ctx, tx, r.ParentOrgID, r.ParentTaskID)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `SELECT 1 FROM tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`, parent.OrgID, parent.ID); err != nil {
		return fmt.Errorf("lock parent task: %w", err)
	}
	if !parent.State.Active() {
		return nil
	}
	var role UnitRole
	err = tx.GetContext(ctx, &role, `
		UPDATE task_units SET state = 'reported', reported_at = $4, accepted_at = coalesce(accepted_at, $4)
		WHERE org_id = $1 AND task_id = $2 AND unit_id = $3 AND state NOT IN ('reported', 'removed') RETURNING role`,
		parent.OrgID, parent.ID, r.ParentUnitID, now)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("report parent part: %w", err)
	}
	unit := r.ParentUnitID
	if _, err := addEventData(ctx, tx, parent.OrgID, parent.ID, now, nil, &unit, EventReported, "",
		map[string]int64{"child_org": r.OrgID, "received": r.ID}); err != nil {
		return err
	}
	var leadsLeft int
	if err := tx.GetContext(ctx, &leadsLeft, `
		SELECT count(*) FROM task_units WHERE org_id = $1 AND task_id = $2 AND role = 'lead' AND state NOT IN ('reported', 'removed')`,
		parent.OrgID, parent.ID); err != nil {
		return fmt.Errorf("leads left: %w", err)
	}
	if !(leadsLeft == 0 && role == RoleLead) {
		round, err := reworkRound(ctx, tx, parent.OrgID, parent.ID)
		if err != nil {
			return err
		}
		if err := notifyMember(ctx, tx, parent.OrgID, parent.AssignedBy, now, outbox.Message{
			IdemKey: fmt.Sprintf("task:%d:reported:%d:%d", parent.ID, unit, round),
			Kind:    NoticeReported,
			Payload: NoticePayload{TaskID: parent.ID, UnitID: unit},
			TaskID:  &parent.ID,
		}); err != nil {
			return err
		}
	}
	if err := s.settleState(ctx, tx, parent, Member{OrgID: parent.OrgID}, now); err != nil {
		return err
	}
	return s.taskChanged(ctx, tx, parent.OrgID, parent.ID, now)
}

// Received returns one received task of an organisation.
func (s *Store) Received(ctx context.Context, orgID, id int64) (Received, error) {
	var r Received
	err := s.db.GetContext(ctx, &r, `SELECT `+receivedColumns+` FROM received_tasks WHERE org_id = $1 AND id = $2`, orgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Received{}, ErrNotFound
	}
	if err != nil {
		return Received{}, fmt.Errorf("received: %w", err)
	}
	return r, nil
}

// ReceivedTasks returns an organisation's received tasks, the open ones
// only when open is set, by deadline.
func (s *Store) ReceivedTasks(ctx context.Context, orgID int64, open bool) ([]Received, error) {
	var rs []Received
	err := s.db.SelectContext(ctx, &rs, `SELECT `+receivedColumns+` FROM received_tasks
		WHERE org_id = $1 AND (NOT $2 OR state IN ('received', 'assigned'))
		ORDER BY deadline NULLS LAST, id`, orgID, open)
	if err != nil {
		return nil, fmt.Errorf("received tasks: %w", err)
	}
	return rs, nil
}

// AssignReceived makes one of the child's own tasks from a received task:
// the whole of it, or a part when nt.Text is given, for the units nt names.
// The text and deadline default to the received task's. A received task
// that is done or cancelled is ErrConflict.
func (s *Store) AssignReceived(ctx context.Context, actor Member, receivedID int64, nt NewTask, now time.Time) (Task, error) {
	if !actor.CanAssign() {
		return Task{}, ErrForbidden
	}
	if len(nt.Leads) == 0 {
		return Task{}, errors.New("assign received: no lead unit")
	}
	var id int64
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		r, err := lockReceived(ctx, tx, actor.OrgID, receivedID)
		if err != nil {
			return err
		}
		if nt.Origin != "" {
			err := tx.GetContext(ctx, &id, `SELECT id FROM tasks WHERE org_id = $1 AND origin = $2`, actor.OrgID, nt.Origin)
			if err == nil {
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("origin: %w", err)
			}
		}
		if !r.Open() {
			return ErrConflict
		}
		if nt.Text == "" {
			nt.Text = r.Text
		}
		if nt.Deadline == nil {
			nt.Deadline, nt.DeadlineText, nt.DeadlineHasTime = r.Deadline, r.DeadlineText, r.DeadlineHasTime
		}
		if id, err = insertTask(ctx, tx, actor, nt, now); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET received_id = $3 WHERE org_id = $1 AND id = $2`, actor.OrgID, id, r.ID); err != nil {
			return fmt.Errorf("link to received: %w", err)
		}
		if err := notifyAssigned(ctx, tx, actor.OrgID, id, nt.units(), now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, actor.OrgID, id, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("assign received: %w", err)
	}
	return s.Task(ctx, actor.OrgID, id)
}

// ReceivedTaskIDs returns the child's tasks made from a received task.
func (s *Store) ReceivedTaskIDs(ctx context.Context, orgID, receivedID int64) ([]int64, error) {
	var ids []int64
	if err := s.db.SelectContext(ctx, &ids, `SELECT id FROM tasks WHERE org_id = $1 AND received_id = $2 ORDER BY id`, orgID, receivedID); err != nil {
		return nil, fmt.Errorf("received task ids: %w", err)
	}
	return ids, nil
}

// progressUp copies the progress just recorded on a task made from a
// received one to the parent's task, as its unit's progress: the text,
// percentage and files, without the child's member. The parent's part is
// in progress from then on.
func (s *Store) progressUp(ctx context.Context, tx *sqlx.Tx, t Task, r Received, now time.Time) error {
	var evs []struct {
		Note string          `db:"note"`
		Data json.RawMessage `db:"data"`
	}
	if err := tx.SelectContext(ctx, &evs, `
		SELECT note, data FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = $3 AND at = $4 ORDER BY id`,
		t.OrgID, t.ID, EventProgress, now); err != nil {
		return fmt.Errorf("child progress: %w", err)
	}
	if len(evs) == 0 {
		return nil
	}
	parent, err := loadTask(ctx, tx, r.ParentOrgID, r.ParentTaskID)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if !parent.State.Active() {
		return nil
	}
	unit := r.ParentUnitID
	for _, e := range evs {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO task_events (org_id, task_id, at, unit_id, kind, note, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			parent.OrgID, parent.ID, now, unit, EventProgress, e.Note, e.Data); err != nil {
			return fmt.Errorf("progress up: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE task_units SET state = 'in_progress', accepted_at = coalesce(accepted_at, $4)
		WHERE org_id = $1 AND task_id = $2 AND unit_id = $3 AND state IN ('assigned', 'accepted')`,
		parent.OrgID, parent.ID, unit, now); err != nil {
		return fmt.Errorf("parent part in progress: %w", err)
	}
	return s.settleState(ctx, tx, parent, Member{OrgID: parent.OrgID}, now)
}

// RequestReceivedExtension asks the parent, for the organisation that
// received a task, for a later deadline: a request on the parent's task in
// the name of the child organisation, decided there as any other. The
// parent's decision comes back to the child's leaders. Only the child's
// leaders, secretaries and admins may ask; a received task no longer open
// is ErrConflict.
func (s *Store) RequestReceivedExtension(ctx context.Context, actor Member, receivedID int64, ask ExtensionAsk, now time.Time) error {
	if !actor.CanAssign() {
		return ErrForbidden
	}
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		r, err := lockReceived(ctx, tx, actor.OrgID, receivedID)
		if err != nil {
			return err
		}
		if !r.Open() {
			return ErrConflict
		}
		if r.Deadline != nil && !ask.Deadline.Time.After(*r.Deadline) {
			return inputErrorf(msgExtensionNotLaterStored, ask.Deadline.Text)
		}
		t, err := loadTask(ctx, tx, r.ParentOrgID, r.ParentTaskID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `SELECT 1 FROM tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`, t.OrgID, t.ID); err != nil {
			return fmt.Errorf("lock parent task: %w", err)
		}
		if !t.State.Open() {
			return ErrConflict
		}
		if ask.Origin != "" {
			var seen bool
			if err := tx.GetContext(ctx, &seen, `SELECT EXISTS (SELECT 1 FROM task_extensions WHERE org_id = $1 AND task_id = $2 AND origin = $3)`,
				t.OrgID, t.ID, fmt.Sprintf("org%d:%s", actor.OrgID, ask.Origin)); err != nil {
				return fmt.Errorf("extension origin: %w", err)
			}
			if seen {
				return nil
			}
		}
		var child string
		if err := tx.GetContext(ctx, &child, `SELECT name FROM orgs WHERE id = $1`, actor.OrgID); err != nil {
			return fmt.Errorf("child org: %w", err)
		}
		late := t.Deadline != nil && now.After(*t.Deadline)
		if err := withdrawExtensions(ctx, tx, t); err != nil {
			return err
		}
		var origin string
		if ask.Origin != "" {
			origin = fmt.Sprintf("org%d:%s", actor.OrgID, ask.Origin)
		}
		unit := r.ParentUnitID
		var id int64
		if err := tx.GetContext(ctx, &id, `
			INSERT INTO task_extensions (org_id, task_id, requested_by, requester_label, unit_id, old_deadline, new_deadline,
				new_deadline_text, new_has_time, reason, late, requested_at, origin)
			VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, $11, nullif($12, '')) RETURNING id`,
			t.OrgID, t.ID, child, unit, t.Deadline, ask.Deadline.Time, ask.Deadline.Text, ask.Deadline.HasTime,
			ask.Reason, late, now, origin); err != nil {
			return fmt.Errorf("insert extension: %w", err)
		}
		if _, err := addEventData(ctx, tx, t.OrgID, t.ID, now, nil, &unit, EventExtensionAsked, ask.Reason,
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
				Payload: LifecyclePayload{TaskID: t.ID, ExtensionID: id},
				TaskID:  &t.ID,
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("request received extension: %w", err)
	}
	return nil
}

// extensionsDecided tells the child's leaders what the parent decided, at
// now, about the requests the child made for a later deadline.
func extensionsDecided(ctx context.Context, tx *sqlx.Tx, t Task, childID, receivedID, unitID int64, now time.Time) error {
	var decided []struct {
		ID     int64  `db:"id"`
		Status string `db:"status"`
	}
	if err := tx.SelectContext(ctx, &decided, `
		SELECT id, status FROM task_extensions
		WHERE org_id = $1 AND task_id = $2 AND unit_id = $3 AND requested_by IS NULL AND decided_at = $4 ORDER BY id`,
		t.OrgID, t.ID, unitID, now); err != nil {
		return fmt.Errorf("decided extensions: %w", err)
	}
	for _, e := range decided {
		kind := NoticeReceivedExtensionRejected
		if e.Status == ExtensionApproved {
			kind = NoticeReceivedExtended
		}
		if err := notifyReceivers(ctx, tx, childID, receivedID, kind, int(e.ID), now); err != nil {
			return err
		}
	}
	return nil
}

// lockReceived locks a received task for a change made from the child's
// side, after the parent's task, in the order a change from the parent's
// side takes them (the parent's task, then the received task), so that the
// two sides never wait for each other.
func lockReceived(ctx context.Context, tx *sqlx.Tx, orgID, id int64) (Received, error) {
	var parent struct {
		OrgID  int64 `db:"parent_org_id"`
		TaskID int64 `db:"parent_task_id"`
	}
	err := tx.GetContext(ctx, &parent, `SELECT parent_org_id, parent_task_id FROM received_tasks WHERE org_id = $1 AND id = $2`, orgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Received{}, ErrNotFound
	}
	if err != nil {
		return Received{}, fmt.Errorf("received: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `SELECT 1 FROM tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`, parent.OrgID, parent.TaskID); err != nil {
		return Received{}, fmt.Errorf("lock parent task: %w", err)
	}
	var r Received
	if err := tx.GetContext(ctx, &r, `SELECT `+receivedColumns+` FROM received_tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`, orgID, id); err != nil {
		return Received{}, fmt.Errorf("lock received: %w", err)
	}
	return r, nil
}

package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

const receivedColumns = `org_id, id, parent_org_id, parent_task_id, parent_unit_id, parent_org_name, text, deadline,
	deadline_text, deadline_has_time, meeting_title, assigner_name, state, received_at, done_at, return_reason, parent_round`

// cascade carries a task's change across the two tiers: in the transaction
// that made it, it enqueues the steps (cascade_steps.go) that take it down
// to the child organisations its units stand for, and up to the parent's
// task when the task was made from a received one.
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

// notifyReceivers queues a notice about a received task to the child's
// leaders and admins.
func notifyReceivers(ctx context.Context, tx *sqlx.Tx, childID, receivedID int64, kind string, round int, now time.Time) error {
	rs, err := LeadersAndAdmins(ctx, tx, childID)
	if err != nil {
		return err
	}
	msgs := make([]outbox.Message, 0, len(rs))
	for _, r := range rs {
		msgs = append(msgs, outbox.Message{
			OrgID:    childID,
			IdemKey:  fmt.Sprintf("received:%d:%s:%d:%d", receivedID, kind, round, r.MemberID),
			ChatID:   r.ChatID,
			Kind:     kind,
			Payload:  ReceivedPayload{ReceivedID: receivedID, Round: round},
			MemberID: &r.MemberID,
		})
	}
	_, err = outbox.Enqueue(ctx, tx, now, msgs...)
	return err
}

// LeadersAndAdmins returns an organisation's leaders and admins, reading
// through q: who is told about its received tasks, or that one of its
// report chats is lost.
func LeadersAndAdmins(ctx context.Context, q sqlx.QueryerContext, orgID int64) ([]Recipient, error) {
	var rs []Recipient
	if err := sqlx.SelectContext(ctx, q, &rs, `
		SELECT id, chat_id, full_name FROM members
		WHERE org_id = $1 AND role IN ('leader', 'admin') AND removed_at IS NULL ORDER BY id`, orgID); err != nil {
		return nil, fmt.Errorf("leaders and admins: %w", err)
	}
	return rs, nil
}

// Received returns one received task of an organisation.
func (s *Store) Received(ctx context.Context, orgID, id int64) (Received, error) {
	return ReceivedTx(ctx, s.db, orgID, id)
}

// ReceivedTx returns one received task of an organisation through q, for
// packages that work inside a transaction (reminders).
func ReceivedTx(ctx context.Context, q sqlx.QueryerContext, orgID, id int64) (Received, error) {
	var r Received
	err := sqlx.GetContext(ctx, q, &r, `SELECT `+receivedColumns+` FROM received_tasks WHERE org_id = $1 AND id = $2`, orgID, id)
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

// ReceivedWaiting counts an organisation's received tasks not handed on
// yet; with overdueAt, only those whose deadline passed before it.
func (s *Store) ReceivedWaiting(ctx context.Context, orgID int64, overdueAt *time.Time) (int, error) {
	var n int
	if err := s.hot.Get(ctx, &n, `SELECT count(*) FROM received_tasks
		WHERE org_id = $1 AND state = 'received' AND ($2::timestamptz IS NULL OR deadline < $2)`, orgID, overdueAt); err != nil {
		return 0, fmt.Errorf("received waiting: %w", err)
	}
	return n, nil
}

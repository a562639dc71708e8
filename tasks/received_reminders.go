package tasks

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

// ReceivedScheduler is a Scheduler that also plans the reminders of a
// received task not handed on yet, to the leaders of the organisation that
// received it, as it plans a task's: it is told, in the transaction that
// made or changed the received task.
type ReceivedScheduler interface {
	ReceivedChanged(ctx context.Context, tx *sqlx.Tx, r Received, now time.Time) error
}

// receivedChanged tells the scheduler, when it plans received tasks too,
// that a received task was made or changed.
func (s *Store) receivedChanged(ctx context.Context, tx *sqlx.Tx, orgID, id int64, now time.Time) error {
	rs, ok := s.scheduler.(ReceivedScheduler)
	if !ok {
		return nil
	}
	r, err := lockReceived(ctx, tx, orgID, id)
	if err != nil {
		return err
	}
	if err := rs.ReceivedChanged(ctx, tx, r, now); err != nil {
		return fmt.Errorf("schedule received reminders: %w", err)
	}
	return nil
}

// ReceivedReminder is one planned reminder of a received task: its slot
// (unique for the deadline) and when it is due.
type ReceivedReminder struct {
	Slot string
	At   time.Time
}

// QueueReceivedReminder queues a reminder of a received task to the
// leaders and admins of the organisation that received it, not sent before
// rm.At, and returns how many messages it queued; the same slot is queued
// once. At send time it is dropped when the task was handed on or its
// deadline moved.
func QueueReceivedReminder(ctx context.Context, tx *sqlx.Tx, r Received, rm ReceivedReminder, now time.Time) (int, error) {
	rs, err := LeadersAndAdmins(ctx, tx, r.OrgID)
	if err != nil {
		return 0, err
	}
	msgs := make([]outbox.Message, 0, len(rs))
	for _, m := range rs {
		msgs = append(msgs, outbox.Message{
			OrgID:     r.OrgID,
			IdemKey:   fmt.Sprintf("received:%d:%s:%s:%d", r.ID, NoticeReceivedPending, rm.Slot, m.MemberID),
			ChatID:    m.ChatID,
			Kind:      NoticeReceivedPending,
			Payload:   ReceivedPayload{ReceivedID: r.ID, Deadline: r.Deadline},
			MemberID:  &m.MemberID,
			NotBefore: rm.At,
		})
	}
	return outbox.Enqueue(ctx, tx, now, msgs...)
}

package reminders

import (
	"context"

	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

// ReceivedChanged plans the reminders of a received task that the
// organisation has not handed on yet, to its leaders, by the organisation's
// policy as for any task (the days before, the day of the deadline, the
// overdue days; quiet hours, rest days and holidays skipped). Each is
// dropped when it comes if the task was handed on or its deadline moved by
// then; a new deadline plans its own.
func (s *Scheduler) ReceivedChanged(ctx context.Context, tx *sqlx.Tx, r tasks.Received, now time.Time) error {
	if r.State != tasks.ReceivedNew || r.Deadline == nil {
		return nil
	}
	p, loc, err := orgPolicy(ctx, tx, r.OrgID)
	if err != nil {
		return err
	}
	for _, sl := range Plan(p, *r.Deadline, r.DeadlineHasTime, loc, now) {
		rm := tasks.ReceivedReminder{Slot: slotKey(sl.Name, *r.Deadline), Kind: string(sl.Kind), At: sl.At}
		if err := tasks.QueueReceivedReminder(ctx, tx, r, rm, now); err != nil {
			return err
		}
	}
	return nil
}

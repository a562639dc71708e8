package reminders

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

// due is a claimed reminder row.
type due struct {
	OrgID    int64     `db:"org_id"`
	TaskID   int64     `db:"task_id"`
	Slot     string    `db:"slot"`
	Kind     Kind      `db:"kind"`
	N        int       `db:"n"`
	Escalate bool      `db:"escalate"`
	MemberID *int64    `db:"member_id"`
	DueAt    time.Time `db:"due_at"`
}

// ScanResult counts what a scan did.
type ScanResult struct {
	// Queued reminders became outbox messages.
	Queued int
	// Messages is how many outbox messages they made.
	Messages int
	// Collapsed reminders were overtaken by a later one for the same task.
	Collapsed int
	// Cancelled reminders belonged to a task that no longer needs them.
	Cancelled int
}

// Scan queues every reminder due at now, batch by batch, and returns what
// it did. Reminders missed while no process ran are queued too, except that
// of several due for one task (and one member, for snoozes) only the latest
// goes out. Several processes may scan at once: each row is claimed by one.
func (s *Scheduler) Scan(ctx context.Context, now time.Time, batch int) (ScanResult, error) {
	var total ScanResult
	// Tasks' reminders first, then those of received tasks not handed on.
	for _, scan := range []func(context.Context, time.Time, int) (ScanResult, int, error){s.scanBatch, s.scanReceived} {
		for {
			r, n, err := scan(ctx, now, batch)
			if err != nil {
				return total, err
			}
			total.add(r)
			if n < batch {
				break
			}
		}
	}
	return total, nil
}

func (t *ScanResult) add(r ScanResult) {
	t.Queued += r.Queued
	t.Messages += r.Messages
	t.Collapsed += r.Collapsed
	t.Cancelled += r.Cancelled
}

// FindDue counts up to limit reminders due at now without claiming them;
// it runs the query the scan starts with, for benchmarks and admins.
func (s *Scheduler) FindDue(ctx context.Context, now time.Time, limit int) (int, error) {
	return countDue(ctx, s.db, now, limit)
}

func (s *Scheduler) scanBatch(ctx context.Context, now time.Time, batch int) (ScanResult, int, error) {
	res, n, err := scanClaimed(ctx, s.db,
		func(tx *sqlx.Tx) ([]due, error) { return claimDue(ctx, tx, now, batch) },
		func(tx *sqlx.Tx, d due) (string, int, error) { return s.queue(ctx, tx, d, now) },
		func(tx *sqlx.Tx, d due, status string) error { return markReminder(ctx, tx, d, status, now) })
	if err != nil {
		return ScanResult{}, 0, err
	}
	s.logQueued("reminders queued", res)
	return res, n, nil
}

// logQueued logs what a batch of a scan did, when it queued or collapsed
// any reminder.
func (s *Scheduler) logQueued(msg string, res ScanResult) {
	if res.Queued > 0 || res.Collapsed > 0 {
		s.log.Info(msg, "queued", res.Queued, "messages", res.Messages, "collapsed", res.Collapsed, "cancelled", res.Cancelled)
	}
}

// queue turns one due reminder into outbox messages, and says what became
// of it: queued, skipped (a later one overtakes it) or cancelled.
func (s *Scheduler) queue(ctx context.Context, tx *sqlx.Tx, d due, now time.Time) (string, int, error) {
	task, err := taskToRemind(ctx, tx, d.OrgID, d.TaskID)
	if err != nil {
		return "", 0, err
	}
	if !task.State.Open() || task.Deadline != nil && deadlineOfSlot(d.Slot) != task.Deadline.Unix() && d.Kind != KindSnooze {
		return "cancelled", 0, nil
	}
	later, err := laterPending(ctx, tx, d, now)
	if err != nil {
		return "", 0, err
	}
	if later && !d.Escalate {
		return "skipped", 0, nil
	}
	owners, err := taskOwners(ctx, tx, d.OrgID, d.TaskID, d.MemberID)
	if err != nil {
		return "", 0, err
	}
	var deadline int64
	if task.Deadline != nil {
		deadline = task.Deadline.Unix()
	}
	// A reminder caught up after downtime waits for the morning: nothing
	// goes out in quiet hours or on rest days.
	p, loc, err := orgPolicy(ctx, tx, d.OrgID)
	if err != nil {
		return "", 0, err
	}
	notBefore := NextAllowed(p, now, loc)
	payload := Payload{Slot: d.Slot, Kind: d.Kind, N: d.N, Deadline: deadline}
	var msgs []outbox.Message
	for _, o := range owners {
		if later {
			break // overtaken, but its escalation still goes out
		}
		msgs = append(msgs, outbox.Message{
			OrgID: d.OrgID, IdemKey: fmt.Sprintf("rem:%d:%s:m%d", d.TaskID, d.Slot, o.MemberID),
			ChatID: o.ChatID, Kind: MessageReminder, Payload: payload,
			TaskID: &d.TaskID, MemberID: ptr(o.MemberID), NotBefore: notBefore,
		})
	}
	if d.Escalate {
		esc, err := escalations(ctx, tx, d, task.AssignedBy, loc, now)
		if err != nil {
			return "", 0, err
		}
		for i := range esc {
			esc[i].NotBefore = notBefore
		}
		msgs = append(msgs, esc...)
	}
	n, err := outbox.Enqueue(ctx, tx, now, msgs...)
	if err != nil {
		return "", 0, err
	}
	if later {
		return "skipped", n, nil
	}
	return "queued", n, nil
}

// escalations tells the assigner and the heads of each late unit, once a
// day per unit and person, about the unit's overdue tasks.
func escalations(ctx context.Context, tx *sqlx.Tx, d due, assigner int64, loc *time.Location, now time.Time) ([]outbox.Message, error) {
	rows, err := escalationTargets(ctx, tx, d.OrgID, d.TaskID, assigner)
	if err != nil {
		return nil, err
	}
	day := now.In(loc).Format("2006-01-02")
	var msgs []outbox.Message
	for _, r := range rows {
		msgs = append(msgs, outbox.Message{
			OrgID: d.OrgID, IdemKey: fmt.Sprintf("esc:u%d:%s:m%d", r.UnitID, day, r.MemberID),
			ChatID: r.ChatID, Kind: MessageEscalation,
			Payload: EscalationPayload{UnitID: r.UnitID, TaskID: d.TaskID}, MemberID: ptr(r.MemberID),
		})
	}
	return msgs, nil
}

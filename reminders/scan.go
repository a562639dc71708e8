package reminders

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
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
	var n int
	err := s.db.GetContext(ctx, &n, `SELECT count(*) FROM (`+dueQuery+`) d`, now, limit)
	if err != nil {
		return 0, fmt.Errorf("reminders: find due: %w", err)
	}
	return n, nil
}

// Pending returns how many reminders are planned and not yet queued, over
// every organisation.
func Pending(ctx context.Context, db sqlx.QueryerContext) (int, error) {
	var n int
	if err := sqlx.GetContext(ctx, db, &n, `SELECT count(*) FROM reminders WHERE status = 'pending'`); err != nil {
		return 0, fmt.Errorf("reminders: pending: %w", err)
	}
	return n, nil
}

const dueQuery = `
	SELECT org_id, task_id, slot, kind, n, escalate, member_id, due_at FROM reminders
	WHERE status = 'pending' AND due_at <= $1
	ORDER BY due_at LIMIT $2`

func (s *Scheduler) scanBatch(ctx context.Context, now time.Time, batch int) (ScanResult, int, error) {
	res, n, err := scanClaimed(ctx, s.db,
		func(tx *sqlx.Tx) ([]due, error) {
			var rows []due
			if err := tx.SelectContext(ctx, &rows, dueQuery+` FOR UPDATE SKIP LOCKED`, now, batch); err != nil {
				return nil, fmt.Errorf("reminders: claim: %w", err)
			}
			return rows, nil
		},
		func(tx *sqlx.Tx, d due) (string, int, error) { return s.queue(ctx, tx, d, now) },
		func(tx *sqlx.Tx, d due, status string) error {
			if _, err := tx.ExecContext(ctx, `UPDATE reminders SET status = $4, done_at = $5 WHERE org_id = $1 AND task_id = $2 AND slot = $3`,
				d.OrgID, d.TaskID, d.Slot, status, now); err != nil {
				return fmt.Errorf("reminders: mark: %w", err)
			}
			return nil
		})
	if err != nil {
		return ScanResult{}, 0, err
	}
	if res.Queued > 0 || res.Collapsed > 0 {
		s.log.Info("reminders queued", "queued", res.Queued, "messages", res.Messages, "collapsed", res.Collapsed, "cancelled", res.Cancelled)
	}
	return res, n, nil
}

// queue turns one due reminder into outbox messages, and says what became
// of it: queued, skipped (a later one overtakes it) or cancelled.
func (s *Scheduler) queue(ctx context.Context, tx *sqlx.Tx, d due, now time.Time) (string, int, error) {
	var task struct {
		State      tasks.State `db:"state"`
		Deadline   *time.Time  `db:"deadline"`
		AssignedBy int64       `db:"assigned_by"`
	}
	if err := tx.GetContext(ctx, &task, `
		SELECT state, deadline, assigned_by FROM tasks WHERE org_id = $1 AND id = $2`, d.OrgID, d.TaskID); err != nil {
		return "", 0, fmt.Errorf("reminders: task: %w", err)
	}
	if !task.State.Open() || task.Deadline != nil && deadlineOfSlot(d.Slot) != task.Deadline.Unix() && d.Kind != KindSnooze {
		return "cancelled", 0, nil
	}
	var later bool
	if err := tx.GetContext(ctx, &later, `
		SELECT EXISTS (SELECT 1 FROM reminders
		WHERE org_id = $1 AND task_id = $2 AND status = 'pending' AND due_at <= $3 AND due_at > $4
		  AND member_id IS NOT DISTINCT FROM $5)`, d.OrgID, d.TaskID, now, d.DueAt, d.MemberID); err != nil {
		return "", 0, fmt.Errorf("reminders: collapse: %w", err)
	}
	if later && !d.Escalate {
		return "skipped", 0, nil
	}
	var owners []struct {
		MemberID int64 `db:"id"`
		ChatID   int64 `db:"chat_id"`
	}
	if err := tx.SelectContext(ctx, &owners, `
		SELECT DISTINCT m.id, m.chat_id FROM task_units tu
		JOIN member_units mu ON mu.org_id = tu.org_id AND mu.unit_id = tu.unit_id
		JOIN members m ON m.org_id = mu.org_id AND m.id = mu.member_id
		WHERE tu.org_id = $1 AND tu.task_id = $2 AND tu.state NOT IN ('reported', 'removed')
		  AND m.removed_at IS NULL AND m.unreachable_at IS NULL
		  AND ($3::bigint IS NULL OR m.id = $3)
		ORDER BY m.id`, d.OrgID, d.TaskID, d.MemberID); err != nil {
		return "", 0, fmt.Errorf("reminders: owners: %w", err)
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
	var rows []struct {
		UnitID   int64 `db:"unit_id"`
		MemberID int64 `db:"member_id"`
		ChatID   int64 `db:"chat_id"`
	}
	if err := tx.SelectContext(ctx, &rows, `
		SELECT DISTINCT tu.unit_id, m.id AS member_id, m.chat_id
		FROM task_units tu
		JOIN members m ON m.org_id = tu.org_id AND m.removed_at IS NULL AND (
			m.id = $3 OR EXISTS (SELECT 1 FROM member_units mu WHERE mu.org_id = tu.org_id
				AND mu.unit_id = tu.unit_id AND mu.member_id = m.id AND mu.is_head))
		WHERE tu.org_id = $1 AND tu.task_id = $2 AND tu.state NOT IN ('reported', 'removed')
		ORDER BY tu.unit_id, m.id`, d.OrgID, d.TaskID, assigner); err != nil {
		return nil, fmt.Errorf("reminders: escalation: %w", err)
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

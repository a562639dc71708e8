package reminders

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// Outbox message kinds that reminders enqueue; the bot renders them.
const (
	// MessageReminder reminds one member of one task.
	MessageReminder = "reminder"
	// MessageEscalation tells an assigner or a unit head about a unit's
	// overdue tasks.
	MessageEscalation = "escalation"
)

// Payload is the payload of a reminder message.
type Payload struct {
	Slot string `json:"slot"`
	Kind Kind   `json:"kind"`
	N    int    `json:"n,omitempty"`
	// Deadline is the deadline the reminder was planned for (Unix seconds);
	// a reminder for an earlier deadline is not sent.
	Deadline int64 `json:"deadline"`
}

// EscalationPayload is the payload of an escalation message.
type EscalationPayload struct {
	UnitID int64 `json:"unit_id"`
	TaskID int64 `json:"task_id"`
}

// Scheduler plans reminders when tasks change (it implements
// tasks.Scheduler) and queues them when they are due.
type Scheduler struct {
	db  *sqlx.DB
	log *slog.Logger
}

// New returns a Scheduler over db.
func New(db *sqlx.DB, log *slog.Logger) *Scheduler {
	return &Scheduler{db: db, log: log}
}

// slotKey names a slot for one deadline.
func slotKey(name string, deadline time.Time) string {
	return name + slotSuffix(deadline)
}

// slotSuffix ends the key of every slot planned for deadline.
func slotSuffix(deadline time.Time) string {
	return fmt.Sprintf("@%d", deadline.Unix())
}

// TaskChanged re-plans a task's reminders inside the transaction that
// changed it. Pending reminders of an earlier deadline are dropped; a closed
// task loses all its pending reminders, and its queued reminder messages are
// cancelled.
func (s *Scheduler) TaskChanged(ctx context.Context, tx *sqlx.Tx, t tasks.Task, now time.Time) error {
	if !t.State.Open() || t.Deadline == nil {
		if err := dropPending(ctx, tx, t.OrgID, t.ID); err != nil {
			return err
		}
		if !t.State.Open() {
			return outbox.CancelForTask(ctx, tx, t.OrgID, t.ID, []string{MessageReminder}, "task closed")
		}
		return nil
	}
	if err := dropPendingOtherDeadlines(ctx, tx, t.OrgID, t.ID, *t.Deadline); err != nil {
		return err
	}
	p, loc, err := orgPolicy(ctx, tx, t.OrgID)
	if err != nil {
		return err
	}
	return insertPlan(ctx, tx, t.OrgID, t.ID, *t.Deadline, Plan(p, *t.Deadline, t.DeadlineHasTime, loc, now))
}

// orgPolicy reads an organisation's policy, with defaults filled in and
// its calendar of holidays (with the organisation's own days), and its time
// zone.
func orgPolicy(ctx context.Context, q sqlx.QueryerContext, orgID int64) (Policy, *time.Location, error) {
	o, err := tasks.OrgTx(ctx, q, orgID)
	if err != nil {
		return Policy{}, nil, fmt.Errorf("reminders: %w", err)
	}
	p, loc, err := policyOf(o)
	if err != nil {
		return Policy{}, nil, err
	}
	if p.Calendar, err = tasks.CalendarTx(ctx, q, orgID); err != nil {
		return Policy{}, nil, fmt.Errorf("reminders: %w", err)
	}
	return p, loc, nil
}

// policyOf returns an organisation's reminder policy, with defaults filled
// in, and its time zone.
func policyOf(o tasks.Org) (Policy, *time.Location, error) {
	loc, err := o.Location()
	if err != nil {
		return Policy{}, nil, err
	}
	var p Policy
	if err := o.Setting(SettingsKey, &p); err != nil {
		return Policy{}, nil, err
	}
	return p.WithDefaults(), loc, nil
}

// Snoozed says what a snooze planned.
type Snoozed struct {
	// At is when the member will be reminded again.
	At time.Time
	// Replaced is set when this snooze took the place of the member's
	// earlier one for the task, planned for Previous: there is at most one
	// pending snooze per member and task.
	Replaced bool
	Previous time.Time
	// PastDeadline is set when At is after the task's deadline while the
	// task was not yet late, so that the member is told.
	PastDeadline bool
	// Deadline is the task's deadline (zero without one).
	Deadline time.Time
}

// Snooze plans one more reminder of a task for one member at until (moved
// out of quiet hours, rest days and holidays), replacing the member's
// pending snooze of the task if there is one.
func (s *Scheduler) Snooze(ctx context.Context, m tasks.Member, taskID int64, until, now time.Time) (Snoozed, error) {
	return s.snooze(ctx, m.OrgID, taskSnooze{orgID: m.OrgID, taskID: taskID, memberID: m.ID}, until, now)
}

// snooze plans one more reminder at until in target, inside a transaction.
func (s *Scheduler) snooze(ctx context.Context, orgID int64, target snoozeTarget, until, now time.Time) (Snoozed, error) {
	var res Snoozed
	err := dbtx.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		var err error
		res, err = snoozeTx(ctx, tx, orgID, target, until, now)
		return err
	})
	return res, err
}

// snoozeTarget is what a snooze postpones: a task's reminders to one
// member (taskSnooze) or a received task's to the leaders (receivedSnooze).
type snoozeTarget interface {
	// lockDeadline locks the row reminded of, so that two presses at once
	// plan one snooze, and returns its deadline.
	lockDeadline(ctx context.Context, tx *sqlx.Tx) (sql.NullTime, error)
	// dropPending deletes the pending snooze and returns when it was due.
	dropPending(ctx context.Context, tx *sqlx.Tx) ([]time.Time, error)
	// insert plans the snooze at at.
	insert(ctx context.Context, tx *sqlx.Tx, at time.Time, deadline time.Time) error
}

// snoozeTx is Snooze inside tx.
func snoozeTx(ctx context.Context, tx *sqlx.Tx, orgID int64, target snoozeTarget, until, now time.Time) (Snoozed, error) {
	p, loc, err := orgPolicy(ctx, tx, orgID)
	if err != nil {
		return Snoozed{}, err
	}
	res := Snoozed{At: nextAllowed(p, until.In(loc))}
	dl, err := target.lockDeadline(ctx, tx)
	if err != nil {
		return Snoozed{}, err
	}
	if dl.Valid {
		res.Deadline = dl.Time
		res.PastDeadline = res.At.After(dl.Time) && !now.After(dl.Time)
	}
	prev, err := target.dropPending(ctx, tx)
	if err != nil {
		return Snoozed{}, err
	}
	if len(prev) > 0 {
		res.Replaced, res.Previous = true, prev[0]
	}
	if err := target.insert(ctx, tx, res.At, res.Deadline); err != nil {
		return Snoozed{}, err
	}
	return res, nil
}

// taskSnooze is a member's snooze of a task.
type taskSnooze struct{ orgID, taskID, memberID int64 }

func (t taskSnooze) lockDeadline(ctx context.Context, tx *sqlx.Tx) (sql.NullTime, error) {
	return lockTaskDeadline(ctx, tx, t.orgID, t.taskID)
}

func (t taskSnooze) dropPending(ctx context.Context, tx *sqlx.Tx) ([]time.Time, error) {
	return dropPendingSnooze(ctx, tx, t.orgID, t.taskID, t.memberID)
}

func (t taskSnooze) insert(ctx context.Context, tx *sqlx.Tx, at, deadline time.Time) error {
	slot := slotKey(fmt.Sprintf("snooze%d-m%d", at.Unix(), t.memberID), deadline)
	return insertSnooze(ctx, tx, t.orgID, t.taskID, t.memberID, slot, at)
}

// deadlineOfSlot returns the deadline a slot key was planned for.
func deadlineOfSlot(slot string) int64 {
	_, after, ok := strings.Cut(slot, "@")
	if !ok {
		return 0
	}
	var v int64
	fmt.Sscan(after, &v)
	return v
}

// Snooze choices offered under a reminder.
const (
	// SnoozeHours reminds again in two hours.
	SnoozeHours = "2h"
	// SnoozeTomorrow reminds again at the reminder hour of the next working day.
	SnoozeTomorrow = "am"
)

// SnoozeChoice plans one more reminder of a task for a member as chosen
// under a reminder message, replacing the member's pending one, and says
// when it will come.
func (s *Scheduler) SnoozeChoice(ctx context.Context, m tasks.Member, taskID int64, choice string, now time.Time) (Snoozed, error) {
	return s.snoozeChoice(ctx, m.OrgID, taskSnooze{orgID: m.OrgID, taskID: taskID, memberID: m.ID}, choice, now)
}

// SnoozeReceivedChoice plans one more reminder of a received task not handed
// on, to the organisation's leaders, as chosen under its reminder, replacing
// the pending one, with the same choices and limits as SnoozeChoice.
func (s *Scheduler) SnoozeReceivedChoice(ctx context.Context, orgID, receivedID int64, choice string, now time.Time) (Snoozed, error) {
	return s.snoozeChoice(ctx, orgID, receivedSnooze{orgID: orgID, receivedID: receivedID}, choice, now)
}

// snoozeChoice plans the snooze chosen in target.
func (s *Scheduler) snoozeChoice(ctx context.Context, orgID int64, target snoozeTarget, choice string, now time.Time) (Snoozed, error) {
	switch choice {
	case SnoozeHours:
		return s.snooze(ctx, orgID, target, now.Add(2*time.Hour), now)
	case SnoozeTomorrow:
		p, loc, err := orgPolicy(ctx, s.db, orgID)
		if err != nil {
			return Snoozed{}, err
		}
		return s.snooze(ctx, orgID, target, Tomorrow(p, now, loc), now)
	}
	return Snoozed{}, fmt.Errorf("reminders: unknown snooze choice %q", choice)
}

package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// Buttons under reminders. A reminder also carries the lifecycle's
// [Hoàn thành] and [Báo cáo tiến độ] (actDone, actProgress).
const (
	actSnooze     = "snz"
	actSnoozeSet  = "snzset"
	actSnoozeBack = "snzback"
)

func (b *Bot) reminderActions() map[string]action {
	return map[string]action{
		actSnooze:     {run: b.onOwnTask(b.snoozeMenu), quiet: true},
		actSnoozeBack: {run: b.onOwnTask(b.snoozeBack), quiet: true},
		actSnoozeSet:  {run: b.onOwnTask(b.snoozeSet), refresh: b.refreshTask},
		// The same snooze under a received task's reminder (handlers_received_snooze.go).
		actReceivedSnooze:     {run: b.onSnoozableReceived(b.receivedSnoozeMenu), quiet: true},
		actReceivedSnoozeBack: {run: b.onSnoozableReceived(b.receivedSnoozeBack), quiet: true},
		actReceivedSnoozeSet:  {run: b.onSnoozableReceived(b.receivedSnoozeSet), refresh: b.refreshReceivedReminder},
	}
}

// onOwnTask adapts a handler of an open task the presser owns to a button
// action; anyone else is told why not (ownOpenTask).
func (b *Bot) onOwnTask(f func(ctx context.Context, r *request, cb callback, t tasks.Task) (string, error)) func(context.Context, *request, callback) (string, error) {
	return func(ctx context.Context, r *request, cb callback) (string, error) {
		t, msg, err := b.ownOpenTask(ctx, r, cb.ID)
		if err != nil || msg != "" {
			return msg, err
		}
		return f(ctx, r, cb, t)
	}
}

func (b *Bot) snoozeMenu(ctx context.Context, _ *request, cb callback, t tasks.Task) (string, error) {
	msg := cb.Query.Message
	b.setButtons(ctx, msg.Chat.ID, msg.MessageID, snoozeChoices(t.OrgID, t.ID, actSnoozeSet, actSnoozeBack))
	return "", nil
}

// snoozeChoices is the snooze menu of a reminder of item id (a task or a
// received task): [Sau 2 giờ] [Sáng ngày làm việc tới], then [← Quay lại];
// they press set with the choice, or back.
func snoozeChoices(orgID, id int64, set, back string) [][]outbox.Button {
	return [][]outbox.Button{
		{
			{Text: btnSnoozeHours, Data: callbackData(orgID, set, id, reminders.SnoozeHours)},
			{Text: btnSnoozeMorrow, Data: callbackData(orgID, set, id, reminders.SnoozeTomorrow)},
		},
		{{Text: btnBack, Data: callbackData(orgID, back, id)}},
	}
}

func (b *Bot) snoozeBack(ctx context.Context, r *request, cb callback, t tasks.Task) (string, error) {
	msg := cb.Query.Message
	b.setButtons(ctx, msg.Chat.ID, msg.MessageID, reminderButtons(t, *r.member))
	return "", nil
}

func (b *Bot) snoozeSet(ctx context.Context, r *request, cb callback, t tasks.Task) (string, error) {
	if b.snooze == nil {
		return msgSnoozeOff, nil
	}
	if cb.Arg != reminders.SnoozeHours && cb.Arg != reminders.SnoozeTomorrow {
		return msgNotAllowed, nil
	}
	sn, err := b.snooze.SnoozeChoice(ctx, *r.member, t.ID, cb.Arg, r.now)
	if err != nil {
		return "", err
	}
	return snoozedText(msgSnoozed, t.ID, sn, r.loc), nil
}

// snoozedText tells a member when a snooze will come (head, with the id and
// the time), that it replaced an earlier one, and that it comes after the
// deadline.
func snoozedText(head string, id int64, sn reminders.Snoozed, loc *time.Location) string {
	msg := fmt.Sprintf(head, id, deadline.Format(sn.At.In(loc)))
	if sn.Replaced {
		msg += " " + fmt.Sprintf(msgSnoozeReplaced, deadline.Format(sn.Previous.In(loc)))
	}
	if sn.PastDeadline {
		msg += " " + fmt.Sprintf(msgSnoozePastDeadline, deadline.Format(sn.Deadline.In(loc)))
	}
	return msg
}

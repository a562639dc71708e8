package bot

import (
	"context"
	"fmt"

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
	b.setButtons(ctx, msg.Chat.ID, msg.MessageID, [][]outbox.Button{
		{
			{Text: btnSnoozeHours, Data: callbackData(t.OrgID, actSnoozeSet, t.ID, reminders.SnoozeHours)},
			{Text: btnSnoozeMorrow, Data: callbackData(t.OrgID, actSnoozeSet, t.ID, reminders.SnoozeTomorrow)},
		},
		{{Text: btnBack, Data: callbackData(t.OrgID, actSnoozeBack, t.ID)}},
	})
	return "", nil
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
	until, err := b.snooze.SnoozeChoice(ctx, *r.member, t.ID, cb.Arg, r.now)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(msgSnoozed, t.ID, deadline.Format(until.In(r.loc))), nil
}

package bot

import (
	"context"
	"errors"
	"fmt"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// Buttons under reminders. "prog" (report progress) is the lifecycle's
// action; reminders only carry it.
const (
	actRemindProgress = "prog"
	actSnooze         = "snz"
	actSnoozeSet      = "snzset"
	actSnoozeBack     = "snzback"
)

func (b *Bot) reminderActions() map[string]action {
	return map[string]action{
		actSnooze:     {run: b.snoozeMenu, quiet: true},
		actSnoozeBack: {run: b.snoozeBack, quiet: true},
		actSnoozeSet:  {run: b.snoozeSet, refresh: b.snoozeDone},
	}
}

// ownTask loads a task the member owns and that is still open.
func (b *Bot) ownTask(ctx context.Context, r *request, id int64) (tasks.Task, error) {
	t, err := b.store.Task(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) || err == nil && (!r.member.OwnsTask(t) || !t.State.Open()) {
		return t, tasks.ErrForbidden
	}
	return t, err
}

func (b *Bot) snoozeMenu(ctx context.Context, r *request, cb callback) (string, error) {
	t, err := b.ownTask(ctx, r, cb.ID)
	if errors.Is(err, tasks.ErrForbidden) {
		return msgNotAllowed, nil
	}
	if err != nil {
		return "", err
	}
	msg := cb.Query.Message
	b.setButtons(msg.Chat.ID, msg.MessageID, [][]outbox.Button{
		{
			{Text: btnSnoozeHours, Data: callbackData(t.OrgID, actSnoozeSet, t.ID, reminders.SnoozeHours)},
			{Text: btnSnoozeMorrow, Data: callbackData(t.OrgID, actSnoozeSet, t.ID, reminders.SnoozeTomorrow)},
		},
		{{Text: btnBack, Data: callbackData(t.OrgID, actSnoozeBack, t.ID)}},
	})
	return "", nil
}

func (b *Bot) snoozeBack(ctx context.Context, r *request, cb callback) (string, error) {
	t, err := b.ownTask(ctx, r, cb.ID)
	if errors.Is(err, tasks.ErrForbidden) {
		return msgNotAllowed, nil
	}
	if err != nil {
		return "", err
	}
	msg := cb.Query.Message
	b.setButtons(msg.Chat.ID, msg.MessageID, reminderButtons(t))
	return "", nil
}

func (b *Bot) snoozeSet(ctx context.Context, r *request, cb callback) (string, error) {
	if b.snooze == nil {
		return msgSnoozeOff, nil
	}
	t, err := b.ownTask(ctx, r, cb.ID)
	if errors.Is(err, tasks.ErrForbidden) {
		return msgNotAllowed, nil
	}
	if err != nil {
		return "", err
	}
	until, err := b.snooze.SnoozeChoice(ctx, *r.member, t.ID, cb.Arg, r.now)
	if err != nil {
		return msgNotAllowed, nil
	}
	return fmt.Sprintf(msgSnoozed, t.ID, deadline.Format(until.In(r.loc))), nil
}

// snoozeDone puts the reminder's buttons back after a snooze.
func (b *Bot) snoozeDone(ctx context.Context, r *request, cb callback) {
	t, err := b.store.Task(ctx, r.org.ID, cb.ID)
	if err != nil {
		return
	}
	msg := cb.Query.Message
	b.setButtons(msg.Chat.ID, msg.MessageID, reminderButtons(t))
}

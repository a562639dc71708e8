package bot

import (
	"context"
	"fmt"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// Buttons under a received task's reminder: the task reminder's snooze
// (actSnooze…), for the leaders who may hand the received task on.
const (
	actReceivedSnooze     = "rsnz"
	actReceivedSnoozeSet  = "rsnzset"
	actReceivedSnoozeBack = "rsnzback"
)

// receivedButtons are the buttons of an open received task's notice:
// [Phân công] [Xin gia hạn].
func receivedButtons(rc tasks.Received) [][]outbox.Button {
	return [][]outbox.Button{{
		{Text: btnHandOn, Data: callbackData(rc.OrgID, actHandOn, rc.ID)},
		{Text: btnAskParent, Data: callbackData(rc.OrgID, actAskParent, rc.ID)},
	}}
}

// receivedReminderButtons are the buttons of a received task's reminder:
// the notice's, then [Nhắc lại sau].
func receivedReminderButtons(rc tasks.Received) [][]outbox.Button {
	return append(receivedButtons(rc), []outbox.Button{{Text: btnSnooze, Data: callbackData(rc.OrgID, actReceivedSnooze, rc.ID)}})
}

// onSnoozableReceived adapts a handler of a received task still waiting to
// be handed on, pressed by a leader who may hand it on, to a button action;
// anyone else, or a stale button, is told why not.
func (b *Bot) onSnoozableReceived(f func(ctx context.Context, r *request, cb callback, rc tasks.Received) (string, error)) func(context.Context, *request, callback) (string, error) {
	return func(ctx context.Context, r *request, cb callback) (string, error) {
		rc, refusal, err := b.openReceived(ctx, r, cb.ID)
		if err != nil {
			return "", err
		}
		if refusal == msgNotAllowed {
			return refusal, nil
		}
		if refusal != "" || rc.State != tasks.ReceivedNew {
			return fmt.Sprintf(msgReceivedSnoozeStale, cb.ID), nil
		}
		return f(ctx, r, cb, rc)
	}
}

func (b *Bot) receivedSnoozeMenu(ctx context.Context, _ *request, cb callback, rc tasks.Received) (string, error) {
	msg := cb.Query.Message
	b.setButtons(ctx, msg.Chat.ID, msg.MessageID, snoozeChoices(rc.OrgID, rc.ID, actReceivedSnoozeSet, actReceivedSnoozeBack))
	return "", nil
}

func (b *Bot) receivedSnoozeBack(ctx context.Context, _ *request, cb callback, rc tasks.Received) (string, error) {
	msg := cb.Query.Message
	b.setButtons(ctx, msg.Chat.ID, msg.MessageID, receivedReminderButtons(rc))
	return "", nil
}

func (b *Bot) receivedSnoozeSet(ctx context.Context, r *request, cb callback, rc tasks.Received) (string, error) {
	if b.snooze == nil {
		return msgSnoozeOff, nil
	}
	if cb.Arg != reminders.SnoozeHours && cb.Arg != reminders.SnoozeTomorrow {
		return msgNotAllowed, nil
	}
	sn, err := b.snooze.SnoozeReceivedChoice(ctx, rc.OrgID, rc.ID, cb.Arg, r.now)
	if err != nil {
		return "", err
	}
	return snoozedText(msgReceivedSnoozed, rc.ID, sn, r.loc), nil
}

// refreshReceivedReminder shows under the pressed reminder of a received
// task its buttons again, or none once it was handed on or closed.
func (b *Bot) refreshReceivedReminder(ctx context.Context, r *request, cb callback) {
	rc, err := b.store.Received(ctx, r.org.ID, cb.ID)
	if err != nil {
		return
	}
	var rows [][]outbox.Button
	if rc.State == tasks.ReceivedNew {
		rows = receivedReminderButtons(rc)
	}
	msg := cb.Query.Message
	b.setButtons(ctx, msg.Chat.ID, msg.MessageID, rows)
}

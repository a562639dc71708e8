package bot

import (
	"context"
	"fmt"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/vntext"
)

// pressedOtherTask reports whether a press names another task than the one
// the pressed message stands for (a notice, a reminder or a /task card):
// every button the bot puts under such a message acts on that task, so
// other data was forged. Such a press is still checked against the
// person's rights like any other, but never rewrites the message's buttons.
func (b *Bot) pressedOtherTask(ctx context.Context, r *request, cb callback) (bool, error) {
	msg := cb.Query.Message
	if msg == nil {
		return false, nil
	}
	orgs := make([]int64, len(r.memberships))
	for i, m := range r.memberships {
		orgs[i] = m.OrgID
	}
	orgID, taskID, ok, err := b.book.TaskByMessage(ctx, orgs, msg.Chat.ID, int64(msg.MessageID))
	if err != nil || !ok {
		return false, err
	}
	return orgID != cb.OrgID || taskID != cb.ID, nil
}

// refusedPress tells how the answer to a press on task id refuses it:
// forbidden when the task is missing or not the person's to act on; stale
// when the task is no longer in a state where the button does anything.
func refusedPress(text string, id int64) (forbidden, stale bool) {
	if text == msgNotAllowed || text == fmt.Sprintf(msgTaskNotFound, id) {
		return true, false
	}
	if text == msgExtNotPending {
		return false, true
	}
	for _, f := range []string{msgTaskClosed, msgAlreadyDone, msgCannotUndo} {
		if text == fmt.Sprintf(f, id) {
			return false, true
		}
	}
	return false, false
}

// finishPress answers a press with what its action said. A refusal is
// said once, in a popup, and not again in the chat; a press the person may
// not make leaves the pressed message as it was, while one on a task that
// has moved on refreshes the buttons of the task's own message (they were
// stale). Any other answer is a short notice, then the message's buttons
// are refreshed and, unless the action is quiet, the answer is also
// written in the chat. A press whose data names another task than the
// message it is under never rewrites that message's buttons.
func (b *Bot) finishPress(ctx context.Context, r *request, cb callback, act action, text string) error {
	q := cb.Query
	forbidden, stale := refusedPress(text, cb.ID)
	b.answer(ctx, q.ID, vntext.Shorten(outbox.PlainText(text), 190), forbidden || stale)
	if q.Message == nil || forbidden {
		return nil
	}
	other, err := b.pressedOtherTask(ctx, r, cb)
	if err != nil {
		b.log.Warn("could not read which task a pressed message is about", "err", err)
	}
	if act.refresh != nil && err == nil && !other {
		act.refresh(ctx, r, cb)
	}
	if act.quiet || stale || text == "" {
		return nil
	}
	return b.reply(ctx, r.chatID, text, nil)
}

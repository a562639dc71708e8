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
	orgID, taskID, ok, err := b.store.TaskByMessage(ctx, orgs, msg.Chat.ID, int64(msg.MessageID))
	if err != nil || !ok {
		return false, err
	}
	return orgID != cb.OrgID || taskID != cb.ID, nil
}

// refusedPress reports whether the answer to a press on task id refuses it:
// the task is missing or not the person's to act on, or no longer in a
// state where the button does anything.
func refusedPress(text string, id int64) bool {
	if text == msgNotAllowed || text == msgExtNotPending {
		return true
	}
	for _, f := range []string{msgTaskNotFound, msgTaskClosed, msgAlreadyDone, msgCannotUndo} {
		if text == fmt.Sprintf(f, id) {
			return true
		}
	}
	return false
}

// finishPress answers a press with what its action said. A refusal is
// said once, in a popup, and leaves the pressed message as it was; any
// other answer is a short notice, then the message's buttons are
// refreshed (unless the press named another task than the message's: its
// buttons stay those of its own task) and, unless the action is quiet, the
// answer is also written in the chat.
func (b *Bot) finishPress(ctx context.Context, r *request, cb callback, act action, text string) error {
	q := cb.Query
	if refusedPress(text, cb.ID) {
		b.answer(ctx, q.ID, vntext.Shorten(outbox.PlainText(text), 190), true)
		return nil
	}
	b.answer(ctx, q.ID, vntext.Shorten(outbox.PlainText(text), 190), false)
	if q.Message == nil {
		return nil
	}
	other, err := b.pressedOtherTask(ctx, r, cb)
	if err != nil {
		b.log.Warn("could not read which task a pressed message is about", "err", err)
	}
	if act.refresh != nil && err == nil && !other {
		act.refresh(ctx, r, cb)
	}
	if act.quiet || text == "" {
		return nil
	}
	return b.reply(ctx, r.chatID, text, nil)
}

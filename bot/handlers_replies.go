package bot

import (
	"context"
	"errors"
	"strings"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// taskReply handles a reply to a bot message that stands for a task (a
// notice or a /task card): "xong" or "đã hoàn thành" reports done, anything
// else is progress, with any file as evidence. A reply to the message of
// task except is left to the caller (it answers that task's prompt). The
// task is looked up in this chat only and acted on with the sender's own
// rights.
func (b *Bot) taskReply(ctx context.Context, r *request, except int64) (bool, error) {
	msg := r.update.Message
	if msg == nil || msg.ReplyToMessage == nil || r.member == nil {
		return false, nil
	}
	to := msg.ReplyToMessage
	if to.From == nil || to.From.ID != b.tg.ID() {
		return false, nil
	}
	orgs := make([]int64, len(r.memberships))
	for i, m := range r.memberships {
		orgs[i] = m.OrgID
	}
	orgID, id, ok, err := b.book.TaskByMessage(ctx, orgs, r.chatID, int64(to.MessageID))
	if err != nil || !ok || id == except && orgID == r.org.ID {
		return false, err
	}
	if err := b.setOrg(ctx, r, orgID); err != nil {
		return false, nil
	}
	text := strings.TrimSpace(messageText(msg))
	files := messageFiles(msg)
	var answer string
	if tasks.IsDoneReply(text) && len(files) == 0 {
		answer, err = b.reportDone(ctx, r, id)
	} else {
		var p tasks.Progress
		if p, err = tasks.ParseProgress(text); err == nil {
			p.Files = files
			answer, err = b.saveProgress(ctx, r, id, p)
		}
	}
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return true, b.reply(ctx, r.chatID, esc(ie.Msg), nil)
	}
	if err != nil {
		return true, err
	}
	return true, b.reply(ctx, r.chatID, answer, nil)
}

// replyTask answers with a message that stands for a task: a reply to it
// later acts on that task.
func (b *Bot) replyTask(ctx context.Context, r *request, taskID int64, text string, buttons [][]outbox.Button) error {
	return b.replyThen(ctx, r.chatID, text, buttons, func(msgID int) error {
		return b.book.RecordTaskMessage(ctx, r.org.ID, r.chatID, int64(msgID), taskID, r.now)
	})
}

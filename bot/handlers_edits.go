package bot

import (
	"context"
	"fmt"
)

// handleEdited answers a message the person edited after sending it. An
// edit changes nothing the bot did with the message (no second task, no
// new text): the person is told so, and how to change a task; when the
// message had created a task, its number is quoted. In a group only an
// edit of a message meant for the bot (a command of this bot, a reply to
// one of its messages, or one that created a task) is answered; the
// group's other talk is left alone. Strangers get no answer.
func (b *Bot) handleEdited(ctx context.Context, r *request) error {
	msg := r.update.Message
	if msg == nil || r.member == nil {
		return nil
	}
	orgs := make([]int64, len(r.memberships))
	for i, m := range r.memberships {
		orgs[i] = m.OrgID
	}
	_, taskID, created, err := b.book.TaskByOrigin(ctx, orgs, r.origin())
	if err != nil {
		return err
	}
	if created {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgEditedTask, taskID), nil)
	}
	if !r.private && !b.meantForBot(r) {
		return nil
	}
	return b.reply(ctx, r.chatID, msgEdited, nil)
}

// meantForBot reports whether a message in a group was addressed to this
// bot: one of its commands, or a reply to one of its messages.
func (b *Bot) meantForBot(r *request) bool {
	if r.cmd != "" {
		_, ok := b.findCommand(r.cmd)
		return ok
	}
	to := r.update.Message.ReplyToMessage
	return to != nil && to.From != nil && to.From.ID == b.tg.ID()
}

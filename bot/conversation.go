package bot

import (
	"context"
	"errors"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// conversationTTL is how long the bot waits for the answer to a prompt.
const conversationTTL = 30 * time.Minute

// conversationFunc handles the message that answers a prompt.
type conversationFunc func(ctx context.Context, r *request, c tasks.Conversation) error

// conversations are the prompts the bot can wait on, by kind. Each feature
// adds its own in its file.
func (b *Bot) conversations() map[string]conversationFunc {
	all := map[string]conversationFunc{}
	for _, group := range []map[string]conversationFunc{b.lifecycleConversations(), b.weeklyConversations(), b.meetingConversations()} {
		for k, v := range group {
			all[k] = v
		}
	}
	return all
}

// textHandler may handle a message that is not a command; handled is false
// when the message was not for it.
type textHandler func(ctx context.Context, r *request) (handled bool, err error)

// textHandlers are tried in order on a message that is not a command and
// answers no prompt (for example a reply to a task notice).
func (b *Bot) textHandlers() []textHandler {
	return []textHandler{b.lifecycleText, b.meetingReply}
}

// handleText handles a message that is not a command: the answer to a
// prompt, or something a feature recognises; otherwise, in a private chat, a
// hint.
func (b *Bot) handleText(ctx context.Context, r *request) error {
	if r.member == nil {
		if r.private {
			return b.reply(ctx, r.chatID, msgStranger, nil)
		}
		return nil
	}
	c, ok, err := b.store.TakeConversation(ctx, *r.member, r.chatID, r.now)
	if err != nil {
		return err
	}
	if ok {
		if f, known := b.conversations()[c.Kind]; known {
			err := f(ctx, r, c)
			var ie *tasks.InputError
			if err != nil && !errors.As(err, &ie) && !errors.Is(err, tasks.ErrForbidden) {
				// The update will be tried again: it must find the prompt
				// still waiting for it.
				if rerr := b.store.SetConversation(ctx, *r.member, r.chatID, c.Kind, c.Payload, c.ExpiresAt); rerr != nil {
					b.log.Error("could not restore a prompt", "kind", c.Kind, "err", rerr)
				}
			}
			return err
		}
	}
	for _, h := range b.textHandlers() {
		handled, err := h(ctx, r)
		if err != nil || handled {
			return err
		}
	}
	if !r.private {
		return nil
	}
	return b.reply(ctx, r.chatID, msgNotUnderstood, nil)
}

// prompt asks the member for their next message in this chat and waits for
// it as a conversation of kind.
func (b *Bot) prompt(ctx context.Context, r *request, kind string, payload any, text string) error {
	if err := b.store.SetConversation(ctx, *r.member, r.chatID, kind, payload, r.now.Add(conversationTTL)); err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, text, nil)
}

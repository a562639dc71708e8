package bot

import (
	"context"
	"errors"
	"html"
	"strings"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// esc escapes a user-supplied string for an HTML message.
func esc(s string) string { return html.EscapeString(s) }

// reply answers in a chat right away, ahead of queued notices, within the
// token's budget. A reply Telegram refuses after a few tries is logged: the
// person sees no answer and can ask again, while anything the bot must say
// on its own goes through the outbox.
func (b *Bot) reply(ctx context.Context, chatID int64, text string, buttons [][]outbox.Button) error {
	return b.replyThen(ctx, chatID, text, buttons, nil)
}

// replyThen is reply that, unless onSent is nil, calls it with the id of
// every message of the reply Telegram took (a long text comes in several).
// An error of onSent is logged, not returned: the message is out, and
// trying the update again would send it twice. In a forum topic the reply
// goes to the topic the person wrote in.
func (b *Bot) replyThen(ctx context.Context, chatID int64, text string, buttons [][]outbox.Button, onSent func(msgID int) error) error {
	pieces := outbox.SplitHTML(text, outbox.MaxText)
	thread := threadOf(ctx, chatID)
	for i, piece := range pieces {
		m := OutMessage{ChatID: chatID, ThreadID: thread, Text: piece}
		if len(buttons) > 0 && i == len(pieces)-1 {
			m.Buttons = buttons
		}
		sent, err := b.sendReply(ctx, m)
		if err != nil && classify(err).Kind == outbox.BadMarkup {
			// Telegram refused the markup: the words still matter more.
			m.Plain, m.Text = true, outbox.PlainText(piece)
			sent, err = b.sendReply(ctx, m)
		}
		if errors.Is(err, errNotRecorded) {
			return nil
		}
		if err != nil {
			b.log.Warn("reply failed", "chat_id", chatID, "err", err)
			return nil
		}
		if onSent != nil {
			if err := onSent(sent); err != nil {
				b.log.Error("could not record a message sent", "chat_id", chatID, "message_id", sent, "err", err)
			}
		}
	}
	return nil
}

// sendReply sends one message of a reply: one slot of the budget per
// attempt, waiting out a 429 (for every chat: Telegram counts them all) and
// trying a 5xx or a network error again, a few times: a lost confirmation
// makes people type their command again.
func (b *Bot) sendReply(ctx context.Context, m OutMessage) (int, error) {
	if !gateOf(ctx).wait(ctx) {
		return 0, errNotRecorded
	}
	var err error
	for attempt := range 4 {
		if err = b.limits.WaitReply(ctx, m.ChatID); err != nil {
			return 0, err
		}
		var id int
		if id, err = b.tg.Send(ctx, m); err == nil {
			return id, nil
		}
		se := classify(err)
		switch se.Kind {
		case outbox.RateLimited:
			b.limits.Pause(max(se.RetryAfter, time.Second))
		case outbox.Temporary:
			select {
			case <-ctx.Done():
				return 0, err
			case <-time.After(time.Duration(attempt+1) * 300 * time.Millisecond):
			}
		default:
			return 0, err
		}
	}
	return 0, err
}

// sendPart sends a document or photo in answer to a command, as a reply
// (one slot of the budget, ahead of queued notices, in the topic asked in);
// a failure is logged.
func (b *Bot) sendPart(ctx context.Context, chatID int64, p outbox.Part) {
	if !gateOf(ctx).wait(ctx) {
		return
	}
	if err := b.limits.WaitReply(ctx, chatID); err != nil {
		return
	}
	m := OutMessage{ChatID: chatID, ThreadID: threadOf(ctx, chatID), Text: p.Text, Buttons: p.Buttons}
	if p.File != nil {
		m.File, m.Buttons = &OutFile{Name: p.File.Name, Data: p.File.Data, Photo: p.File.Photo}, nil
	}
	if _, err := b.tg.Send(ctx, m); err != nil {
		b.log.Warn("sending a file failed", "chat_id", chatID, "err", err)
	}
}

// answer answers a button press with a short notice.
func (b *Bot) answer(ctx context.Context, callbackID, text string, alert bool) {
	if err := b.tg.AnswerCallback(ctx, callbackID, text, alert); err != nil {
		b.log.Warn("answerCallbackQuery failed", "err", err)
	}
}

// setButtons replaces the buttons under a message the bot sent.
func (b *Bot) setButtons(ctx context.Context, chatID int64, messageID int, buttons [][]outbox.Button) {
	if err := b.tg.EditButtons(ctx, chatID, messageID, buttons); err != nil && !strings.Contains(err.Error(), "not modified") {
		b.log.Warn("editMessageReplyMarkup failed", "err", err)
	}
}

// editMessage replaces the text and buttons of a message the bot sent.
func (b *Bot) editMessage(ctx context.Context, chatID int64, messageID int, text string, buttons [][]outbox.Button) {
	if err := b.tg.EditText(ctx, chatID, messageID, text, buttons); err != nil && !strings.Contains(err.Error(), "not modified") {
		b.log.Warn("editMessageText failed", "err", err)
	}
}

// threadKey carries, in a handler's context, the forum topic the person
// wrote in, so that replies to that chat go there.
type threadKey struct{}

// threadFor is the topic replies to a chat go to: the one in ctx, when
// it is about that chat.
type threadFor struct {
	chatID int64
	thread int
}

func withThread(ctx context.Context, chatID int64, thread int) context.Context {
	if thread == 0 {
		return ctx
	}
	return context.WithValue(ctx, threadKey{}, threadFor{chatID, thread})
}

func threadOf(ctx context.Context, chatID int64) int {
	if t, ok := ctx.Value(threadKey{}).(threadFor); ok && t.chatID == chatID {
		return t.thread
	}
	return 0
}

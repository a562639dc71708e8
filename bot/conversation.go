package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// conversationTTL is how long the bot waits for the answer to a prompt.
const conversationTTL = 30 * time.Minute

// conversationFunc handles the message that answers a prompt. It returns a
// *tasks.InputError for a mistake the person can correct: the bot then says
// what was wrong and waits for the answer again.
type conversationFunc func(ctx context.Context, r *request, c Conversation) error

// conversationGroups are the prompts the bot can wait on, by kind, one
// map per feature; the registry merges them once.
func (b *Bot) conversationGroups() []map[string]conversationFunc {
	return []map[string]conversationFunc{b.lifecycleConversations(), b.weeklyConversations(), b.meetingConversations(), b.deadlineConversations(), b.tiersConversations()}
}

// textHandler may handle a message that is not a command; handled is false
// when the message was not for it.
type textHandler func(ctx context.Context, r *request) (handled bool, err error)

// textHandlers are tried in order on a message that is not a command and
// answers no prompt (for example a reply to a task notice).
func (b *Bot) textHandlers() []textHandler {
	return []textHandler{b.lifecycleText, b.meetingReply, b.fileHint}
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
	c, ok, err := b.book.TakeConversation(ctx, *r.member, r.chatID, r.now)
	if err != nil {
		return err
	}
	if ok {
		if f, known := b.reg.prompts[c.Kind]; known {
			return b.answerConversation(ctx, r, c, f)
		}
	}
	return b.otherText(ctx, r)
}

// otherText handles a message that answers no prompt.
func (b *Bot) otherText(ctx context.Context, r *request) error {
	for _, h := range b.reg.text {
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

// answerConversation hands the answer to prompt c to f, with what every prompt
// shares: a skip word ends the prompt; a reply to the message of another
// task acts on that task; a forwarded command is not run and the prompt
// waits on; after a mistake the bot says what was wrong and waits again.
// When f fails for a reason to be retried, the prompt waits for the
// retried update.
func (b *Bot) answerConversation(ctx context.Context, r *request, c Conversation, f conversationFunc) error {
	msg := r.update.Message
	text := strings.TrimSpace(messageText(msg))
	if isSkipWord(text) && len(messageFiles(msg)) == 0 {
		return b.reply(ctx, r.chatID, msgPromptDropped, nil)
	}
	if handled, err := b.taskReply(ctx, r, promptTask(c)); handled || err != nil {
		return err
	}
	if r.forwarded && strings.HasPrefix(text, "/") {
		if err := b.wait(ctx, r, c.Kind, c.Payload); err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, msgForwardedCommand, nil)
	}
	err := f(ctx, r, c)
	var ie *tasks.InputError
	if err != nil && !errors.As(err, &ie) && !errors.Is(err, tasks.ErrForbidden) {
		if rerr := b.waitUntil(ctx, r, c.Kind, c.Payload, c.ExpiresAt); rerr != nil {
			b.log.Error("could not restore a prompt", "kind", c.Kind, "err", rerr)
		}
		return err
	}
	return b.askAgain(ctx, r, c.Kind, c.Payload, err)
}

// promptTask is the task a prompt is about, 0 for a prompt about none.
func promptTask(c Conversation) int64 {
	var p struct {
		TaskID int64 `json:"task_id"`
	}
	if json.Unmarshal(c.Payload, &p) != nil {
		return 0
	}
	return p.TaskID
}

// isSkipWord reports whether a message is one of skipWords, whatever its
// case, diacritics and closing punctuation.
func isSkipWord(text string) bool {
	f := strings.TrimFunc(vntext.Fold(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return skipWords[f]
}

// askAgain answers a mistake in what the member sent for a prompt of kind:
// the bot says what was wrong and waits for the answer again (in a group,
// in the member's private chat). Any other error is returned as it is.
func (b *Bot) askAgain(ctx context.Context, r *request, kind string, payload any, err error) error {
	var ie *tasks.InputError
	if !errors.As(err, &ie) {
		return err
	}
	if err := b.wait(ctx, r, kind, payload); err != nil {
		return err
	}
	text := esc(ie.Msg) + "\n" + msgPromptAgain
	if !r.private {
		text += "\n" + privateHint(r)
	}
	return b.reply(ctx, r.chatID, text, nil)
}

// wait makes the bot wait, for conversationTTL, for the member's answer of
// kind in promptChat(r): never in a group, where everyone's talk would be
// taken for the answer.
func (b *Bot) wait(ctx context.Context, r *request, kind string, payload any) error {
	return b.waitUntil(ctx, r, kind, payload, r.now.Add(conversationTTL))
}

// waitUntil is wait until a given time.
func (b *Bot) waitUntil(ctx context.Context, r *request, kind string, payload any, until time.Time) error {
	return b.book.SetConversation(ctx, *r.member, promptChat(r), kind, payload, until)
}

// prompt asks the member with text and waits for their answer of kind. In
// a group the prompt goes to their private chat and the group is told so
// (msgPromptPrivate); promptPrivately says it otherwise.
func (b *Bot) prompt(ctx context.Context, r *request, kind string, payload any, text string) error {
	return b.promptPrivately(ctx, r, kind, payload, text, msgPromptPrivate)
}

// promptPrivately is prompt that tells a group with hint, a format of the
// member's name, that the prompt went to their private chat.
func (b *Bot) promptPrivately(ctx context.Context, r *request, kind string, payload any, text, hint string) error {
	return b.promptThen(ctx, r, kind, payload, text, hint, nil)
}

// promptThen is promptPrivately that also hands the prompt's message ids
// to onSent, to remember what a reply to them answers.
func (b *Bot) promptThen(ctx context.Context, r *request, kind string, payload any, text, hint string, onSent func(msgID int) error) error {
	if err := b.wait(ctx, r, kind, payload); err != nil {
		return err
	}
	if err := b.replyThen(ctx, promptChat(r), text, nil, onSent); err != nil {
		return err
	}
	if r.private {
		return nil
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(hint, esc(r.member.FullName)), nil)
}

// promptChat is the chat where the bot waits for the member's answer: this
// one when private, their private chat when in a group.
func promptChat(r *request) int64 {
	if r.private {
		return r.chatID
	}
	return r.member.ChatID
}

// privateHint asks the member, in a group, to answer in their private chat.
func privateHint(r *request) string {
	return fmt.Sprintf(msgPromptPrivate, esc(r.member.FullName))
}

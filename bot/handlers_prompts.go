package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// promptPayload is what a lifecycle prompt remembers.
type promptPayload struct {
	TaskID int64 `json:"task_id"`
	// Album, after the first photo of an album, takes only the album's
	// other photos.
	Album string `json:"album,omitempty"`
}

// askFor prompts the member for the text of kind about a task, privately
// when asked in a group.
func (b *Bot) askFor(ctx context.Context, r *request, kind string, id int64, text string) error {
	return b.promptPrivately(ctx, r, kind, promptPayload{TaskID: id}, text)
}

// promptPrivately asks the member with text and waits for their answer of
// kind. In a group the prompt goes to their private chat and the group is
// told so: the bot never waits for the next message in a group, where
// everyone's talk would be taken for the answer.
func (b *Bot) promptPrivately(ctx context.Context, r *request, kind string, payload any, text string) error {
	if r.private {
		return b.prompt(ctx, r, kind, payload, text)
	}
	private := *r
	private.chatID, private.private = r.member.ChatID, true
	if err := b.prompt(ctx, &private, kind, payload, text); err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, privateHint(r), nil)
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

// answerPrompt wraps the handler of a lifecycle prompt's answer: it acts in
// the organisation that asked, lets "bỏ qua" end the prompt, sends a reply
// to another task's message to that task, and asks again after a mistake.
func (b *Bot) answerPrompt(f func(ctx context.Context, r *request, id int64, msg *tgbotapi.Message) (string, error)) conversationFunc {
	return func(ctx context.Context, r *request, c tasks.Conversation) error {
		var p promptPayload
		if err := json.Unmarshal(c.Payload, &p); err != nil {
			return fmt.Errorf("prompt payload: %w", err)
		}
		if c.OrgID != r.org.ID {
			if err := b.setOrg(ctx, r, c.OrgID); err != nil {
				return nil
			}
		}
		msg := r.update.Message
		if p.Album != "" && msg.MediaGroupID != p.Album {
			return b.notAnAnswer(ctx, r)
		}
		text := strings.TrimSpace(messageText(msg))
		if skipWords[vntext.Fold(strings.Trim(text, ".! "))] && len(messageFiles(msg)) == 0 {
			return b.reply(ctx, r.chatID, msgPromptDropped, nil)
		}
		if handled, err := b.taskReply(ctx, r, p.TaskID); handled || err != nil {
			return err
		}
		if r.forwarded && strings.HasPrefix(text, "/") {
			if err := b.store.SetConversation(ctx, *r.member, r.chatID, c.Kind, p, r.now.Add(conversationTTL)); err != nil {
				return err
			}
			return b.reply(ctx, r.chatID, msgForwardedCommand, nil)
		}
		answer, err := f(ctx, r, p.TaskID, msg)
		var ie *tasks.InputError
		if errors.As(err, &ie) {
			if err := b.store.SetConversation(ctx, *r.member, r.chatID, c.Kind, p, r.now.Add(conversationTTL)); err != nil {
				return err
			}
			return b.reply(ctx, r.chatID, esc(ie.Msg), nil)
		}
		if err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, answer, nil)
	}
}

// notAnAnswer handles a message that came while the bot waited for the rest
// of an album, but is not part of it, as if the bot waited for nothing.
func (b *Bot) notAnAnswer(ctx context.Context, r *request) error {
	if handled, err := b.lifecycleText(ctx, r); handled || err != nil {
		return err
	}
	if !r.private {
		return nil
	}
	return b.reply(ctx, r.chatID, msgNotUnderstood, nil)
}

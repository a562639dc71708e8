package bot

import (
	"context"
	"encoding/json"
	"fmt"
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
	return b.prompt(ctx, r, kind, promptPayload{TaskID: id}, text)
}

// taskPrompt wraps the handler of a lifecycle prompt's answer: it reads the
// task the prompt is about and replies with the handler's answer. While
// the bot waits for the rest of an album, a message that is not part of it
// is handled as if the bot waited for nothing.
func (b *Bot) taskPrompt(f func(ctx context.Context, r *request, id int64, msg *Message) (string, error)) conversationFunc {
	return func(ctx context.Context, r *request, c Conversation) error {
		var p promptPayload
		if err := json.Unmarshal(c.Payload, &p); err != nil {
			return fmt.Errorf("prompt payload: %w", err)
		}
		msg := r.update.Message
		if p.Album != "" && msg.MediaGroupID != p.Album {
			return b.otherText(ctx, r)
		}
		answer, err := f(ctx, r, p.TaskID, msg)
		if err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, answer, nil)
	}
}

package bot

import "context"

// bindTopic makes the bot write to the chat in the forum topic the command
// was typed in (/baocao_o_day, /nhom); typed outside a topic, it unbinds.
func (b *Bot) bindTopic(ctx context.Context, r *request) error {
	if r.private || r.member == nil || r.update.Message == nil {
		return nil
	}
	return b.book.bindTopic(ctx, r.org.ID, r.chatID, r.update.Message.ThreadID, r.now)
}

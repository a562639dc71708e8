package bot

import (
	"context"
	"html"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/outbox"
)

// esc escapes a user-supplied string for an HTML message.
func esc(s string) string { return html.EscapeString(s) }

// reply answers in a chat right away, within the token's rate limits. A reply
// that fails is logged, not retried: the person sees no answer and can ask
// again, while anything the bot must say on its own goes through the outbox.
func (b *Bot) reply(ctx context.Context, chatID int64, text string, buttons [][]outbox.Button) error {
	pieces := outbox.SplitHTML(text, outbox.MaxText)
	for i, piece := range pieces {
		if err := b.limits.Wait(ctx, chatID); err != nil {
			return nil
		}
		msg := tgbotapi.NewMessage(chatID, piece)
		msg.ParseMode = tgbotapi.ModeHTML
		msg.DisableWebPagePreview = true
		if len(buttons) > 0 && i == len(pieces)-1 {
			msg.ReplyMarkup = keyboard(buttons)
		}
		_, err := b.tg.send.Send(msg)
		if err != nil && classify(err, b.tg.token).Kind == outbox.BadMarkup {
			// Telegram refused the markup: the words still matter more.
			msg.ParseMode, msg.Text = "", outbox.PlainText(piece)
			if err = b.limits.Wait(ctx, chatID); err == nil {
				_, err = b.tg.send.Send(msg)
			}
		}
		if err != nil {
			b.log.Warn("reply failed", "chat_id", chatID, "err", redact(err, b.tg.token))
			return nil
		}
	}
	return nil
}

// answer answers a button press with a short notice.
func (b *Bot) answer(callbackID, text string, alert bool) {
	cfg := tgbotapi.NewCallback(callbackID, text)
	cfg.ShowAlert = alert
	if _, err := b.tg.send.Request(cfg); err != nil {
		b.log.Warn("answerCallbackQuery failed", "err", redact(err, b.tg.token))
	}
}

// setButtons replaces the buttons under a message the bot sent.
func (b *Bot) setButtons(chatID int64, messageID int, buttons [][]outbox.Button) {
	markup := keyboard(buttons)
	if len(buttons) == 0 {
		markup = tgbotapi.InlineKeyboardMarkup{InlineKeyboard: [][]tgbotapi.InlineKeyboardButton{}}
	}
	if _, err := b.tg.send.Request(tgbotapi.NewEditMessageReplyMarkup(chatID, messageID, markup)); err != nil {
		b.log.Warn("editMessageReplyMarkup failed", "err", redact(err, b.tg.token))
	}
}

func keyboard(rows [][]outbox.Button) tgbotapi.InlineKeyboardMarkup {
	var kb [][]tgbotapi.InlineKeyboardButton
	for _, row := range rows {
		var r []tgbotapi.InlineKeyboardButton
		for _, bt := range row {
			if bt.URL != "" {
				r = append(r, tgbotapi.NewInlineKeyboardButtonURL(bt.Text, bt.URL))
			} else {
				r = append(r, tgbotapi.NewInlineKeyboardButtonData(bt.Text, bt.Data))
			}
		}
		kb = append(kb, r)
	}
	return tgbotapi.InlineKeyboardMarkup{InlineKeyboard: kb}
}

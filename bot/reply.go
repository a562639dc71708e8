package bot

import (
	"context"
	"html"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/outbox"
)

// esc escapes a user-supplied string for an HTML message.
func esc(s string) string { return html.EscapeString(s) }

// reply answers in a chat right away, within the token's rate limits. A reply
// Telegram refuses after a few tries is logged: the person sees no answer
// and can ask again, while anything the bot must say on its own goes through
// the outbox.
func (b *Bot) reply(ctx context.Context, chatID int64, text string, buttons [][]outbox.Button) error {
	return b.replyThen(ctx, chatID, text, buttons, nil)
}

// replyThen is reply that, unless onSent is nil, calls it with the id of
// every message of the reply Telegram took (a long text comes in several);
// its error is returned.
func (b *Bot) replyThen(ctx context.Context, chatID int64, text string, buttons [][]outbox.Button, onSent func(msgID int) error) error {
	pieces := outbox.SplitHTML(text, outbox.MaxText)
	for i, piece := range pieces {
		if err := b.limits.Wait(ctx, chatID); err != nil {
			return nil
		}
		msg := tgbotapi.NewMessage(chatID, piece)
		msg.ParseMode = tgbotapi.ModeHTML
		msg.DisableWebPagePreview = true
		if len(buttons) > 0 && i == len(pieces)-1 {
			msg.ReplyMarkup = markup(chatID, buttons)
		}
		sent, err := b.sendReply(ctx, msg)
		if err != nil && classify(err, b.tg.token).Kind == outbox.BadMarkup {
			// Telegram refused the markup: the words still matter more.
			msg.ParseMode, msg.Text = "", outbox.PlainText(piece)
			sent, err = b.sendReply(ctx, msg)
		}
		if err != nil {
			b.log.Warn("reply failed", "chat_id", chatID, "err", redact(err, b.tg.token))
			return nil
		}
		if onSent != nil {
			if err := onSent(sent.MessageID); err != nil {
				return err
			}
		}
	}
	return nil
}

// sendReply sends one message of a reply within the limits, waiting out a
// 429 (for every chat: Telegram counts them all) and trying a 5xx or a
// network error again, a few times: a lost confirmation makes people type
// their command again.
func (b *Bot) sendReply(ctx context.Context, msg tgbotapi.MessageConfig) (tgbotapi.Message, error) {
	var err error
	for attempt := range 4 {
		if err = b.limits.Wait(ctx, msg.ChatID); err != nil {
			return tgbotapi.Message{}, err
		}
		var sent tgbotapi.Message
		if sent, err = b.tg.send.Send(msg); err == nil {
			return sent, nil
		}
		se := classify(err, b.tg.token)
		switch se.Kind {
		case outbox.RateLimited:
			b.limits.Pause(max(se.RetryAfter, time.Second))
		case outbox.Temporary:
			select {
			case <-ctx.Done():
				return tgbotapi.Message{}, err
			case <-time.After(time.Duration(attempt+1) * 300 * time.Millisecond):
			}
		default:
			return tgbotapi.Message{}, err
		}
	}
	return tgbotapi.Message{}, err
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
			if bt.URL != "" || bt.WebApp != "" { // an edit keeps a Mini App as a link
				r = append(r, tgbotapi.NewInlineKeyboardButtonURL(bt.Text, bt.URL+bt.WebApp))
			} else {
				r = append(r, tgbotapi.NewInlineKeyboardButtonData(bt.Text, bt.Data))
			}
		}
		kb = append(kb, r)
	}
	return tgbotapi.InlineKeyboardMarkup{InlineKeyboard: kb}
}

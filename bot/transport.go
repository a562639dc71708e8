package bot

import (
	"context"
	"errors"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/outbox"
)

// Transport sends outbox parts with tgbotapi and classifies Telegram's
// answers for the sender.
type Transport struct {
	tg *Telegram
}

// NewTransport returns the outbox transport over tg.
func NewTransport(tg *Telegram) *Transport { return &Transport{tg: tg} }

// Send implements outbox.Transport.
func (t *Transport) Send(_ context.Context, chatID int64, p outbox.Part, plain bool) (int64, error) {
	text, mode := p.Text, tgbotapi.ModeHTML
	if plain {
		text, mode = outbox.PlainText(p.Text), ""
	}
	var c tgbotapi.Chattable
	switch {
	case p.File != nil && p.File.Photo:
		photo := tgbotapi.NewPhoto(chatID, tgbotapi.FileBytes{Name: p.File.Name, Bytes: p.File.Data})
		photo.Caption, photo.ParseMode = text, mode
		c = photo
	case p.File != nil:
		doc := tgbotapi.NewDocument(chatID, tgbotapi.FileBytes{Name: p.File.Name, Bytes: p.File.Data})
		doc.Caption, doc.ParseMode = text, mode
		c = doc
	default:
		msg := tgbotapi.NewMessage(chatID, text)
		msg.ParseMode = mode
		msg.DisableWebPagePreview = true
		if len(p.Buttons) > 0 {
			msg.ReplyMarkup = markup(chatID, p.Buttons)
		}
		c = msg
	}
	m, err := t.tg.send.Send(c)
	if err != nil {
		return 0, classify(err, t.tg.token)
	}
	return int64(m.MessageID), nil
}

// classify maps a tgbotapi error onto what the sender should do with it.
func classify(err error, token string) *outbox.SendError {
	var te *tgbotapi.Error
	if !errors.As(err, &te) {
		// Network errors, timeouts, and 5xx answers with an HTML body
		// (which tgbotapi reports as a JSON syntax error).
		return &outbox.SendError{Kind: outbox.Temporary, Err: redact(err, token)}
	}
	msg := strings.ToLower(te.Message)
	se := &outbox.SendError{Err: err}
	switch {
	case te.Code == 429 || te.RetryAfter > 0 || strings.Contains(msg, "too many requests"):
		se.Kind, se.RetryAfter = outbox.RateLimited, secondsOf(te.RetryAfter)
	case te.MigrateToChatID != 0:
		se.Kind, se.MigrateTo = outbox.ChatMigrated, te.MigrateToChatID
	case strings.Contains(msg, "can't parse entities") || strings.Contains(msg, "can't find end of"):
		se.Kind = outbox.BadMarkup
	case te.Code == 403 || strings.Contains(msg, "forbidden") || strings.Contains(msg, "chat not found") || strings.Contains(msg, "bot was blocked") ||
		strings.Contains(msg, "user is deactivated") || strings.Contains(msg, "can't initiate conversation"):
		se.Kind = outbox.Unreachable
	case te.Code >= 500 || te.Code == 0 && (strings.Contains(msg, "internal") || strings.Contains(msg, "timeout") || strings.Contains(msg, "bad gateway")):
		se.Kind = outbox.Temporary
	default:
		se.Kind = outbox.Permanent
	}
	return se
}

func secondsOf(n int) time.Duration { return time.Duration(n) * time.Second }

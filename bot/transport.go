package bot

import (
	"context"
	"errors"
	"strings"
	"time"

	tg "github.com/go-telegram/bot"

	"github.com/dondoc/dondoc/outbox"
)

// Transport sends outbox parts through the bot's Client and classifies
// Telegram's answers for the sender.
type Transport struct {
	tg Client
	// threads, when set, gives the forum topic a chat's messages go to.
	threads func(ctx context.Context, chatID int64) int
}

// NewTransport returns the outbox transport over tg.
func NewTransport(tg Client) *Transport { return &Transport{tg: tg} }

// WithThreads makes the transport send to the forum topic threads gives
// for a chat (0 for none).
func (t *Transport) WithThreads(threads func(ctx context.Context, chatID int64) int) *Transport {
	t.threads = threads
	return t
}

// Send implements outbox.Transport.
func (t *Transport) Send(ctx context.Context, chatID int64, p outbox.Part, plain bool) (int64, error) {
	m := OutMessage{ChatID: chatID, Text: p.Text, Buttons: p.Buttons}
	if plain {
		m.Text, m.Plain = outbox.PlainText(p.Text), true
	}
	if t.threads != nil {
		m.ThreadID = t.threads(ctx, chatID)
	}
	if p.File != nil {
		m.File = &OutFile{Name: p.File.Name, Data: p.File.Data, Photo: p.File.Photo}
		m.Buttons = nil
	}
	id, err := t.tg.Send(ctx, m)
	if err != nil {
		return 0, classify(err)
	}
	return int64(id), nil
}

// classify maps a client error onto what the sender should do with it.
func classify(err error) *outbox.SendError {
	se := &outbox.SendError{Err: err}
	var tooMany *tg.TooManyRequestsError
	var migrate *tg.MigrateError
	msg := strings.ToLower(err.Error())
	switch {
	case errors.As(err, &tooMany):
		se.Kind, se.RetryAfter = outbox.RateLimited, time.Duration(tooMany.RetryAfter)*time.Second
	case errors.As(err, &migrate):
		se.Kind, se.MigrateTo = outbox.ChatMigrated, int64(migrate.MigrateToChatID)
	case strings.Contains(msg, "can't parse entities") || strings.Contains(msg, "can't find end of"):
		se.Kind = outbox.BadMarkup
	case errors.Is(err, tg.ErrorForbidden) || strings.Contains(msg, "chat not found") || strings.Contains(msg, "bot was blocked") ||
		strings.Contains(msg, "user is deactivated") || strings.Contains(msg, "can't initiate conversation"):
		se.Kind = outbox.Unreachable
	case errors.Is(err, tg.ErrorBadRequest) || errors.Is(err, tg.ErrorNotFound) || errors.Is(err, tg.ErrorUnauthorized) || errors.Is(err, tg.ErrorConflict):
		se.Kind = outbox.Permanent
	case strings.Contains(msg, "error response from telegram") && !has5xx(msg):
		se.Kind = outbox.Permanent
	default:
		// Network errors, timeouts, 5xx answers, and answers that are not
		// JSON (an HTML error page from a proxy).
		se.Kind = outbox.Temporary
	}
	return se
}

// has5xx reports whether the library's text for an unclassified answer
// names a 5xx code ("error response from telegram for method X, 502 ...").
func has5xx(msg string) bool {
	i := strings.LastIndex(msg, ", ")
	return i >= 0 && len(msg) > i+3 && msg[i+2] == '5'
}

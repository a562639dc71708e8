package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"time"

	tg "github.com/go-telegram/bot"

	"github.com/dondoc/dondoc/outbox"
)

// Transport sends outbox parts through the bot's Client and classifies
// Telegram's answers for the sender.
type Transport struct {
	tg Client
	// topics, when set, holds the forum topic each organisation's messages
	// to a chat go to.
	topics *Book
	log    *slog.Logger
}

// NewTransport returns the outbox transport over tg.
func NewTransport(tg Client) *Transport {
	return &Transport{tg: tg, log: slog.New(slog.DiscardHandler)}
}

// WithTopics makes the transport send a row to the forum topic its
// organisation bound in the chat (/baocao_o_day), read from bk; log gets
// the lookups that fail and the topics found deleted.
func (t *Transport) WithTopics(bk *Book, log *slog.Logger) *Transport {
	t.topics, t.log = bk, log
	return t
}

// Send implements outbox.Transport.
func (t *Transport) Send(ctx context.Context, chatID int64, p outbox.Part, plain bool) (int64, error) {
	m := OutMessage{ChatID: chatID, Text: p.Text, Buttons: p.Buttons}
	if plain {
		m.Text, m.Plain = outbox.PlainText(p.Text), true
	}
	m.ThreadID = t.topic(ctx, p.OrgID, chatID)
	if p.File != nil {
		m.File = &OutFile{Name: p.File.Name, Data: p.File.Data, Photo: p.File.Photo}
		m.Buttons = nil
	}
	id, err := t.tg.Send(ctx, m)
	if err != nil && m.ThreadID != 0 && isThreadGone(err) {
		// The topic was deleted: the message goes to the chat itself, and
		// the organisation's later messages too.
		log := t.log.With("org_id", p.OrgID, "chat_id", chatID, "thread_id", m.ThreadID)
		log.Warn("forum topic no longer exists, sending to the chat and unbinding it", "err", err)
		if err := t.topics.unbindTopic(context.WithoutCancel(ctx), p.OrgID, chatID, m.ThreadID); err != nil {
			log.Error("could not unbind the deleted forum topic", "err", err)
		}
		m.ThreadID = 0
		id, err = t.tg.Send(ctx, m)
	}
	if err != nil {
		return 0, classify(err)
	}
	return int64(id), nil
}

// topic is the forum topic of a chat for an organisation; a failed lookup
// is logged and sends to the chat itself.
func (t *Transport) topic(ctx context.Context, orgID, chatID int64) int {
	if t.topics == nil {
		return 0
	}
	thread, err := t.topics.topicOf(ctx, orgID, chatID)
	if err != nil {
		t.log.Warn("could not read the forum topic, sending to the chat", "org_id", orgID, "chat_id", chatID, "err", err)
		return 0
	}
	return thread
}

// isThreadGone reports Telegram's answer to a send into a forum topic
// that no longer exists (deleted or closed for good).
func isThreadGone(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "message thread not found") || strings.Contains(msg, "topic_deleted")
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
	case errors.Is(err, tg.ErrorForbidden) || isRefusal(msg):
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

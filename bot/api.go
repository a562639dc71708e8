package bot

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	tg "github.com/go-telegram/bot"
)

// DefaultEndpoint is Telegram's Bot API base URL.
const DefaultEndpoint = "https://api.telegram.org"

// Telegram is the bot's connection to the Bot API for one token: a client
// for sending, whose requests have a short timeout, and one for long
// polling, whose timeout exceeds the poll's. Every call takes a context.
// It implements Client.
type Telegram struct {
	api      *tg.Bot
	base     string
	token    string
	send     *http.Client
	poll     *http.Client
	username string
}

// Connect checks the token with getMe and returns the connection. endpoint
// is the Bot API's base URL ("http://127.0.0.1:8081"); the older form with
// "/bot%s/%s" is still accepted.
func Connect(ctx context.Context, token, endpoint string, pollTimeout time.Duration) (*Telegram, error) {
	t, err := Dial(token, endpoint, pollTimeout)
	if err != nil {
		return nil, err
	}
	me, err := t.api.GetMe(ctx)
	if err != nil {
		return nil, fmt.Errorf("telegram: getMe: %w", redact(err, token))
	}
	t.username = me.Username
	return t, nil
}

// Dial returns the connection without asking Telegram anything: Username
// stays empty until Connect.
func Dial(token, endpoint string, pollTimeout time.Duration) (*Telegram, error) {
	base := BaseURL(endpoint)
	t := &Telegram{
		base:  base,
		token: token,
		send:  &http.Client{Timeout: 30 * time.Second},
		poll:  &http.Client{Timeout: pollTimeout + 15*time.Second},
	}
	api, err := tg.New(token, tg.WithSkipGetMe(), tg.WithServerURL(base), tg.WithHTTPClient(pollTimeout, t.send),
		tg.WithErrorsHandler(func(error) {}))
	if err != nil {
		return nil, fmt.Errorf("telegram: %w", err)
	}
	t.api = api
	return t, nil
}

// BaseURL turns TELEGRAM_API_ENDPOINT into the Bot API's base URL: a plain
// base URL is kept, and the older "http://host/bot%s/%s" form loses its
// path.
func BaseURL(endpoint string) string {
	if endpoint == "" {
		return DefaultEndpoint
	}
	if i := strings.Index(endpoint, "/bot%s"); i >= 0 {
		endpoint = endpoint[:i]
	}
	return strings.TrimRight(endpoint, "/")
}

// Username is the bot's @username without the @, as getMe gave it.
func (t *Telegram) Username() string { return t.username }

// redact keeps the token out of errors that carry the request URL, and
// marks the error as Telegram's (see isTransient).
func redact(err error, token string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if token != "" {
		msg = strings.ReplaceAll(msg, token, "<token>")
	}
	return &redacted{msg: msg, err: err}
}

// redacted is an error of a call to Telegram whose text no longer holds
// the token; errors.Is and errors.As still see the original.
type redacted struct {
	msg string
	err error
}

// Error returns the message with the bot's token left out.
func (r *redacted) Error() string { return r.msg }

// Unwrap returns the error as the library gave it, token included: log only Error.
func (r *redacted) Unwrap() error { return r.err }

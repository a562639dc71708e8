package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// DefaultEndpoint is Telegram's Bot API, in tgbotapi's format.
const DefaultEndpoint = tgbotapi.APIEndpoint

// Telegram is the bot's connection to the Bot API: one client for sending,
// whose requests run to completion, and one for long polling, whose requests
// end when the context given to Connect is cancelled.
type Telegram struct {
	send     *tgbotapi.BotAPI
	poll     *tgbotapi.BotAPI
	token    string
	fileURL  string
	Username string
}

// Connect checks the token with getMe and returns the connection. endpoint
// is in tgbotapi's format ("http://127.0.0.1:8081/bot%s/%s"); the file
// endpoint is derived from it.
func Connect(ctx context.Context, token, endpoint string, pollTimeout time.Duration) (*Telegram, error) {
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	send, err := tgbotapi.NewBotAPIWithClient(token, endpoint, &http.Client{Timeout: 30 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("telegram: getMe: %w", redact(err, token))
	}
	poll, err := tgbotapi.NewBotAPIWithClient(token, endpoint, &http.Client{
		Timeout:   pollTimeout + 15*time.Second,
		Transport: ctxTransport{ctx: ctx, base: http.DefaultTransport},
	})
	if err != nil {
		return nil, fmt.Errorf("telegram: getMe: %w", redact(err, token))
	}
	return &Telegram{
		send:     send,
		poll:     poll,
		token:    token,
		fileURL:  strings.Replace(endpoint, "/bot%s/%s", "/file/bot%s/%s", 1),
		Username: send.Self.UserName,
	}, nil
}

// ctxTransport ties every request to a context, so that shutting down ends
// a long poll at once.
type ctxTransport struct {
	ctx  context.Context
	base http.RoundTripper
}

func (t ctxTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return t.base.RoundTrip(r.WithContext(t.ctx))
}

// redact keeps the token out of errors that carry the request URL.
func redact(err error, token string) error {
	if err == nil || token == "" {
		return err
	}
	var te *tgbotapi.Error
	if errors.As(err, &te) {
		return err
	}
	if msg := err.Error(); strings.Contains(msg, token) {
		return errors.New(strings.ReplaceAll(msg, token, "<token>"))
	}
	return err
}

package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestRunExplainsAnUnreachableTelegram: one token and no Telegram at the
// endpoint (an emulator not started) stops the start with a Vietnamese
// message naming the endpoint and what to check.
func TestRunExplainsAnUnreachableTelegram(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	endpoint := "http://" + l.Addr().String()
	l.Close() // nothing listens there now
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_TOKENS", "")
	t.Setenv("TELEGRAM_TOKEN", tgfake.Token)
	t.Setenv("TELEGRAM_API_ENDPOINT", endpoint)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err = cli(ctx, []string{"run"}, io.Discard, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), "không kiểm tra được mã bot (bot 123456) với Telegram tại "+endpoint) ||
		!strings.Contains(err.Error(), "TELEGRAM_API_ENDPOINT") {
		t.Errorf("run with no Telegram at the endpoint: %v", err)
	}
}

// TestRunRefusesATakenHTTPAddr: DONDOC_HTTP_ADDR serves the webhook and
// the dashboard, so a port another program holds stops the start, in
// Vietnamese, instead of a bot that runs deaf.
func TestRunRefusesATakenHTTPAddr(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	fake := tgfake.New()
	defer fake.Close()
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_TOKENS", "")
	t.Setenv("TELEGRAM_TOKEN", tgfake.Token)
	t.Setenv("TELEGRAM_API_ENDPOINT", fake.URL())
	t.Setenv("DONDOC_HTTP_ADDR", taken.Addr().String())
	t.Setenv("DONDOC_INTERNAL_ADDR", "off")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err = cli(ctx, []string{"run"}, io.Discard, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), "không mở được DONDOC_HTTP_ADDR “"+taken.Addr().String()+"”") {
		t.Errorf("run with DONDOC_HTTP_ADDR taken: %v", err)
	}
}

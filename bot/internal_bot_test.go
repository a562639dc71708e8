package bot

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// newInternalBot makes a bot on st that talks to a fresh fake Telegram,
// with the given budget and configuration, for the package's internal
// tests; the fake is closed when the test ends.
func newInternalBot(ctx context.Context, t *testing.T, st *tasks.Store, lim outbox.LimitsConfig, cfg Config) (*Bot, *tgfake.Server) {
	t.Helper()
	fake := tgfake.New()
	t.Cleanup(fake.Close)
	tg, err := Connect(ctx, tgfake.Token, fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return New(tg, st, outbox.NewLimits(lim), func() {}, time.Now, slog.New(slog.DiscardHandler), cfg), fake
}

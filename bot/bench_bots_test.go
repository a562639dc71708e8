package bot_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// BenchmarkSenderCeilingPerBot is BenchmarkSenderCeiling for one bot of a
// deployment of two: 10,000 rows of its organisation and 10,000 of the
// other bot's in the queue; the sender claims its own by the bot's due
// index and sends them through the fake Telegram. It reports messages per
// second, and fails if a row of the other bot was sent.
//
//	go test -run '^$' -bench SenderCeilingPerBot -benchtime 1x ./bot/
func BenchmarkSenderCeilingPerBot(b *testing.B) {
	const rows, chats = 10_000, 2_000
	ctx := context.Background()
	db := pgtest.New(b)
	fake := tgfake.New()
	defer fake.Close()
	tg, err := bot.Connect(ctx, tgfake.Token, fake.Endpoint(), time.Second)
	if err != nil {
		b.Fatal(err)
	}
	st := tasks.NewStore(db)
	mine, err := st.CreateOrg(ctx, "UBND tỉnh Quảng Ninh", "Asia/Ho_Chi_Minh", time.Now())
	if err != nil {
		b.Fatal(err)
	}
	other, err := st.CreateOrg(ctx, "UBND tỉnh Lạng Sơn", "Asia/Ho_Chi_Minh", time.Now())
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.BindOrgBot(ctx, mine.ID, tg.ID()); err != nil {
		b.Fatal(err)
	}
	if _, err := st.BindOrgBot(ctx, other.ID, 999); err != nil {
		b.Fatal(err)
	}
	for c := range chats {
		fake.StartChat(int64(100_000 + c))
	}
	rd := bot.NewRenderer(st, tg.Username())
	rd.Handle("bench", func(_ context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
		return []outbox.Part{{Text: fmt.Sprintf("<b>Nhắc việc</b> số %d: hạn 15/01/2031", r.ID)}}, nil
	})
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg := outbox.DefaultConfig()
	cfg.Workers, cfg.Batch, cfg.PerChat, cfg.Poll = 64, 500, 5, 10*time.Millisecond
	limits := outbox.NewLimits(outbox.LimitsConfig{Global: 1e6, PerChat: 1e6, PerGroup: 1e6})
	var total time.Duration
	for i := range b.N {
		b.StopTimer()
		for _, org := range []int64{mine.ID, other.ID} {
			msgs := make([]outbox.Message, rows)
			for j := range msgs {
				msgs[j] = outbox.Message{OrgID: org, IdemKey: fmt.Sprintf("bench:%d:%d", i, j), ChatID: int64(100_000 + j%chats), Kind: "bench"}
			}
			if _, err := outbox.Enqueue(ctx, db, time.Now(), msgs...); err != nil {
				b.Fatal(err)
			}
		}
		sender := outbox.NewSender(db, rd, bot.NewTransport(tg), bot.NewHooks(st), limits, cfg, time.Now, log).ForBot(tg.ID())
		b.StartTimer()
		start := time.Now()
		sent, err := sender.Drain(ctx)
		if err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		if got := len(fake.Sent()); sent != rows || got != rows*(i+1) {
			b.Fatalf("claimed %d, Telegram got %d, want %d (the other bot's rows left alone)", sent, got, rows*(i+1))
		}
	}
	b.ReportMetric(float64(rows*b.N)/total.Seconds(), "msgs/s")
}

package bot_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// BenchmarkSenderCeiling measures the delivery engine's own ceiling: 10,000
// outbox rows to 2,000 chats through the fake Telegram server, with
// Telegram's limits raised so that only the engine (claims, rendering, HTTP,
// marking sent) sets the pace. It reports messages per second.
//
//	go test -run '^$' -bench SenderCeiling -benchtime 1x ./bot/
func BenchmarkSenderCeiling(b *testing.B) {
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
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", time.Now())
	if err != nil {
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
		msgs := make([]outbox.Message, rows)
		for j := range msgs {
			msgs[j] = outbox.Message{OrgID: org.ID, IdemKey: fmt.Sprintf("bench:%d:%d", i, j), ChatID: int64(100_000 + j%chats), Kind: "bench"}
		}
		if _, err := outbox.Enqueue(ctx, db, time.Now(), msgs...); err != nil {
			b.Fatal(err)
		}
		sender := outbox.NewSender(db, rd, bot.NewTransport(tg), bot.NewHooks(st), limits, cfg, time.Now, log)
		b.StartTimer()
		start := time.Now()
		sent, err := sender.Drain(ctx)
		if err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		if got := len(fake.Sent()); sent != rows || got != rows*(i+1) {
			b.Fatalf("claimed %d, Telegram got %d, want %d", sent, got, rows*(i+1))
		}
	}
	b.ReportMetric(float64(rows*b.N)/total.Seconds(), "msgs/s")
}

// BenchmarkAssign measures /giao end to end: the update goes through the
// fake Telegram, the real polling loop, parsing, PostgreSQL (task, units,
// history, outbox rows) and back as the confirmation.
//
//	go test -run '^$' -bench Assign ./bot/
func BenchmarkAssign(b *testing.B) {
	b.Run("latency", func(b *testing.B) {
		h := newHarness(b)
		h.join(leader, tasks.RoleLeader, "")
		h.join(kthtStaff, tasks.RoleMember, "ktht")
		b.ResetTimer()
		for i := range b.N {
			h.say(leader, fmt.Sprintf("/giao KTHT, phối hợp các xã: Rà soát hồ sơ số %d trước 17h 15/1/2031", i), fmt.Sprintf("Nhiệm vụ #%d", i+1))
		}
	})
	b.Run("throughput", func(b *testing.B) {
		h := newHarness(b)
		var leaders []tgfake.User
		for i := range 20 {
			leaders = append(leaders, h.join(tgfake.User{ID: int64(7000 + i), FirstName: "Lãnh đạo", LastName: fmt.Sprint(i)}, tasks.RoleLeader, ""))
		}
		h.join(kthtStaff, tasks.RoleMember, "ktht")
		b.ResetTimer()
		start := time.Now()
		for i := range b.N {
			h.fake.SendText(leaders[i%len(leaders)], fmt.Sprintf("/giao KTHT: Báo cáo số %d trước 30/6/2031", i))
		}
		h.fake.WaitCount(b, 5*time.Minute, b.N, func(m tgfake.SentMessage) bool {
			return m.ChatID >= 7000 && m.ChatID < 7020 && strings.HasPrefix(m.PlainText, "Đã giao việc")
		})
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "updates/s")
	})
}

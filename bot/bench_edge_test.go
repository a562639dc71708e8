package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// roundTrips is how many commands each round-trip benchmark times.
const roundTrips = 15

// pace is the pause between two timed commands: above a second, so that
// a person's pace, not the per-chat budget, is measured.
const pace = 1100 * time.Millisecond

// percentiles reports p50 and p99 (the largest, for 15 samples) in ms.
func percentiles(b *testing.B, d []time.Duration) (p50, p99 float64) {
	b.Helper()
	slices.Sort(d)
	p50 = float64(d[len(d)/2].Microseconds()) / 1000
	p99 = float64(d[min(len(d)-1, len(d)*99/100)].Microseconds()) / 1000
	b.ReportMetric(p50, "p50_ms")
	b.ReportMetric(p99, "p99_ms")
	return p50, p99
}

// timeCommand sends text as u every pace and times until a new message to u
// contains want.
func timeCommand(b *testing.B, fake *tgfake.Server, u tgfake.User, text, want string) []time.Duration {
	b.Helper()
	var out []time.Duration
	for range roundTrips {
		time.Sleep(pace)
		before := len(fake.SentTo(u.ID))
		start := time.Now()
		fake.SendText(u, text)
		for {
			sent := fake.SentTo(u.ID)
			if len(sent) > before && strings.Contains(sent[len(sent)-1].PlainText, want) {
				break
			}
			if time.Since(start) > 10*time.Second {
				b.Fatalf("no answer to %q", text)
			}
			time.Sleep(200 * time.Microsecond)
		}
		out = append(out, time.Since(start))
	}
	return out
}

// BenchmarkRoundTrip times a command from the person's side until the
// answer arrives, through the fake Telegram: the floor is a bare echo bot
// on the same client and fake (long polling, send back); then dondoc's
// /viec by long polling and by webhook. Goal: dondoc ≤ 2× the floor at
// p50, ≤ 3× at p99.
//
//	go test -run '^$' -bench RoundTrip -benchtime 1x ./bot/
func BenchmarkRoundTrip(b *testing.B) {
	b.Run("echo_floor", func(b *testing.B) {
		fake := tgfake.New()
		defer fake.Close()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		tg, err := bot.Connect(ctx, tgfake.Token, fake.URL(), time.Second)
		if err != nil {
			b.Fatal(err)
		}
		go func() {
			var offset int64
			for ctx.Err() == nil {
				us, err := tg.GetUpdates(ctx, offset, 1, nil)
				if err != nil {
					continue
				}
				for _, u := range us {
					offset = u.UpdateID + 1
					if u.Message != nil {
						tg.Send(ctx, bot.OutMessage{ChatID: u.Message.Chat.ID, Text: "echo: " + u.Message.Text})
					}
				}
			}
		}()
		percentiles(b, timeCommand(b, fake, leader, "/viec", "echo: /viec"))
	})
	for _, mode := range []string{"polling", "webhook"} {
		b.Run("viec_"+mode, func(b *testing.B) {
			var opts []option
			if mode == "webhook" {
				opts = append(opts, withWebhook())
			}
			h := newHarness(b, append(opts, withLimits(outbox.DefaultLimits()))...)
			h.join(leader, tasks.RoleLeader, "")
			h.join(kthtStaff, tasks.RoleMember, "ktht")
			for i := range 5 {
				h.say(leader, fmt.Sprintf("/giao KTHT: Rà soát hồ sơ số %d trước 30/6/2031", i), fmt.Sprintf("Nhiệm vụ #%d", i+1))
			}
			percentiles(b, timeCommand(b, h.fake, leader, "/viec", "Nhiệm vụ đang thực hiện"))
		})
	}
}

// BenchmarkManyChats has 1,000 people write at once, each in their own
// chat, and measures updates handled per second until every one has its
// answer; each must be answered exactly once. Goal: ≥ 1,000 updates/s.
//
//	go test -run '^$' -bench ManyChats -benchtime 1x ./bot/
func BenchmarkManyChats(b *testing.B) {
	const people = 1000
	h := newHarness(b, withLimits(outbox.LimitsConfig{Global: 1e6, PerChat: 1e6, PerGroup: 1e6}))
	h.join(leader, tasks.RoleLeader, "")
	var total time.Duration
	for i := range b.N {
		b.StopTimer()
		users := make([]tgfake.User, people)
		for j := range users {
			users[j] = tgfake.User{ID: int64(1_000_000 + i*people + j), FirstName: "Người", LastName: fmt.Sprint(j)}
		}
		before := len(h.fake.Sent())
		b.StartTimer()
		start := time.Now()
		for _, u := range users {
			h.fake.SendText(u, "/help")
		}
		h.fake.WaitCount(b, 2*time.Minute, before+people, func(tgfake.SentMessage) bool { return true })
		total += time.Since(start)
		b.StopTimer()
		time.Sleep(200 * time.Millisecond) // a second answer would come now
		count := map[int64]int{}
		for _, m := range h.fake.Sent()[before:] {
			count[m.ChatID]++
		}
		for _, u := range users {
			if count[u.ID] != 1 {
				b.Fatalf("person %d got %d answers", u.ID, count[u.ID])
			}
		}
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			n := h.count(`SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL`)
			if n == 0 {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("%d updates not marked handled", n)
			}
		}
	}
	b.ReportMetric(float64(people*b.N)/total.Seconds(), "updates/s")
}

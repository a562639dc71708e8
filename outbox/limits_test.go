package outbox_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// send is one message leaving, in the simulation below.
type send struct {
	chat int64
	prio outbox.Priority
	at   time.Time
}

// simulate offers msgs to the limits in order on a clock it controls: each
// waiting message asks again when Take says, and the earliest due asks
// first. It returns when each left.
func simulate(l *outbox.Limits, start time.Time, msgs []send) []send {
	type waiting struct {
		send
		due time.Time
		seq int
	}
	q := make([]waiting, len(msgs))
	for i, m := range msgs {
		q[i] = waiting{send: m, due: m.at, seq: i}
	}
	var out []send
	for len(q) > 0 {
		sort.SliceStable(q, func(i, j int) bool {
			if !q[i].due.Equal(q[j].due) {
				return q[i].due.Before(q[j].due)
			}
			if q[i].prio != q[j].prio {
				return q[i].prio > q[j].prio
			}
			return q[i].seq < q[j].seq
		})
		w := q[0]
		if d := l.Take(w.chat, w.prio, w.due); d > 0 {
			q[0].due = w.due.Add(d)
			continue
		}
		out = append(out, send{chat: w.chat, prio: w.prio, at: w.due})
		q = q[1:]
	}
	return out
}

// maxIn is the most sends of chat (0: any chat) within any window of
// length win.
func maxIn(sends []send, chat int64, win time.Duration) int {
	var at []time.Time
	for _, s := range sends {
		if chat == 0 || s.chat == chat {
			at = append(at, s.at)
		}
	}
	sort.Slice(at, func(i, j int) bool { return at[i].Before(at[j]) })
	best := 0
	for i := range at {
		j := sort.Search(len(at), func(k int) bool { return !at[k].Before(at[i].Add(win)) })
		best = max(best, j-i)
	}
	return best
}

func TestLimitsWindows(t *testing.T) {
	start := time.Date(2031, 1, 1, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		msgs func() []send
		// within is when the last message must have left: the budget is
		// used, not just respected.
		within time.Duration
		// checks: chat (0 for all), window, most allowed in it.
		checks []struct {
			chat int64
			win  time.Duration
			most int
		}
	}{
		{
			name:   "one private chat: a burst of 3, then one a second",
			within: 18 * time.Second,
			msgs: func() []send {
				var m []send
				for range 20 {
					m = append(m, send{chat: 7, prio: outbox.Bulk, at: start})
				}
				return m
			},
			checks: []struct {
				chat int64
				win  time.Duration
				most int
			}{{7, time.Second, 3}, {7, 10 * time.Second, 3 + 10}, {7, time.Minute, 3 + 60}},
		},
		{
			name:   "one group: never more than 20 in a minute",
			within: 3*time.Minute + 10*time.Second,
			msgs: func() []send {
				var m []send
				for range 70 {
					m = append(m, send{chat: -100, prio: outbox.Interactive, at: start})
				}
				return m
			},
			checks: []struct {
				chat int64
				win  time.Duration
				most int
			}{{-100, time.Minute, 20}, {-100, time.Second, 3}},
		},
		{
			name:   "many chats: never more than 30 in any second overall",
			within: 14 * time.Second,
			msgs: func() []send {
				var m []send
				for i := range 400 {
					m = append(m, send{chat: int64(1000 + i%200), prio: outbox.Priority(i % 2), at: start.Add(time.Duration(i) * time.Millisecond)})
				}
				return m
			},
			checks: []struct {
				chat int64
				win  time.Duration
				most int
			}{{0, time.Second, 30}, {0, 500 * time.Millisecond, 30}, {1000, time.Second, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := outbox.NewLimits(outbox.DefaultLimits())
			msgs := tt.msgs()
			sent := simulate(l, start, msgs)
			if len(sent) != len(msgs) {
				t.Fatalf("%d sent, want %d", len(sent), len(msgs))
			}
			for _, c := range tt.checks {
				if n := maxIn(sent, c.chat, c.win); n > c.most {
					t.Errorf("chat %d: %d sends within %v, want at most %d", c.chat, n, c.win, c.most)
				}
			}
			if last := sent[len(sent)-1].at.Sub(start); last > tt.within {
				t.Errorf("the last message left after %v", last)
			}
		})
	}
}

func TestLimitsRepliesGoFirst(t *testing.T) {
	start := time.Date(2031, 1, 1, 8, 0, 0, 0, time.UTC)
	l := outbox.NewLimits(outbox.DefaultLimits())
	// 300 queued notices to 300 chats fill ten seconds of the budget; a
	// reply typed after them leaves in the next free slot, not after them.
	var msgs []send
	for i := range 300 {
		msgs = append(msgs, send{chat: int64(10 + i), prio: outbox.Bulk, at: start})
	}
	msgs = append(msgs, send{chat: 5, prio: outbox.Interactive, at: start.Add(100 * time.Millisecond)})
	sent := simulate(l, start, msgs)
	for _, s := range sent {
		if s.prio == outbox.Interactive {
			if d := s.at.Sub(start); d > 1100*time.Millisecond {
				t.Fatalf("the reply left after %v, behind the notices", d)
			}
			return
		}
	}
	t.Fatal("the reply never left")
}

func TestLimitsWaitReplyBlocksBulk(t *testing.T) {
	// With a real wait: a reply waiting for the global budget keeps bulk
	// messages from taking the slot it waits for.
	now := time.Date(2031, 1, 1, 8, 0, 0, 0, time.UTC)
	var clock time.Time = now
	slept := make(chan time.Duration, 10)
	l := outbox.NewLimits(outbox.LimitsConfig{Global: 1, PerChat: 100, PerGroup: 100},
		outbox.WithLimitsClock(func() time.Time { return clock }, func(ctx context.Context, d time.Duration) error {
			slept <- d
			clock = clock.Add(d)
			return nil
		}))
	if d := l.Take(1, outbox.Bulk, now); d != 0 {
		t.Fatalf("first message waits %v", d)
	}
	if err := l.WaitReply(context.Background(), 2); err != nil {
		t.Fatal(err)
	}
	if d := <-slept; d <= 0 || d > time.Second {
		t.Fatalf("the reply slept %v", d)
	}
	if d := l.Take(3, outbox.Bulk, clock); d <= 0 {
		t.Fatal("a bulk message took the slot the reply had just taken")
	}
}

// BenchmarkLimitsTake measures slots taken with the limits raised (the
// sender's ceiling benchmark's setting), over 2,000 chats: the overall
// window then holds 100,000 sends, so it paces at 100,000 a second, far
// above any sender.
//
//	go test -run '^$' -bench LimitsTake ./outbox/
func BenchmarkLimitsTake(b *testing.B) {
	l := outbox.NewLimits(outbox.LimitsConfig{Global: 1e6, PerChat: 1e6, PerGroup: 1e6})
	ctx := context.Background()
	b.ReportAllocs()
	for i := range b.N {
		if err := l.Wait(ctx, int64(1000+i%2000)); err != nil {
			b.Fatal(err)
		}
	}
}

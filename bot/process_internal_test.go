package bot

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/lib/pq"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// TestProcessGivesUp runs a command that fails in each way through the
// retry policy: a panic is not tried again, a database outage is tried
// until MaxRetryTime, a Telegram timeout a few times; each ends recorded
// failed with its reason, and the person is told.
func TestProcessGivesUp(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	b, fake := newInternalBot(ctx, t, tasks.NewStore(db), outbox.LimitsConfig{}, Config{RetryUpdate: 5 * time.Millisecond, MaxUpdateAttempts: 3, MaxRetryTime: 300 * time.Millisecond})
	tgTimeout := redact(&net.OpError{Op: "read", Net: "tcp", Err: context.DeadlineExceeded}, "")
	tests := []struct {
		name     string
		fail     func(attempt int) error
		attempts int // exactly, or at least when minTime is set
		minTime  time.Duration
		reason   string
	}{
		{"panic", func(int) error { panic("index out of range") }, 1, 0, "panic: index out of range"},
		{"database away", func(int) error { return &pq.Error{Code: "08006", Message: "connection failure"} }, 3, 300 * time.Millisecond, "connection failure"},
		{"telegram timeout", func(int) error { return tgTimeout }, 3, 0, "deadline exceeded"},
		{"passes", func(n int) error {
			if n < 3 {
				return &pq.Error{Code: "40001", Message: "could not serialize"}
			}
			return nil
		}, 3, 0, ""},
	}
	user := tgfake.User{ID: 7001, FirstName: "Bình"}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := "thu" + string(rune('a'+i))
			attempts := 0
			c := command{names: []string{cmd}, allow: anyone, run: func(context.Context, *request) error {
				attempts++
				return tt.fail(attempts)
			}}
			b.reg.byName[cmd] = c
			raw, err := json.Marshal(fake.SendText(user, "/"+cmd))
			if err != nil {
				t.Fatal(err)
			}
			u, err := DecodeUpdate(raw)
			if err != nil {
				t.Fatal(err)
			}
			before := len(fake.SentTo(user.ID))
			start := time.Now()
			reason, handled := b.process(ctx, u)
			took := time.Since(start)
			if !handled {
				t.Fatal("not handled")
			}
			if tt.reason == "" && reason != "" || !strings.Contains(reason, tt.reason) {
				t.Errorf("reason = %q, want %q", reason, tt.reason)
			}
			if tt.minTime > 0 {
				if took < tt.minTime || attempts < tt.attempts {
					t.Errorf("gave up after %v and %d attempts, want at least %v and %d", took, attempts, tt.minTime, tt.attempts)
				}
				if took > 10*tt.minTime {
					t.Errorf("gave up only after %v", took)
				}
			} else if attempts != tt.attempts {
				t.Errorf("%d attempts, want %d", attempts, tt.attempts)
			}
			sent := fake.SentTo(user.ID)[before:]
			apologised := len(sent) == 1 && sent[0].Text == msgInternalError
			if apologised != (tt.reason != "") {
				t.Errorf("sent %+v; want an apology: %v", sent, tt.reason != "")
			}
		})
	}
	if errors.Is(tgTimeout, context.DeadlineExceeded) != true {
		t.Fatal("the Telegram timeout no longer wraps DeadlineExceeded")
	}
}

// TestStoppedDispatcherRefuses: once the dispatcher stops, accept records
// nothing and says so, so that the caller answers Telegram with an error
// (it sends the update again) rather than leaving it recorded and waiting.
func TestStoppedDispatcherRefuses(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	b, _ := newInternalBot(ctx, t, tasks.NewStore(db), outbox.LimitsConfig{}, Config{})
	d := b.startDispatcher(ctx)
	d.stop()
	u := Update{UpdateID: 31, Message: &Message{MessageID: 1, Chat: &Chat{ID: 5, Type: "private"}, Text: "/help"}}
	if err := d.accept(ctx, []Update{u}); !errors.Is(err, errStopped) {
		t.Errorf("accept after stop = %v, want errStopped", err)
	}
	if err := d.submit([]Update{u}); !errors.Is(err, errStopped) {
		t.Errorf("submit after stop = %v, want errStopped", err)
	}
	var n int
	if err := db.Get(&n, `SELECT count(*) FROM telegram_updates`); err != nil || n != 0 {
		t.Errorf("%d updates recorded after stop (%v), want 0", n, err)
	}
}

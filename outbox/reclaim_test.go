package outbox_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// Rows left "sending" by a dead sender are taken back at once by the next
// leader's Run, not after their two-minute lease; a one-shot Drain, which
// is not the leader, leaves them to their lease.
func TestTakeBackPredecessorRows(t *testing.T) {
	cases := []struct {
		name     string
		run      func(ctx context.Context, s *outbox.Sender)
		wantSent int
	}{
		{name: "leader run", run: func(ctx context.Context, s *outbox.Sender) { s.Run(ctx) }, wantSent: 20},
		{name: "drain", run: func(ctx context.Context, s *outbox.Sender) { s.Drain(ctx) }, wantSent: 5},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db, org := setup(t)
			now := time.Now()
			var msgs []outbox.Message
			for i := range 20 {
				msgs = append(msgs, outbox.Message{IdemKey: fmt.Sprintf("m%d", i), ChatID: int64(100 + i)})
			}
			enqueue(t, db, org, now, msgs...)
			// A sender that died holding 15 rows, leased for two minutes.
			if _, err := db.Exec(`
				UPDATE outbox SET status = 'sending', lease_until = $1, claimed_by = 'dead-host/4242/0000beef#1'
				WHERE idem_key <> ALL(ARRAY['m0','m1','m2','m3','m4'])`, now.Add(2*time.Minute)); err != nil {
				t.Fatal(err)
			}
			tr := &memTransport{}
			s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, time.Now, quiet)
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			done := make(chan struct{})
			go func() { defer close(done); tc.run(ctx, s) }()
			deadline := time.Now().Add(2 * time.Second)
			for time.Now().Before(deadline) && sentCount(t, db) < tc.wantSent {
				time.Sleep(20 * time.Millisecond)
			}
			cancel()
			<-done
			if got := sentCount(t, db); got != tc.wantSent {
				t.Fatalf("sent %d rows within 2 s, want %d", got, tc.wantSent)
			}
			var left int
			if err := db.Get(&left, `SELECT count(*) FROM outbox WHERE claimed_by LIKE 'dead-host/%'`); err != nil {
				t.Fatal(err)
			}
			if want := 20 - tc.wantSent; left != want {
				t.Errorf("%d rows still claimed by the dead sender, want %d", left, want)
			}
		})
	}
}

func sentCount(t *testing.T, db interface {
	Get(any, string, ...any) error
}) int {
	t.Helper()
	var n int
	if err := db.Get(&n, `SELECT count(*) FROM outbox WHERE status = 'sent'`); err != nil {
		t.Fatal(err)
	}
	return n
}

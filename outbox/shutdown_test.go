package outbox_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// Telegram answers 429 with a long retry_after just as the process is
// told to stop: the sender stops without losing or spending a row (none
// left "sending", none failed, no attempt counted), and after the restart
// every row is sent once, the rate-limited one not before its retry_after.
func TestRateLimitedDuringShutdown(t *testing.T) {
	db, org := setup(t)
	clk := &clock{t: time.Now()}
	for i := range 10 {
		enqueue(t, db, org, clk.Now(), outbox.Message{IdemKey: fmt.Sprint("r", i), ChatID: int64(i + 1)})
	}
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	tr := &memTransport{fail: func(int64, outbox.Part, bool, int) error {
		var err error
		once.Do(func() {
			cancel()
			err = &outbox.SendError{Kind: outbox.RateLimited, RetryAfter: time.Minute, Err: errors.New("429")}
		})
		return err
	}}
	s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	done := make(chan struct{})
	go func() { defer close(done); s.Run(ctx) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the sender did not stop")
	}
	var bad struct {
		Sending  int `db:"sending"`
		Failed   int `db:"failed"`
		Attempts int `db:"attempts"`
		Early    int `db:"early"`
	}
	if err := db.Get(&bad, `SELECT count(*) FILTER (WHERE status = 'sending') AS sending, count(*) FILTER (WHERE status = 'failed') AS failed,
		coalesce(sum(attempts), 0) AS attempts, count(*) FILTER (WHERE last_error <> '' AND next_attempt_at < $1) AS early FROM outbox`, clk.Now().Add(59*time.Second)); err != nil {
		t.Fatal(err)
	}
	if bad.Sending != 0 || bad.Failed != 0 || bad.Attempts != 0 || bad.Early != 0 {
		t.Errorf("after the stop: %d rows left sending, %d failed, %d attempts counted, %d rate-limited rows due before retry_after", bad.Sending, bad.Failed, bad.Attempts, bad.Early)
	}
	clk.Add(61 * time.Second)
	restarted := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	restarted.Drain(context.Background())
	seen := map[string]int{}
	for _, text := range sentTexts(tr) {
		seen[text]++
	}
	for i := range 10 {
		if n := seen[fmt.Sprint("tin r", i)]; n != 1 {
			t.Errorf("row r%d sent %d times, want once", i, n)
		}
	}
}

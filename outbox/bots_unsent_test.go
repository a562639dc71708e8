package outbox_test

import (
	"context"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/lib/pq"

	"github.com/dondoc/dondoc/outbox"
)

// The rows waiting for a bot that is not running are counted by bot, from
// the partial indexes of pending and sending rows: an outbox of many sent
// rows is not scanned on every /metrics scrape and /readyz probe.
func TestUnsentOnOtherBotsUsesIndexes(t *testing.T) {
	db, a, b, free := twoBots(t)
	ctx := context.Background()
	now := time.Date(2031, 1, 13, 9, 0, 0, 0, time.UTC)
	db.MustExec(`
		INSERT INTO outbox (org_id, idem_key, chat_id, kind, status, next_attempt_at, created_at, sent_at, bot_id)
		SELECT $1, 'sent' || g, 1, 'text', 'sent', $2, $2, $2, 11 FROM generate_series(1, 20000) g`, a, now)
	for key, row := range map[string]struct {
		org    int64
		status string
	}{
		"a-pending": {a, "pending"}, "b-pending": {b, "pending"}, "b-pending2": {b, "pending"},
		"b-sending": {b, "sending"}, "b-failed": {b, "failed"}, "b-sent": {b, "sent"}, "free": {free, "pending"},
	} {
		enqueue(t, db, row.org, now, outbox.Message{IdemKey: key, ChatID: 1})
		db.MustExec(`UPDATE outbox SET status = $2, lease_until = $3 WHERE idem_key = $1`, key, row.status, now.Add(time.Minute))
	}
	db.MustExec(`ANALYZE outbox`)

	got, err := outbox.UnsentOnOtherBots(ctx, db, []int64{11})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[int64]int{22: 3}; !maps.Equal(got, want) {
		t.Errorf("unsent on other bots %v, want %v", got, want)
	}
	if got, _ := outbox.UnsentOnOtherBots(ctx, db, []int64{}); !maps.Equal(got, map[int64]int{11: 1, 22: 3}) {
		t.Errorf("unsent with no bot running %v, want bot 11: 1, bot 22: 3", got)
	}

	var plan []string
	if err := db.Select(&plan, `EXPLAIN `+outbox.UnsentOnOtherBotsQuery, pq.Array([]int64{11})); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(plan, "\n")
	if strings.Contains(text, "Seq Scan") {
		t.Errorf("the count scans the outbox:\n%s", text)
	}
	for _, idx := range []string{"outbox_leased"} {
		if !strings.Contains(text, idx) {
			t.Errorf("the count does not read %s:\n%s", idx, text)
		}
	}
	if !strings.Contains(text, "outbox_due") && !strings.Contains(text, "outbox_bot_due") {
		t.Errorf("the count does not read the pending rows from their index:\n%s", text)
	}
}

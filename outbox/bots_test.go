package outbox_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

// twoBots makes two organisations served by bots 11 and 22 and an
// unbound third one.
func twoBots(t *testing.T) (db *sqlx.DB, orgA, orgB, orgFree int64) {
	t.Helper()
	db, orgA = setup(t)
	db.MustExec(`UPDATE orgs SET bot_id = 11 WHERE id = $1`, orgA)
	if err := db.Get(&orgB, `INSERT INTO orgs (slug, name, bot_id) VALUES ('b', 'B', 22) RETURNING id`); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(&orgFree, `INSERT INTO orgs (slug, name) VALUES ('c', 'C') RETURNING id`); err != nil {
		t.Fatal(err)
	}
	return db, orgA, orgB, orgFree
}

func botOfRows(t *testing.T, db *sqlx.DB) map[string]*int64 {
	t.Helper()
	var rows []struct {
		Key string `db:"idem_key"`
		Bot *int64 `db:"bot_id"`
	}
	if err := db.Select(&rows, `SELECT idem_key, bot_id FROM outbox`); err != nil {
		t.Fatal(err)
	}
	out := map[string]*int64{}
	for _, r := range rows {
		out[r.Key] = r.Bot
	}
	return out
}

// Enqueue copies the organisation's bot onto the row; a row of an
// unbound organisation has none.
func TestEnqueueCarriesTheOrgsBot(t *testing.T) {
	db, a, b, free := twoBots(t)
	now := time.Now()
	enqueue(t, db, a, now, outbox.Message{IdemKey: "a", ChatID: 1})
	enqueue(t, db, b, now, outbox.Message{IdemKey: "b", ChatID: 1})
	enqueue(t, db, free, now, outbox.Message{IdemKey: "free", ChatID: 1})
	got := botOfRows(t, db)
	for key, want := range map[string]int64{"a": 11, "b": 22, "free": 0} {
		switch g := got[key]; {
		case want == 0 && g != nil:
			t.Errorf("row %s has bot %d, want none", key, *g)
		case want != 0 && (g == nil || *g != want):
			t.Errorf("row %s has bot %v, want %d", key, g, want)
		}
	}
}

// Each bot's sender sends its own organisation's rows only, both running
// at once, each row once; rows of an organisation bound later go to its
// new bot.
func TestSendersOfTwoBotsSendTheirOwnRows(t *testing.T) {
	db, a, b, free := twoBots(t)
	now := time.Now()
	for i := range 30 {
		enqueue(t, db, a, now, outbox.Message{IdemKey: fmt.Sprintf("a%d", i), ChatID: int64(100 + i%7)})
		enqueue(t, db, b, now, outbox.Message{IdemKey: fmt.Sprintf("b%d", i), ChatID: int64(100 + i%7)})
	}
	enqueue(t, db, free, now, outbox.Message{IdemKey: "free", ChatID: 100})
	trA, trB := &memTransport{}, &memTransport{}
	sA := outbox.NewSender(db, textRenderer{}, trA, &hooks{}, outbox.NewLimits(unlimited), fast, time.Now, quiet).ForBot(11)
	sB := outbox.NewSender(db, textRenderer{}, trB, &hooks{}, outbox.NewLimits(unlimited), fast, time.Now, quiet).ForBot(22)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for _, s := range []*outbox.Sender{sA, sB} {
		wg.Add(1)
		go func() { defer wg.Done(); s.Run(ctx) }()
	}
	for sentCount(t, db) < 60 && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	if st := statuses(t, db)["free"]; st != "pending" {
		t.Errorf("the row of an unbound organisation is %s, want pending", st)
	}
	db.MustExec(`UPDATE orgs SET bot_id = 22 WHERE id = $1`, free)
	sB.Kick()
	for sentCount(t, db) < 61 && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	check := func(name string, tr *memTransport, prefix string, want int) {
		t.Helper()
		tr.mu.Lock()
		defer tr.mu.Unlock()
		seen := map[string]int{}
		for _, texts := range tr.sent {
			for _, text := range texts {
				seen[text]++
			}
		}
		n := 0
		for text, c := range seen {
			if c > 1 {
				t.Errorf("%s sent %q %d times", name, text, c)
			}
			if len(text) < 5 || text[:5] != "tin "+prefix {
				if text != "tin free" || prefix != "b" {
					t.Errorf("%s sent %q, which is not its bot's", name, text)
				}
			}
			n += c
		}
		if n != want {
			t.Errorf("%s sent %d messages, want %d", name, n, want)
		}
	}
	check("bot 11", trA, "a", 30)
	check("bot 22", trB, "b", 31)
}

// A new leader of one bot takes back its predecessor's rows at once, and
// leaves alone the rows another bot's sender holds.
func TestTakeBackIsPerBot(t *testing.T) {
	db, a, b, _ := twoBots(t)
	now := time.Now()
	enqueue(t, db, a, now, outbox.Message{IdemKey: "a", ChatID: 1})
	enqueue(t, db, b, now, outbox.Message{IdemKey: "b", ChatID: 1})
	db.MustExec(`UPDATE outbox SET status = 'sending', lease_until = $1, claimed_by = 'other/1/1#1'`, now.Add(2*time.Minute))
	tr := &memTransport{}
	s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, time.Now, quiet).ForBot(11)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() { defer close(done); s.Run(ctx) }()
	for statuses(t, db)["a"] != "sent" && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	cancel()
	<-done
	st := statuses(t, db)
	if st["a"] != "sent" {
		t.Errorf("bot 11's row is %s, want sent", st["a"])
	}
	var claimedBy string
	if err := db.Get(&claimedBy, `SELECT claimed_by FROM outbox WHERE idem_key = 'b'`); err != nil {
		t.Fatal(err)
	}
	if st["b"] != "sending" || claimedBy != "other/1/1#1" {
		t.Errorf("bot 22's row is %s claimed by %q: bot 11's sender took it", st["b"], claimedBy)
	}
}

// A row that fails while its organisation moves to another bot is tried
// again by the new bot's sender.
func TestRetryFollowsTheOrgsNewBot(t *testing.T) {
	db, a, _, _ := twoBots(t)
	enqueue(t, db, a, time.Now(), outbox.Message{IdemKey: "moving", ChatID: 1})
	tr := &memTransport{fail: func(int64, outbox.Part, bool, int) error {
		db.MustExec(`UPDATE orgs SET bot_id = 22 WHERE id = $1`, a)
		return errors.New("connection reset")
	}}
	s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, time.Now, quiet).ForBot(11)
	if _, err := s.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	var bot int64
	var status string
	if err := db.QueryRow(`SELECT bot_id, status FROM outbox WHERE idem_key = 'moving'`).Scan(&bot, &status); err != nil {
		t.Fatal(err)
	}
	if status != "pending" || bot != 22 {
		t.Errorf("the failed row is %s for bot %d, want pending for bot 22", status, bot)
	}
}

// A row an old process left "sending" with no bot, whose organisation was
// bound since, is taken by the organisation's bot and sent once its lease
// has run out.
func TestRowLeftSendingWithNoBotIsSent(t *testing.T) {
	db, a, _, _ := twoBots(t)
	now := time.Now()
	enqueue(t, db, a, now, outbox.Message{IdemKey: "orphan", ChatID: 1})
	db.MustExec(`UPDATE outbox SET status = 'sending', lease_until = $1, claimed_by = 'old/1/1#1', bot_id = NULL`, now.Add(-time.Minute))
	s := outbox.NewSender(db, textRenderer{}, &memTransport{}, &hooks{}, outbox.NewLimits(unlimited), fast, time.Now, quiet).ForBot(11)
	for range 3 {
		if _, err := s.RunOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if st := statuses(t, db)["orphan"]; st != "sent" {
		t.Errorf("the row left sending with no bot is %s, want sent", st)
	}
}

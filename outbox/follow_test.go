package outbox_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// A row follows its organisation's current bot: a row left "sending" by a
// sender that died, when the organisation has since moved to another bot
// (a token swapped, `dondoc org bot`), is sent once by the new bot's
// sender when its lease has run out, and never by anyone before.

// movedOrg makes an organisation served by bot 11 with one row "x" that a
// dead sender of bot 11 left "sending" until now+1min, then moves the
// organisation to bot 22 as `dondoc org bot` does.
func movedOrg(t *testing.T, now time.Time) (*sqlx.DB, int64) {
	t.Helper()
	db, org := setup(t)
	db.MustExec(`UPDATE orgs SET bot_id = 11 WHERE id = $1`, org)
	enqueue(t, db, org, now, outbox.Message{IdemKey: "x", ChatID: 1})
	db.MustExec(`UPDATE outbox SET status = 'sending', lease_until = $1, claimed_by = 'dead/1/1#1'`, now.Add(time.Minute))
	if _, err := tasks.NewStore(db).BindOrgBot(context.Background(), org, 22); err != nil {
		t.Fatal(err)
	}
	return db, org
}

func sentTexts(tr *memTransport) []string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	var out []string
	for _, texts := range tr.sent {
		out = append(out, texts...)
	}
	return out
}

// A crash between claim and send, then a move to another bot: the new
// bot's sender sends the row once its lease is over; the old bot's sender,
// should it come back, does not.
func TestCrashedRowFollowsItsOrgToTheNewBot(t *testing.T) {
	clk := &clock{t: time.Now()}
	db, _ := movedOrg(t, clk.Now())
	trA, trB := &memTransport{}, &memTransport{}
	sA := outbox.NewSender(db, textRenderer{}, trA, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet).ForBot(11)
	sB := outbox.NewSender(db, textRenderer{}, trB, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet).ForBot(22)
	ctx := context.Background()
	sB.Drain(ctx)
	if got := sentTexts(trB); len(got) != 0 {
		t.Fatalf("the new bot sent %v while the dead sender's lease ran", got)
	}
	clk.Add(2 * time.Minute)
	sA.Drain(ctx)
	sB.Drain(ctx)
	sA.Drain(ctx)
	if got := sentTexts(trA); len(got) != 0 {
		t.Errorf("the old bot sent %v for an organisation it no longer serves", got)
	}
	if got := sentTexts(trB); len(got) != 1 || got[0] != "tin x" {
		t.Errorf("the new bot sent %v, want the row once", got)
	}
	if st := statuses(t, db)["x"]; st != "sent" {
		t.Errorf("row is %s, want sent", st)
	}
}

// The old bot's new leader takes back its predecessor's rows at once; a
// row whose organisation has moved goes back to the queue under the new
// bot, not to the old one.
func TestTakeBackHandsMovedRowsToTheNewBot(t *testing.T) {
	clk := &clock{t: time.Now()}
	db, _ := movedOrg(t, clk.Now())
	trA, trB := &memTransport{}, &memTransport{}
	sA := outbox.NewSender(db, textRenderer{}, trA, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet).ForBot(11)
	sB := outbox.NewSender(db, textRenderer{}, trB, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet).ForBot(22)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); sA.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for statuses(t, db)["x"] == "sending" && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	sA.Drain(context.Background())
	sB.Drain(context.Background())
	if got := sentTexts(trA); len(got) != 0 {
		t.Errorf("the old bot sent %v for an organisation it no longer serves", got)
	}
	if got := sentTexts(trB); len(got) != 1 {
		t.Errorf("the new bot sent %v, want the row once", got)
	}
}

// blockingTransport holds every send until release is closed.
type blockingTransport struct {
	memTransport
	started chan struct{}
	release chan struct{}
	once    sync.Once
}

func (b *blockingTransport) Send(ctx context.Context, chat int64, p outbox.Part, plain bool) (int64, error) {
	b.once.Do(func() { close(b.started) })
	<-b.release
	return b.memTransport.Send(ctx, chat, p, plain)
}

// The old bot's sender is alive (another replica) and in the middle of
// sending the row when the organisation moves: the new bot's sender does
// not take the row while it is claimed, and the message goes out once.
func TestLiveSenderKeepsItsRowAcrossAMove(t *testing.T) {
	clk := &clock{t: time.Now()}
	db, org := setup(t)
	db.MustExec(`UPDATE orgs SET bot_id = 11 WHERE id = $1`, org)
	enqueue(t, db, org, clk.Now(), outbox.Message{IdemKey: "x", ChatID: 1})
	trA := &blockingTransport{started: make(chan struct{}), release: make(chan struct{})}
	trB := &memTransport{}
	sA := outbox.NewSender(db, textRenderer{}, trA, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet).ForBot(11)
	sB := outbox.NewSender(db, textRenderer{}, trB, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet).ForBot(22)
	done := make(chan struct{})
	go func() { defer close(done); sA.RunOnce(context.Background()) }()
	<-trA.started
	if _, err := tasks.NewStore(db).BindOrgBot(context.Background(), org, 22); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	bDone := make(chan struct{})
	go func() { defer close(bDone); sB.Run(ctx) }()
	sB.Drain(context.Background())
	close(trA.release)
	<-done
	sB.Drain(context.Background())
	cancel()
	<-bDone
	if n := len(sentTexts(&trA.memTransport)) + len(sentTexts(trB)); n != 1 {
		t.Errorf("the message went out %d times (old bot %v, new bot %v), want once", n, sentTexts(&trA.memTransport), sentTexts(trB))
	}
	if st := statuses(t, db)["x"]; st != "sent" {
		t.Errorf("row is %s, want sent", st)
	}
}

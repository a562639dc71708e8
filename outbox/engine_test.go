package outbox_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

var fast = outbox.Config{
	Batch: 100, PerChat: 2, Workers: 16, Lease: time.Minute, Poll: 10 * time.Millisecond,
	MaxAttempts: 3, BaseBackoff: time.Second, MaxBackoff: time.Minute,
}

var unlimited = outbox.LimitsConfig{Global: 1e6, PerChat: 1e6, PerGroup: 1e6}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// textRenderer renders payload {"text": …}; "obsolete" rows are dropped.
type textRenderer struct{}

func (textRenderer) Render(_ context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	if r.Kind == "obsolete" {
		return nil, outbox.ErrObsolete
	}
	if r.Kind == "two" {
		return []outbox.Part{{Text: "một"}, {Text: "hai"}}, nil
	}
	return []outbox.Part{{Text: "tin " + r.IdemKey}}, nil
}

// memTransport records sends; fail decides a failure for a send.
type memTransport struct {
	mu   sync.Mutex
	sent map[int64][]string
	n    int64
	fail func(chat int64, p outbox.Part, plain bool, call int) error
	call int
}

func (m *memTransport) Send(_ context.Context, chat int64, p outbox.Part, plain bool) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.call++
	if m.fail != nil {
		if err := m.fail(chat, p, plain, m.call); err != nil {
			return 0, err
		}
	}
	if m.sent == nil {
		m.sent = map[int64][]string{}
	}
	m.n++
	m.sent[chat] = append(m.sent[chat], p.Text)
	return m.n, nil
}

type hooks struct {
	mu          sync.Mutex
	unreachable []int64
}

func (h *hooks) Unreachable(_ context.Context, r outbox.Row, _ error, _ time.Time) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.unreachable = append(h.unreachable, r.ID)
	return nil
}

func (h *hooks) Migrated(context.Context, int64, int64, int64) error { return nil }

func setup(t *testing.T) (*sqlx.DB, int64) {
	db := pgtest.New(t)
	var org int64
	if err := db.Get(&org, `INSERT INTO orgs (slug, name) VALUES ('t', 'T') RETURNING id`); err != nil {
		t.Fatal(err)
	}
	return db, org
}

func enqueue(t *testing.T, db *sqlx.DB, org int64, now time.Time, msgs ...outbox.Message) {
	t.Helper()
	for i := range msgs {
		msgs[i].OrgID = org
		if msgs[i].Kind == "" {
			msgs[i].Kind = "text"
		}
	}
	if _, err := outbox.Enqueue(context.Background(), db, now, msgs...); err != nil {
		t.Fatal(err)
	}
}

func statuses(t *testing.T, db *sqlx.DB) map[string]string {
	var rows []struct {
		Key    string `db:"idem_key"`
		Status string `db:"status"`
	}
	if err := db.Select(&rows, `SELECT idem_key, status FROM outbox`); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range rows {
		out[r.Key] = r.Status
	}
	return out
}

func TestEnqueueIsIdempotent(t *testing.T) {
	db, org := setup(t)
	now := time.Now()
	enqueue(t, db, org, now, outbox.Message{IdemKey: "a", ChatID: 1})
	n, err := outbox.Enqueue(context.Background(), db, now, outbox.Message{OrgID: org, IdemKey: "a", ChatID: 1, Kind: "text"})
	if err != nil || n != 0 {
		t.Errorf("second enqueue added %d (%v)", n, err)
	}
}

func TestOutcomes(t *testing.T) {
	db, org := setup(t)
	clk := &clock{t: time.Date(2021, 1, 7, 9, 0, 0, 0, time.UTC)}
	errBlocked := &outbox.SendError{Kind: outbox.Unreachable, Err: errors.New("403 blocked")}
	tr := &memTransport{fail: func(chat int64, p outbox.Part, plain bool, _ int) error {
		switch chat {
		case 2:
			return errBlocked
		case 3:
			if !plain {
				return &outbox.SendError{Kind: outbox.BadMarkup, Err: errors.New("can't parse entities")}
			}
		case 4:
			return &outbox.SendError{Kind: outbox.Temporary, Err: errors.New("502")}
		case 5:
			return &outbox.SendError{Kind: outbox.Permanent, Err: errors.New("400 bad request")}
		}
		return nil
	}}
	h := &hooks{}
	s := outbox.NewSender(db, textRenderer{}, tr, h, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	enqueue(t, db, org, clk.Now(),
		outbox.Message{IdemKey: "ok", ChatID: 1},
		outbox.Message{IdemKey: "blocked", ChatID: 2},
		outbox.Message{IdemKey: "markup", ChatID: 3},
		outbox.Message{IdemKey: "flaky", ChatID: 4},
		outbox.Message{IdemKey: "bad", ChatID: 5},
		outbox.Message{IdemKey: "gone", ChatID: 6, Kind: "obsolete"},
		outbox.Message{IdemKey: "later", ChatID: 7, NotBefore: clk.Now().Add(time.Hour)},
	)
	ctx := context.Background()
	if _, err := s.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"ok": "sent", "blocked": "failed", "markup": "sent", "flaky": "pending", "bad": "failed", "gone": "cancelled", "later": "pending"}
	if got := statuses(t, db); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after first pass: %v, want %v", got, want)
	}
	if len(h.unreachable) != 1 {
		t.Errorf("unreachable hook calls = %d", len(h.unreachable))
	}
	// The flaky row is retried after its back-off, and fails for good after
	// MaxAttempts, keeping its last error.
	for i := 0; i < 3; i++ {
		clk.Add(2 * time.Hour)
		if _, err := s.Drain(ctx); err != nil {
			t.Fatal(err)
		}
	}
	got := statuses(t, db)
	if got["flaky"] != "failed" || got["later"] != "sent" {
		t.Errorf("after retries: %v", got)
	}
	var lastErr string
	db.Get(&lastErr, `SELECT last_error FROM outbox WHERE idem_key = 'flaky'`)
	if lastErr == "" {
		t.Error("failed row lost its last error")
	}
	if tr.sent[3][0] != "tin markup" {
		t.Errorf("plain resend = %q", tr.sent[3])
	}
}

func TestMultiPartResumesAfterFailure(t *testing.T) {
	db, org := setup(t)
	clk := &clock{t: time.Now()}
	failed := false
	tr := &memTransport{fail: func(_ int64, p outbox.Part, _ bool, _ int) error {
		if p.Text == "hai" && !failed {
			failed = true
			return &outbox.SendError{Kind: outbox.Temporary, Err: errors.New("timeout")}
		}
		return nil
	}}
	s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	enqueue(t, db, org, clk.Now(), outbox.Message{IdemKey: "r", ChatID: 1, Kind: "two"})
	s.Drain(context.Background())
	clk.Add(time.Hour)
	s.Drain(context.Background())
	if got := fmt.Sprint(tr.sent[1]); got != "[một hai]" {
		t.Errorf("sent %s, want [một hai]: the first part must not be sent twice", got)
	}
}

func TestRateLimitedIsNotAnAttempt(t *testing.T) {
	db, org := setup(t)
	clk := &clock{t: time.Now()}
	calls := 0
	tr := &memTransport{fail: func(int64, outbox.Part, bool, int) error {
		calls++
		if calls == 1 {
			return &outbox.SendError{Kind: outbox.RateLimited, RetryAfter: time.Second, Err: errors.New("429")}
		}
		return nil
	}}
	s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	enqueue(t, db, org, clk.Now(), outbox.Message{IdemKey: "x", ChatID: 1})
	start := time.Now()
	s.Drain(context.Background())
	clk.Add(time.Second)
	s.Drain(context.Background())
	var attempts int
	db.Get(&attempts, `SELECT attempts FROM outbox WHERE idem_key = 'x'`)
	if attempts != 0 || statuses(t, db)["x"] != "sent" {
		t.Errorf("attempts = %d, status %v", attempts, statuses(t, db))
	}
	if time.Since(start) < 900*time.Millisecond {
		t.Errorf("the sender did not pause for retry_after")
	}
}

// Two senders on one database drain 2,000 rows: every row is sent exactly once.
func TestTwoSendersSendEachRowOnce(t *testing.T) {
	db, org := setup(t)
	now := time.Now()
	var msgs []outbox.Message
	for i := 0; i < 2000; i++ {
		msgs = append(msgs, outbox.Message{IdemKey: fmt.Sprintf("m%d", i), ChatID: int64(i % 300)})
	}
	enqueue(t, db, org, now, msgs...)
	var seen sync.Map
	var dups atomic.Int64
	tr := &countingTransport{seen: &seen, dups: &dups}
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, time.Now, quiet)
		wg.Add(1)
		go func() { defer wg.Done(); s.Drain(ctx) }()
	}
	wg.Wait()
	n := 0
	seen.Range(func(_, _ any) bool { n++; return true })
	if n != 2000 || dups.Load() != 0 {
		t.Errorf("sent %d distinct rows with %d duplicates, want 2000 and 0", n, dups.Load())
	}
	var left int
	db.Get(&left, `SELECT count(*) FROM outbox WHERE status <> 'sent'`)
	if left != 0 {
		t.Errorf("%d rows not marked sent", left)
	}
}

type countingTransport struct {
	seen  *sync.Map
	dups  *atomic.Int64
	delay time.Duration
}

func (c *countingTransport) Send(ctx context.Context, chat int64, p outbox.Part, _ bool) (int64, error) {
	if c.delay > 0 {
		time.Sleep(c.delay)
	}
	if _, loaded := c.seen.LoadOrStore(p.Text, true); loaded {
		c.dups.Add(1)
	}
	return 1, nil
}

// A sender stopped in the middle of a batch hands back what it had not
// started; a new sender finishes the rest, and nothing is sent twice.
func TestStopMidBatchAndRestart(t *testing.T) {
	db, org := setup(t)
	var msgs []outbox.Message
	for i := 0; i < 300; i++ {
		msgs = append(msgs, outbox.Message{IdemKey: fmt.Sprintf("m%d", i), ChatID: int64(i % 50)})
	}
	enqueue(t, db, org, time.Now(), msgs...)
	var seen sync.Map
	var dups atomic.Int64
	tr := &countingTransport{seen: &seen, dups: &dups, delay: 5 * time.Millisecond}
	cfg := fast
	cfg.Workers = 4
	ctx, cancel := context.WithCancel(context.Background())
	s1 := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), cfg, time.Now, quiet)
	done := make(chan struct{})
	go func() { s1.Run(ctx); close(done) }()
	// Stop it once it has sent a part, however slow the machine is.
	for start := time.Now(); ; time.Sleep(5 * time.Millisecond) {
		var sent int
		db.Get(&sent, `SELECT count(*) FROM outbox WHERE status = 'sent'`)
		if sent > 0 || time.Since(start) > 10*time.Second {
			break
		}
	}
	cancel()
	<-done
	var sentFirst int
	db.Get(&sentFirst, `SELECT count(*) FROM outbox WHERE status = 'sent'`)
	var stuck int
	db.Get(&stuck, `SELECT count(*) FROM outbox WHERE status = 'sending'`)
	if sentFirst == 0 || sentFirst == 300 || stuck != 0 {
		t.Fatalf("first sender sent %d and left %d leased; want a part sent and nothing leased", sentFirst, stuck)
	}
	s2 := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), cfg, time.Now, quiet)
	s2.Drain(context.Background())
	n := 0
	seen.Range(func(_, _ any) bool { n++; return true })
	if n != 300 || dups.Load() != 0 {
		t.Errorf("sent %d distinct with %d duplicates", n, dups.Load())
	}
}

// A sender that dies with rows leased (a crash) leaves them to the next
// sender once the lease runs out.
func TestCrashedLeaseIsTakenBack(t *testing.T) {
	db, org := setup(t)
	clk := &clock{t: time.Now()}
	enqueue(t, db, org, clk.Now(), outbox.Message{IdemKey: "x", ChatID: 1})
	db.MustExec(`UPDATE outbox SET status = 'sending', lease_until = $1`, clk.Now().Add(time.Minute))
	tr := &memTransport{}
	s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	s.Drain(context.Background())
	if len(tr.sent) != 0 {
		t.Fatal("a leased row was sent before its lease ran out")
	}
	clk.Add(2 * time.Minute)
	s.Drain(context.Background())
	if statuses(t, db)["x"] != "sent" {
		t.Errorf("status %v", statuses(t, db))
	}
}

// failingHooks fail to record an unreachable person the first n times.
type failingHooks struct {
	hooks
	fail int
}

func (h *failingHooks) Unreachable(ctx context.Context, r outbox.Row, err error, now time.Time) error {
	h.mu.Lock()
	if h.fail > 0 {
		h.fail--
		h.mu.Unlock()
		return errors.New("database away")
	}
	h.mu.Unlock()
	return h.hooks.Unreachable(ctx, r, err, now)
}

// TestBookkeepingSurvivesADatabaseHiccup makes the database refuse to mark
// a delivered row sent, twice: the sender tries again, and the message is
// sent once. A row refused for good whose bookkeeping fails is tried again
// rather than ending with nobody told.
func TestBookkeepingSurvivesADatabaseHiccup(t *testing.T) {
	db, org := setup(t)
	for _, q := range []string{
		// A sequence, unlike a table, keeps counting when the update fails.
		`CREATE SEQUENCE hiccups`,
		`CREATE FUNCTION hiccup() RETURNS trigger AS $$
		 BEGIN
		   IF NEW.status = 'sent' AND nextval('hiccups') <= 2 THEN
		     RAISE EXCEPTION 'database away';
		   END IF;
		   RETURN NEW;
		 END $$ LANGUAGE plpgsql`,
		`CREATE TRIGGER hiccup BEFORE UPDATE ON outbox FOR EACH ROW EXECUTE FUNCTION hiccup()`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	clk := &clock{t: time.Date(2021, 1, 7, 9, 0, 0, 0, time.UTC)}
	tr := &memTransport{fail: func(chat int64, _ outbox.Part, _ bool, _ int) error {
		if chat == 2 {
			return &outbox.SendError{Kind: outbox.Unreachable, Err: errors.New("403 blocked")}
		}
		return nil
	}}
	h := &failingHooks{fail: 1}
	s := outbox.NewSender(db, textRenderer{}, tr, h, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	enqueue(t, db, org, clk.Now(), outbox.Message{IdemKey: "ok", ChatID: 1}, outbox.Message{IdemKey: "blocked", ChatID: 2})
	ctx := context.Background()
	if _, err := s.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	// The hiccup trigger does not fire any more; the lease runs out.
	clk.Add(2 * time.Hour)
	if _, err := s.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if got := len(tr.sent[1]); got != 1 {
		t.Errorf("the message was sent %d times, want once", got)
	}
	st := statuses(t, db)
	if st["ok"] != "sent" || st["blocked"] != "failed" {
		t.Errorf("statuses = %v", st)
	}
	if len(h.unreachable) != 1 {
		t.Errorf("the unreachable person was recorded %d times, want 1", len(h.unreachable))
	}
}

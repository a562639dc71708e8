package leader_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
	"github.com/dondoc/dondoc/internal/leader"
	"github.com/dondoc/dondoc/migrations"
	"github.com/dondoc/dondoc/outbox"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// migratedDB creates a migrated database on the test server.
func migratedDB(t *testing.T) *sqlx.DB {
	t.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	name := "leader_" + hex.EncodeToString(b)
	admin, err := sqlx.Open("postgres", server.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec(`CREATE DATABASE ` + name); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(server.URL("postgres"))
	u.Path = "/" + name
	db, err := sqlx.Open("postgres", u.String())
	if err != nil {
		t.Fatal(err)
	}
	// As cmd/dondoc opens it.
	db.SetMaxOpenConns(40)
	db.SetMaxIdleConns(40)
	db.SetConnMaxIdleTime(30 * time.Second)
	t.Cleanup(func() { db.Close() })
	if err := migrations.Up(context.Background(), db.DB, quiet); err != nil {
		t.Fatal(err)
	}
	return db
}

type textRenderer struct{}

func (textRenderer) Render(_ context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	return []outbox.Part{{Text: r.IdemKey}}, nil
}

// clockTransport records when each message was sent.
type clockTransport struct {
	mu   sync.Mutex
	sent map[string]time.Time
}

func (c *clockTransport) Send(_ context.Context, _ int64, p outbox.Part, _ bool) (int64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sent == nil {
		c.sent = map[string]time.Time{}
	}
	if _, ok := c.sent[p.Text]; !ok {
		c.sent[p.Text] = time.Now()
	}
	return int64(len(c.sent)), nil
}

func (c *clockTransport) wait(key string, within time.Duration) (time.Time, bool) {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		c.mu.Lock()
		at, ok := c.sent[key]
		c.mu.Unlock()
		if ok {
			return at, true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return time.Time{}, false
}

// After a database outage, the leader's sender delivers again within 3 s of
// PostgreSQL's return: a message that came due during the outage and one
// queued just after it.
func TestOutboxResumesAfterDatabaseRestart(t *testing.T) {
	db := migratedDB(t)
	var org int64
	if err := db.Get(&org, `INSERT INTO orgs (slug, name) VALUES ('t', 'T') RETURNING id`); err != nil {
		t.Fatal(err)
	}
	tr := &clockTransport{}
	sender := outbox.NewSender(db, textRenderer{}, tr, nil, outbox.NewLimits(outbox.DefaultLimits()), outbox.DefaultConfig(), time.Now, quiet)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		leader.Run(ctx, db.DB, "telegram:outbox", quiet, func(ctx context.Context) { sender.Run(ctx) })
	}()
	defer func() { cancel(); <-done }()

	// The test server runs with synchronous_commit off and is stopped in
	// "immediate" mode: the commit is made durable before the stop.
	chat := int64(0)
	enqueue := func(key string, at time.Time) error {
		chat++ // one chat each, so that Telegram's per-chat limit does not space them
		return dbtx.InTx(context.Background(), db, func(tx *sqlx.Tx) error {
			if _, err := tx.Exec(`SET LOCAL synchronous_commit = on`); err != nil {
				return err
			}
			_, err := outbox.Enqueue(context.Background(), tx, time.Now(), outbox.Message{OrgID: org, IdemKey: key, ChatID: chat, Kind: "text", NotBefore: at})
			return err
		})
	}
	if err := enqueue("before", time.Time{}); err != nil {
		t.Fatal(err)
	}
	if _, ok := tr.wait("before", 10*time.Second); !ok {
		t.Fatal("nothing sent before the outage")
	}
	if err := enqueue("during", time.Now().Add(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := server.Stop(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(4 * time.Second)
	if err := server.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	up := time.Now()
	for try := 0; ; try++ {
		err := enqueue("after", time.Time{})
		if err == nil {
			break
		}
		if try == 50 {
			t.Fatalf("cannot enqueue after the database came back: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	var resumed time.Duration
	for _, key := range []string{"during", "after"} {
		at, ok := tr.wait(key, 3*time.Second-time.Since(up))
		if !ok {
			t.Fatalf("%q not sent within 3 s of the database coming back", key)
		}
		resumed = max(resumed, at.Sub(up))
	}
	t.Logf("notices resumed %v after the database came back", resumed.Round(time.Millisecond))
}

// Leaderships of different names are independent; one name has one leader.
func TestNamesAreIndependent(t *testing.T) {
	db := migratedDB(t)
	cfg := leader.Config{Retry: 50 * time.Millisecond, RetryDown: 50 * time.Millisecond, Check: 50 * time.Millisecond, CheckTimeout: 200 * time.Millisecond}
	var mu sync.Mutex
	working := map[string]int{}
	most := map[string]int{}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, name := range []string{"telegram:1", "telegram:1", "telegram:1", "telegram:2"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg.Run(ctx, db.DB, name, quiet, func(ctx context.Context) {
				mu.Lock()
				working[name]++
				most[name] = max(most[name], working[name])
				mu.Unlock()
				<-ctx.Done()
				mu.Lock()
				working[name]--
				mu.Unlock()
			})
		}()
	}
	time.Sleep(1500 * time.Millisecond)
	mu.Lock()
	now := fmt.Sprint(working)
	mu.Unlock()
	cancel()
	wg.Wait()
	if now != "map[telegram:1:1 telegram:2:1]" || most["telegram:1"] != 1 {
		t.Errorf("working = %s, at most %d at once for telegram:1; want one leader per name", now, most["telegram:1"])
	}
	if leader.Key("telegram:1") == leader.Key("telegram:2") {
		t.Error("two names share a key")
	}
}

// Work that ends on its own gives the leadership up: it is started again,
// here or in another process, rather than the lock being held by a process
// that no longer works.
func TestWorkThatEndsIsStartedAgain(t *testing.T) {
	db := migratedDB(t)
	cfg := leader.Config{Retry: 50 * time.Millisecond, RetryDown: 50 * time.Millisecond, Check: 20 * time.Millisecond, CheckTimeout: 100 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	starts := make(chan struct{}, 10)
	done := make(chan struct{})
	go func() {
		defer close(done)
		cfg.Run(ctx, db.DB, "telegram:ends", quiet, func(context.Context) { starts <- struct{}{} })
	}()
	for i := range 3 {
		select {
		case <-starts:
		case <-ctx.Done():
			t.Fatalf("work started %d times, want it started again after it ended", i)
		}
	}
	cancel()
	<-done
}

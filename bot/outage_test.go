package bot_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// dbProxy stands between the bot and PostgreSQL so that a test can take
// the database away (connections refused and cut) and bring it back.
type dbProxy struct {
	target string
	ln     net.Listener
	addr   string
	mu     sync.Mutex
	conns  []net.Conn
}

func newDBProxy(t *testing.T, target string) *dbProxy {
	t.Helper()
	p := &dbProxy{target: target}
	p.listen(t, "127.0.0.1:0")
	return p
}

func (p *dbProxy) listen(t *testing.T, addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	p.ln, p.addr = ln, ln.Addr().String()
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
}

// stop refuses new connections and cuts the open ones.
func (p *dbProxy) stop() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// start accepts connections again, on the same address.
func (p *dbProxy) start(t *testing.T) { p.listen(t, p.addr) }

// TestRepliesResumeSoonAfterTheDatabaseReturns takes PostgreSQL away while
// a person writes: nothing is lost, and the answer comes within 3 s of the
// database's return.
func TestRepliesResumeSoonAfterTheDatabaseReturns(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.stop()

	u, err := url.Parse(pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	// The same database as the harness's, through the proxy.
	u.Path = "/" + currentDB(t, h.store.DB())
	proxy := newDBProxy(t, u.Host)
	u.Host = proxy.addr
	db, err := sqlx.Open("postgres", u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	tg, err := bot.Connect(ctx, tgfake.Token, h.fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	sched := reminders.New(db, log)
	st := tasks.NewStore(db, tasks.WithScheduler(sched))
	limits := outbox.NewLimits(fastLimits)
	sender := outbox.NewSender(db, bot.NewRenderer(st, tg.Username()), bot.NewTransport(tg), bot.NewHooks(st), limits, outbox.DefaultConfig(), h.clock.Now, log)
	b := bot.New(tg, st, limits, sender.Kick, h.clock.Now, log, bot.Config{PollTimeout: time.Second}, bot.WithSnoozer(sched))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); b.Run(ctx) }()
	defer func() { cancel(); wg.Wait() }()
	h.say(leader, "/help", "/viec")

	proxy.stop()
	before := len(h.fake.SentTo(leader.ID))
	h.fake.SendText(leader, "/viec")
	time.Sleep(4 * time.Second) // the database is away; the bot retries
	if got := h.fake.SentTo(leader.ID)[before:]; len(got) != 0 {
		t.Fatalf("answered while the database was away: %+v", got)
	}
	proxy.start(t)
	back := time.Now()
	h.after(leader.ID, before, "nhiệm vụ")
	if d := time.Since(back); d > 3*time.Second {
		t.Errorf("the answer came %v after the database returned, want ≤ 3 s", d)
	} else {
		t.Logf("answered %v after the database returned", d)
	}
}

// currentDB names the database a pool is connected to.
func currentDB(t *testing.T, db *sqlx.DB) string {
	t.Helper()
	var name string
	if err := db.Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	return name
}

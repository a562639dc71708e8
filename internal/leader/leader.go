// Package leader lets one process at a time do a named piece of work (poll
// and send for one Telegram bot token), with a standby or a restarted
// process taking over within seconds of the holder's death.
//
// Leadership is a PostgreSQL session-level advisory lock held on one
// dedicated connection. The server releases it the moment that session ends:
// when the process dies (kill -9 included, the kernel closes its socket),
// when the connection drops, or when the database restarts. The holder checks
// its connection several times a second and stops its work at once when the
// check fails, then competes again. A new holder waits, before it starts,
// for as long as a previous holder may take to notice that it lost the lock
// (Check + CheckTimeout), so two holders never work at once.
package leader

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"time"
)

// Config tunes how the leadership is taken and kept.
type Config struct {
	// Retry is how often a standby tries to take the lock while another
	// process holds it.
	Retry time.Duration
	// RetryDown is how often it tries while the database does not answer.
	RetryDown time.Duration
	// Check is how often the holder checks its lock connection.
	Check time.Duration
	// CheckTimeout is how long a check may take before the leadership is
	// considered lost.
	CheckTimeout time.Duration
}

// DefaultConfig takes over within about two seconds of the holder's death;
// each call returns a fresh value the caller may change.
func DefaultConfig() Config {
	return Config{Retry: time.Second, RetryDown: 250 * time.Millisecond, Check: 250 * time.Millisecond, CheckTimeout: time.Second}
}

// Key is the advisory lock key of a leadership name ("telegram:<bot id>"):
// the 64-bit FNV-1a hash of the name.
func Key(name string) int64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return int64(h.Sum64())
}

// Run competes for the leadership called name until ctx ends, and runs work
// while it holds it. work's context is cancelled as soon as the leadership is
// lost; Run waits for work to return before competing again. It returns nil
// when ctx ends.
func Run(ctx context.Context, db *sql.DB, name string, log *slog.Logger, work func(ctx context.Context)) error {
	return DefaultConfig().Run(ctx, db, name, log, work)
}

// Run is Run with this configuration.
func (c Config) Run(ctx context.Context, db *sql.DB, name string, log *slog.Logger, work func(ctx context.Context)) error {
	log = log.With("leadership", name)
	key := Key(name)
	waiting := false
	for ctx.Err() == nil {
		conn, held, err := c.acquire(ctx, db, key)
		if err != nil || !held {
			wait := c.Retry
			if err != nil {
				wait = c.RetryDown
				if ctx.Err() == nil {
					log.Debug("leadership: database not answering", "err", err)
				}
			} else if !waiting {
				log.Info("leadership held by another process, standing by")
			}
			waiting = !held && err == nil
			sleep(ctx, wait)
			continue
		}
		waiting = false
		c.lead(ctx, conn, key, log, work)
	}
	return nil
}

// acquire takes a connection of its own and tries the lock on it. The
// connection is kept only when the lock was taken.
func (c Config) acquire(ctx context.Context, db *sql.DB, key int64) (*sql.Conn, bool, error) {
	actx, cancel := context.WithTimeout(ctx, c.CheckTimeout+c.Retry)
	defer cancel()
	conn, err := db.Conn(actx)
	if err != nil {
		return nil, false, fmt.Errorf("leader: connect: %w", err)
	}
	var held bool
	if err := conn.QueryRowContext(actx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&held); err != nil {
		discard(conn)
		return nil, false, fmt.Errorf("leader: try lock: %w", err)
	}
	if !held {
		conn.Close()
		return nil, false, nil
	}
	return conn, true, nil
}

// lead holds the lock on conn: it waits out the grace period, runs work, and
// stops it as soon as a check of the connection fails or ctx ends.
func (c Config) lead(ctx context.Context, conn *sql.Conn, key int64, log *slog.Logger, work func(context.Context)) {
	started := time.Now()
	log.Info("leadership taken, waiting for any previous holder to stop", "grace", c.grace())
	grace := time.NewTimer(c.grace())
	defer grace.Stop()
	tick := time.NewTicker(c.Check)
	defer tick.Stop()
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var done chan struct{}
	for {
		select {
		case <-ctx.Done():
			c.stop(cancel, done)
			release(conn, key)
			log.Info("leadership given up")
			return
		case <-grace.C:
			log.Info("leading", "after", time.Since(started).Round(time.Millisecond))
			done = make(chan struct{})
			go func() { defer close(done); work(wctx) }()
		case <-done:
			// work ended on its own: give the leadership up, so that this
			// process or another starts the work again.
			release(conn, key)
			log.Warn("work ended while leading; leadership given up")
			sleep(ctx, c.Retry)
			return
		case <-tick.C:
			if err := c.check(conn); err != nil {
				log.Warn("leadership lost: lock connection failed", "err", err)
				c.stop(cancel, done)
				go discard(conn)
				return
			}
		}
	}
}

func (c Config) stop(cancel context.CancelFunc, done chan struct{}) {
	cancel()
	if done != nil {
		<-done
	}
}

// grace is how long a holder may take to notice that its lock is gone.
func (c Config) grace() time.Duration { return c.Check + c.CheckTimeout }

// check runs a trivial query on the lock connection, giving up after
// CheckTimeout even when the driver does not.
func (c Config) check(conn *sql.Conn) error {
	ctx, cancel := context.WithTimeout(context.Background(), c.CheckTimeout)
	defer cancel()
	res := make(chan error, 1)
	go func() {
		_, err := conn.ExecContext(ctx, `SELECT 1`)
		res <- err
	}()
	select {
	case err := <-res:
		return err
	case <-ctx.Done():
		return errors.New("leader: lock connection check timed out")
	}
}

// release unlocks and closes the lock connection; closing it ends the
// session, so the lock goes even when the unlock fails.
func release(conn *sql.Conn, key int64) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	conn.ExecContext(ctx, `SELECT pg_advisory_unlock($1)`, key)
	discard(conn)
}

// discard closes conn's session instead of returning it to the pool.
func discard(conn *sql.Conn) {
	conn.Raw(func(any) error { return driver.ErrBadConn })
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// Held reports whether some session, of this process or another, holds
// the leadership called name now.
func Held(ctx context.Context, db *sql.DB, name string) (bool, error) {
	var held bool
	if err := db.QueryRowContext(ctx, `
		SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted
			AND ((classid::bigint << 32) | objid::bigint) = $1)`, Key(name)).Scan(&held); err != nil {
		return false, fmt.Errorf("leader: unable to check %s: %w", name, err)
	}
	return held, nil
}

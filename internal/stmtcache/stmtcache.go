// Package stmtcache keeps prepared statements for the queries on a hot
// path. With lib/pq a query with arguments costs two round trips to the
// server (parse, then bind and execute); a statement prepared once costs
// one per run. database/sql prepares it again on each pooled connection
// the first time that connection runs it.
package stmtcache

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// Cache holds the statements prepared on one pool, by their text. The
// texts are the program's own (values go in as arguments), so the cache
// stays small.
type Cache struct {
	db *sqlx.DB
	mu sync.Mutex
	m  map[string]*sqlx.Stmt
}

// New returns a cache of statements prepared on db.
func New(db *sqlx.DB) *Cache {
	return &Cache{db: db, m: map[string]*sqlx.Stmt{}}
}

// Stmt returns the statement for query, preparing it the first time. A
// statement that could not be prepared (the database is unreachable) is
// not kept: the next call tries again.
func (c *Cache) Stmt(ctx context.Context, query string) (*sqlx.Stmt, error) {
	c.mu.Lock()
	st, ok := c.m[query]
	c.mu.Unlock()
	if ok {
		return st, nil
	}
	st, err := c.db.PreparexContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("stmtcache: unable to prepare: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.m[query]; ok {
		st.Close()
		return old, nil
	}
	c.m[query] = st
	return st, nil
}

// Select runs query into dest (a slice) through its prepared statement.
func (c *Cache) Select(ctx context.Context, dest any, query string, args ...any) error {
	return c.run(ctx, query, func(st *sqlx.Stmt) error {
		return st.SelectContext(ctx, dest, args...)
	})
}

// Get runs query into dest (one row) through its prepared statement.
func (c *Cache) Get(ctx context.Context, dest any, query string, args ...any) error {
	return c.run(ctx, query, func(st *sqlx.Stmt) error {
		return st.GetContext(ctx, dest, args...)
	})
}

// Exec runs query through its prepared statement.
func (c *Cache) Exec(ctx context.Context, query string, args ...any) error {
	return c.run(ctx, query, func(st *sqlx.Stmt) error {
		_, err := st.ExecContext(ctx, args...)
		return err
	})
}

// run calls f with the statement for query. When the server says the
// statement no longer fits (a column changed type under it, or it is gone
// from the session), the statement is dropped and prepared again once:
// otherwise every later call would fail the same way until restart.
func (c *Cache) run(ctx context.Context, query string, f func(*sqlx.Stmt) error) error {
	st, err := c.Stmt(ctx, query)
	if err != nil {
		return err
	}
	err = f(st)
	if !stale(err) {
		return err
	}
	c.drop(query, st)
	st, err = c.Stmt(ctx, query)
	if err != nil {
		return err
	}
	return f(st)
}

// stale reports whether err says a prepared statement must be prepared
// again: 0A000 (cached plan must not change result type) or 26000
// (invalid_sql_statement_name).
func stale(err error) bool {
	var pe *pq.Error
	if !errors.As(err, &pe) {
		return false
	}
	return pe.Code == "0A000" || pe.Code == "26000"
}

// drop forgets st for query, if it is still the cached one, and closes it.
func (c *Cache) drop(query string, st *sqlx.Stmt) {
	c.mu.Lock()
	if c.m[query] == st {
		delete(c.m, query)
	}
	c.mu.Unlock()
	st.Close()
}

// Close closes the statements prepared so far.
func (c *Cache) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var first error
	for q, st := range c.m {
		if err := st.Close(); err != nil && first == nil {
			first = err
		}
		delete(c.m, q)
	}
	return first
}

// Package stmtcache keeps prepared statements for the queries on a hot
// path. With lib/pq a query with arguments costs two round trips to the
// server (parse, then bind and execute); a statement prepared once costs
// one per run. database/sql prepares it again on each pooled connection
// the first time that connection runs it.
package stmtcache

import (
	"context"
	"fmt"
	"sync"

	"github.com/jmoiron/sqlx"
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
	st, err := c.Stmt(ctx, query)
	if err != nil {
		return err
	}
	return st.SelectContext(ctx, dest, args...)
}

// Get runs query into dest (one row) through its prepared statement.
func (c *Cache) Get(ctx context.Context, dest any, query string, args ...any) error {
	st, err := c.Stmt(ctx, query)
	if err != nil {
		return err
	}
	return st.GetContext(ctx, dest, args...)
}

// Exec runs query through its prepared statement.
func (c *Cache) Exec(ctx context.Context, query string, args ...any) error {
	st, err := c.Stmt(ctx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
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

package tasks

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
	"github.com/dondoc/dondoc/internal/stmtcache"
)

// Store keeps the domain in PostgreSQL. SQL lives in plain strings, one file
// per table. Operations that change several tables run in one transaction,
// together with the outbox rows that tell people about the change.
type Store struct {
	db        *sqlx.DB
	scheduler Scheduler
	// hot holds the prepared statements of the reads every update makes
	// (store_viewer.go, store_task_page.go).
	hot *stmtcache.Cache
}

// Scheduler is told, inside the transaction that changes a task, that the
// task's deadline or state may have changed, so that it can plan reminders
// in the same transaction.
type Scheduler interface {
	TaskChanged(ctx context.Context, tx *sqlx.Tx, t Task, now time.Time) error
}

// Option configures a Store.
type Option func(*Store)

// WithScheduler makes the store call s whenever a task changes.
func WithScheduler(s Scheduler) Option {
	return func(st *Store) { st.scheduler = s }
}

// NewStore returns a Store over db.
func NewStore(db *sqlx.DB, opts ...Option) *Store {
	s := &Store{db: db, hot: stmtcache.New(db)}
	for _, o := range opts {
		o(s)
	}
	return s
}

// DB returns the underlying pool, for packages that keep their own tables.
func (s *Store) DB() *sqlx.DB { return s.db }

// InTx runs fn in a transaction, committing when it returns nil, for
// packages that keep their own tables next to the tasks.
func (s *Store) InTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error { return s.inTx(ctx, fn) }

// inTx runs fn in a transaction (dbtx.InTx), committing when it returns nil
// and rolling back otherwise, panics included.
func (s *Store) inTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	return dbtx.InTx(ctx, s.db, fn)
}

func (s *Store) taskChanged(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, now time.Time) error {
	if err := s.cascade(ctx, tx, orgID, taskID, now); err != nil {
		return err
	}
	if s.scheduler == nil {
		return nil
	}
	t, err := loadTask(ctx, tx, orgID, taskID)
	if err != nil {
		return err
	}
	if err := s.scheduler.TaskChanged(ctx, tx, t, now); err != nil {
		return fmt.Errorf("schedule reminders: %w", err)
	}
	return nil
}

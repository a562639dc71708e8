// Package dbtx runs functions inside database transactions. Every package
// that writes several rows at once goes through InTx, so that a transaction
// is always rolled back when its function fails or panics: a recovered panic
// higher up never leaves a transaction open, holding a connection and its
// row locks.
package dbtx

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// Beginner starts transactions; *sqlx.DB is one.
type Beginner interface {
	BeginTxx(ctx context.Context, opts *sql.TxOptions) (*sqlx.Tx, error)
}

// InTx runs fn in a transaction and commits when fn returns nil. The
// rollback is deferred, so it also runs when fn returns an error or panics
// (the panic then goes on up, after the locks are released).
func InTx(ctx context.Context, db Beginner, fn func(tx *sqlx.Tx) error) error {
	tx, err := db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("transaction: begin: %w", err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("transaction: commit: %w", err)
	}
	return nil
}

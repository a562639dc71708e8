package weekly

import (
	"context"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

// Service is the weekly cycle over an organisation's data in PostgreSQL.
// SQL lives in plain strings in the file of the table it reads or writes.
type Service struct {
	store *tasks.Store
	db    *sqlx.DB
}

// New returns the weekly service over the tasks store's database.
func New(store *tasks.Store) *Service {
	return &Service{store: store, db: store.DB()}
}

// inTx runs fn in a transaction, committing when it returns nil.
func (s *Service) inTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	return s.store.InTx(ctx, fn)
}

package reminders

import (
	"context"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
)

// scanClaimed is one batch of a scan, for either table of planned
// reminders: in one transaction it claims the rows due (claim), turns each
// into outbox messages (queue, which says what became of it: queued,
// skipped or cancelled, and how many messages it made), records that
// (mark), and counts it all. It returns the counts and how many rows it
// claimed.
func scanClaimed[R any](ctx context.Context, db *sqlx.DB, claim func(*sqlx.Tx) ([]R, error),
	queue func(*sqlx.Tx, R) (string, int, error), mark func(*sqlx.Tx, R, string) error) (ScanResult, int, error) {
	var res ScanResult
	var claimed int
	err := dbtx.InTx(ctx, db, func(tx *sqlx.Tx) error {
		rows, err := claim(tx)
		if err != nil {
			return err
		}
		claimed = len(rows)
		for _, d := range rows {
			status, msgs, err := queue(tx, d)
			if err != nil {
				return err
			}
			switch status {
			case "queued":
				res.Queued++
				res.Messages += msgs
			case "skipped":
				res.Collapsed++
			case "cancelled":
				res.Cancelled++
			}
			if err := mark(tx, d, status); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return ScanResult{}, 0, err
	}
	return res, claimed, nil
}

package reminders

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
)

// ReplanMarked re-plans the reminders of every organisation marked in
// org_replans (by a migration that changed policies or calendars, such as
// 00014's rest days), one organisation per transaction that also deletes
// its mark: each is re-planned once, however many processes start together.
// Reminders already due and not yet sent are kept for the scan to send. It
// returns how many organisations and tasks it re-planned.
func (s *Scheduler) ReplanMarked(ctx context.Context, now time.Time) (orgs, replanned int, err error) {
	for {
		var done bool
		var n int
		err := dbtx.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
			mark, ok, err := claimReplanMark(ctx, tx)
			if err != nil {
				return err
			}
			if !ok {
				done = true
				return nil
			}
			if n, err = replanOrgAfter(ctx, tx, mark.OrgID, now, now); err != nil {
				return err
			}
			if err := deleteReplanMark(ctx, tx, mark.OrgID); err != nil {
				return err
			}
			s.log.Info("reminders re-planned after a migration", "org_id", mark.OrgID, "reason", mark.Reason, "tasks", n)
			return nil
		})
		if err != nil || done {
			return orgs, replanned, err
		}
		orgs++
		replanned += n
	}
}

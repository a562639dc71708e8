package reminders

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
	"github.com/dondoc/dondoc/tasks"
)

// SetOrgHoliday records one of an organisation's own days (a day off, or a
// make-up working day) and re-plans the reminders of its open tasks, in one
// transaction; it returns how many tasks were re-planned.
func (s *Scheduler) SetOrgHoliday(ctx context.Context, orgID int64, h tasks.OrgHoliday, now time.Time) (replanned int, err error) {
	err = dbtx.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		if err := tasks.SetOrgHolidayTx(ctx, tx, orgID, h); err != nil {
			return fmt.Errorf("reminders: %w", err)
		}
		replanned, err = replanOrg(ctx, tx, orgID, now)
		return err
	})
	return replanned, err
}

// RemoveOrgHoliday removes an organisation's own day on day's date and
// re-plans the reminders of its open tasks, in one transaction. It reports
// whether there was such a day.
func (s *Scheduler) RemoveOrgHoliday(ctx context.Context, orgID int64, day time.Time, now time.Time) (found bool, err error) {
	err = dbtx.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		if found, err = tasks.RemoveOrgHolidayTx(ctx, tx, orgID, day); err != nil || !found {
			return err
		}
		_, err = replanOrg(ctx, tx, orgID, now)
		return err
	})
	return found, err
}

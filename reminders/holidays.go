package reminders

import (
	"context"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// SetOrgHoliday records one of an organisation's own days (a day off, or a
// make-up working day) and re-plans the reminders of its open tasks, in one
// transaction; it returns how many tasks were re-planned.
func (s *Scheduler) SetOrgHoliday(ctx context.Context, orgID int64, h tasks.OrgHoliday, now time.Time) (int, error) {
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reminders: set holiday: %w", err)
	}
	defer tx.Rollback()
	if err := tasks.SetOrgHolidayTx(ctx, tx, orgID, h); err != nil {
		return 0, fmt.Errorf("reminders: %w", err)
	}
	n, err := replanOrg(ctx, tx, orgID, now)
	if err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("reminders: set holiday: %w", err)
	}
	return n, nil
}

// RemoveOrgHoliday removes an organisation's own day on day's date and
// re-plans the reminders of its open tasks, in one transaction. It reports
// whether there was such a day.
func (s *Scheduler) RemoveOrgHoliday(ctx context.Context, orgID int64, day time.Time, now time.Time) (bool, error) {
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("reminders: remove holiday: %w", err)
	}
	defer tx.Rollback()
	found, err := tasks.RemoveOrgHolidayTx(ctx, tx, orgID, day)
	if err != nil || !found {
		return false, err
	}
	if _, err := replanOrg(ctx, tx, orgID, now); err != nil {
		return false, err
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("reminders: remove holiday: %w", err)
	}
	return true, nil
}

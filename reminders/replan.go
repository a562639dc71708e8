package reminders

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
	"github.com/dondoc/dondoc/tasks"
)

// SetPolicy stores an organisation's reminder policy and re-plans the
// reminders of its open tasks under it, in one transaction. Reminders
// already queued stay as they are; snoozes are kept.
func (s *Scheduler) SetPolicy(ctx context.Context, orgID int64, p Policy, now time.Time) (replanned int, err error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	p.RestDays = restDays(p.RestDays)
	err = dbtx.InTx(ctx, s.db, func(tx *sqlx.Tx) error {
		if err := tasks.SetOrgSettingTx(ctx, tx, orgID, SettingsKey, p); err != nil {
			return fmt.Errorf("reminders: set policy: %w", err)
		}
		replanned, err = replanOrg(ctx, tx, orgID, now)
		return err
	})
	return replanned, err
}

// replanOrg plans again, under the organisation's current policy and
// calendar, the pending reminders of its open tasks, inside tx, and returns
// how many tasks it planned. Snoozes are kept.
func replanOrg(ctx context.Context, tx *sqlx.Tx, orgID int64, now time.Time) (int, error) {
	return replanOrgAfter(ctx, tx, orgID, now, time.Time{})
}

// replanOrgAfter is replanOrg keeping the pending reminders due at or
// before keepUntil (not yet sent, they stay for the scan to send).
func replanOrgAfter(ctx context.Context, tx *sqlx.Tx, orgID int64, now, keepUntil time.Time) (int, error) {
	p, loc, err := orgPolicy(ctx, tx, orgID)
	if err != nil {
		return 0, err
	}
	if err := dropPendingPlanned(ctx, tx, orgID, keepUntil); err != nil {
		return 0, err
	}
	open, err := openTaskDeadlines(ctx, tx, orgID)
	if err != nil {
		return 0, err
	}
	for _, t := range open {
		if err := insertPlan(ctx, tx, orgID, t.ID, t.Due, Plan(p, t.Due, t.HasTime, loc, now)); err != nil {
			return 0, err
		}
	}
	if err := replanReceived(ctx, tx, orgID, p, loc, now, keepUntil); err != nil {
		return 0, err
	}
	return len(open), nil
}

// Policy returns an organisation's reminder policy with defaults filled in.
func (s *Scheduler) Policy(ctx context.Context, orgID int64) (Policy, error) {
	p, _, err := orgPolicy(ctx, s.db, orgID)
	return p, err
}

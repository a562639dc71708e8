package tasks

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/holidays"
)

// OrgHoliday is one of an organisation's own days on top of the national
// holiday calendar: a day off, or a working day (a make-up day, or a
// national holiday the organisation works).
type OrgHoliday struct {
	Day     time.Time `db:"day"`
	Workday bool      `db:"workday"`
	Name    string    `db:"name"`
}

// Override returns the day as a holidays.Override.
func (h OrgHoliday) Override() holidays.Override {
	y, m, d := h.Day.UTC().Date()
	return holidays.Override{Date: holidays.Date{Year: y, Month: m, Day: d}, Workday: h.Workday, Name: h.Name}
}

// OrgHolidaysTx lists an organisation's own days, in date order, reading
// through q.
func OrgHolidaysTx(ctx context.Context, q sqlx.QueryerContext, orgID int64) ([]OrgHoliday, error) {
	var hs []OrgHoliday
	if err := sqlx.SelectContext(ctx, q, &hs, `
		SELECT day, workday, name FROM org_holidays WHERE org_id = $1 ORDER BY day`, orgID); err != nil {
		return nil, fmt.Errorf("store: unable to list the organisation's holidays: %w", err)
	}
	return hs, nil
}

// CalendarTx returns the organisation's calendar of working days: the
// national one with the organisation's own days, reading through q.
func CalendarTx(ctx context.Context, q sqlx.QueryerContext, orgID int64) (*holidays.Calendar, error) {
	hs, err := OrgHolidaysTx(ctx, q, orgID)
	if err != nil {
		return nil, err
	}
	ovs := make([]holidays.Override, len(hs))
	for i, h := range hs {
		ovs[i] = h.Override()
	}
	return holidays.Vietnam().WithOverrides(ovs...), nil
}

// Calendar returns the organisation's calendar of working days.
func (s *Store) Calendar(ctx context.Context, orgID int64) (*holidays.Calendar, error) {
	return CalendarTx(ctx, s.db, orgID)
}

// OrgHolidays lists the organisation's own days, in date order.
func (s *Store) OrgHolidays(ctx context.Context, orgID int64) ([]OrgHoliday, error) {
	return OrgHolidaysTx(ctx, s.db, orgID)
}

// SetOrgHolidayTx records one of the organisation's own days, replacing
// what was recorded for that date, writing through q.
func SetOrgHolidayTx(ctx context.Context, q sqlx.ExecerContext, orgID int64, h OrgHoliday) error {
	day := h.Day.Format(time.DateOnly)
	if _, err := q.ExecContext(ctx, `
		INSERT INTO org_holidays (org_id, day, workday, name) VALUES ($1, $2, $3, $4)
		ON CONFLICT (org_id, day) DO UPDATE SET workday = excluded.workday, name = excluded.name`,
		orgID, day, h.Workday, h.Name); err != nil {
		return fmt.Errorf("store: unable to record the holiday %s: %w", day, err)
	}
	return nil
}

// RemoveOrgHolidayTx removes the organisation's own day on day's date and
// reports whether there was one, writing through q.
func RemoveOrgHolidayTx(ctx context.Context, q sqlx.ExecerContext, orgID int64, day time.Time) (bool, error) {
	res, err := q.ExecContext(ctx, `DELETE FROM org_holidays WHERE org_id = $1 AND day = $2`, orgID, day.Format(time.DateOnly))
	if err != nil {
		return false, fmt.Errorf("store: unable to remove the holiday %s: %w", day.Format(time.DateOnly), err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

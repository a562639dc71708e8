package weekly

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/tasks"
)

// Counts are the task figures of a unit (or of the whole organisation) for
// a period [From, At), following tasks.StatusAt:
//
//   - Assigned: tasks given in the period.
//   - DoneOnTime, DoneLate: tasks reported done in the period, by or after
//     their deadline (a task without a deadline is always on time).
//   - OpenOnTime, DueSoon, Overdue: tasks still open at At (given before it,
//     not reported done nor cancelled by then), by their standing at At: due
//     in more than tasks.DueSoonDays calendar days or without a deadline,
//     due within tasks.DueSoonDays days, or past their deadline.
//     OverdueDays is the longest delay among the overdue ones, in days
//     (OverdueHours when it is still the deadline's day).
//
// For a unit, "done" is the unit's own report of its part (lead or
// coordinating); for the organisation it is the task's report (every lead
// unit reported), and each task counts once.
type Counts struct {
	Assigned    int `json:"assigned" db:"assigned"`
	DoneOnTime  int `json:"done_on_time" db:"done_on_time"`
	DoneLate    int `json:"done_late" db:"done_late"`
	OpenOnTime  int `json:"open_on_time" db:"open_on_time"`
	DueSoon     int `json:"due_soon" db:"due_soon"`
	Overdue     int `json:"overdue" db:"overdue"`
	OverdueDays int `json:"overdue_days" db:"overdue_days"`
	// OverdueHours is the longest delay in whole hours when it is still
	// the deadline's day (OverdueDays 0), as tasks.LateBy counts.
	OverdueHours int `json:"overdue_hours,omitempty" db:"overdue_hours"`
}

// Done is the number of tasks reported done in the period.
func (c Counts) Done() int { return c.DoneOnTime + c.DoneLate }

// Open is the number of tasks still open at the end of the period.
func (c Counts) Open() int { return c.OpenOnTime + c.DueSoon + c.Overdue }

// Total is the number of tasks that had to be worked on in the period: those
// done in it and those still open at its end.
func (c Counts) Total() int { return c.Done() + c.Open() }

// Rate is the completion rate in percent (done over total); ok is false
// when there was nothing to do.
func (c Counts) Rate() (pct float64, ok bool) {
	if c.Total() == 0 {
		return 0, false
	}
	return 100 * float64(c.Done()) / float64(c.Total()), true
}

// UnitStats are a unit's figures for the week and since the start of the year.
type UnitStats struct {
	UnitID int64  `json:"unit_id"`
	Code   string `json:"code"`
	Name   string `json:"name"`
	Week   Counts `json:"week"`
	Year   Counts `json:"year"`
}

// TaskLine is a task in a list of the report.
type TaskLine struct {
	ID    int64  `json:"id" db:"id"`
	Text  string `json:"text" db:"text"`
	Units string `json:"units,omitempty" db:"units"`
	// Leads are the names of the lead units, for lists that shorten them.
	Leads pq.StringArray `json:"leads,omitempty" db:"leads"`
	// Role is the unit's part in the task, in lists by unit.
	Role     tasks.UnitRole `json:"role,omitempty" db:"role"`
	Deadline time.Time      `json:"deadline" db:"deadline"`
	DoneAt   *time.Time     `json:"done_at,omitempty" db:"done_at"`
	// Days is how late the task is at the report's time, or was when done,
	// in calendar days after its deadline's day; on that day itself Days is
	// 0 and Hours the whole hours late (tasks.LateBy).
	Days  int `json:"days" db:"days"`
	Hours int `json:"hours,omitempty" db:"hours"`
}

// Stats are the task statistics of the Monday report.
type Stats struct {
	// WeekFrom and YearFrom start the two periods (YearFrom as YearStart
	// says); both end at At, the end of the week or, for a week not over
	// yet, the time of the report.
	WeekFrom time.Time   `json:"week_from"`
	YearFrom time.Time   `json:"year_from"`
	At       time.Time   `json:"at"`
	Units    []UnitStats `json:"units"`
	// Total counts each task of the organisation once.
	Total UnitStats `json:"total"`
	// BecameOverdue are the tasks whose deadline passed in the week before
	// they were reported done, the first MaxBecameOverdue by deadline, and
	// BecameOverdueTotal how many there were; LongestOverdue the five open
	// tasks longest past their deadline at At.
	BecameOverdue      []TaskLine `json:"became_overdue"`
	BecameOverdueTotal int        `json:"became_overdue_total,omitempty"`
	LongestOverdue     []TaskLine `json:"longest_overdue"`
	// CommunesOverdue are the linked communes with overdue received tasks
	// (a province's report).
	CommunesOverdue []CommuneOverdue `json:"communes_overdue,omitempty"`
	// Received counts the tasks a parent organisation gave this one, if any.
	Received *ReceivedCounts `json:"received,omitempty"`
}

// MaxBecameOverdue caps the list of tasks that became overdue in a week.
const MaxBecameOverdue = 1000

// BecameOverdueCount is how many tasks became overdue in the week, listed
// or not.
func (s Stats) BecameOverdueCount() int { return max(s.BecameOverdueTotal, len(s.BecameOverdue)) }

// BecameOverdueCapped reports whether the list leaves tasks out.
func (s Stats) BecameOverdueCapped() bool { return s.BecameOverdueCount() > len(s.BecameOverdue) }

// YearStart is where the figures "since the start of the year" (từ đầu
// năm) of week w begin: 1 January of w's ISO year, as offices count a
// year. Week 1 may start in the December before (2026-W01 runs 29/12/2025
// – 04/01/2026): its year figures then start on 01/01/2026, after the
// week's Monday, and what was done on 29–31/12 counts in its week only.
func YearStart(w Week, loc *time.Location) time.Time {
	return time.Date(w.Year, time.January, 1, 0, 0, 0, 0, loc)
}

// Periods returns the start of the week and of its year (YearStart), and
// the instant the statistics are taken at: the end of the week, or asOf if
// earlier.
func Periods(w Week, asOf time.Time, loc *time.Location) (weekFrom, yearFrom, at time.Time) {
	weekFrom = w.Start(loc)
	yearFrom = YearStart(w, loc)
	at = w.End(loc)
	if asOf.Before(at) {
		at = asOf
	}
	return weekFrom, yearFrom, at
}

// split turns a row into the week's and the year's counts; the longest delay
// is counted like tasks.StatusAt counts days late.
func (r countsRow) split(at time.Time, loc *time.Location) (week, year Counts) {
	open := Counts{OpenOnTime: r.OpenOnTime, DueSoon: r.DueSoon, Overdue: r.Overdue}
	if r.Oldest != nil {
		l := tasks.LateBy(*r.Oldest, at, loc)
		open.OverdueDays, open.OverdueHours = l.Days, l.Hours
	}
	week, year = open, open
	week.Assigned, week.DoneOnTime, week.DoneLate = r.WAssigned, r.WDoneOnTime, r.WDoneLate
	year.Assigned, year.DoneOnTime, year.DoneLate = r.YAssigned, r.YDoneOnTime, r.YDoneLate
	return week, year
}

// dueSoonEnd is the first instant whose date in loc is more than
// tasks.DueSoonDays days after at's: a deadline before it (and not past) is
// due soon.
func dueSoonEnd(at time.Time, loc *time.Location) time.Time {
	y, m, d := at.In(loc).Date()
	return time.Date(y, m, d+tasks.DueSoonDays+1, 0, 0, 0, 0, loc)
}

// ComputeStats computes the Monday statistics of an organisation for week w
// as of asOf in two aggregate queries (per unit, and per task for the
// total) and two short lists.
func ComputeStats(ctx context.Context, q sqlx.QueryerContext, orgID int64, w Week, asOf time.Time, loc *time.Location) (Stats, error) {
	units, err := orgUnits(ctx, q, orgID)
	if err != nil {
		return Stats{}, err
	}
	return computeStats(ctx, q, orgID, units, w, asOf, loc)
}

// ComputeCounts is ComputeStats without the list of the tasks that became
// overdue in the week (BecameOverdue stays empty): the figures per unit and
// in total, and the longest overdue tasks, as the dashboard shows them.
func ComputeCounts(ctx context.Context, q sqlx.QueryerContext, orgID int64, w Week, asOf time.Time, loc *time.Location) (Stats, error) {
	units, err := orgUnits(ctx, q, orgID)
	if err != nil {
		return Stats{}, err
	}
	return computeCounts(ctx, q, orgID, units, w, asOf, loc)
}

// computeStats is ComputeStats for the organisation's units, as orgUnits
// lists them.
func computeStats(ctx context.Context, q sqlx.QueryerContext, orgID int64, units []unitRow, w Week, asOf time.Time, loc *time.Location) (Stats, error) {
	st, err := computeCounts(ctx, q, orgID, units, w, asOf, loc)
	if err != nil {
		return Stats{}, err
	}
	weekFrom, at := st.WeekFrom, st.At
	if st.BecameOverdue, err = becameOverdueLines(ctx, q, orgID, weekFrom, at, loc, MaxBecameOverdue+1); err != nil {
		return Stats{}, err
	}
	st.BecameOverdueTotal = len(st.BecameOverdue)
	if len(st.BecameOverdue) > MaxBecameOverdue {
		st.BecameOverdue = st.BecameOverdue[:MaxBecameOverdue]
		if st.BecameOverdueTotal, err = countBecameOverdue(ctx, q, orgID, weekFrom, at); err != nil {
			return Stats{}, err
		}
	}
	return st, nil
}

// computeCounts is ComputeCounts for the organisation's units.
func computeCounts(ctx context.Context, q sqlx.QueryerContext, orgID int64, units []unitRow, w Week, asOf time.Time, loc *time.Location) (Stats, error) {
	weekFrom, yearFrom, at := Periods(w, asOf, loc)
	units = liveFrom(units, weekFrom)
	st := Stats{WeekFrom: weekFrom, YearFrom: yearFrom, At: at}
	b := countsBounds{OrgID: orgID, WeekFrom: weekFrom, YearFrom: yearFrom, At: at, Soon: dueSoonEnd(at, loc)}
	rows, err := unitCounts(ctx, q, b)
	if err != nil {
		return Stats{}, err
	}
	byUnit := map[int64]countsRow{}
	for _, r := range rows {
		byUnit[r.Grp] = r
	}
	for _, u := range units {
		us := UnitStats{UnitID: u.ID, Code: u.Code, Name: u.Name}
		us.Week, us.Year = byUnit[u.ID].split(at, loc)
		st.Units = append(st.Units, us)
	}
	if rows, err = totalCounts(ctx, q, b); err != nil {
		return Stats{}, err
	}
	st.Total = UnitStats{Name: totalName}
	if len(rows) > 0 {
		st.Total.Week, st.Total.Year = rows[0].split(at, loc)
	}
	if st.LongestOverdue, err = longestOverdueLines(ctx, q, orgID, at, loc, 5); err != nil {
		return Stats{}, err
	}
	if st.CommunesOverdue, err = communesOverdue(ctx, q, orgID, at); err != nil {
		return Stats{}, err
	}
	if st.Received, err = receivedCounts(ctx, q, orgID, at); err != nil {
		return Stats{}, err
	}
	return st, nil
}

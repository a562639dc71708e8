package weekly

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
)

// countsSQL aggregates the parts given by source (columns grp, created_at,
// deadline, done_at) into Counts for both periods. $2 starts the week, $3
// the year, $4 is the instant of the statistics and $5 the first instant
// whose date is more than tasks.DueSoonDays days after its date. Comparing
// with instants computed once keeps time zone arithmetic out of the rows.
const countsSQL = `
	WITH p AS (%s),
	s AS (
		SELECT grp, created_at, done_at, deadline, (done_at IS NOT NULL AND done_at < $4) AS done
		FROM p
	)
	SELECT grp,
		count(*) FILTER (WHERE created_at >= $2) AS w_assigned,
		count(*) FILTER (WHERE done AND done_at >= $2 AND (deadline IS NULL OR done_at <= deadline)) AS w_done_on_time,
		count(*) FILTER (WHERE done AND done_at >= $2 AND done_at > deadline) AS w_done_late,
		count(*) FILTER (WHERE created_at >= $3) AS y_assigned,
		count(*) FILTER (WHERE done AND done_at >= $3 AND (deadline IS NULL OR done_at <= deadline)) AS y_done_on_time,
		count(*) FILTER (WHERE done AND done_at >= $3 AND done_at > deadline) AS y_done_late,
		count(*) FILTER (WHERE NOT done AND (deadline IS NULL OR deadline >= $5)) AS open_on_time,
		count(*) FILTER (WHERE NOT done AND deadline >= $4 AND deadline < $5) AS due_soon,
		count(*) FILTER (WHERE NOT done AND deadline < $4) AS overdue,
		min(deadline) FILTER (WHERE NOT done AND deadline < $4) AS oldest_overdue
	FROM s GROUP BY grp`

// The parts in play since the start of the week or of the year, whichever
// is earlier (week 1 may start in December): given before the instant, not
// cancelled by then, and not reported done before both.
const (
	unitPartsSQL = `
		SELECT tu.unit_id AS grp, t.created_at, t.deadline, tu.reported_at AS done_at
		FROM task_units tu JOIN tasks t ON t.org_id = tu.org_id AND t.id = tu.task_id
		WHERE tu.org_id = $1 AND tu.state <> 'removed' AND t.created_at < $4
			AND NOT (t.state = 'cancelled' AND coalesce(t.cancelled_at, t.created_at) < $4)
			AND (tu.reported_at IS NULL OR tu.reported_at >= least($2::timestamptz, $3::timestamptz))`
	taskPartsSQL = `
		SELECT 0::bigint AS grp, t.created_at, t.deadline, t.reported_at AS done_at
		FROM tasks t
		WHERE t.org_id = $1 AND t.created_at < $4
			AND NOT (t.state = 'cancelled' AND coalesce(t.cancelled_at, t.created_at) < $4)
			AND (t.reported_at IS NULL OR t.reported_at >= least($2::timestamptz, $3::timestamptz))`
)

// countsRow is a row of countsSQL: the figures of one unit (grp), or of
// the organisation (grp 0), for the week (W…) and the year (Y…).
type countsRow struct {
	Grp         int64      `db:"grp"`
	WAssigned   int        `db:"w_assigned"`
	WDoneOnTime int        `db:"w_done_on_time"`
	WDoneLate   int        `db:"w_done_late"`
	YAssigned   int        `db:"y_assigned"`
	YDoneOnTime int        `db:"y_done_on_time"`
	YDoneLate   int        `db:"y_done_late"`
	OpenOnTime  int        `db:"open_on_time"`
	DueSoon     int        `db:"due_soon"`
	Overdue     int        `db:"overdue"`
	Oldest      *time.Time `db:"oldest_overdue"`
}

// countsBounds are the instants the counts are taken between: the start of
// the week and of the year, the instant of the statistics (At) and the end
// of "due soon" after it (dueSoonEnd).
type countsBounds struct {
	OrgID                        int64
	WeekFrom, YearFrom, At, Soon time.Time
}

func (b countsBounds) args() []any {
	return []any{b.OrgID, b.WeekFrom, b.YearFrom, b.At, b.Soon}
}

// unitCounts aggregates, per unit, the units' parts of the tasks.
func unitCounts(ctx context.Context, q sqlx.QueryerContext, b countsBounds) ([]countsRow, error) {
	var rows []countsRow
	if err := sqlx.SelectContext(ctx, q, &rows, fmt.Sprintf(countsSQL, unitPartsSQL), b.args()...); err != nil {
		return nil, fmt.Errorf("store: unable to count the units' tasks: %w", err)
	}
	return rows, nil
}

// totalCounts aggregates the organisation's tasks, each once: one row, or
// none when there are no tasks in play.
func totalCounts(ctx context.Context, q sqlx.QueryerContext, b countsBounds) ([]countsRow, error) {
	var rows []countsRow
	if err := sqlx.SelectContext(ctx, q, &rows, fmt.Sprintf(countsSQL, taskPartsSQL), b.args()...); err != nil {
		return nil, fmt.Errorf("store: unable to count the organisation's tasks: %w", err)
	}
	return rows, nil
}

// becameOverdueLines lists, among taskLines, the first limit tasks by
// deadline whose deadline passed in the week [weekFrom, at) and that were
// not reported done by then.
func becameOverdueLines(ctx context.Context, q sqlx.QueryerContext, orgID int64, weekFrom, at time.Time, loc *time.Location, limit int) ([]TaskLine, error) {
	return taskLines(ctx, q, orgID, at, loc, `
		AND t.deadline >= $4 AND t.deadline < $2 AND (t.reported_at IS NULL OR t.reported_at > t.deadline)
		ORDER BY t.deadline, t.id LIMIT $5`, weekFrom, limit)
}

// countBecameOverdue counts the tasks becameOverdueLines lists, uncapped.
func countBecameOverdue(ctx context.Context, q sqlx.QueryerContext, orgID int64, weekFrom, at time.Time) (int, error) {
	var n int
	if err := sqlx.GetContext(ctx, q, &n, `
		SELECT count(*) FROM tasks t
		WHERE t.org_id = $1 AND t.created_at < $2 AND t.deadline IS NOT NULL
			AND NOT (t.state = 'cancelled' AND coalesce(t.cancelled_at, t.created_at) < $2)
			AND t.deadline >= $3 AND t.deadline < $2 AND (t.reported_at IS NULL OR t.reported_at > t.deadline)`,
		orgID, at, weekFrom); err != nil {
		return 0, fmt.Errorf("store: unable to count the tasks that became overdue: %w", err)
	}
	return n, nil
}

// longestOverdueLines lists, among taskLines, the limit tasks longest past
// their deadline at at and not reported done by then.
func longestOverdueLines(ctx context.Context, q sqlx.QueryerContext, orgID int64, at time.Time, loc *time.Location, limit int) ([]TaskLine, error) {
	return taskLines(ctx, q, orgID, at, loc, `
		AND t.deadline < $2 AND (t.reported_at IS NULL OR t.reported_at >= $2)
		ORDER BY t.deadline, t.id LIMIT $4`, limit)
}

// taskLines lists the organisation's tasks with a deadline, given before at
// ($2) and not cancelled by then, that match cond, with their lead units and
// how late they are at at (or were when reported done before it). $3 is the
// time zone; cond may use extra arguments from $4.
func taskLines(ctx context.Context, q sqlx.QueryerContext, orgID int64, at time.Time, loc *time.Location, cond string, extra ...any) ([]TaskLine, error) {
	var ls []TaskLine
	args := append([]any{orgID, at, loc.String()}, extra...)
	err := sqlx.SelectContext(ctx, q, &ls, `
		SELECT t.id, t.text, t.deadline,
			CASE WHEN t.reported_at < $2 THEN t.reported_at END AS done_at,
			greatest(0, ((CASE WHEN t.reported_at < $2 THEN t.reported_at ELSE $2::timestamptz END) AT TIME ZONE $3)::date
				- (t.deadline AT TIME ZONE $3)::date) AS days,
			greatest(0, floor(extract(epoch FROM (CASE WHEN t.reported_at < $2 THEN t.reported_at ELSE $2::timestamptz END)
				- t.deadline) / 3600))::int AS hours,
			coalesce((SELECT string_agg(u.name, ', ' ORDER BY u.name) FROM task_units x
				JOIN units u ON u.org_id = x.org_id AND u.id = x.unit_id
				WHERE x.org_id = t.org_id AND x.task_id = t.id AND x.role = 'lead' AND x.state <> 'removed'), '') AS units,
			coalesce((SELECT array_agg(u.name ORDER BY u.name) FROM task_units x
				JOIN units u ON u.org_id = x.org_id AND u.id = x.unit_id
				WHERE x.org_id = t.org_id AND x.task_id = t.id AND x.role = 'lead' AND x.state <> 'removed'), '{}') AS leads
		FROM tasks t
		WHERE t.org_id = $1 AND t.created_at < $2 AND t.deadline IS NOT NULL
			AND NOT (t.state = 'cancelled' AND coalesce(t.cancelled_at, t.created_at) < $2) `+cond, args...)
	if err != nil {
		return nil, fmt.Errorf("store: unable to list the report's tasks: %w", err)
	}
	for i := range ls {
		ls[i].Text = strings.TrimSpace(ls[i].Text)
	}
	return ls, nil
}

// dueByUnit lists, by unit, the open tasks due in week w: the unit's part is
// not reported done at asOf and the task is not cancelled.
func dueByUnit(ctx context.Context, q sqlx.QueryerContext, orgID int64, w Week, asOf time.Time, loc *time.Location) (map[int64][]TaskLine, error) {
	var rows []struct {
		UnitID int64 `db:"unit_id"`
		TaskLine
	}
	err := sqlx.SelectContext(ctx, q, &rows, `
		SELECT tu.unit_id, t.id, t.text, t.deadline, tu.role, 0 AS days
		FROM task_units tu JOIN tasks t ON t.org_id = tu.org_id AND t.id = tu.task_id
		WHERE tu.org_id = $1 AND tu.state <> 'removed' AND t.deadline >= $2 AND t.deadline < $3
			AND t.state <> 'cancelled' AND t.created_at < $4 AND (tu.reported_at IS NULL OR tu.reported_at >= $4)
		ORDER BY t.deadline, t.id LIMIT 5000`, orgID, w.Start(loc), w.End(loc), asOf)
	if err != nil {
		return nil, fmt.Errorf("store: unable to list the tasks due in the week: %w", err)
	}
	out := map[int64][]TaskLine{}
	for _, r := range rows {
		out[r.UnitID] = append(out[r.UnitID], r.TaskLine)
	}
	return out, nil
}

// communesOverdue lists the organisation's linked units with overdue parts
// at at, the most overdue first. A part counts as its commune's received
// task stands: reported when the commune's own tasks were all done.
func communesOverdue(ctx context.Context, q sqlx.QueryerContext, orgID int64, at time.Time) ([]CommuneOverdue, error) {
	var cs []CommuneOverdue
	err := sqlx.SelectContext(ctx, q, &cs, `
		SELECT u.id AS unit_id, u.name, count(*) AS tasks, min(t.deadline) AS oldest
		FROM units u
		JOIN task_units tu ON tu.org_id = u.org_id AND tu.unit_id = u.id
		JOIN tasks t ON t.org_id = tu.org_id AND t.id = tu.task_id
		WHERE u.org_id = $1 AND u.linked_org_id IS NOT NULL
			AND tu.state NOT IN ('removed', 'closed') AND (tu.reported_at IS NULL OR tu.reported_at >= $2)
			AND t.created_at < $2 AND t.deadline < $2
			AND NOT (t.state = 'cancelled' AND coalesce(t.cancelled_at, t.created_at) < $2)
			AND NOT (t.state = 'done' AND t.confirmed_at < $2)
		GROUP BY u.id, u.name ORDER BY min(t.deadline), u.name`, orgID, at)
	if err != nil {
		return nil, fmt.Errorf("store: unable to list the communes with overdue tasks: %w", err)
	}
	return cs, nil
}

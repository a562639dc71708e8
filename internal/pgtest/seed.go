package pgtest

import (
	"fmt"

	"github.com/jmoiron/sqlx"
)

// seedTasks are the statements of SeedTasks, with their arguments by
// position: $1 the organisation, $2 who gave the tasks, $3 how many.
var seedTasks = []string{
	`INSERT INTO tasks (org_id, id, text, deadline, state, assigned_by, created_at, reported_at, cancelled_at)
	SELECT $1, g, 'Nhiệm vụ số ' || g,
		c + make_interval(days => (hashint4(g) & 63)),
		CASE WHEN g % 30 = 0 THEN 'cancelled' WHEN g % 5 < 3 THEN 'reported' ELSE 'in_progress' END,
		$2, c,
		CASE WHEN g % 30 <> 0 AND g % 5 < 3 THEN c + make_interval(days => (hashint4(g * 7) & 63), hours => g % 24) END,
		CASE WHEN g % 30 = 0 THEN c + interval '2 days' END
	FROM (SELECT g, timestamptz '2020-01-15 08:00+07' + make_interval(secs => (hashint4(g * 13) & 2147483647) % 31536000) AS c
		FROM generate_series(1, $3) g) s`,
	`INSERT INTO task_units (org_id, task_id, unit_id, role, state, reported_at)
	SELECT t.org_id, t.id, u.id, 'lead', CASE WHEN t.reported_at IS NULL THEN 'assigned' ELSE 'reported' END, t.reported_at
	FROM tasks t JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM units WHERE org_id = $1) u ON u.n = t.id % 500
	WHERE t.org_id = $1`,
	`INSERT INTO task_units (org_id, task_id, unit_id, role, state, reported_at)
	SELECT t.org_id, t.id, u.id, 'coord', CASE WHEN t.id % 3 = 0 THEN 'reported' ELSE 'assigned' END,
		CASE WHEN t.id % 3 = 0 THEN t.created_at + interval '3 days' END
	FROM tasks t JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM units WHERE org_id = $1) u
		ON u.n = (t.id * 7 + 3) % 500 OR (t.id % 2 = 0 AND u.n = (t.id * 11 + 5) % 500)
	WHERE t.org_id = $1 AND t.id % 5 < 2 AND u.n <> t.id % 500
	ON CONFLICT DO NOTHING`,
	`VACUUM ANALYZE tasks`, `VACUUM ANALYZE task_units`,
}

// SeedTasks writes n pseudo-random tasks of an organisation with 500 units,
// in SQL, for benchmarks: given during the year before 18/01/2021 by
// assignedBy, due up to 60 days later, three in five reported (early or
// late), one in thirty cancelled, each with a lead unit and, for two in
// five, one or two coordinating units. It returns the number of unit parts.
func SeedTasks(db *sqlx.DB, orgID, assignedBy int64, n int) (parts int, err error) {
	args := [][]any{{orgID, assignedBy, n}, {orgID}, {orgID}, nil, nil}
	for i, s := range seedTasks {
		if _, err := db.Exec(s, args[i]...); err != nil {
			return 0, fmt.Errorf("pgtest: seed %d: %w", i, err)
		}
	}
	if err := db.Get(&parts, `SELECT count(*) FROM task_units WHERE org_id = $1`, orgID); err != nil {
		return 0, fmt.Errorf("pgtest: seed: %w", err)
	}
	return parts, nil
}

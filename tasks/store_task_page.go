package tasks

import (
	"context"
	"fmt"
	"time"
)

// pageRow is a row of TaskPage's statement: a task of the page, the count
// of all tasks that pass the filter, and one of the task's units (none
// when it has none left).
type pageRow struct {
	Task
	Total      int        `db:"total"`
	UnitID     *int64     `db:"u_unit_id"`
	Code       *string    `db:"u_code"`
	Name       *string    `db:"u_name"`
	Role       *UnitRole  `db:"u_role"`
	State      *string    `db:"u_state"`
	AcceptedAt *time.Time `db:"u_accepted_at"`
	ReportedAt *time.Time `db:"u_reported_at"`
}

// TaskPage returns what Tasks does (f.Limit tasks from f.Offset on, with
// their units) and how many tasks pass f in all, in one prepared statement:
// /viec and its page buttons run it for every press. (The units are joined
// to the page rather than read by a subquery per task, which PostgreSQL
// planned again at every run.)
func (s *Store) TaskPage(ctx context.Context, viewer Member, f TaskFilter) ([]Task, int, error) {
	if f.Limit <= 0 {
		f.Limit = 200
	}
	where, args := taskWhere(viewer, f)
	args = append(args, f.Limit, f.Offset)
	q := `
		SELECT p.*, tu.unit_id AS u_unit_id, u.code AS u_code, u.name AS u_name, tu.role AS u_role,
			tu.state AS u_state, tu.accepted_at AS u_accepted_at, tu.reported_at AS u_reported_at
		FROM (SELECT ` + taskColumns + `, count(*) OVER () AS total` + taskFrom + where +
		fmt.Sprintf(` ORDER BY t.deadline ASC NULLS LAST, t.id LIMIT $%d OFFSET $%d`, len(args)-1, len(args)) + `) p
		LEFT JOIN task_units tu ON tu.org_id = p.org_id AND tu.task_id = p.id AND tu.state <> 'removed'
		LEFT JOIN units u ON u.org_id = tu.org_id AND u.id = tu.unit_id
		ORDER BY p.deadline ASC NULLS LAST, p.id, tu.role DESC, u.name`
	var rows []pageRow
	if err := s.hot.Select(ctx, &rows, q, args...); err != nil {
		return nil, 0, fmt.Errorf("task page: %w", err)
	}
	if len(rows) == 0 {
		if f.Offset == 0 {
			return nil, 0, nil
		}
		// Past the last page: the count is not in the rows.
		n, err := s.CountTasks(ctx, viewer, f)
		return nil, n, err
	}
	var ts []Task
	for _, r := range rows {
		if len(ts) == 0 || ts[len(ts)-1].ID != r.ID {
			ts = append(ts, r.Task)
		}
		if r.UnitID != nil && r.Code != nil && r.Name != nil && r.Role != nil && r.State != nil {
			t := &ts[len(ts)-1]
			t.Units = append(t.Units, TaskUnit{UnitID: *r.UnitID, Code: *r.Code, Name: *r.Name, Role: *r.Role,
				State: *r.State, AcceptedAt: r.AcceptedAt, ReportedAt: r.ReportedAt})
		}
	}
	return ts, rows[0].Total, nil
}

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
	// ReceivedWaiting is the count of TaskPageWaiting, 0 for TaskPage.
	ReceivedWaiting int `db:"received_waiting"`
}

// TaskPage returns what Tasks does (f.Limit tasks from f.Offset on, with
// their units) and how many tasks pass f in all, in one prepared statement:
// /viec and its page buttons run it for every press. (The units are joined
// to the page rather than read by a subquery per task, which PostgreSQL
// planned again at every run.)
func (s *Store) TaskPage(ctx context.Context, viewer Member, f TaskFilter) ([]Task, int, error) {
	p, err := s.taskPage(ctx, viewer, f, false)
	return p.Tasks, p.Total, err
}

// Page is a page of tasks with the counts shown with it.
type Page struct {
	// Tasks are the tasks of the page, with their units.
	Tasks []Task
	// Total is how many tasks pass the filter in all.
	Total int
	// ReceivedWaiting is how many received tasks of the viewer's
	// organisation wait to be handed on (see ReceivedWaiting).
	ReceivedWaiting int
}

// TaskPageWaiting is TaskPage that also counts, in the same statement, the
// received tasks of the viewer's organisation that wait to be handed on
// (ReceivedWaiting; only those overdue at f.OverdueAt when it is set),
// which a leader's /viec shows under the list.
func (s *Store) TaskPageWaiting(ctx context.Context, viewer Member, f TaskFilter) (Page, error) {
	return s.taskPage(ctx, viewer, f, true)
}

// taskPage reads a page, and the received tasks waiting when waiting is
// set; the two share one statement (one prepared statement for both).
func (s *Store) taskPage(ctx context.Context, viewer Member, f TaskFilter, waiting bool) (Page, error) {
	if f.Limit <= 0 {
		f.Limit = 200
	}
	where, args := taskWhere(viewer, f)
	args = append(args, f.Limit, f.Offset, waiting, f.OverdueAt)
	n := len(args)
	q := `
		SELECT p.*, tu.unit_id AS u_unit_id, u.code AS u_code, u.name AS u_name, tu.role AS u_role,
			tu.state AS u_state, tu.accepted_at AS u_accepted_at, tu.reported_at AS u_reported_at,
			CASE WHEN $` + fmt.Sprint(n-1) + `::boolean THEN (SELECT count(*) FROM received_tasks r
				WHERE r.org_id = $1 AND r.state = 'received' AND ($` + fmt.Sprint(n) + `::timestamptz IS NULL OR r.deadline < $` + fmt.Sprint(n) + `))
			ELSE 0 END AS received_waiting
		FROM (SELECT ` + taskColumns + `, count(*) OVER () AS total` + taskFrom + where +
		fmt.Sprintf(` ORDER BY t.deadline ASC NULLS LAST, t.id LIMIT $%d OFFSET $%d`, n-3, n-2) + `) p
		LEFT JOIN task_units tu ON tu.org_id = p.org_id AND tu.task_id = p.id AND tu.state <> 'removed'
		LEFT JOIN units u ON u.org_id = tu.org_id AND u.id = tu.unit_id
		ORDER BY p.deadline ASC NULLS LAST, p.id, tu.role DESC, u.name`
	var rows []pageRow
	if err := s.hot.Select(ctx, &rows, q, args...); err != nil {
		return Page{}, fmt.Errorf("task page: %w", err)
	}
	if len(rows) == 0 {
		// No task on the page: the counts are not in the rows.
		var p Page
		var err error
		if f.Offset > 0 {
			// Past the last page.
			if p.Total, err = s.CountTasks(ctx, viewer, f); err != nil {
				return Page{}, err
			}
		}
		if waiting {
			if p.ReceivedWaiting, err = s.ReceivedWaiting(ctx, viewer.OrgID, f.OverdueAt); err != nil {
				return Page{}, err
			}
		}
		return p, nil
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
	return Page{Tasks: ts, Total: rows[0].Total, ReceivedWaiting: rows[0].ReceivedWaiting}, nil
}

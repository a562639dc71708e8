package weekly

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// CommuneOverdue is a child organisation (a commune linked to a unit of the
// province) whose received tasks are overdue: its part of the province's
// tasks, past their deadline at the report's instant and not reported done.
type CommuneOverdue struct {
	UnitID int64  `json:"unit_id" db:"unit_id"`
	Name   string `json:"name" db:"name"`
	Tasks  int    `json:"tasks" db:"tasks"`
	// Oldest is the deadline of the longest overdue of them.
	Oldest time.Time `json:"oldest" db:"oldest"`
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
		return nil, fmt.Errorf("communes overdue: %w", err)
	}
	return cs, nil
}

// liveFrom leaves out the units merged into another by from: a report of a
// week lists the units that still worked in it, so a week before a merge
// keeps the old units and their names.
func liveFrom(units []unitRow, from time.Time) []unitRow {
	out := units[:0:0]
	for _, u := range units {
		if u.RetiredAt == nil || u.RetiredAt.After(from) {
			out = append(out, u)
		}
	}
	return out
}

// ReceivedCounts are the tasks a parent organisation gave this one
// ("nhiệm vụ cấp trên giao"), as they stood at the report's instant.
type ReceivedCounts struct {
	Received int `json:"received" db:"received"` // received before the instant and not cancelled
	New      int `json:"new" db:"new"`           // not yet handed on to a unit
	Assigned int `json:"assigned" db:"assigned"` // handed on, not yet done
	Done     int `json:"done" db:"done"`         // done and reported up
	Overdue  int `json:"overdue" db:"overdue"`   // not done, past the deadline
	// Open lists the ones not done at the instant, the most urgent first.
	Open []ReceivedLine `json:"open,omitempty" db:"-"`
}

// ReceivedLine is a received task not done at the report's instant.
type ReceivedLine struct {
	ID       int64      `json:"id" db:"id"`
	Text     string     `json:"text" db:"text"`
	From     string     `json:"from" db:"parent_org_name"`
	Deadline *time.Time `json:"deadline,omitempty" db:"deadline"`
	// Handed: the organisation had handed it on to its units by then.
	Handed bool `json:"handed" db:"handed"`
}

// maxReceivedLines is how many received tasks not done a report lists.
const maxReceivedLines = 10

// receivedCounts counts the organisation's received tasks at at.
func receivedCounts(ctx context.Context, q sqlx.QueryerContext, orgID int64, at time.Time) (*ReceivedCounts, error) {
	var c ReceivedCounts
	err := sqlx.GetContext(ctx, q, &c, `
		WITH r AS (
			SELECT r.deadline, (r.done_at IS NOT NULL AND r.done_at < $2) AS done,
				EXISTS (SELECT 1 FROM tasks t WHERE t.org_id = r.org_id AND t.received_id = r.id AND t.created_at < $2) AS handed
			FROM received_tasks r WHERE r.org_id = $1 AND r.received_at < $2 AND r.state <> 'cancelled'
		)
		SELECT count(*) AS received,
			count(*) FILTER (WHERE NOT done AND NOT handed) AS new,
			count(*) FILTER (WHERE NOT done AND handed) AS assigned,
			count(*) FILTER (WHERE done) AS done,
			count(*) FILTER (WHERE NOT done AND deadline < $2) AS overdue
		FROM r`, orgID, at)
	if err != nil {
		return nil, fmt.Errorf("received counts: %w", err)
	}
	if c.Received == 0 {
		return nil, nil
	}
	if err := sqlx.SelectContext(ctx, q, &c.Open, `
		SELECT r.id, r.text, r.parent_org_name, r.deadline,
			EXISTS (SELECT 1 FROM tasks t WHERE t.org_id = r.org_id AND t.received_id = r.id AND t.created_at < $2) AS handed
		FROM received_tasks r
		WHERE r.org_id = $1 AND r.received_at < $2 AND r.state <> 'cancelled' AND (r.done_at IS NULL OR r.done_at >= $2)
		ORDER BY r.deadline NULLS LAST, r.id LIMIT $3`, orgID, at, maxReceivedLines); err != nil {
		return nil, fmt.Errorf("received open: %w", err)
	}
	return &c, nil
}

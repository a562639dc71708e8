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

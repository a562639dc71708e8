package weekly

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// receivedTotals counts the organisation's received tasks as they stood at
// at (ReceivedCounts without Open).
func receivedTotals(ctx context.Context, q sqlx.QueryerContext, orgID int64, at time.Time) (ReceivedCounts, error) {
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
		return ReceivedCounts{}, fmt.Errorf("store: unable to count the received tasks: %w", err)
	}
	return c, nil
}

// receivedOpen lists up to limit received tasks not done at at, the most
// urgent first.
func receivedOpen(ctx context.Context, q sqlx.QueryerContext, orgID int64, at time.Time, limit int) ([]ReceivedLine, error) {
	var ls []ReceivedLine
	if err := sqlx.SelectContext(ctx, q, &ls, `
		SELECT r.id, r.text, r.parent_org_name, r.deadline,
			EXISTS (SELECT 1 FROM tasks t WHERE t.org_id = r.org_id AND t.received_id = r.id AND t.created_at < $2) AS handed
		FROM received_tasks r
		WHERE r.org_id = $1 AND r.received_at < $2 AND r.state <> 'cancelled' AND (r.done_at IS NULL OR r.done_at >= $2)
		ORDER BY r.deadline NULLS LAST, r.id LIMIT $3`, orgID, at, limit); err != nil {
		return nil, fmt.Errorf("store: unable to list the received tasks not done: %w", err)
	}
	return ls, nil
}

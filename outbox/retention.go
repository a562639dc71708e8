package outbox

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// UnsentCounts returns how many rows of every organisation are pending,
// being sent and failed, each counted from its partial index, so that a
// scrape costs the size of the queue, not of the outbox's history. Every
// status is present, 0 when none.
func UnsentCounts(ctx context.Context, db sqlx.QueryerContext) (map[string]int, error) {
	var n struct {
		Pending int `db:"pending"`
		Sending int `db:"sending"`
		Failed  int `db:"failed"`
	}
	if err := sqlx.GetContext(ctx, db, &n, unsentCountsQuery); err != nil {
		return nil, fmt.Errorf("outbox: unsent counts: %w", err)
	}
	return map[string]int{"pending": n.Pending, "sending": n.Sending, "failed": n.Failed}, nil
}

const unsentCountsQuery = `
	SELECT (SELECT count(*) FROM outbox WHERE status = 'pending') AS pending,
	       (SELECT count(*) FROM outbox WHERE status = 'sending') AS sending,
	       (SELECT count(*) FROM outbox WHERE status = 'failed') AS failed`

// Prune deletes the sent and cancelled rows created before before, oldest
// first, batch rows at a time (each batch its own statement, so that no
// long transaction holds the table), and returns how many it deleted.
// Rows of a task whose state is one of keepStates (the tasks still
// active) are kept: a reply to a notice finds its task by the row, and
// withdrawing a task tells those its notice reached. Failed and pending
// rows are never deleted.
func Prune(ctx context.Context, db sqlx.QueryerContext, before time.Time, batch int, keepStates []string) (int, error) {
	total := 0
	var afterAt time.Time
	var afterID int64
	for {
		var res struct {
			Scanned int        `db:"scanned"`
			Deleted int        `db:"deleted"`
			LastAt  *time.Time `db:"last_at"`
			LastID  *int64     `db:"last_id"`
		}
		if err := sqlx.GetContext(ctx, db, &res, pruneQuery, before, afterAt, afterID, batch, pq.Array(keepStates)); err != nil {
			return total, fmt.Errorf("outbox: prune: %w", err)
		}
		total += res.Deleted
		if res.Scanned < batch || res.LastAt == nil {
			return total, nil
		}
		afterAt, afterID = *res.LastAt, *res.LastID
	}
}

// pruneQuery takes the next batch of finished rows past the cursor
// ($2, $3) in the order of outbox_finished, deletes those not kept, and
// says where the batch ended.
const pruneQuery = `
	WITH c AS (
		SELECT org_id, id, created_at, task_id FROM outbox
		WHERE status IN ('sent', 'cancelled') AND created_at < $1 AND (created_at, id) > ($2, $3)
		ORDER BY created_at, id LIMIT $4),
	d AS (
		DELETE FROM outbox o USING c
		WHERE o.org_id = c.org_id AND o.id = c.id AND o.status IN ('sent', 'cancelled')
		AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.org_id = c.org_id AND t.id = c.task_id AND t.state = ANY($5))
		RETURNING 1),
	last AS (SELECT created_at, id FROM c ORDER BY created_at DESC, id DESC LIMIT 1)
	SELECT (SELECT count(*) FROM c) AS scanned, (SELECT count(*) FROM d) AS deleted,
	       (SELECT created_at FROM last) AS last_at, (SELECT id FROM last) AS last_id`

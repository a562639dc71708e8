package outbox

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// Entry is an outbox row as an admin sees it.
type Entry struct {
	OrgID         int64      `db:"org_id"`
	ID            int64      `db:"id"`
	IdemKey       string     `db:"idem_key"`
	ChatID        int64      `db:"chat_id"`
	Kind          string     `db:"kind"`
	TaskID        *int64     `db:"task_id"`
	Status        string     `db:"status"`
	Attempts      int        `db:"attempts"`
	NextAttemptAt time.Time  `db:"next_attempt_at"`
	LastError     string     `db:"last_error"`
	CreatedAt     time.Time  `db:"created_at"`
	SentAt        *time.Time `db:"sent_at"`
}

// Counts returns how many of an organisation's rows are in each status.
func Counts(ctx context.Context, db sqlx.QueryerContext, orgID int64) (map[string]int, error) {
	return counts(ctx, db, `WHERE org_id = $1`, orgID)
}

// CountsAll returns how many rows of every organisation are in each status.
func CountsAll(ctx context.Context, db sqlx.QueryerContext) (map[string]int, error) {
	return counts(ctx, db, ``)
}

func counts(ctx context.Context, db sqlx.QueryerContext, where string, args ...any) (map[string]int, error) {
	var rows []struct {
		Status string `db:"status"`
		N      int    `db:"n"`
	}
	if err := sqlx.SelectContext(ctx, db, &rows, `SELECT status, count(*) AS n FROM outbox `+where+` GROUP BY status`, args...); err != nil {
		return nil, fmt.Errorf("outbox: counts: %w", err)
	}
	out := map[string]int{}
	for _, r := range rows {
		out[r.Status] = r.N
	}
	return out, nil
}

// OldestDue returns how long the oldest row due at now and not sent has
// waited, over every organisation; 0 when none waits.
func OldestDue(ctx context.Context, db sqlx.QueryerContext, now time.Time) (time.Duration, error) {
	var oldest *time.Time
	if err := sqlx.GetContext(ctx, db, &oldest, `SELECT min(next_attempt_at) FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1`, now); err != nil {
		return 0, fmt.Errorf("outbox: oldest due: %w", err)
	}
	if oldest == nil {
		return 0, nil
	}
	return now.Sub(*oldest), nil
}

// List returns an organisation's rows in the given statuses, newest first.
func List(ctx context.Context, db sqlx.QueryerContext, orgID int64, statuses []string, limit int) ([]Entry, error) {
	var es []Entry
	err := sqlx.SelectContext(ctx, db, &es, `
		SELECT org_id, id, idem_key, chat_id, kind, task_id, status, attempts, next_attempt_at, last_error, created_at, sent_at
		FROM outbox WHERE org_id = $1 AND status = ANY($2) ORDER BY id DESC LIMIT $3`, orgID, pq.StringArray(statuses), limit)
	if err != nil {
		return nil, fmt.Errorf("outbox: list: %w", err)
	}
	return es, nil
}

// Retry puts a failed row back in the queue, as an admin does once the
// cause is fixed (the person started the bot, say). It reports whether the
// row was failed.
func Retry(ctx context.Context, db sqlx.ExecerContext, orgID, id int64, now time.Time) (bool, error) {
	res, err := db.ExecContext(ctx, `
		UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $3
		WHERE org_id = $1 AND id = $2 AND status = 'failed'`, orgID, id, now)
	if err != nil {
		return false, fmt.Errorf("outbox: retry: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

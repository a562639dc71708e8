package bot

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/lib/pq"
)

// TaskByOrigin finds the task that a person's message created (/giao, or
// a received task handed on), by the origin the message gave it
// (request.origin), in one of the organisations orgIDs.
func (s *Book) TaskByOrigin(ctx context.Context, orgIDs []int64, origin string) (orgID, taskID int64, ok bool, err error) {
	var row struct {
		OrgID  int64 `db:"org_id"`
		TaskID int64 `db:"id"`
	}
	err = s.db.GetContext(ctx, &row, `SELECT org_id, id FROM tasks WHERE org_id = ANY($1) AND origin = $2 ORDER BY id LIMIT 1`, pq.Array(orgIDs), origin)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, fmt.Errorf("task by origin: %w", err)
	}
	return row.OrgID, row.TaskID, true, nil
}

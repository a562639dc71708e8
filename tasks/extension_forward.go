package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/deadline"
)

// forwardExtension, when a leader approves a request for a task made from a
// received one and the new deadline is beyond the received task's, sends
// the request up to the parent instead of moving the deadline: it stays
// pending, marked forwarded, and the parent's decision settles it
// (settleForwarded). An approval again of a forwarded request changes
// nothing. It reports whether the request went (or had gone) up.
func forwardExtension(ctx context.Context, tx *sqlx.Tx, t Task, e Extension, now time.Time) (bool, error) {
	if e.ForwardedAt != nil {
		return true, nil
	}
	if t.ReceivedID == nil {
		return false, nil
	}
	r, err := lockReceived(ctx, tx, t.OrgID, *t.ReceivedID)
	if err != nil {
		return false, err
	}
	if !r.Open() || r.Deadline == nil || !e.NewDeadline.After(*r.Deadline) {
		return false, nil
	}
	ask := ExtensionAsk{
		Deadline: deadline.Deadline{Time: e.NewDeadline, Text: e.NewDeadlineText, HasTime: e.NewHasTime},
		Reason:   e.Reason,
		Origin:   forwardOrigin(e.ID),
	}
	if err := requestReceivedExtension(ctx, tx, t.OrgID, r.ID, ask, now); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE task_extensions SET forwarded_at = $4 WHERE org_id = $1 AND task_id = $2 AND id = $3`,
		t.OrgID, t.ID, e.ID, now); err != nil {
		return false, fmt.Errorf("forward extension: %w", err)
	}
	return true, nil
}

// forwardOrigin is the origin of a request sent up for the child's request
// id; the parent's request carries it (prefixed with the child's org) so
// that its decision finds the child's request again.
func forwardOrigin(id int64) string { return "ext:" + strconv.FormatInt(id, 10) }

// forwardedID reads the child's request id back from the origin of the
// parent's request, for the organisation orgID; ok is false for a request
// the child's leaders made themselves.
func forwardedID(orgID int64, origin string) (int64, bool) {
	rest, ok := strings.CutPrefix(origin, fmt.Sprintf("org%d:ext:", orgID))
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseInt(rest, 10, 64)
	return id, err == nil && id > 0
}

// settleForwarded applies, in the child's transaction, the parent's
// decision about a request the child forwarded: approved, the child's task
// gets the new deadline; either way the request is decided (by the parent,
// no member of the child) and the task's owners are told. A request no
// longer pending (withdrawn or decided meanwhile) changes nothing.
func (s *Store) settleForwarded(ctx context.Context, tx *sqlx.Tx, orgID, extID int64, approved bool, now time.Time) error {
	var taskID int64
	err := tx.GetContext(ctx, &taskID, `SELECT task_id FROM task_extensions WHERE org_id = $1 AND id = $2`, orgID, extID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("forwarded extension: %w", err)
	}
	t, err := lockLoadTask(ctx, tx, orgID, taskID)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	e, err := loadExtension(ctx, tx, orgID, taskID, extID)
	if err != nil {
		return err
	}
	if e.Status != ExtensionPending || e.ForwardedAt == nil || !t.State.Open() {
		return nil
	}
	return s.settleExtension(ctx, tx, t, e, approved, nil, "", now)
}

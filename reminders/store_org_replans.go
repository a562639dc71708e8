package reminders

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// replanMark is an organisation marked for a re-plan, and why.
type replanMark struct {
	OrgID  int64  `db:"org_id"`
	Reason string `db:"reason"`
}

// claimReplanMark locks the first mark no other transaction holds; ok is
// false when there is none.
func claimReplanMark(ctx context.Context, tx *sqlx.Tx) (m replanMark, ok bool, err error) {
	err = tx.GetContext(ctx, &m, `
		SELECT org_id, reason FROM org_replans ORDER BY org_id LIMIT 1 FOR UPDATE SKIP LOCKED`)
	if errors.Is(err, sql.ErrNoRows) {
		return replanMark{}, false, nil
	}
	if err != nil {
		return replanMark{}, false, fmt.Errorf("store: unable to claim a marked re-plan: %w", err)
	}
	return m, true, nil
}

// deleteReplanMark deletes an organisation's mark once it is re-planned.
func deleteReplanMark(ctx context.Context, tx *sqlx.Tx, orgID int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM org_replans WHERE org_id = $1`, orgID); err != nil {
		return fmt.Errorf("store: unable to delete the re-plan mark: %w", err)
	}
	return nil
}

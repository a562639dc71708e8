package web

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// The table web_logins: the one-time login codes of /bang, by
// organisation and the hash of the code's secret.

// insertLogin stores the hash of a member's login code, good from now
// until expires.
func insertLogin(ctx context.Context, db sqlx.ExecerContext, orgID, memberID int64, codeHash []byte, now, expires time.Time) error {
	if _, err := db.ExecContext(ctx, `
		INSERT INTO web_logins (org_id, code_hash, member_id, created_at, expires_at)
		VALUES ($1, $2, $3, $4, $5)`, orgID, codeHash, memberID, now, expires); err != nil {
		return fmt.Errorf("store: unable to store a login code: %w", err)
	}
	return nil
}

// spendLogin marks the organisation's login code whose hash is codeHash
// used at now and returns the Telegram user of its member. ok is false when
// there is no such code unused and unexpired at now, or its member has
// left the organisation.
func spendLogin(ctx context.Context, db sqlx.QueryerContext, orgID int64, codeHash []byte, now time.Time) (tgUserID int64, ok bool, err error) {
	err = sqlx.GetContext(ctx, db, &tgUserID, `
		UPDATE web_logins l SET used_at = $3
		FROM members m
		WHERE l.org_id = $1 AND l.code_hash = $2 AND l.used_at IS NULL AND l.expires_at > $3
			AND m.org_id = l.org_id AND m.id = l.member_id AND m.removed_at IS NULL
		RETURNING m.tg_user_id`, orgID, codeHash, now)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: unable to use a login code: %w", err)
	}
	return tgUserID, true, nil
}

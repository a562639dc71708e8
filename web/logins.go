package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

// LoginTTL is how long a one-time login link works.
const LoginTTL = 10 * time.Minute

// ErrBadLogin is a login code that is unknown, used or expired.
var ErrBadLogin = errors.New("login: invalid, used or expired code")

// CreateLogin records a one-time login code for a member, good for
// LoginTTL, and returns it. The code starts with the organisation id, so
// that it is found by the organisation's key; only its hash is stored.
func CreateLogin(ctx context.Context, db sqlx.ExecerContext, m tasks.Member, now time.Time) (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("web: login code: %w", err)
	}
	secret := base64.RawURLEncoding.EncodeToString(b)
	h := sha256.Sum256([]byte(secret))
	if _, err := db.ExecContext(ctx, `
		INSERT INTO web_logins (org_id, code_hash, member_id, created_at, expires_at)
		VALUES ($1, $2, $3, $4, $5)`, m.OrgID, h[:], m.ID, now, now.Add(LoginTTL)); err != nil {
		return "", fmt.Errorf("web: unable to store a login code: %w", err)
	}
	return strconv.FormatInt(m.OrgID, 10) + "-" + secret, nil
}

// useLogin spends a login code at now and returns whom it logs in: the
// member's organisation and Telegram user.
func useLogin(ctx context.Context, db *sqlx.DB, code string, now time.Time) (orgID, tgUserID int64, err error) {
	orgPart, secret, ok := strings.Cut(code, "-")
	if !ok {
		return 0, 0, ErrBadLogin
	}
	orgID, err = strconv.ParseInt(orgPart, 10, 64)
	if err != nil {
		return 0, 0, ErrBadLogin
	}
	h := sha256.Sum256([]byte(secret))
	err = db.GetContext(ctx, &tgUserID, `
		UPDATE web_logins l SET used_at = $3
		FROM members m
		WHERE l.org_id = $1 AND l.code_hash = $2 AND l.used_at IS NULL AND l.expires_at > $3
			AND m.org_id = l.org_id AND m.id = l.member_id AND m.removed_at IS NULL
		RETURNING m.tg_user_id`, orgID, h[:], now)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, ErrBadLogin
	}
	if err != nil {
		return 0, 0, fmt.Errorf("web: unable to use a login code: %w", err)
	}
	return orgID, tgUserID, nil
}

package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
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
	if err := insertLogin(ctx, db, m.OrgID, m.ID, h[:], now, now.Add(LoginTTL)); err != nil {
		return "", err
	}
	return strconv.FormatInt(m.OrgID, 10) + "-" + secret, nil
}

// useLogin spends a login code at now and returns whom it logs in: the
// member's organisation and Telegram user.
func useLogin(ctx context.Context, db sqlx.QueryerContext, code string, now time.Time) (orgID, tgUserID int64, err error) {
	orgPart, secret, ok := strings.Cut(code, "-")
	if !ok {
		return 0, 0, ErrBadLogin
	}
	orgID, err = strconv.ParseInt(orgPart, 10, 64)
	if err != nil {
		return 0, 0, ErrBadLogin
	}
	h := sha256.Sum256([]byte(secret))
	tgUserID, ok, err = spendLogin(ctx, db, orgID, h[:], now)
	if err != nil {
		return 0, 0, err
	}
	if !ok {
		return 0, 0, ErrBadLogin
	}
	return orgID, tgUserID, nil
}

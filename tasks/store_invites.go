package tasks

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
)

// DefaultInviteTTL is how long an invite link works unless told otherwise.
const DefaultInviteTTL = 7 * 24 * time.Hour

// Invite is a join code for an organisation, with the role (and unit) it gives.
type Invite struct {
	OrgID     int64      `db:"org_id"`
	Code      string     `db:"code"`
	Role      Role       `db:"role"`
	UnitID    *int64     `db:"unit_id"`
	CreatedAt time.Time  `db:"created_at"`
	ExpiresAt time.Time  `db:"expires_at"`
	RevokedAt *time.Time `db:"revoked_at"`
	Uses      int        `db:"uses"`
}

// NewInvite is what an invite is made from.
type NewInvite struct {
	Role      Role
	UnitID    *int64
	CreatedBy *int64
	TTL       time.Duration
}

// CreateInvite makes a join code. The code starts with the organisation id so
// that /start can find it by the organisation's key.
func (s *Store) CreateInvite(ctx context.Context, orgID int64, ni NewInvite, now time.Time) (Invite, error) {
	if ni.TTL <= 0 {
		ni.TTL = DefaultInviteTTL
	}
	code := fmt.Sprintf("%d-%s", orgID, randomCode(12))
	var inv Invite
	err := s.db.GetContext(ctx, &inv, `
		INSERT INTO invites (org_id, code, role, unit_id, created_by, created_at, expires_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		RETURNING org_id, code, role, unit_id, created_at, expires_at, revoked_at, uses`,
		orgID, code, ni.Role, ni.UnitID, ni.CreatedBy, now, now.Add(ni.TTL))
	if err != nil {
		return Invite{}, fmt.Errorf("create invite: %w", err)
	}
	return inv, nil
}

// RevokeInvite stops a code from working.
func (s *Store) RevokeInvite(ctx context.Context, orgID int64, code string, now time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE invites SET revoked_at = $3 WHERE org_id = $1 AND code = $2 AND revoked_at IS NULL`, orgID, code, now)
	if err != nil {
		return fmt.Errorf("revoke invite: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Invites returns an organisation's invites that still work.
func (s *Store) Invites(ctx context.Context, orgID int64, now time.Time) ([]Invite, error) {
	var out []Invite
	err := s.db.SelectContext(ctx, &out, `
		SELECT org_id, code, role, unit_id, created_at, expires_at, revoked_at, uses FROM invites
		WHERE org_id = $1 AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at`, orgID, now)
	if err != nil {
		return nil, fmt.Errorf("invites: %w", err)
	}
	return out, nil
}

var roleRank = map[Role]int{RoleMember: 1, RoleSecretary: 2, RoleLeader: 3, RoleAdmin: 4}

// Join makes the Telegram user a member with the invite's role and unit. A
// person already in the organisation keeps a higher role and gains the unit.
// A code that is unknown, revoked or expired gives ErrInvalidInvite.
func (s *Store) Join(ctx context.Context, code string, u TelegramUser, now time.Time) (Member, error) {
	orgPart, _, ok := strings.Cut(code, "-")
	orgID, err := strconv.ParseInt(orgPart, 10, 64)
	if !ok || err != nil {
		return Member{}, ErrInvalidInvite
	}
	var m Member
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		var inv Invite
		err := tx.GetContext(ctx, &inv, `
			SELECT org_id, code, role, unit_id, created_at, expires_at, revoked_at, uses FROM invites
			WHERE org_id = $1 AND code = $2 FOR UPDATE`, orgID, code)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrInvalidInvite
		}
		if err != nil {
			return fmt.Errorf("invite: %w", err)
		}
		if inv.RevokedAt != nil || !now.Before(inv.ExpiresAt) {
			return ErrInvalidInvite
		}
		var cur struct {
			ID      int64      `db:"id"`
			Role    Role       `db:"role"`
			Removed *time.Time `db:"removed_at"`
		}
		err = tx.GetContext(ctx, &cur, `SELECT id, role, removed_at FROM members WHERE org_id = $1 AND tg_user_id = $2 FOR UPDATE`, orgID, u.ID)
		role := inv.Role
		switch {
		case errors.Is(err, sql.ErrNoRows):
			err = tx.GetContext(ctx, &cur.ID, `
				INSERT INTO members (org_id, tg_user_id, chat_id, full_name, username, role, joined_at, selected_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`, orgID, u.ID, u.ChatID, u.FullName, u.Username, role, now)
		case err != nil:
		default:
			if cur.Removed == nil && roleRank[cur.Role] > roleRank[role] {
				role = cur.Role
			}
			if cur.Removed != nil {
				_, err = tx.ExecContext(ctx, `DELETE FROM member_units WHERE org_id = $1 AND member_id = $2`, orgID, cur.ID)
			}
			if err == nil {
				_, err = tx.ExecContext(ctx, `
					UPDATE members SET role = $3, chat_id = $4, full_name = $5, username = $6, removed_at = NULL,
					unreachable_at = NULL, selected_at = $7 WHERE org_id = $1 AND id = $2`,
					orgID, cur.ID, role, u.ChatID, u.FullName, u.Username, now)
			}
		}
		if err != nil {
			return fmt.Errorf("member: %w", err)
		}
		if inv.UnitID != nil {
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO member_units (org_id, member_id, unit_id) VALUES ($1, $2, $3)
				ON CONFLICT DO NOTHING`, orgID, cur.ID, *inv.UnitID); err != nil {
				return fmt.Errorf("member unit: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE invites SET uses = uses + 1 WHERE org_id = $1 AND code = $2`, orgID, code); err != nil {
			return fmt.Errorf("invite uses: %w", err)
		}
		m, err = loadMember(ctx, tx, orgID, cur.ID)
		return err
	})
	if err != nil {
		return Member{}, fmt.Errorf("join: %w", err)
	}
	return m, nil
}

const codeAlphabet = "abcdefghijkmnpqrstuvwxyz23456789"

func randomCode(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	for i := range b {
		b[i] = codeAlphabet[int(b[i])%len(codeAlphabet)]
	}
	return string(b)
}

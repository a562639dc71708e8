package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

// OrgMembers returns an organisation's current members with their units,
// by name.
func (s *Store) OrgMembers(ctx context.Context, orgID int64) ([]Member, error) {
	var ms []Member
	err := s.db.SelectContext(ctx, &ms, `
		SELECT `+memberColumns+` FROM members m JOIN orgs o ON o.id = m.org_id
		WHERE m.org_id = $1 AND m.removed_at IS NULL ORDER BY m.full_name, m.id`, orgID)
	if err != nil {
		return nil, fmt.Errorf("org members: %w", err)
	}
	var rows []struct {
		MemberID int64 `db:"member_id"`
		UnitID   int64 `db:"unit_id"`
		IsHead   bool  `db:"is_head"`
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT member_id, unit_id, is_head FROM member_units WHERE org_id = $1 ORDER BY member_id, unit_id`, orgID); err != nil {
		return nil, fmt.Errorf("org member units: %w", err)
	}
	idx := map[int64]int{}
	for i, m := range ms {
		idx[m.ID] = i
	}
	for _, r := range rows {
		i, ok := idx[r.MemberID]
		if !ok {
			continue
		}
		ms[i].UnitIDs = append(ms[i].UnitIDs, r.UnitID)
		if r.IsHead {
			ms[i].HeadOf = append(ms[i].HeadOf, r.UnitID)
		}
	}
	return ms, nil
}

// adminTarget loads, for update, a current member whom an admin acts on.
// Admins may not act on themselves, so that an organisation never loses its
// last admin by mistake.
func adminTarget(ctx context.Context, tx *sqlx.Tx, actor Member, memberID int64) (Member, error) {
	if !actor.CanAdminister() {
		return Member{}, ErrForbidden
	}
	if memberID == actor.ID {
		return Member{}, &InputError{Msg: msgAdminSelf}
	}
	var id int64
	err := tx.GetContext(ctx, &id, `SELECT id FROM members WHERE org_id = $1 AND id = $2 AND removed_at IS NULL FOR UPDATE`, actor.OrgID, memberID)
	if errors.Is(err, sql.ErrNoRows) {
		return Member{}, ErrNotFound
	}
	if err != nil {
		return Member{}, fmt.Errorf("member: %w", err)
	}
	return loadMember(ctx, tx, actor.OrgID, id)
}

// SetRole gives a member another role. Only admins may, and not to
// themselves.
func (s *Store) SetRole(ctx context.Context, actor Member, memberID int64, role Role) (Member, error) {
	if _, ok := ParseRole(string(role)); !ok {
		return Member{}, fmt.Errorf("set role: unknown role %q", role)
	}
	var m Member
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		target, err := adminTarget(ctx, tx, actor, memberID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE members SET role = $3 WHERE org_id = $1 AND id = $2`, actor.OrgID, target.ID, role); err != nil {
			return fmt.Errorf("update role: %w", err)
		}
		m, err = loadMember(ctx, tx, actor.OrgID, target.ID)
		return err
	})
	if err != nil {
		return Member{}, fmt.Errorf("set role: %w", err)
	}
	return m, nil
}

// SetUnit puts a member in a unit (if not there yet) and makes them its head
// or not. Only admins may, and not to themselves.
func (s *Store) SetUnit(ctx context.Context, actor Member, memberID, unitID int64, head bool) (Member, error) {
	var m Member
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		target, err := adminTarget(ctx, tx, actor, memberID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO member_units (org_id, member_id, unit_id, is_head) VALUES ($1, $2, $3, $4)
			ON CONFLICT (org_id, member_id, unit_id) DO UPDATE SET is_head = EXCLUDED.is_head`,
			actor.OrgID, target.ID, unitID, head); err != nil {
			return fmt.Errorf("member unit: %w", err)
		}
		m, err = loadMember(ctx, tx, actor.OrgID, target.ID)
		return err
	})
	if err != nil {
		return Member{}, fmt.Errorf("set unit: %w", err)
	}
	return m, nil
}

// ClearHeads makes a member head of no unit. Only admins may, and not to
// themselves.
func (s *Store) ClearHeads(ctx context.Context, actor Member, memberID int64) (Member, error) {
	var m Member
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		target, err := adminTarget(ctx, tx, actor, memberID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE member_units SET is_head = false WHERE org_id = $1 AND member_id = $2`, actor.OrgID, target.ID); err != nil {
			return fmt.Errorf("clear heads: %w", err)
		}
		m, err = loadMember(ctx, tx, actor.OrgID, target.ID)
		return err
	})
	if err != nil {
		return Member{}, fmt.Errorf("clear heads: %w", err)
	}
	return m, nil
}

// RemoveMember takes a person out of the organisation: they can no longer
// use the bot there, the bot stops waiting for their answers and sends them
// nothing more. Their tasks stay with their units, and the history keeps
// their name. Only admins may, and not themselves.
func (s *Store) RemoveMember(ctx context.Context, actor Member, memberID int64, now time.Time) (Member, error) {
	var m Member
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var err error
		m, err = adminTarget(ctx, tx, actor, memberID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE members SET removed_at = $3 WHERE org_id = $1 AND id = $2`, actor.OrgID, m.ID, now); err != nil {
			return fmt.Errorf("remove member: %w", err)
		}
		for _, q := range []string{
			`DELETE FROM member_units WHERE org_id = $1 AND member_id = $2`,
			`DELETE FROM conversations WHERE org_id = $1 AND member_id = $2`,
		} {
			if _, err := tx.ExecContext(ctx, q, actor.OrgID, m.ID); err != nil {
				return fmt.Errorf("remove member: %w", err)
			}
		}
		return outbox.CancelForMember(ctx, tx, actor.OrgID, m.ID, "member removed")
	})
	if err != nil {
		return Member{}, fmt.Errorf("remove member: %w", err)
	}
	return m, nil
}

// GroupLink is a group chat linked to a unit.
type GroupLink struct {
	OrgID    int64     `db:"org_id"`
	ChatID   int64     `db:"chat_id"`
	UnitID   int64     `db:"unit_id"`
	UnitName string    `db:"unit_name"`
	Title    string    `db:"title"`
	LinkedBy int64     `db:"linked_by"`
	LinkedAt time.Time `db:"linked_at"`
}

const groupLinkSelect = `SELECT g.org_id, g.chat_id, g.unit_id, u.name AS unit_name, g.title, g.linked_by, g.linked_at
	FROM group_links g JOIN units u ON u.org_id = g.org_id AND u.id = g.unit_id `

// GroupLinkOf returns the unit a group chat is linked to for the bot
// botID: a unit of an organisation that bot serves, or else of one that no
// bot serves yet. One supergroup may hold several bots (a bot per
// province), each with its own link. ok is false for a group linked to
// none.
func (s *Store) GroupLinkOf(ctx context.Context, botID, chatID int64) (GroupLink, bool, error) {
	var g GroupLink
	err := s.db.GetContext(ctx, &g, groupLinkSelect+`WHERE g.chat_id = $2 AND (g.bot_id = $1 OR g.bot_id IS NULL)
		ORDER BY g.bot_id NULLS LAST LIMIT 1`, botID, chatID)
	if errors.Is(err, sql.ErrNoRows) {
		return GroupLink{}, false, nil
	}
	if err != nil {
		return GroupLink{}, false, fmt.Errorf("group link: %w", err)
	}
	return g, true, nil
}

// orgGroupLink returns the organisation's link of a group chat.
func (s *Store) orgGroupLink(ctx context.Context, orgID, chatID int64) (GroupLink, bool, error) {
	var g GroupLink
	err := s.db.GetContext(ctx, &g, groupLinkSelect+`WHERE g.org_id = $1 AND g.chat_id = $2`, orgID, chatID)
	if errors.Is(err, sql.ErrNoRows) {
		return GroupLink{}, false, nil
	}
	if err != nil {
		return GroupLink{}, false, fmt.Errorf("group link: %w", err)
	}
	return g, true, nil
}

// GroupLinks returns an organisation's linked groups.
func (s *Store) GroupLinks(ctx context.Context, orgID int64) ([]GroupLink, error) {
	var gs []GroupLink
	if err := s.db.SelectContext(ctx, &gs, groupLinkSelect+`WHERE g.org_id = $1 ORDER BY u.name`, orgID); err != nil {
		return nil, fmt.Errorf("group links: %w", err)
	}
	return gs, nil
}

// LinkGroup links a group chat to one of the actor's organisation's units,
// replacing its link to another unit of that organisation (which the actor
// must also be allowed to link). A group linked to a unit of another
// organisation served by the same bot must be unlinked there first
// (ErrConflict); another bot's link of the same group stands apart.
func (s *Store) LinkGroup(ctx context.Context, actor Member, chatID, unitID int64, title string, now time.Time) (GroupLink, error) {
	if !actor.CanLinkGroup(unitID) {
		return GroupLink{}, ErrForbidden
	}
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var cur struct {
			OrgID  int64 `db:"org_id"`
			UnitID int64 `db:"unit_id"`
		}
		// The organisation's bot is read with a share lock, as a move to
		// another bot (bindTree) locks it for update and moves the links.
		err := tx.GetContext(ctx, &cur, `
			SELECT g.org_id, g.unit_id FROM group_links g
			WHERE g.chat_id = $1 AND coalesce(g.bot_id, 0) = coalesce((SELECT bot_id FROM orgs WHERE id = $2 FOR KEY SHARE), 0)
			FOR UPDATE OF g`, chatID, actor.OrgID)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return fmt.Errorf("group link: %w", err)
		case cur.OrgID != actor.OrgID:
			return ErrConflict
		case !actor.CanLinkGroup(cur.UnitID):
			return ErrForbidden
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO group_links (org_id, chat_id, unit_id, title, linked_by, linked_at, bot_id)
			VALUES ($1, $2, $3, $4, $5, $6, (SELECT bot_id FROM orgs WHERE id = $1))
			ON CONFLICT (org_id, chat_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, title = EXCLUDED.title,
				linked_by = EXCLUDED.linked_by, linked_at = EXCLUDED.linked_at`,
			actor.OrgID, chatID, unitID, title, actor.ID, now); err != nil {
			if isUniqueViolation(err, "group_links_chat") {
				// Another organisation of the same bot linked it meanwhile.
				return ErrConflict
			}
			return fmt.Errorf("link group: %w", err)
		}
		return nil
	})
	if err != nil {
		return GroupLink{}, fmt.Errorf("link group: %w", err)
	}
	g, _, err := s.orgGroupLink(ctx, actor.OrgID, chatID)
	return g, err
}

// UnlinkGroup removes the actor's organisation's link of a group chat:
// admins of the organisation and heads of the unit may. Another
// organisation's link of the same group (through another bot) stands.
func (s *Store) UnlinkGroup(ctx context.Context, actor Member, chatID int64) error {
	g, ok, err := s.orgGroupLink(ctx, actor.OrgID, chatID)
	if err != nil {
		return err
	}
	if !ok {
		return ErrNotFound
	}
	if g.OrgID != actor.OrgID || !actor.CanLinkGroup(g.UnitID) {
		return ErrForbidden
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM group_links WHERE org_id = $1 AND chat_id = $2`, g.OrgID, chatID); err != nil {
		return fmt.Errorf("unlink group: %w", err)
	}
	return nil
}

// MoveGroupLink follows a group that Telegram upgraded to a supergroup,
// through q (the transaction that moves the rest of the chat): its links
// (one per bot) move to the new chat, unless the new chat was linked
// already for that bot, which link then stands.
func MoveGroupLink(ctx context.Context, q sqlx.ExecerContext, from, to int64) error {
	if _, err := q.ExecContext(ctx, `
		UPDATE group_links g SET chat_id = $2
		WHERE g.chat_id = $1 AND NOT EXISTS (
			SELECT 1 FROM group_links n WHERE n.chat_id = $2 AND coalesce(n.bot_id, 0) = coalesce(g.bot_id, 0))`, from, to); err != nil {
		return fmt.Errorf("move group link: %w", err)
	}
	if _, err := q.ExecContext(ctx, `DELETE FROM group_links WHERE chat_id = $1`, from); err != nil {
		return fmt.Errorf("move group link: drop the old chat's: %w", err)
	}
	return nil
}

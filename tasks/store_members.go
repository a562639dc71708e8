package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/outbox"
)

const memberColumns = `m.org_id, m.id, m.tg_user_id, m.chat_id, m.full_name, m.username, m.role,
	o.name AS org_name, o.bot_id AS org_bot_id, (m.unreachable_at IS NOT NULL) AS unreached`

// TelegramUser is who a person is on Telegram.
type TelegramUser struct {
	ID       int64
	ChatID   int64
	FullName string
	Username string
}

// Memberships returns the organisations a Telegram user belongs to, the one
// chosen last with /org first.
func (s *Store) Memberships(ctx context.Context, tgUserID int64) ([]Member, error) {
	ms, _, _, err := s.MembershipsWithOrgs(ctx, tgUserID)
	return ms, err
}

// SelectOrg makes orgID the organisation a user's commands act in.
func (s *Store) SelectOrg(ctx context.Context, tgUserID, orgID int64, now time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE members SET selected_at = $3 WHERE org_id = $1 AND tg_user_id = $2 AND removed_at IS NULL`, orgID, tgUserID, now)
	if err != nil {
		return fmt.Errorf("select org: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Member returns one member of an organisation with their units.
func (s *Store) Member(ctx context.Context, orgID, id int64) (Member, error) {
	return loadMember(ctx, s.db, orgID, id)
}

func loadMember(ctx context.Context, q sqlx.QueryerContext, orgID, id int64) (Member, error) {
	var m Member
	err := sqlx.GetContext(ctx, q, &m, `SELECT `+memberColumns+` FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.org_id = $1 AND m.id = $2`, orgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Member{}, ErrNotFound
	}
	if err != nil {
		return Member{}, fmt.Errorf("member: %w", err)
	}
	return m, loadMemberUnits(ctx, q, &m)
}

func loadMemberUnits(ctx context.Context, q sqlx.QueryerContext, m *Member) error {
	var rows []struct {
		UnitID int64 `db:"unit_id"`
		IsHead bool  `db:"is_head"`
	}
	if err := sqlx.SelectContext(ctx, q, &rows, `SELECT unit_id, is_head FROM member_units WHERE org_id = $1 AND member_id = $2 ORDER BY unit_id`, m.OrgID, m.ID); err != nil {
		return fmt.Errorf("member units: %w", err)
	}
	m.UnitIDs, m.HeadOf = nil, nil
	for _, r := range rows {
		m.UnitIDs = append(m.UnitIDs, r.UnitID)
		if r.IsHead {
			m.HeadOf = append(m.HeadOf, r.UnitID)
		}
	}
	return nil
}

// Recipient is a member to notify, with the private chat to write to.
type Recipient struct {
	MemberID int64  `db:"id"`
	ChatID   int64  `db:"chat_id"`
	FullName string `db:"full_name"`
}

func unitRecipients(ctx context.Context, q sqlx.QueryerContext, orgID int64, unitIDs []int64) ([]Recipient, error) {
	var rs []Recipient
	err := sqlx.SelectContext(ctx, q, &rs, `
		SELECT DISTINCT m.id, m.chat_id, m.full_name FROM members m
		JOIN member_units mu ON mu.org_id = m.org_id AND mu.member_id = m.id
		WHERE m.org_id = $1 AND mu.unit_id = ANY($2) AND m.removed_at IS NULL
		ORDER BY m.id`, orgID, pq.Array(unitIDs))
	if err != nil {
		return nil, fmt.Errorf("unit recipients: %w", err)
	}
	return rs, nil
}

// UnitMembers returns the members of the units, to notify them.
func (s *Store) UnitMembers(ctx context.Context, orgID int64, unitIDs []int64) ([]Recipient, error) {
	return unitRecipients(ctx, s.db, orgID, unitIDs)
}

// MarkReachable clears the unreachable mark of a Telegram user's
// memberships in the organisations orgIDs, as when they write again to
// the bot that serves them (another bot they may still have blocked).
func (s *Store) MarkReachable(ctx context.Context, tgUserID int64, orgIDs []int64) error {
	return MarkReachable(ctx, s.db, tgUserID, orgIDs)
}

// MarkReachable is Store.MarkReachable in the transaction q, so that the
// messages Telegram refused to the person are queued again with it.
func MarkReachable(ctx context.Context, q sqlx.ExecerContext, tgUserID int64, orgIDs []int64) error {
	if _, err := q.ExecContext(ctx, `UPDATE members SET unreachable_at = NULL
		WHERE tg_user_id = $1 AND org_id = ANY($2) AND unreachable_at IS NOT NULL`, tgUserID, pq.Array(orgIDs)); err != nil {
		return fmt.Errorf("mark reachable: %w", err)
	}
	return nil
}

// HandleUnreachable records that Telegram refused to deliver to a member.
// The assigner of the task that could not be delivered is told who was
// missed; the first time, the heads of the member's units are told too.
func (s *Store) HandleUnreachable(ctx context.Context, orgID, memberID int64, taskID *int64, now time.Time) error {
	return s.inTx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE members SET unreachable_at = $3 WHERE org_id = $1 AND id = $2 AND unreachable_at IS NULL`, orgID, memberID, now)
		if err != nil {
			return fmt.Errorf("mark unreachable: %w", err)
		}
		n, _ := res.RowsAffected()
		first := n == 1
		payload := NoticePayload{MemberID: memberID}
		if taskID != nil {
			t, err := loadTask(ctx, tx, orgID, *taskID)
			if err != nil {
				return err
			}
			payload.TaskID = t.ID
			if t.AssignedBy != memberID {
				if err := notifyMember(ctx, tx, orgID, t.AssignedBy, now, outbox.Message{
					IdemKey: fmt.Sprintf("task:%d:unreachable:%d", t.ID, memberID),
					Kind:    NoticeUnreachable, Payload: payload, TaskID: &t.ID,
				}); err != nil {
					return err
				}
			}
		}
		if !first {
			return nil
		}
		var heads []int64
		if err := tx.SelectContext(ctx, &heads, `
			SELECT DISTINCT h.member_id FROM member_units mine
			JOIN member_units h ON h.org_id = mine.org_id AND h.unit_id = mine.unit_id AND h.is_head
			WHERE mine.org_id = $1 AND mine.member_id = $2 AND h.member_id <> $2`, orgID, memberID); err != nil {
			return fmt.Errorf("unit heads: %w", err)
		}
		for _, h := range heads {
			if err := notifyMember(ctx, tx, orgID, h, now, outbox.Message{
				IdemKey: fmt.Sprintf("member:%d:unreachable:%d:%d", memberID, now.Unix(), h),
				Kind:    NoticeUnreachable, Payload: NoticePayload{MemberID: memberID},
			}); err != nil {
				return err
			}
		}
		return nil
	})
}

// MoveChat follows a group chat that Telegram moved to a new id.
func (s *Store) MoveChat(ctx context.Context, orgID, from, to int64) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE members SET chat_id = $3 WHERE org_id = $1 AND chat_id = $2`, orgID, from, to); err != nil {
		return fmt.Errorf("move chat: %w", err)
	}
	return nil
}

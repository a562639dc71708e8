package weekly

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

// ReportChat is a group chat that receives the organisation's reports.
type ReportChat struct {
	ChatID  int64     `db:"chat_id"`
	Title   string    `db:"title"`
	AddedAt time.Time `db:"added_at"`
}

// CanSetReportChat reports whether the member may make a chat a report chat.
func CanSetReportChat(m tasks.Member) bool {
	return m.Role == tasks.RoleAdmin || m.Role == tasks.RoleLeader
}

// AddReportChat makes a group chat receive the organisation's reports; added
// is false when it already did.
func (s *Service) AddReportChat(ctx context.Context, m tasks.Member, chatID int64, title string, now time.Time) (added bool, err error) {
	if !CanSetReportChat(m) {
		return false, tasks.ErrForbidden
	}
	res, err := s.db.ExecContext(ctx, `
		INSERT INTO report_chats (org_id, chat_id, title, added_by, added_at) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (org_id, chat_id) DO NOTHING`, m.OrgID, chatID, title, m.ID, now)
	if err != nil {
		return false, fmt.Errorf("store: unable to add the report chat: %w", err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		return true, nil
	}
	// A chat found unreachable (the bot was removed from the group) and
	// set up again receives the reports again: it counts as added.
	res, err = s.db.ExecContext(ctx, `
		UPDATE report_chats SET title = $3, unreachable_at = NULL, unreachable_reason = '', added_by = $4, added_at = $5
		WHERE org_id = $1 AND chat_id = $2 AND unreachable_at IS NOT NULL`, m.OrgID, chatID, title, m.ID, now)
	if err != nil {
		return false, fmt.Errorf("store: unable to add the report chat: %w", err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		return true, nil
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE report_chats SET title = $3 WHERE org_id = $1 AND chat_id = $2`, m.OrgID, chatID, title); err != nil {
		return false, fmt.Errorf("store: unable to add the report chat: %w", err)
	}
	return false, nil
}

// RemoveReportChat stops sending reports to a chat; removed is false when it
// did not receive them.
func (s *Service) RemoveReportChat(ctx context.Context, m tasks.Member, chatID int64) (removed bool, err error) {
	if !CanSetReportChat(m) {
		return false, tasks.ErrForbidden
	}
	res, err := s.db.ExecContext(ctx, `DELETE FROM report_chats WHERE org_id = $1 AND chat_id = $2`, m.OrgID, chatID)
	if err != nil {
		return false, fmt.Errorf("store: unable to remove the report chat: %w", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// IsReportChat reports whether a chat receives the organisation's reports
// (one found unreachable does not, until it is set up again).
func (s *Service) IsReportChat(ctx context.Context, orgID, chatID int64) (bool, error) {
	var ok bool
	if err := s.db.GetContext(ctx, &ok, `SELECT EXISTS (SELECT 1 FROM report_chats WHERE org_id = $1 AND chat_id = $2 AND unreachable_at IS NULL)`, orgID, chatID); err != nil {
		return false, fmt.Errorf("store: unable to look up the report chat: %w", err)
	}
	return ok, nil
}

// ReportChats returns the organisation's report chats that receive the
// reports: those found unreachable are left out.
func (s *Service) ReportChats(ctx context.Context, orgID int64) ([]ReportChat, error) {
	return reportChats(ctx, s.db, orgID)
}

func reportChats(ctx context.Context, q sqlx.QueryerContext, orgID int64) ([]ReportChat, error) {
	var cs []ReportChat
	if err := sqlx.SelectContext(ctx, q, &cs, `SELECT chat_id, title, added_at FROM report_chats WHERE org_id = $1 AND unreachable_at IS NULL ORDER BY added_at, chat_id`, orgID); err != nil {
		return nil, fmt.Errorf("store: unable to list the report chats: %w", err)
	}
	return cs, nil
}

// MoveReportChat follows a report group that Telegram upgraded to a
// supergroup, in every organisation that reports to it, through q (the
// transaction that moves the rest of the chat). An organisation that
// already reports to the new chat keeps that row.
func MoveReportChat(ctx context.Context, q sqlx.ExecerContext, from, to int64) error {
	if _, err := q.ExecContext(ctx, `
		UPDATE report_chats r SET chat_id = $2
		WHERE r.chat_id = $1 AND NOT EXISTS (SELECT 1 FROM report_chats n WHERE n.org_id = r.org_id AND n.chat_id = $2)`, from, to); err != nil {
		return fmt.Errorf("store: unable to move the report chat: %w", err)
	}
	if _, err := q.ExecContext(ctx, `DELETE FROM report_chats WHERE chat_id = $1`, from); err != nil {
		return fmt.Errorf("store: unable to drop the moved report chat's old rows: %w", err)
	}
	return nil
}

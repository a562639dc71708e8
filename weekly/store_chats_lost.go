package weekly

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// NoticeReportChatLost tells an organisation's admins and leaders that one
// of its report chats can no longer be reached (the bot was removed from
// the group, or the group is gone), and how to set it up again.
const NoticeReportChatLost = "weekly_report_chat_lost"

// ChatLostPayload is the payload of a NoticeReportChatLost row.
type ChatLostPayload struct {
	ChatID int64  `json:"chat_id"`
	Title  string `json:"title"`
	// Run and Week name the report that was sent to the private chats of
	// the leaders instead; empty when none was.
	Run  Kind   `json:"run,omitempty"`
	Week string `json:"week,omitempty"`
}

// ChatLost says what ReportChatUnreachable did.
type ChatLost struct {
	// Found is false when the chat is not one of the organisation's report
	// chats: nothing was done.
	Found bool
	// First is true when the chat was marked unreachable now (and the
	// admins and leaders told); false when it already was.
	First bool
	// Rerouted is how many private copies of the report were queued.
	Rerouted int
}

// ReportChatUnreachable records that Telegram refused for good a message
// of kind (with its payload) to chatID, one of the organisation's report
// chats. In one transaction the chat is marked unreachable, so that later
// reports go elsewhere; the first time, the organisation's admins and
// leaders are told what happened and how to fix it; and a whole report
// that could not be delivered goes to the private chats of those who see
// everything, as when the organisation has no report chat, unless another
// report chat still receives it.
func (s *Service) ReportChatUnreachable(ctx context.Context, orgID, chatID int64, kind string, payload []byte, reason string, now time.Time) (ChatLost, error) {
	var res ChatLost
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var chat struct {
			Title string     `db:"title"`
			Since *time.Time `db:"unreachable_at"`
		}
		err := tx.GetContext(ctx, &chat, `SELECT title, unreachable_at FROM report_chats WHERE org_id = $1 AND chat_id = $2 FOR UPDATE`, orgID, chatID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("store: unable to lock the report chat: %w", err)
		}
		res.Found, res.First = true, chat.Since == nil
		if res.First {
			if _, err := tx.ExecContext(ctx, `UPDATE report_chats SET unreachable_at = $3, unreachable_reason = $4 WHERE org_id = $1 AND chat_id = $2`,
				orgID, chatID, now, reason); err != nil {
				return fmt.Errorf("store: unable to mark the report chat unreachable: %w", err)
			}
		}
		notice := ChatLostPayload{ChatID: chatID, Title: chat.Title}
		var report Payload
		if res.Rerouted, report, err = rerouteReport(ctx, tx, orgID, kind, payload, now); err != nil {
			return err
		}
		if res.Rerouted > 0 {
			notice.Run, notice.Week = report.Run, report.Week
		}
		if !res.First {
			return nil
		}
		told, err := tasks.LeadersAndAdmins(ctx, tx, orgID)
		if err != nil {
			return err
		}
		var msgs []outbox.Message
		for _, m := range told {
			id := m.MemberID
			msgs = append(msgs, outbox.Message{
				OrgID: orgID, IdemKey: fmt.Sprintf("reportchat:%d:lost:%d:member:%d", chatID, now.Unix(), id),
				ChatID: m.ChatID, Kind: NoticeReportChatLost, Payload: notice, MemberID: &id,
			})
		}
		_, err = outbox.Enqueue(ctx, tx, now, msgs...)
		return err
	})
	if err != nil {
		return ChatLost{}, fmt.Errorf("report chat %d of org %d unreachable: %w", chatID, orgID, err)
	}
	return res, nil
}

// rerouteReport queues, for a whole report that a report chat refused, a
// copy to each member who sees everything, under the keys the run itself
// uses when there is no report chat (so nobody gets it twice). It does
// nothing for other messages, or while another report chat receives the
// reports.
func rerouteReport(ctx context.Context, tx *sqlx.Tx, orgID int64, kind string, payload []byte, now time.Time) (int, Payload, error) {
	var p Payload
	if kind != NoticeReport {
		return 0, p, nil
	}
	if err := json.Unmarshal(payload, &p); err != nil {
		return 0, p, fmt.Errorf("report payload: %w", err)
	}
	if p.UnitID != 0 || !p.Run.IsReport() {
		return 0, p, nil
	}
	chats, err := reportChats(ctx, tx, orgID)
	if err != nil || len(chats) > 0 {
		return 0, p, err
	}
	leaders, err := tasks.SeesAllRecipients(ctx, tx, orgID)
	if err != nil {
		return 0, p, err
	}
	base := fmt.Sprintf("report:%s:%s", p.Run, p.Week)
	var msgs []outbox.Message
	for _, l := range leaders {
		id := l.MemberID
		msgs = append(msgs, outbox.Message{OrgID: orgID, IdemKey: fmt.Sprintf("%s:member:%d", base, id), ChatID: l.ChatID, Kind: NoticeReport,
			Payload: Payload{Run: p.Run, Week: p.Week}, MemberID: &id})
	}
	n, err := outbox.Enqueue(ctx, tx, now, msgs...)
	return n, p, err
}

package bot

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

// Book is the bot's own bookkeeping in the database: what it waits for in
// each chat (conversations) and which of its messages stand for a task or
// a meeting, so that a reply to one acts on it. The domain (tasks) knows
// nothing of Telegram's messages.
type Book struct {
	db *sqlx.DB
	// botID is the bot whose messages the book records and finds (ForBot).
	botID int64
}

// NewBook returns the bot's bookkeeping over db.
func NewBook(db *sqlx.DB) *Book { return &Book{db: db} }

// Conversation is what the bot waits for from a member in a chat: the text
// that answers a prompt such as "Báo cáo tiến độ".
type Conversation struct {
	OrgID     int64           `db:"org_id"`
	MemberID  int64           `db:"member_id"`
	ChatID    int64           `db:"chat_id"`
	Kind      string          `db:"kind"`
	Payload   json.RawMessage `db:"payload"`
	ExpiresAt time.Time       `db:"expires_at"`
}

// SetConversation makes the bot wait for the member's next message in chat;
// it replaces whatever the bot waited for there before.
func (s *Book) SetConversation(ctx context.Context, m tasks.Member, chatID int64, kind string, payload any, until time.Time) error {
	p, err := json.Marshal(payload)
	if err != nil {
		return fmt.Errorf("conversation payload: %w", err)
	}
	_, err = s.db.ExecContext(ctx, `
		INSERT INTO conversations (org_id, member_id, chat_id, kind, payload, expires_at)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (org_id, member_id, chat_id)
		DO UPDATE SET kind = EXCLUDED.kind, payload = EXCLUDED.payload, expires_at = EXCLUDED.expires_at`,
		m.OrgID, m.ID, chatID, kind, p, until)
	if err != nil {
		return fmt.Errorf("set conversation: %w", err)
	}
	return nil
}

// TakeConversation returns and ends what the bot waited for from the member
// in chat; ok is false when it waited for nothing or the wait expired.
func (s *Book) TakeConversation(ctx context.Context, m tasks.Member, chatID int64, now time.Time) (c Conversation, ok bool, err error) {
	err = s.db.GetContext(ctx, &c, `
		DELETE FROM conversations WHERE org_id = $1 AND member_id = $2 AND chat_id = $3
		RETURNING org_id, member_id, chat_id, kind, payload, expires_at`, m.OrgID, m.ID, chatID)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("take conversation: %w", err)
	}
	return c, c.ExpiresAt.After(now), nil
}

// ClearConversations ends whatever bot botID waited for from the Telegram
// user in chat, in every organisation they belong to that it serves (or
// that no bot serves yet). In a private chat the chat id is the user's id
// for every bot: another bot's prompts are left alone.
func (s *Book) ClearConversations(ctx context.Context, botID, tgUserID, chatID int64) error {
	_, err := s.db.ExecContext(ctx, `
		DELETE FROM conversations c USING members m, orgs o
		WHERE m.org_id = c.org_id AND m.id = c.member_id AND m.tg_user_id = $1 AND c.chat_id = $2
			AND o.id = c.org_id AND (o.bot_id IS NULL OR o.bot_id = $3)`, tgUserID, chatID, botID)
	if err != nil {
		return fmt.Errorf("clear conversations: %w", err)
	}
	return nil
}

// PendingConversationOrg returns the organisation in which bot botID
// waits for the Telegram user's answer in chat, the latest prompt first;
// another bot's prompts (same private chat id) are not its.
func (s *Book) PendingConversationOrg(ctx context.Context, botID, tgUserID, chatID int64, now time.Time) (int64, bool, error) {
	var org int64
	err := s.db.GetContext(ctx, &org, `
		SELECT c.org_id FROM members m JOIN conversations c ON c.org_id = m.org_id AND c.member_id = m.id
		JOIN orgs o ON o.id = c.org_id
		WHERE m.tg_user_id = $1 AND m.removed_at IS NULL AND c.chat_id = $2 AND c.expires_at > $3
			AND (o.bot_id IS NULL OR o.bot_id = $4)
		ORDER BY c.expires_at DESC LIMIT 1`, tgUserID, chatID, now, botID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("pending conversation: %w", err)
	}
	return org, true, nil
}

package bot

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// bindTopic makes the bot write to the chat in the forum topic the command
// was typed in (/baocao_o_day, /nhom); typed outside a topic, it unbinds.
func (b *Bot) bindTopic(ctx context.Context, r *request) error {
	if r.private || r.member == nil || r.update.Message == nil {
		return nil
	}
	return BindTopic(ctx, b.store.DB(), r.org.ID, r.chatID, r.update.Message.ThreadID, r.now)
}

// BindTopic records the forum topic the bot writes to in a chat for an
// organisation; thread 0 removes it.
func BindTopic(ctx context.Context, db *sqlx.DB, orgID, chatID int64, thread int, now time.Time) error {
	var err error
	if thread == 0 {
		_, err = db.ExecContext(ctx, `DELETE FROM chat_topics WHERE org_id = $1 AND chat_id = $2`, orgID, chatID)
	} else {
		_, err = db.ExecContext(ctx, `
			INSERT INTO chat_topics (org_id, chat_id, thread_id, set_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (org_id, chat_id) DO UPDATE SET thread_id = EXCLUDED.thread_id, set_at = EXCLUDED.set_at`,
			orgID, chatID, thread, now)
	}
	if err != nil {
		return fmt.Errorf("topics: unable to bind chat %d: %w", chatID, err)
	}
	return nil
}

// TopicOf returns the forum topic the bot writes to in a chat, 0 for none
// (private chats never have one).
func TopicOf(ctx context.Context, db *sqlx.DB, chatID int64) (int, error) {
	if chatID > 0 {
		return 0, nil
	}
	var thread int
	err := db.GetContext(ctx, &thread, `SELECT thread_id FROM chat_topics WHERE chat_id = $1 ORDER BY set_at DESC LIMIT 1`, chatID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("topics: unable to read chat %d: %w", chatID, err)
	}
	return thread, nil
}

// Topics gives the outbox transport the topic of a chat (see
// Transport.WithThreads); a failed lookup sends to the chat itself.
func Topics(db *sqlx.DB) func(ctx context.Context, chatID int64) int {
	return func(ctx context.Context, chatID int64) int {
		t, err := TopicOf(ctx, db, chatID)
		if err != nil {
			return 0
		}
		return t
	}
}

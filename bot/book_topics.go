package bot

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// bindTopic records the forum topic the bot writes to in a chat for an
// organisation; thread 0 removes it.
func (s *Book) bindTopic(ctx context.Context, orgID, chatID int64, thread int, now time.Time) error {
	var err error
	if thread == 0 {
		_, err = s.db.ExecContext(ctx, `DELETE FROM chat_topics WHERE org_id = $1 AND chat_id = $2`, orgID, chatID)
	} else {
		_, err = s.db.ExecContext(ctx, `
			INSERT INTO chat_topics (org_id, chat_id, thread_id, set_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (org_id, chat_id) DO UPDATE SET thread_id = EXCLUDED.thread_id, set_at = EXCLUDED.set_at`,
			orgID, chatID, thread, now)
	}
	if err != nil {
		return fmt.Errorf("topics: unable to bind chat %d of org %d: %w", chatID, orgID, err)
	}
	return nil
}

// topicOf returns the forum topic the bot writes to in a chat for an
// organisation, 0 for none (private chats never have one).
func (s *Book) topicOf(ctx context.Context, orgID, chatID int64) (int, error) {
	if chatID > 0 || orgID == 0 {
		return 0, nil
	}
	var thread int
	err := s.db.GetContext(ctx, &thread, `SELECT thread_id FROM chat_topics WHERE org_id = $1 AND chat_id = $2`, orgID, chatID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("topics: unable to read chat %d of org %d: %w", chatID, orgID, err)
	}
	return thread, nil
}

// moveTopics follows a group that Telegram upgraded to a supergroup, in
// every organisation, through q (the transaction that moves the rest of
// the chat): a topic bound in the new chat already stands.
func moveTopics(ctx context.Context, q sqlx.ExecerContext, from, to int64) error {
	if _, err := q.ExecContext(ctx, `
		UPDATE chat_topics t SET chat_id = $2
		WHERE t.chat_id = $1 AND NOT EXISTS (SELECT 1 FROM chat_topics n WHERE n.org_id = t.org_id AND n.chat_id = $2)`, from, to); err != nil {
		return fmt.Errorf("topics: unable to move chat %d to %d: %w", from, to, err)
	}
	if _, err := q.ExecContext(ctx, `DELETE FROM chat_topics WHERE chat_id = $1`, from); err != nil {
		return fmt.Errorf("topics: unable to drop chat %d's: %w", from, err)
	}
	return nil
}

// unbindTopic forgets the topic thread of a chat for an organisation, when
// it is still the one bound (Telegram said the topic no longer exists).
func (s *Book) unbindTopic(ctx context.Context, orgID, chatID int64, thread int) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM chat_topics WHERE org_id = $1 AND chat_id = $2 AND thread_id = $3`,
		orgID, chatID, thread); err != nil {
		return fmt.Errorf("topics: unable to unbind topic %d of chat %d of org %d: %w", thread, chatID, orgID, err)
	}
	return nil
}

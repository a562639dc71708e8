package bot

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/lib/pq"
)

// RecordTaskMessage remembers that the bot's message msgID in chat stands
// for a task, so that a reply to it acts on the task.
func (s *Book) RecordTaskMessage(ctx context.Context, orgID, chatID, msgID, taskID int64, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, `
		INSERT INTO task_messages (org_id, chat_id, message_id, task_id, sent_at, bot_id) VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT DO NOTHING`, orgID, chatID, msgID, taskID, now, s.botID); err != nil {
		return fmt.Errorf("record task message: %w", err)
	}
	return nil
}

// TaskByMessage finds the task that a bot message in chat stands for: a
// notice sent through the outbox or a message recorded with
// RecordTaskMessage, in one of the organisations orgIDs, among the
// messages of the book's bot (each bot numbers the messages of a private
// chat on its own), or of no known bot.
func (s *Book) TaskByMessage(ctx context.Context, orgIDs []int64, chatID, msgID int64) (orgID, taskID int64, ok bool, err error) {
	var row struct {
		OrgID  int64 `db:"org_id"`
		TaskID int64 `db:"task_id"`
	}
	err = s.db.GetContext(ctx, &row, `
		SELECT org_id, task_id FROM (
			SELECT org_id, task_id, bot_id FROM task_messages
			WHERE org_id = ANY($1) AND chat_id = $2 AND message_id = $3 AND ($4 = 0 OR bot_id IN ($4, 0))
			UNION ALL
			SELECT org_id, task_id, coalesce(bot_id, 0) FROM outbox
			WHERE org_id = ANY($1) AND chat_id = $2 AND tg_message_id = $3 AND task_id IS NOT NULL
				AND (bot_id = $4 OR bot_id IS NULL OR $4 = 0)
		) m ORDER BY bot_id DESC LIMIT 1`, pq.Array(orgIDs), chatID, msgID, s.botID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, fmt.Errorf("task by message: %w", err)
	}
	return row.OrgID, row.TaskID, true, nil
}

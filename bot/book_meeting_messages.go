package bot

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// RecordMeetingMessage remembers that the bot's message msgID in chat asks
// for a meeting's conclusion, so that a reply to it is that conclusion.
func (s *Book) RecordMeetingMessage(ctx context.Context, orgID, chatID, msgID, meetingID int64, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, `
		INSERT INTO meeting_messages (org_id, chat_id, message_id, meeting_id, sent_at, bot_id) VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT DO NOTHING`, orgID, chatID, msgID, meetingID, now, s.botID); err != nil {
		return fmt.Errorf("record meeting message: %w", err)
	}
	return nil
}

// MeetingByMessage finds the meeting whose conclusion a bot message in chat
// asked for, in the organisation orgID, among the messages of the book's
// bot or of no known bot.
func (s *Book) MeetingByMessage(ctx context.Context, orgID, chatID, msgID int64) (meetingID int64, ok bool, err error) {
	err = s.db.GetContext(ctx, &meetingID, `
		SELECT meeting_id FROM meeting_messages WHERE org_id = $1 AND chat_id = $2 AND message_id = $3 AND ($4 = 0 OR bot_id IN ($4, 0))
		ORDER BY bot_id DESC LIMIT 1`, orgID, chatID, msgID, s.botID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("meeting by message: %w", err)
	}
	return meetingID, true, nil
}

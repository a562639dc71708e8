// Package outbox delivers every message that dondoc sends on its own
// initiative. A message is first a row in the outbox table, written in the
// same transaction as the change that causes it, under a unique idempotency
// key. The Sender claims due rows with FOR UPDATE SKIP LOCKED, renders and
// sends them outside the transaction within Telegram's limits, and marks them
// sent only once Telegram has accepted them.
package outbox

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// Message is a message to enqueue. Kind and Payload tell the renderer what to
// say; the text is made when the message is sent, so it shows the state of
// things at that moment, and a message that no longer makes sense is dropped.
type Message struct {
	OrgID    int64
	IdemKey  string
	ChatID   int64
	Kind     string
	Payload  any
	TaskID   *int64
	MemberID *int64
	// NotBefore delays the first attempt; zero means now.
	NotBefore time.Time
}

// Enqueue writes messages into the outbox through q, normally the
// transaction of the change that causes them. A message whose idempotency key
// is already in the outbox is skipped. It returns how many were added. Each
// row carries the bot that serves its organisation (orgs.bot_id), whose
// sender alone sends it. The organisation's row is read with a share lock:
// a move to another bot (tasks.BindOrgBot, which locks the family for
// update) either waits for this transaction and then moves its rows, or
// has committed and the row takes the new bot.
func Enqueue(ctx context.Context, q sqlx.ExecerContext, now time.Time, msgs ...Message) (int, error) {
	added := 0
	for _, m := range msgs {
		payload := []byte("{}")
		if m.Payload != nil {
			var err error
			if payload, err = json.Marshal(m.Payload); err != nil {
				return added, fmt.Errorf("outbox: payload of %s: %w", m.IdemKey, err)
			}
		}
		at := m.NotBefore
		if at.IsZero() {
			at = now
		}
		res, err := q.ExecContext(ctx, `
			INSERT INTO outbox (org_id, idem_key, chat_id, kind, payload, task_id, member_id, next_attempt_at, created_at, bot_id)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, (SELECT bot_id FROM orgs WHERE id = $1 FOR KEY SHARE))
			ON CONFLICT (org_id, idem_key) DO NOTHING`,
			m.OrgID, m.IdemKey, m.ChatID, m.Kind, payload, m.TaskID, m.MemberID, at, now)
		if err != nil {
			return added, fmt.Errorf("outbox: enqueue %s: %w", m.IdemKey, err)
		}
		n, _ := res.RowsAffected()
		added += int(n)
	}
	return added, nil
}

// CancelForTask cancels a task's messages of the given kinds that have not
// been sent yet, as when a task is done and its reminders must not go out.
// A message being sent at this moment may still arrive.
func CancelForTask(ctx context.Context, q sqlx.ExecerContext, orgID, taskID int64, kinds []string, reason string) error {
	_, err := q.ExecContext(ctx, `
		UPDATE outbox SET status = 'cancelled', last_error = $4
		WHERE org_id = $1 AND task_id = $2 AND status = 'pending' AND kind = ANY($3)`,
		orgID, taskID, pq.StringArray(kinds), reason)
	if err != nil {
		return fmt.Errorf("outbox: cancel for task: %w", err)
	}
	return nil
}

// CancelForMember cancels the messages to a member that have not been sent
// yet, as when the member is removed from the organisation.
func CancelForMember(ctx context.Context, q sqlx.ExecerContext, orgID, memberID int64, reason string) error {
	_, err := q.ExecContext(ctx, `
		UPDATE outbox SET status = 'cancelled', last_error = $3
		WHERE org_id = $1 AND member_id = $2 AND status = 'pending'`, orgID, memberID, reason)
	if err != nil {
		return fmt.Errorf("outbox: cancel for member: %w", err)
	}
	return nil
}

package outbox

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/internal/dbtx"
)

// claim returns up to batch due rows of bot (0: of every bot), at most
// perChat for one chat, and leases them to claimant until now+lease. Rows
// whose lease ran out (their sender died without a successor taking them
// back) are due again first, and so are the rows of an organisation bound
// to bot after they were queued.
func claim(ctx context.Context, db *sqlx.DB, claimant string, bot int64, now time.Time, batch, perChat int, lease time.Duration) ([]Row, error) {
	expire, expireArgs := expireEvery, []any{now}
	if bot != 0 {
		expire, expireArgs = expireBot, append(expireArgs, bot)
	}
	if _, err := db.ExecContext(ctx, expire, expireArgs...); err != nil {
		return nil, fmt.Errorf("outbox: reclaim: %w", err)
	}
	due, args := claimEvery, []any{now, batch * 4}
	if bot != 0 {
		due, args = claimBot, append(args, bot)
	}
	var rows []Row
	err := dbtx.InTx(ctx, db, func(tx *sqlx.Tx) error {
		var cands []struct {
			OrgID  int64 `db:"org_id"`
			ID     int64 `db:"id"`
			ChatID int64 `db:"chat_id"`
		}
		if err := tx.SelectContext(ctx, &cands, due, args...); err != nil {
			return err
		}
		perChatCount := map[int64]int{}
		var orgs, ids []int64
		for _, c := range cands {
			if len(ids) == batch {
				break
			}
			if perChatCount[c.ChatID] >= perChat {
				continue
			}
			perChatCount[c.ChatID]++
			orgs = append(orgs, c.OrgID)
			ids = append(ids, c.ID)
		}
		if len(ids) == 0 {
			return nil
		}
		return tx.SelectContext(ctx, &rows, `
			UPDATE outbox o SET status = 'sending', lease_until = $1, claimed_by = $4
			FROM unnest($2::bigint[], $3::bigint[]) AS c(org_id, id)
			WHERE o.org_id = c.org_id AND o.id = c.id
			RETURNING o.org_id, o.id, o.idem_key, o.chat_id, o.kind, o.payload, o.task_id, o.member_id, o.attempts, o.parts_sent, o.created_at, o.next_attempt_at, o.lease_until, o.claimed_by`,
			now.Add(lease), pq.Array(orgs), pq.Array(ids), claimant)
	})
	if err != nil {
		return nil, fmt.Errorf("outbox: claim: %w", err)
	}
	return rows, nil
}

// What a claim first puts back in the queue: rows whose lease ran out, and
// for one bot, the rows of its organisations queued before they were
// bound (outbox_unbound), or left "sending" then by an old process (their
// lease then runs out under the bot). A row follows its organisation's
// current bot: an expired row goes back to the queue under the bot that
// serves its organisation now, and a bot's claim expires the rows of its
// organisations that another bot's sender left "sending" (it died before
// the organisation moved, or its token was replaced). A claim that has
// not expired is left to its sender, alive or not, which never sends past
// its lease.
const (
	expireEvery = `
		UPDATE outbox o SET status = 'pending', next_attempt_at = $1, claimed_by = '', lease_until = NULL,
			bot_id = coalesce((SELECT g.bot_id FROM orgs g WHERE g.id = o.org_id), o.bot_id)
		WHERE o.status = 'sending' AND o.lease_until < $1`
	expireBot = `
		WITH expired AS (
			UPDATE outbox o SET status = 'pending', next_attempt_at = $1, claimed_by = '', lease_until = NULL,
				bot_id = coalesce(g.bot_id, o.bot_id)
			FROM orgs g
			WHERE o.status = 'sending' AND o.lease_until < $1 AND g.id = o.org_id
				AND (o.bot_id = $2 OR g.bot_id = $2)
			RETURNING 1
		), bound AS (
			UPDATE outbox o SET bot_id = g.bot_id FROM orgs g
			WHERE o.bot_id IS NULL AND o.status IN ('pending', 'sending') AND g.id = o.org_id AND g.bot_id = $2
			RETURNING 1
		)
		SELECT (SELECT count(*) FROM expired) + (SELECT count(*) FROM bound)`
)

// The due rows a claim considers: of every bot (one-bot tests and tools),
// or of one bot, by the index outbox_bot_due. A pending row always carries
// its organisation's current bot: a move rebinds the rows in the move's
// transaction (tasks.bindTree, which locks out a message being queued
// meanwhile), and every return to the queue (expiry, take-back,
// retryLater) takes the organisation's bot again.
const (
	claimEvery = `
		SELECT org_id, id, chat_id FROM outbox
		WHERE status = 'pending' AND next_attempt_at <= $1
		ORDER BY next_attempt_at, id LIMIT $2
		FOR UPDATE SKIP LOCKED`
	claimBot = `
		SELECT org_id, id, chat_id FROM outbox
		WHERE bot_id = $3 AND status = 'pending' AND next_attempt_at <= $1
		ORDER BY next_attempt_at, id LIMIT $2
		FOR UPDATE SKIP LOCKED`
)

// reclaim returns to the queue, at once, every row of bot (0: of every
// bot) left "sending" by another claimant: the predecessor of a sender
// that has just become the only one for its bot (it died, or lost the
// leadership, with rows in flight). Another bot's rows are left to that
// bot's sender. A row goes back under its organisation's current bot,
// which may be another one. It returns how many rows each predecessor had
// left.
func reclaim(ctx context.Context, db *sqlx.DB, claimant string, bot int64, now time.Time) (map[string]int, error) {
	var prev []string
	if err := db.SelectContext(ctx, &prev, `
		UPDATE outbox o SET status = 'pending', next_attempt_at = $2, lease_until = NULL, claimed_by = '',
			bot_id = coalesce((SELECT g.bot_id FROM orgs g WHERE g.id = o.org_id), o.bot_id)
		FROM (SELECT org_id, id, claimed_by FROM outbox
		      WHERE status = 'sending' AND claimed_by <> $1 AND ($3::bigint = 0 OR bot_id = $3::bigint) FOR UPDATE) AS old
		WHERE o.org_id = old.org_id AND o.id = old.id
		RETURNING old.claimed_by`, claimant, now, bot); err != nil {
		return nil, fmt.Errorf("outbox: reclaim: %w", err)
	}
	counts := map[string]int{}
	for _, c := range prev {
		counts[c]++
	}
	return counts, nil
}

func markSent(ctx context.Context, db *sqlx.DB, r Row, parts int, msgID int64, now time.Time) error {
	_, err := db.ExecContext(ctx, `
		UPDATE outbox SET status = 'sent', sent_at = $3, tg_message_id = $4, parts_sent = $5, lease_until = NULL, last_error = ''
		WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID, now, msgID, parts)
	if err != nil {
		return fmt.Errorf("outbox: mark sent: %w", err)
	}
	return nil
}

func markPartsSent(ctx context.Context, db *sqlx.DB, r Row, parts int) error {
	if _, err := db.ExecContext(ctx, `UPDATE outbox SET parts_sent = $3 WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID, parts); err != nil {
		return fmt.Errorf("outbox: mark parts: %w", err)
	}
	return nil
}

// retryLater returns a row to the queue for another attempt at `at`;
// countAttempt is false for a 429, which is not the row's fault. The row
// takes its organisation's bot again, in case the organisation moved to
// another bot while the row was being sent.
func retryLater(ctx context.Context, db *sqlx.DB, r Row, at time.Time, countAttempt bool, cause string) error {
	inc := 0
	if countAttempt {
		inc = 1
	}
	_, err := db.ExecContext(ctx, `
		UPDATE outbox SET status = 'pending', next_attempt_at = $3, attempts = attempts + $4, last_error = $5, lease_until = NULL, claimed_by = '',
			bot_id = coalesce((SELECT bot_id FROM orgs WHERE id = $1), bot_id)
		WHERE org_id = $1 AND id = $2 AND status = 'sending' AND claimed_by = $6`, r.OrgID, r.ID, at, inc, cause, r.ClaimedBy)
	if err != nil {
		return fmt.Errorf("outbox: retry later: %w", err)
	}
	return nil
}

func finish(ctx context.Context, db *sqlx.DB, r Row, status, cause string) error {
	_, err := db.ExecContext(ctx, `
		UPDATE outbox SET status = $3, last_error = $4, lease_until = NULL, attempts = attempts + 1
		WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID, status, cause)
	if err != nil {
		return fmt.Errorf("outbox: finish: %w", err)
	}
	return nil
}

func moveChat(ctx context.Context, db *sqlx.DB, r Row, to int64) error {
	if _, err := db.ExecContext(ctx, `UPDATE outbox SET chat_id = $3 WHERE org_id = $1 AND chat_id = $2 AND status IN ('pending', 'sending')`, r.OrgID, r.ChatID, to); err != nil {
		return fmt.Errorf("outbox: move chat: %w", err)
	}
	return nil
}

package outbox

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// A row Telegram refused because the person had blocked the bot or never
// opened a chat with it ends failed, with refused_at set. Then the person
// is marked unreachable and the assigner told (Hooks.Unreachable); when
// the person writes to the bot again, the mark is cleared and then
// RequeueRefused queues their refused rows once more, so that nothing is
// lost to a block, or to a token replaced by another bot's that people
// have not opened yet. In that order on both sides, a person who comes
// back while a row is being refused either finds it refused or is marked
// after it, and finds it the next time. A refused message was not
// delivered: sending it again does not send it twice.

// refuse ends a row Telegram refused for good as failed and refused.
func refuse(ctx context.Context, db *sqlx.DB, r Row, cause string, now time.Time) error {
	_, err := db.ExecContext(ctx, `
		UPDATE outbox SET status = 'failed', last_error = $3, lease_until = NULL, attempts = attempts + 1, refused_at = $4
		WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID, cause, now)
	if err != nil {
		return fmt.Errorf("outbox: refuse: %w", err)
	}
	return nil
}

// unrefuse queues again, due at at, a row refused whose refusal the domain
// could not record, unless the person came back and it was queued again.
func unrefuse(ctx context.Context, db *sqlx.DB, r Row, at time.Time, cause string) error {
	_, err := db.ExecContext(ctx, `
		UPDATE outbox SET status = 'pending', next_attempt_at = $3, last_error = $4, refused_at = NULL, lease_until = NULL, claimed_by = '',
			bot_id = coalesce((SELECT bot_id FROM orgs WHERE id = $1), bot_id)
		WHERE org_id = $1 AND id = $2 AND status = 'failed' AND refused_at IS NOT NULL`, r.OrgID, r.ID, at, cause)
	if err != nil {
		return fmt.Errorf("outbox: unrefuse: %w", err)
	}
	return nil
}

// Recipient is a member of an organisation, to whom rows are addressed.
type Recipient struct {
	OrgID, MemberID int64
}

// RequeueRefused queues again, due at now, the rows to the recipients
// that Telegram refused since `since`, each once: the renderer drops those
// that no longer make sense when they are sent. It returns how many rows
// it queued.
func RequeueRefused(ctx context.Context, q sqlx.ExecerContext, recipients []Recipient, since, now time.Time) (int, error) {
	if len(recipients) == 0 {
		return 0, nil
	}
	orgs, members := make([]int64, len(recipients)), make([]int64, len(recipients))
	for i, r := range recipients {
		orgs[i], members[i] = r.OrgID, r.MemberID
	}
	res, err := q.ExecContext(ctx, `
		UPDATE outbox o SET status = 'pending', next_attempt_at = $4, refused_at = NULL, last_error = '',
			bot_id = coalesce((SELECT g.bot_id FROM orgs g WHERE g.id = o.org_id), o.bot_id)
		FROM unnest($1::bigint[], $2::bigint[]) AS r(org_id, member_id)
		WHERE o.org_id = r.org_id AND o.member_id = r.member_id
			AND o.status = 'failed' AND o.refused_at IS NOT NULL AND o.refused_at >= $3`,
		pq.Array(orgs), pq.Array(members), since, now)
	if err != nil {
		return 0, fmt.Errorf("outbox: requeue refused: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

package outbox

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// unsentOnOtherBotsQuery reads each status from its partial index
// (outbox_bot_due or outbox_due, outbox_leased): a status IN (…) would
// scan the whole outbox, sent rows included.
const unsentOnOtherBotsQuery = `
	SELECT bot_id, count(*) AS n FROM (
		SELECT bot_id FROM outbox WHERE status = 'pending' AND bot_id IS NOT NULL AND NOT (bot_id = ANY($1))
		UNION ALL
		SELECT bot_id FROM outbox WHERE status = 'sending' AND bot_id IS NOT NULL AND NOT (bot_id = ANY($1))
	) unsent
	GROUP BY bot_id`

// UnsentOnOtherBots counts the rows not sent yet (pending or being sent)
// that wait for a bot not among botIDs, by bot: the rows that only that
// bot's sender may send. Like CountsAll, it takes a bare pool, for
// monitoring.
func UnsentOnOtherBots(ctx context.Context, q sqlx.QueryerContext, botIDs []int64) (map[int64]int, error) {
	var rows []struct {
		Bot int64 `db:"bot_id"`
		N   int   `db:"n"`
	}
	if err := sqlx.SelectContext(ctx, q, &rows, unsentOnOtherBotsQuery, pq.Array(botIDs)); err != nil {
		return nil, fmt.Errorf("outbox: unable to count rows of other bots: %w", err)
	}
	out := make(map[int64]int, len(rows))
	for _, r := range rows {
		out[r.Bot] = r.N
	}
	return out, nil
}

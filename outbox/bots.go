package outbox

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// UnsentOnOtherBots counts the rows not sent yet (pending or being sent)
// that wait for a bot not among botIDs, by bot: the rows that only that
// bot's sender may send. Like CountsAll, it takes a bare pool, for
// monitoring.
func UnsentOnOtherBots(ctx context.Context, q sqlx.QueryerContext, botIDs []int64) (map[int64]int, error) {
	var rows []struct {
		Bot int64 `db:"bot_id"`
		N   int   `db:"n"`
	}
	if err := sqlx.SelectContext(ctx, q, &rows, `
		SELECT bot_id, count(*) AS n FROM outbox
		WHERE status IN ('pending', 'sending') AND bot_id IS NOT NULL AND NOT (bot_id = ANY($1))
		GROUP BY bot_id`, pq.Array(botIDs)); err != nil {
		return nil, fmt.Errorf("outbox: unable to count rows of other bots: %w", err)
	}
	out := make(map[int64]int, len(rows))
	for _, r := range rows {
		out[r.Bot] = r.N
	}
	return out, nil
}

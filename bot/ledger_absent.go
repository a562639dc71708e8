package bot

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// UnhandledOnOtherBots counts, by bot, the updates recorded and not yet
// handled of the bots not among botIDs: what people sent to a bot whose
// process died before handling it. Only that bot may handle them (its
// replies, and the buttons pressed, are its own): they wait until a
// process runs its token again. For monitoring, over a bare pool.
func UnhandledOnOtherBots(ctx context.Context, q sqlx.QueryerContext, botIDs []int64) (map[int64]int, error) {
	var rows []struct {
		Bot int64 `db:"bot_id"`
		N   int   `db:"n"`
	}
	if err := sqlx.SelectContext(ctx, q, &rows, `
		SELECT bot_id, count(*) AS n FROM telegram_updates
		WHERE handled_at IS NULL AND bot_id <> 0 AND NOT (bot_id = ANY($1))
		GROUP BY bot_id`, pq.Array(botIDs)); err != nil {
		return nil, fmt.Errorf("bot: unable to count other bots' unhandled updates: %w", err)
	}
	out := make(map[int64]int, len(rows))
	for _, r := range rows {
		out[r.Bot] = r.N
	}
	return out, nil
}

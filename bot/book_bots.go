package bot

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
)

// The table telegram_bots: the bots of the deployment, their @usernames
// and their webhook secrets, by bot id.

// BotInfo is a bot of the deployment as the database knows it: every bot
// that `dondoc run` started writes its id and @username (RegisterBot).
type BotInfo struct {
	ID       int64      `db:"bot_id"`
	Username string     `db:"username"`
	SeenAt   *time.Time `db:"seen_at"`
}

// RegisterBot records that the bot id, @username, runs in this deployment,
// so that the CLI can bind organisations to it by name and the other bots
// can point people to it.
func RegisterBot(ctx context.Context, db sqlx.ExecerContext, id int64, username string, now time.Time) error {
	secret, err := newSecret()
	if err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, `
		INSERT INTO telegram_bots (bot_id, webhook_secret, username, seen_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (bot_id) DO UPDATE SET username = EXCLUDED.username, seen_at = EXCLUDED.seen_at`,
		id, secret, username, now); err != nil {
		return fmt.Errorf("store: unable to register bot %d: %w", id, err)
	}
	return nil
}

// KnownBots returns the bots the database knows, by id.
func KnownBots(ctx context.Context, db sqlx.QueryerContext) ([]BotInfo, error) {
	var bots []BotInfo
	if err := sqlx.SelectContext(ctx, db, &bots, `SELECT bot_id, username, seen_at FROM telegram_bots ORDER BY bot_id`); err != nil {
		return nil, fmt.Errorf("store: unable to list the bots: %w", err)
	}
	return bots, nil
}

// FindBot finds a known bot by its id or its @username (with or without
// the @, in any case).
func FindBot(ctx context.Context, db sqlx.QueryerContext, ref string) (BotInfo, bool, error) {
	ref = strings.TrimPrefix(strings.TrimSpace(ref), "@")
	var b BotInfo
	err := sqlx.GetContext(ctx, db, &b, `
		SELECT bot_id, username, seen_at FROM telegram_bots
		WHERE bot_id::text = $1 OR (username <> '' AND lower(username) = lower($1))`, ref)
	if errors.Is(err, sql.ErrNoRows) {
		return BotInfo{}, false, nil
	}
	if err != nil {
		return BotInfo{}, false, fmt.Errorf("store: unable to find bot %q: %w", ref, err)
	}
	return b, true, nil
}

// botUsername is the @username of a known bot, "" when unknown.
func botUsername(ctx context.Context, db sqlx.QueryerContext, id int64) (string, error) {
	var name string
	err := sqlx.GetContext(ctx, db, &name, `SELECT username FROM telegram_bots WHERE bot_id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: unable to read bot %d: %w", id, err)
	}
	return name, nil
}

// botSecret returns the webhook secret of bot id: the one recorded, or
// secret, recorded now, when the bot has none yet.
func botSecret(ctx context.Context, db sqlx.QueryerContext, id int64, secret string) (string, error) {
	var got string
	if err := sqlx.GetContext(ctx, db, &got, `
		WITH ins AS (
			INSERT INTO telegram_bots (bot_id, webhook_secret) VALUES ($1, $2)
			ON CONFLICT (bot_id) DO NOTHING RETURNING webhook_secret)
		SELECT webhook_secret FROM ins
		UNION ALL SELECT webhook_secret FROM telegram_bots WHERE bot_id = $1
		LIMIT 1`, id, secret); err != nil {
		return "", fmt.Errorf("store: unable to read the webhook secret of bot %d: %w", id, err)
	}
	return got, nil
}

-- +goose Up
-- Several bot tokens in one deployment (a bot per province): each
-- organisation, with its parent and children, is served by one bot, and
-- each outbox row is sent by its organisation's bot only.

-- The bots a deployment runs, with their @username (written by each bot
-- at start) so that the CLI and the other bots can name them.
ALTER TABLE telegram_bots
    ADD COLUMN username text NOT NULL DEFAULT '',
    ADD COLUMN seen_at  timestamptz;

-- The bot that speaks for the organisation; NULL until it is bound (by
-- `dondoc org create --bot`, by the first start of a deployment with one
-- bot, or by the bot through which its first member registers).
ALTER TABLE orgs ADD COLUMN bot_id bigint;
CREATE INDEX orgs_bot ON orgs (bot_id);

-- The bot that sends the row, copied from the organisation at Enqueue.
-- Each bot's sender claims its own rows by this due index (deployment-wide
-- like outbox_due, which the metrics and the one-bot senders of tests
-- keep reading); rows of an organisation bound after they were queued
-- are found by outbox_unbound.
ALTER TABLE outbox ADD COLUMN bot_id bigint;
CREATE INDEX outbox_bot_due ON outbox (bot_id, next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_unbound ON outbox (org_id) WHERE bot_id IS NULL AND status = 'pending';

-- An existing database served by one bot: that bot takes every
-- organisation and every row not yet sent. The bot is known when it kept
-- a webhook secret or recorded updates; otherwise the first start of
-- `dondoc run` with one token binds them (nothing changes for the users).
WITH known AS (
    SELECT bot_id FROM telegram_bots
    UNION SELECT DISTINCT bot_id FROM telegram_updates WHERE bot_id <> 0
), only_bot AS (
    SELECT min(bot_id) AS bot_id FROM known HAVING count(*) = 1
), orgs_bound AS (
    UPDATE orgs SET bot_id = (SELECT bot_id FROM only_bot)
    WHERE bot_id IS NULL AND EXISTS (SELECT 1 FROM only_bot)
    RETURNING id
)
UPDATE outbox SET bot_id = (SELECT bot_id FROM only_bot)
WHERE bot_id IS NULL AND status IN ('pending', 'sending', 'failed') AND EXISTS (SELECT 1 FROM only_bot);

-- +goose Down
DROP INDEX outbox_unbound;
DROP INDEX outbox_bot_due;
ALTER TABLE outbox DROP COLUMN bot_id;
DROP INDEX orgs_bot;
ALTER TABLE orgs DROP COLUMN bot_id;
ALTER TABLE telegram_bots DROP COLUMN seen_at, DROP COLUMN username;

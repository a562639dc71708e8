-- +goose Up
-- Updates are recorded when they arrive, before Telegram is told to move
-- past them, and marked handled (or failed, with the reason) afterwards:
-- a restart handles what was recorded and not handled. bot_id keeps the
-- update ids of several bots (one per token) apart.
ALTER TABLE telegram_updates
    ADD COLUMN bot_id      bigint NOT NULL DEFAULT 0,
    ADD COLUMN received_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN chat_id     bigint NOT NULL DEFAULT 0,
    ADD COLUMN payload     jsonb,
    ADD COLUMN failed      text,
    ALTER COLUMN handled_at DROP NOT NULL;
ALTER TABLE telegram_updates DROP CONSTRAINT telegram_updates_pkey;
ALTER TABLE telegram_updates ADD PRIMARY KEY (bot_id, update_id);
CREATE INDEX telegram_updates_pending ON telegram_updates (bot_id, update_id) WHERE handled_at IS NULL;

-- The forum topic of a chat the bot writes to: /baocao_o_day or /nhom
-- typed inside a topic binds the chat's messages to that topic.
CREATE TABLE chat_topics (
    org_id    bigint NOT NULL REFERENCES orgs (id),
    chat_id   bigint NOT NULL,
    thread_id bigint NOT NULL,
    set_at    timestamptz NOT NULL,
    PRIMARY KEY (org_id, chat_id)
);
CREATE INDEX chat_topics_chat ON chat_topics (chat_id);

-- One row per bot (per token): the webhook secret every replica shares.
CREATE TABLE telegram_bots (
    bot_id         bigint PRIMARY KEY,
    webhook_secret text NOT NULL
);

-- +goose Down
DROP TABLE telegram_bots;
DROP TABLE chat_topics;
DELETE FROM telegram_updates WHERE handled_at IS NULL;
ALTER TABLE telegram_updates DROP CONSTRAINT telegram_updates_pkey;
ALTER TABLE telegram_updates
    DROP COLUMN bot_id, DROP COLUMN received_at, DROP COLUMN chat_id, DROP COLUMN payload, DROP COLUMN failed,
    ALTER COLUMN handled_at SET NOT NULL;
ALTER TABLE telegram_updates ADD PRIMARY KEY (update_id);

-- +goose Up
-- A claim for one bot also takes the rows its organisations left
-- "sending" with no bot (an old process, before they were bound): the
-- index that finds unbound rows covers them too.
DROP INDEX outbox_unbound;
CREATE INDEX outbox_unbound ON outbox (org_id) WHERE bot_id IS NULL AND status IN ('pending', 'sending');

-- +goose Down
DROP INDEX outbox_unbound;
CREATE INDEX outbox_unbound ON outbox (org_id) WHERE bot_id IS NULL AND status = 'pending';

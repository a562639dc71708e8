-- Progress reports and extension requests carry the Telegram update they
-- came from (origin), so that an update handled twice (the bot failed after
-- the change was committed) records them once.

-- +goose Up
ALTER TABLE task_events ADD COLUMN origin text;
CREATE UNIQUE INDEX task_events_origin ON task_events (org_id, task_id, origin) WHERE origin IS NOT NULL;

ALTER TABLE task_extensions ADD COLUMN origin text;
CREATE UNIQUE INDEX task_extensions_origin ON task_extensions (org_id, task_id, origin) WHERE origin IS NOT NULL;

-- +goose Down
DROP INDEX task_extensions_origin;
ALTER TABLE task_extensions DROP COLUMN origin;
DROP INDEX task_events_origin;
ALTER TABLE task_events DROP COLUMN origin;

-- +goose Up
-- The metrics count the rows not yet sent by status, each from a partial
-- index (pending: outbox_due, sending: outbox_leased, failed: this one),
-- instead of counting the whole table at every scrape.
CREATE INDEX outbox_failed ON outbox (org_id, id) WHERE status = 'failed';
-- The daily cleanup deletes sent and cancelled rows past their retention,
-- oldest first, a batch at a time (outbox.Prune).
CREATE INDEX outbox_finished ON outbox (created_at, id) WHERE status IN ('sent', 'cancelled');

-- +goose Down
DROP INDEX outbox_finished;
DROP INDEX outbox_failed;

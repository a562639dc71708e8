-- +goose Up
-- A request for a later deadline of a task made from a received one, which
-- its organisation's leader approved beyond the received task's deadline,
-- goes up to the parent: it stays pending, marked forwarded, until the
-- parent's decision comes down.
ALTER TABLE task_extensions ADD COLUMN forwarded_at timestamptz;

-- +goose Down
ALTER TABLE task_extensions DROP COLUMN forwarded_at;

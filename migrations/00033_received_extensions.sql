-- +goose Up
-- A child organisation may ask the parent for a later deadline of a task it
-- received: the request is the parent's row, made by no member of the
-- parent; requester_label names who asked (the child organisation).
ALTER TABLE task_extensions ALTER COLUMN requested_by DROP NOT NULL;
ALTER TABLE task_extensions ADD COLUMN requester_label text;

-- +goose Down
DELETE FROM task_extensions WHERE requested_by IS NULL;
ALTER TABLE task_extensions DROP COLUMN requester_label;
ALTER TABLE task_extensions ALTER COLUMN requested_by SET NOT NULL;

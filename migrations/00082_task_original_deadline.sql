-- +goose Up
-- The deadline a task was given, kept when its deadline moves (an
-- extension granted, the parent organisation's new deadline), so that its
-- card can say which deadline holds when the task's text still names the
-- first one. NULL while the deadline has not moved. Tasks whose deadline
-- has moved already take the old deadline of their first move, from their
-- history.
ALTER TABLE tasks ADD COLUMN original_deadline timestamptz;
UPDATE tasks t SET original_deadline = f.old
FROM (
    SELECT DISTINCT ON (org_id, task_id) org_id, task_id, (data->>'old')::timestamptz AS old
    FROM task_events
    WHERE kind IN ('extended', 'parent_deadline') AND data ? 'old'
    ORDER BY org_id, task_id, at, id
) f
WHERE t.org_id = f.org_id AND t.id = f.task_id;

-- +goose Down
ALTER TABLE tasks DROP COLUMN original_deadline;

-- A unit's part that was never reported when its task was confirmed done
-- (a coordinating unit that did not report) is closed with the task: state
-- 'closed', reported_at the moment the task was reported done. No part of a
-- done task stays open, so statistics by unit see it as ended.

-- +goose Up
ALTER TABLE task_units DROP CONSTRAINT task_units_state_check;
ALTER TABLE task_units ADD CONSTRAINT task_units_state_check
    CHECK (state IN ('assigned', 'accepted', 'in_progress', 'reported', 'closed', 'removed'));

UPDATE task_units tu SET state = 'closed', reported_at = coalesce(t.reported_at, t.confirmed_at)
FROM tasks t
WHERE t.org_id = tu.org_id AND t.id = tu.task_id AND t.state = 'done'
    AND tu.state NOT IN ('reported', 'removed');

-- +goose Down
UPDATE task_units SET state = 'reported' WHERE state = 'closed';
ALTER TABLE task_units DROP CONSTRAINT task_units_state_check;
ALTER TABLE task_units ADD CONSTRAINT task_units_state_check
    CHECK (state IN ('assigned', 'accepted', 'in_progress', 'reported', 'removed'));

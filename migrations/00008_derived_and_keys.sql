-- +goose Up
-- A series' rule in words is derived from the rule; the phrase the
-- assigner wrote stays in deadline_text.
ALTER TABLE task_series DROP COLUMN rule_text;
-- A meeting item's task is one of the organisation's tasks.
ALTER TABLE meeting_items ADD FOREIGN KEY (org_id, task_id) REFERENCES tasks (org_id, id);

-- +goose Down
ALTER TABLE meeting_items DROP CONSTRAINT meeting_items_org_id_task_id_fkey;
ALTER TABLE task_series ADD COLUMN rule_text text NOT NULL DEFAULT '';

-- +goose Up
-- A task given to a unit that stands for a child organisation arrives there
-- as a received task ("nhiệm vụ cấp trên giao"). Each organisation keeps its
-- own row: the child a received task with what it needs to show (the
-- parent's text, deadline, meeting and assigner, copied), the parent a
-- delegation naming the child's row. Nothing in one needs the other's rows
-- to render, so organisations may later live on different shards.
CREATE TABLE received_tasks (
    org_id            bigint NOT NULL REFERENCES orgs (id),
    id                bigint GENERATED ALWAYS AS IDENTITY,
    parent_org_id     bigint NOT NULL,
    parent_task_id    bigint NOT NULL,
    parent_unit_id    bigint NOT NULL,
    parent_org_name   text NOT NULL,
    text              text NOT NULL,
    deadline          timestamptz,
    deadline_text     text NOT NULL DEFAULT '',
    deadline_has_time boolean NOT NULL DEFAULT false,
    meeting_title     text NOT NULL DEFAULT '',
    assigner_name     text NOT NULL DEFAULT '',
    state             text NOT NULL DEFAULT 'received'
                      CHECK (state IN ('received', 'assigned', 'done', 'cancelled')),
    received_at       timestamptz NOT NULL,
    done_at           timestamptz,
    PRIMARY KEY (org_id, id),
    -- the once-only key of the cascade step
    UNIQUE (org_id, parent_org_id, parent_task_id)
);
CREATE INDEX received_tasks_open ON received_tasks (org_id, deadline) WHERE state IN ('received', 'assigned');

CREATE TABLE task_delegations (
    org_id       bigint NOT NULL,
    task_id      bigint NOT NULL,
    unit_id      bigint NOT NULL,
    child_org_id bigint NOT NULL,
    received_id  bigint NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (org_id, task_id, unit_id),
    FOREIGN KEY (org_id, task_id) REFERENCES tasks (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id)
);

-- The child's own tasks made from a received task, when its leaders assign
-- it on to their units (whole or in parts).
ALTER TABLE tasks ADD COLUMN received_id bigint;
ALTER TABLE tasks ADD FOREIGN KEY (org_id, received_id) REFERENCES received_tasks (org_id, id);
CREATE INDEX tasks_received ON tasks (org_id, received_id) WHERE received_id IS NOT NULL;

-- +goose Down
DROP INDEX tasks_received;
ALTER TABLE tasks DROP COLUMN received_id;
DROP TABLE task_delegations;
DROP TABLE received_tasks;

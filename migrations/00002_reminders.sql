-- +goose Up
-- The reminders planned for each task: one row per (task, slot), due at an
-- instant. A scan claims due rows with FOR UPDATE SKIP LOCKED and turns them
-- into outbox messages in the same transaction. Slot names carry the
-- deadline they were planned for ("d1@1610729999"), so a new deadline plans
-- new reminders while the record of those already sent stays.
CREATE TABLE reminders (
    org_id    bigint NOT NULL,
    task_id   bigint NOT NULL,
    slot      text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('before', 'due', 'overdue', 'snooze')),
    n         integer NOT NULL DEFAULT 0,
    escalate  boolean NOT NULL DEFAULT false,
    member_id bigint,
    due_at    timestamptz NOT NULL,
    status    text NOT NULL DEFAULT 'pending'
              CHECK (status IN ('pending', 'queued', 'skipped', 'cancelled')),
    done_at   timestamptz,
    PRIMARY KEY (org_id, task_id, slot),
    FOREIGN KEY (org_id, task_id) REFERENCES tasks (org_id, id) ON DELETE CASCADE
);
-- The scan is the deployment's queue, across organisations, like the outbox.
CREATE INDEX reminders_due ON reminders (due_at) WHERE status = 'pending';

-- +goose Down
DROP TABLE reminders;

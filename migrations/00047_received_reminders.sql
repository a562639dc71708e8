-- +goose Up
-- The reminders planned for a received task not handed on yet, to the
-- leaders of the organisation that received it, as reminders are planned
-- for a task (00002): one row per (received task, slot), claimed by the
-- same scan. Received tasks made before keep the one reminder the outbox
-- already holds for them.
CREATE TABLE received_reminders (
    org_id      bigint NOT NULL,
    received_id bigint NOT NULL,
    slot        text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('before', 'due', 'overdue')),
    due_at      timestamptz NOT NULL,
    status      text NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'queued', 'skipped', 'cancelled')),
    done_at     timestamptz,
    PRIMARY KEY (org_id, received_id, slot),
    FOREIGN KEY (org_id, received_id) REFERENCES received_tasks (org_id, id) ON DELETE CASCADE
);
CREATE INDEX received_reminders_due ON received_reminders (due_at) WHERE status = 'pending';

-- +goose Down
DROP TABLE received_reminders;

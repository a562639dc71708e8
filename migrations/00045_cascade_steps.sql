-- +goose Up
-- A change that crosses the two tiers (a task given down to a child
-- organisation, kept in step with it; progress, a report of done, a request
-- for a later deadline going up) is a durable step: written in the origin
-- organisation's transaction, applied later in the destination's own
-- transaction, then marked done. org_id is the origin: nothing crosses
-- organisations except by a step, so they may live on different shards.
CREATE TABLE cascade_steps (
    org_id      bigint NOT NULL REFERENCES orgs (id),
    id          bigint GENERATED ALWAYS AS IDENTITY,
    kind        text NOT NULL CHECK (kind IN ('down', 'progress', 'done', 'extension')),
    dest_org_id bigint NOT NULL,
    payload     jsonb NOT NULL,
    -- the instant of the change at the origin: the destination records it
    at          timestamptz NOT NULL,
    due_at      timestamptz NOT NULL,
    lease_until timestamptz,
    attempts    integer NOT NULL DEFAULT 0,
    last_error  text NOT NULL DEFAULT '',
    done_at     timestamptz,
    PRIMARY KEY (org_id, id)
);
CREATE INDEX cascade_steps_due ON cascade_steps (due_at, id) WHERE done_at IS NULL;

-- The steps a destination applied, written in the transaction that applied
-- them: a step applied again (two workers, a crash before it was marked
-- done) finds its row and changes nothing.
CREATE TABLE cascade_applied (
    org_id        bigint NOT NULL,
    origin_org_id bigint NOT NULL,
    step_id       bigint NOT NULL,
    applied_at    timestamptz NOT NULL,
    PRIMARY KEY (org_id, origin_org_id, step_id)
);

-- A received task remembers the last step of the parent's task it applied,
-- so that an older step arriving late changes nothing; the parent's rounds
-- of rework it knows of, so that only a new return reopens it (not a step
-- made before its report of done reached the parent); and the reason the
-- parent gave when it returned the work.
ALTER TABLE received_tasks ADD COLUMN parent_version bigint NOT NULL DEFAULT 0;
ALTER TABLE received_tasks ADD COLUMN parent_round integer NOT NULL DEFAULT 0;
ALTER TABLE received_tasks ADD COLUMN return_reason text NOT NULL DEFAULT '';
UPDATE received_tasks r SET parent_round = (
    SELECT count(*) FROM task_events e WHERE e.org_id = r.parent_org_id AND e.task_id = r.parent_task_id AND e.kind = 'rework');

-- The parent no longer writes the child's rows: a delegation records that
-- the task went down and what was last sent, not the child's row id.
ALTER TABLE task_delegations ALTER COLUMN received_id DROP NOT NULL;
ALTER TABLE task_delegations ADD COLUMN sent jsonb;

-- +goose Down
ALTER TABLE task_delegations DROP COLUMN sent;
-- Delegations made since this version do not write received_id: find it
-- again from the child's received task, so that rolling back keeps them.
UPDATE task_delegations d SET received_id = (
    SELECT r.id FROM received_tasks r
    WHERE r.org_id = d.child_org_id AND r.parent_org_id = d.org_id AND r.parent_task_id = d.task_id
    ORDER BY (r.parent_unit_id = d.unit_id) DESC, r.id LIMIT 1)
WHERE d.received_id IS NULL;
DELETE FROM task_delegations WHERE received_id IS NULL;
ALTER TABLE task_delegations ALTER COLUMN received_id SET NOT NULL;
ALTER TABLE received_tasks DROP COLUMN return_reason;
ALTER TABLE received_tasks DROP COLUMN parent_round;
ALTER TABLE received_tasks DROP COLUMN parent_version;
DROP TABLE cascade_applied;
DROP TABLE cascade_steps;

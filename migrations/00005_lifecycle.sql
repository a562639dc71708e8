-- The task lifecycle as offices run it: extension requests, recurring task
-- series, the bot messages that stand for a task (so that a reply to one acts
-- on it), and group chats linked to a unit.

-- +goose Up

-- An owner asks for a later deadline; the assigner or a leader decides.
-- The old and new deadline stay here and in the task's history.
CREATE TABLE task_extensions (
    org_id           bigint NOT NULL,
    task_id          bigint NOT NULL,
    id               bigint GENERATED ALWAYS AS IDENTITY,
    requested_by     bigint NOT NULL,
    unit_id          bigint,
    old_deadline     timestamptz,
    new_deadline     timestamptz NOT NULL,
    new_deadline_text text NOT NULL DEFAULT '',
    new_has_time     boolean NOT NULL DEFAULT false,
    reason           text NOT NULL,
    -- late is true when the owner asked after the deadline had passed.
    late             boolean NOT NULL DEFAULT false,
    requested_at     timestamptz NOT NULL,
    status           text NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    decided_by       bigint,
    decided_at       timestamptz,
    PRIMARY KEY (org_id, task_id, id),
    FOREIGN KEY (org_id, task_id) REFERENCES tasks (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, requested_by) REFERENCES members (org_id, id)
);
CREATE INDEX task_extensions_pending ON task_extensions (org_id, task_id) WHERE status = 'pending';

-- A recurring directive ("trước 17h thứ 5 hàng tuần"): every occurrence is a
-- task of its own; the series says how to make the next one.
CREATE TABLE task_series (
    org_id            bigint NOT NULL REFERENCES orgs (id),
    id                bigint GENERATED ALWAYS AS IDENTITY,
    rule              jsonb NOT NULL,
    rule_text         text NOT NULL DEFAULT '',
    text              text NOT NULL,
    deadline_text     text NOT NULL DEFAULT '',
    leads             bigint[] NOT NULL,
    coordinators      bigint[] NOT NULL DEFAULT '{}',
    assigned_by       bigint NOT NULL,
    created_at        timestamptz NOT NULL,
    stopped_at        timestamptz,
    stopped_by        bigint,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, assigned_by) REFERENCES members (org_id, id)
);
CREATE INDEX task_series_active ON task_series (org_id) WHERE stopped_at IS NULL;

ALTER TABLE tasks ADD COLUMN series_id bigint;
ALTER TABLE tasks ADD FOREIGN KEY (org_id, series_id) REFERENCES task_series (org_id, id);
CREATE UNIQUE INDEX tasks_series_deadline ON tasks (org_id, series_id, deadline) WHERE series_id IS NOT NULL;

-- Messages the bot sent directly about a task (the /task card, prompts), so
-- that a reply to one of them can be recognised. Notices sent through the
-- outbox are found by outbox.tg_message_id instead.
CREATE TABLE task_messages (
    org_id     bigint NOT NULL,
    chat_id    bigint NOT NULL,
    message_id bigint NOT NULL,
    task_id    bigint NOT NULL,
    sent_at    timestamptz NOT NULL,
    PRIMARY KEY (org_id, chat_id, message_id),
    FOREIGN KEY (org_id, task_id) REFERENCES tasks (org_id, id) ON DELETE CASCADE
);

-- A group chat linked to a unit: the unit's members may act there, and the
-- bot shows there only that unit's tasks. A group belongs to one unit of one
-- organisation; the lookup by chat is what tells the organisation.
CREATE TABLE group_links (
    org_id    bigint NOT NULL REFERENCES orgs (id),
    chat_id   bigint NOT NULL,
    unit_id   bigint NOT NULL,
    title     text NOT NULL DEFAULT '',
    linked_by bigint NOT NULL,
    linked_at timestamptz NOT NULL,
    PRIMARY KEY (org_id, chat_id),
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id)
);
CREATE UNIQUE INDEX group_links_chat ON group_links (chat_id);

-- +goose Down
DROP TABLE group_links;
DROP TABLE task_messages;
DROP INDEX tasks_series_deadline;
ALTER TABLE tasks DROP COLUMN series_id;
DROP TABLE task_series;
DROP TABLE task_extensions;

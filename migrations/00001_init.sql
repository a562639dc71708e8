-- The walking skeleton: organisations, their units and people, tasks with
-- their history, the outbox, and the bot's own bookkeeping.
--
-- Every table that holds an organisation's data starts its keys with org_id,
-- so one deployment serves many districts and can later be distributed by
-- organisation. Two kinds of index deliberately do not: the queue indexes
-- that a sender scans across organisations, and the lookup of a Telegram user's
-- memberships, which is what tells us the organisation in the first place.

-- +goose Up
CREATE TABLE orgs (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            text NOT NULL UNIQUE,
    name            text NOT NULL,
    timezone        text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    settings        jsonb NOT NULL DEFAULT '{}',
    next_task_no    bigint NOT NULL DEFAULT 1,
    next_meeting_no bigint NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE units (
    org_id     bigint NOT NULL REFERENCES orgs (id),
    id         bigint GENERATED ALWAYS AS IDENTITY,
    code       text NOT NULL,
    name       text NOT NULL,
    aliases    text[] NOT NULL DEFAULT '{}',
    kind       text NOT NULL CHECK (kind IN ('phong', 'xa', 'doanthe', 'khac')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, code)
);

CREATE TABLE members (
    org_id         bigint NOT NULL REFERENCES orgs (id),
    id             bigint GENERATED ALWAYS AS IDENTITY,
    tg_user_id     bigint NOT NULL,
    chat_id        bigint NOT NULL,
    full_name      text NOT NULL,
    username       text NOT NULL DEFAULT '',
    role           text NOT NULL CHECK (role IN ('admin', 'leader', 'secretary', 'member')),
    unreachable_at timestamptz,
    selected_at    timestamptz,
    joined_at      timestamptz NOT NULL,
    removed_at     timestamptz,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, tg_user_id)
);
CREATE INDEX members_tg_user ON members (tg_user_id) WHERE removed_at IS NULL;

CREATE TABLE member_units (
    org_id    bigint NOT NULL,
    member_id bigint NOT NULL,
    unit_id   bigint NOT NULL,
    is_head   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (org_id, member_id, unit_id),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id)
);
CREATE INDEX member_units_unit ON member_units (org_id, unit_id);

CREATE TABLE invites (
    org_id     bigint NOT NULL REFERENCES orgs (id),
    code       text NOT NULL,
    role       text NOT NULL CHECK (role IN ('admin', 'leader', 'secretary', 'member')),
    unit_id    bigint,
    created_by bigint,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    uses       integer NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, code),
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id)
);

CREATE TABLE tasks (
    org_id            bigint NOT NULL REFERENCES orgs (id),
    id                bigint NOT NULL,
    text              text NOT NULL,
    deadline          timestamptz,
    deadline_text     text NOT NULL DEFAULT '',
    deadline_has_time boolean NOT NULL DEFAULT false,
    state             text NOT NULL DEFAULT 'assigned'
                      CHECK (state IN ('assigned', 'accepted', 'in_progress', 'reported', 'done', 'cancelled')),
    assigned_by       bigint NOT NULL,
    origin            text,
    created_at        timestamptz NOT NULL,
    reported_at       timestamptz,
    reported_by       bigint,
    confirmed_at      timestamptz,
    cancelled_at      timestamptz,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, assigned_by) REFERENCES members (org_id, id)
);
CREATE UNIQUE INDEX tasks_origin ON tasks (org_id, origin) WHERE origin IS NOT NULL;
CREATE INDEX tasks_open_deadline ON tasks (org_id, deadline) WHERE state NOT IN ('done', 'cancelled');

CREATE TABLE task_units (
    org_id      bigint NOT NULL,
    task_id     bigint NOT NULL,
    unit_id     bigint NOT NULL,
    role        text NOT NULL CHECK (role IN ('lead', 'coord')),
    state       text NOT NULL DEFAULT 'assigned'
                CHECK (state IN ('assigned', 'accepted', 'in_progress', 'reported', 'removed')),
    accepted_at timestamptz,
    reported_at timestamptz,
    PRIMARY KEY (org_id, task_id, unit_id),
    FOREIGN KEY (org_id, task_id) REFERENCES tasks (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id)
);
CREATE INDEX task_units_unit ON task_units (org_id, unit_id, task_id);

CREATE TABLE task_events (
    org_id    bigint NOT NULL,
    task_id   bigint NOT NULL,
    id        bigint GENERATED ALWAYS AS IDENTITY,
    at        timestamptz NOT NULL,
    member_id bigint,
    unit_id   bigint,
    kind      text NOT NULL,
    note      text NOT NULL DEFAULT '',
    data      jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (org_id, task_id, id),
    FOREIGN KEY (org_id, task_id) REFERENCES tasks (org_id, id) ON DELETE CASCADE
);

-- Every message the bot sends on its own initiative is first a row here,
-- written in the same transaction as the change that causes it.
CREATE TABLE outbox (
    org_id          bigint NOT NULL REFERENCES orgs (id),
    id              bigint GENERATED ALWAYS AS IDENTITY,
    idem_key        text NOT NULL,
    chat_id         bigint NOT NULL,
    kind            text NOT NULL,
    payload         jsonb NOT NULL DEFAULT '{}',
    task_id         bigint,
    member_id       bigint,
    status          text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts        integer NOT NULL DEFAULT 0,
    parts_sent      integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    lease_until     timestamptz,
    last_error      text NOT NULL DEFAULT '',
    tg_message_id   bigint,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, idem_key)
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_leased ON outbox (lease_until) WHERE status = 'sending';
CREATE INDEX outbox_task ON outbox (org_id, task_id) WHERE task_id IS NOT NULL;
CREATE INDEX outbox_message ON outbox (org_id, chat_id, tg_message_id) WHERE tg_message_id IS NOT NULL;

-- What the bot waits for from a person in a chat (the text after a prompt).
CREATE TABLE conversations (
    org_id     bigint NOT NULL,
    member_id  bigint NOT NULL,
    chat_id    bigint NOT NULL,
    kind       text NOT NULL,
    payload    jsonb NOT NULL DEFAULT '{}',
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (org_id, member_id, chat_id),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id) ON DELETE CASCADE
);

-- Bot-level bookkeeping, not owned by an organisation: the Telegram updates
-- already handled (one bot token serves every organisation), and named leases
-- that let one process at a time hold the token's polling and sending.
CREATE TABLE telegram_updates (
    update_id  bigint PRIMARY KEY,
    handled_at timestamptz NOT NULL
);

CREATE TABLE leases (
    name       text PRIMARY KEY,
    holder     text NOT NULL,
    expires_at timestamptz NOT NULL
);

-- +goose Down
DROP TABLE leases;
DROP TABLE telegram_updates;
DROP TABLE conversations;
DROP TABLE outbox;
DROP TABLE task_events;
DROP TABLE task_units;
DROP TABLE tasks;
DROP TABLE invites;
DROP TABLE member_units;
DROP TABLE members;
DROP TABLE units;
DROP TABLE orgs;

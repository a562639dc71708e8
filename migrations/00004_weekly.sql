-- The weekly cycle: what units register to do in the coming week ("đăng ký
-- ra quân") and report having done (results, with photos and files as
-- evidence), the scheduled runs of the weekly reports and prompts, and the
-- group chats that receive the reports. Keys start with org_id.

-- +goose Up
-- One entry a unit registered or reported for a Monday–Sunday week. The row
-- holds the latest version; weekly_entry_versions keeps every version.
CREATE TABLE weekly_entries (
    org_id          bigint NOT NULL REFERENCES orgs (id),
    id              bigint GENERATED ALWAYS AS IDENTITY,
    kind            text NOT NULL CHECK (kind IN ('registration', 'result')),
    week            text NOT NULL CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    unit_id         bigint NOT NULL,
    seq             integer NOT NULL,
    text            text NOT NULL,
    day             date,
    place           text NOT NULL DEFAULT '',
    people          integer,
    registration_id bigint,
    member_id       bigint NOT NULL,
    origin          text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, kind, week, unit_id, seq),
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id),
    FOREIGN KEY (org_id, registration_id) REFERENCES weekly_entries (org_id, id)
);
CREATE UNIQUE INDEX weekly_entries_origin ON weekly_entries (org_id, origin) WHERE origin IS NOT NULL;

CREATE TABLE weekly_entry_versions (
    org_id    bigint NOT NULL,
    entry_id  bigint NOT NULL,
    version   integer NOT NULL,
    text      text NOT NULL,
    day       date,
    place     text NOT NULL DEFAULT '',
    people    integer,
    deleted   boolean NOT NULL DEFAULT false,
    member_id bigint NOT NULL,
    at        timestamptz NOT NULL,
    PRIMARY KEY (org_id, entry_id, version),
    FOREIGN KEY (org_id, entry_id) REFERENCES weekly_entries (org_id, id) ON DELETE CASCADE
);

-- Evidence attached to a result: Telegram file ids, not the files.
CREATE TABLE weekly_attachments (
    org_id         bigint NOT NULL,
    entry_id       bigint NOT NULL,
    id             bigint GENERATED ALWAYS AS IDENTITY,
    kind           text NOT NULL CHECK (kind IN ('photo', 'document')),
    file_id        text NOT NULL,
    file_unique_id text NOT NULL,
    file_name      text NOT NULL DEFAULT '',
    member_id      bigint NOT NULL,
    added_at       timestamptz NOT NULL,
    PRIMARY KEY (org_id, entry_id, id),
    UNIQUE (org_id, entry_id, file_unique_id),
    FOREIGN KEY (org_id, entry_id) REFERENCES weekly_entries (org_id, id) ON DELETE CASCADE
);

-- A scheduled report or prompt of an organisation for a week, recorded in
-- the transaction that queues its messages: the unique key makes each run
-- happen once, whatever the number of processes and restarts. data is the
-- report as built then, which every message of the run is rendered from.
CREATE TABLE report_runs (
    org_id     bigint NOT NULL REFERENCES orgs (id),
    kind       text NOT NULL,
    week       text NOT NULL CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    due_at     timestamptz NOT NULL,
    started_at timestamptz NOT NULL,
    late       boolean NOT NULL DEFAULT false,
    trigger    text NOT NULL,
    messages   integer NOT NULL DEFAULT 0,
    data       jsonb,
    PRIMARY KEY (org_id, kind, week)
);
CREATE INDEX report_runs_recent ON report_runs (org_id, started_at);

-- Group chats that receive the organisation's weekly reports.
CREATE TABLE report_chats (
    org_id   bigint NOT NULL REFERENCES orgs (id),
    chat_id  bigint NOT NULL,
    title    text NOT NULL DEFAULT '',
    added_by bigint NOT NULL,
    added_at timestamptz NOT NULL,
    PRIMARY KEY (org_id, chat_id),
    FOREIGN KEY (org_id, added_by) REFERENCES members (org_id, id)
);

-- +goose Down
DROP TABLE report_chats;
DROP TABLE report_runs;
DROP TABLE weekly_attachments;
DROP TABLE weekly_entry_versions;
DROP TABLE weekly_entries;

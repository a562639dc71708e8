-- Meetings and their conclusions: a leader or secretary opens a meeting,
-- sends its conclusion, reviews the directives dondoc extracted from it as a
-- numbered draft, and confirms them into tasks that remember their meeting.

-- +goose Up
CREATE TABLE meetings (
    org_id       bigint NOT NULL REFERENCES orgs (id),
    -- id is the meeting's number in its organisation (orgs.next_meeting_no).
    id           bigint NOT NULL,
    title        text NOT NULL,
    held_on      date NOT NULL,
    chair        text NOT NULL DEFAULT '',
    opened_by    bigint NOT NULL,
    -- origin makes opening idempotent (the Telegram update that asked for it).
    origin       text,
    state        text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'draft', 'confirmed')),
    conclusion   text NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL,
    confirmed_at timestamptz,
    confirmed_by bigint,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, opened_by) REFERENCES members (org_id, id)
);
CREATE UNIQUE INDEX meetings_origin ON meetings (org_id, origin) WHERE origin IS NOT NULL;

-- The numbered draft of a meeting's directives. lead and coordinators hold
-- owner keys: a unit code, or "group:<kind>" / "group:all" for a group,
-- expanded to units only when the draft is confirmed.
CREATE TABLE meeting_items (
    org_id            bigint NOT NULL,
    meeting_id        bigint NOT NULL,
    n                 integer NOT NULL,
    text              text NOT NULL,
    lead              text NOT NULL DEFAULT '',
    coordinators      text[] NOT NULL DEFAULT '{}',
    deadline          timestamptz,
    deadline_text     text NOT NULL DEFAULT '',
    deadline_has_time boolean NOT NULL DEFAULT false,
    rule              jsonb,
    warnings          jsonb NOT NULL DEFAULT '[]',
    state             text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'dropped', 'created')),
    task_id           bigint,
    PRIMARY KEY (org_id, meeting_id, n),
    FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id) ON DELETE CASCADE
);

ALTER TABLE tasks ADD COLUMN meeting_id bigint;
ALTER TABLE tasks ADD FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id);
CREATE INDEX tasks_meeting ON tasks (org_id, meeting_id) WHERE meeting_id IS NOT NULL;

-- +goose Down
DROP INDEX tasks_meeting;
ALTER TABLE tasks DROP COLUMN meeting_id;
DROP TABLE meeting_items;
DROP TABLE meetings;

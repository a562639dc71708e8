-- +goose Up
-- Organisations whose reminders must be planned again under their current
-- policy and calendar, because a migration changed them behind the
-- scheduler's back: at start, after the migrations, dondoc re-plans each
-- (reminders.Scheduler.ReplanMarked) and deletes its row in the same
-- transaction, so each is re-planned once.
CREATE TABLE org_replans (
    org_id     bigint PRIMARY KEY REFERENCES orgs (id) ON DELETE CASCADE,
    reason     text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- 00014 made Saturday a rest day of the organisations that stored a
-- Sunday-only week, without moving their pending reminders off Saturdays.
-- Which ones it changed is no longer known, so every organisation is
-- re-planned, once.
INSERT INTO org_replans (org_id, reason)
SELECT id, '00014: rest days' FROM orgs;

-- +goose Down
DROP TABLE org_replans;

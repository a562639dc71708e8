-- +goose Up
-- An organisation's own days on top of the national holiday calendar
-- (package holidays): extra days off, and make-up working days ("làm bù"),
-- also a national holiday the organisation works. One row per day.
CREATE TABLE org_holidays (
    org_id     bigint NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    day        date NOT NULL,
    workday    boolean NOT NULL,
    name       text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, day)
);

-- Offices rest on Saturday and Sunday; Sunday alone was the old default,
-- which the bot's /nhacviec wrote out in full whenever an admin changed any
-- other part of the policy. Such a stored Sunday-only week becomes the new
-- default; an admin who wants Saturday reminders sets it again afterwards.
UPDATE orgs SET settings = jsonb_set(settings, '{reminders,rest_days}', '[0, 6]')
WHERE settings #> '{reminders,rest_days}' = '[0]'::jsonb;

-- One pending snooze per member and task: a second press replaces the
-- first (reminders.Scheduler.Snooze), never adds a second reminder. Older
-- duplicates keep only their latest.
DELETE FROM reminders r WHERE kind = 'snooze' AND status = 'pending' AND EXISTS (
    SELECT 1 FROM reminders o WHERE o.org_id = r.org_id AND o.task_id = r.task_id
      AND o.member_id = r.member_id AND o.kind = 'snooze' AND o.status = 'pending'
      AND (o.due_at, o.slot) > (r.due_at, r.slot));
CREATE UNIQUE INDEX reminders_one_snooze ON reminders (org_id, task_id, member_id)
    WHERE kind = 'snooze' AND status = 'pending';

-- +goose Down
DROP INDEX reminders_one_snooze;
DROP TABLE org_holidays;

-- +goose Up
-- A row Telegram refused because the person had blocked the bot or never
-- opened it (403, or 400 "chat not found") ends failed with refused_at
-- set: when the person writes to the bot again, their refused rows of the
-- last days are queued again (the renderer drops what no longer makes
-- sense). The failed rows of members marked unreachable now were refused
-- that way (the mark is set by the same refusal).
ALTER TABLE outbox ADD COLUMN refused_at timestamptz;
UPDATE outbox o SET refused_at = m.unreachable_at
FROM members m
WHERE o.status = 'failed' AND o.member_id IS NOT NULL AND m.org_id = o.org_id AND m.id = o.member_id
    AND m.unreachable_at IS NOT NULL AND m.removed_at IS NULL;
CREATE INDEX outbox_refused ON outbox (org_id, member_id) WHERE status = 'failed' AND refused_at IS NOT NULL;

-- +goose Down
DROP INDEX outbox_refused;
ALTER TABLE outbox DROP COLUMN refused_at;

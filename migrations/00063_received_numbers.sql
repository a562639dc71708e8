-- +goose Up
-- A received task is numbered in the organisation that received it, as its
-- tasks and meetings are (orgs.next_received_no), not by one counter shared
-- by every organisation: a commune's first received task is "Số 1". The
-- received tasks made before keep the numbers their leaders saw; each
-- organisation's next number follows its highest.
ALTER TABLE orgs ADD COLUMN next_received_no bigint NOT NULL DEFAULT 1;
UPDATE orgs o SET next_received_no = r.next
FROM (SELECT org_id, max(id) + 1 AS next FROM received_tasks GROUP BY org_id) r
WHERE r.org_id = o.id;
ALTER TABLE received_tasks ALTER COLUMN id DROP IDENTITY;

-- +goose Down
ALTER TABLE received_tasks ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
SELECT setval(pg_get_serial_sequence('received_tasks', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM received_tasks), false);
ALTER TABLE orgs DROP COLUMN next_received_no;

-- +goose Up
-- Units merge and are renamed as the reform goes on. A unit merged into
-- another is retired: its row stays, so that past events and reports keep
-- its name, and successor_id points to the unit that carries on its work.
ALTER TABLE units ADD COLUMN retired_at timestamptz;
ALTER TABLE units ADD COLUMN successor_id bigint;
ALTER TABLE units ADD FOREIGN KEY (org_id, successor_id) REFERENCES units (org_id, id);
ALTER TABLE units ADD CONSTRAINT units_successor_not_self CHECK (successor_id <> id);

-- +goose Down
ALTER TABLE units DROP CONSTRAINT units_successor_not_self;
ALTER TABLE units DROP COLUMN successor_id;
ALTER TABLE units DROP COLUMN retired_at;

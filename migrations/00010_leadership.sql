-- +goose Up
-- Leadership is a PostgreSQL advisory lock held on a connection (package
-- internal/leader), not a row with an expiry: the leases table goes. Outbox
-- rows record which sender claimed them, so that a new leader takes back at
-- once the rows its predecessor left in flight.
ALTER TABLE outbox ADD COLUMN claimed_by text NOT NULL DEFAULT '';
DROP TABLE leases;

-- +goose Down
CREATE TABLE leases (
    name       text PRIMARY KEY,
    holder     text NOT NULL,
    expires_at timestamptz NOT NULL
);
ALTER TABLE outbox DROP COLUMN claimed_by;

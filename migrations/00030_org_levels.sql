-- +goose Up
-- Two-tier local government: an organisation is a province (tinh), a
-- commune (xa: xã, phường, đặc khu) or, for history, a district (huyen),
-- with at most one parent organisation. Existing organisations were
-- districts with no parent and keep working as before.
ALTER TABLE orgs ADD COLUMN level text NOT NULL DEFAULT 'huyen'
    CHECK (level IN ('tinh', 'huyen', 'xa'));
ALTER TABLE orgs ADD COLUMN parent_id bigint REFERENCES orgs (id);
ALTER TABLE orgs ADD CONSTRAINT orgs_parent_not_self CHECK (parent_id <> id);
CREATE INDEX orgs_parent ON orgs (parent_id) WHERE parent_id IS NOT NULL;

-- A unit of a parent organisation (a commune in a province's directory) may
-- stand for a child organisation: tasks given to it arrive there. A child
-- organisation is linked by at most one unit of its parent.
ALTER TABLE units ADD COLUMN linked_org_id bigint REFERENCES orgs (id);
CREATE UNIQUE INDEX units_linked_org ON units (org_id, linked_org_id) WHERE linked_org_id IS NOT NULL;

-- +goose Down
DROP INDEX units_linked_org;
ALTER TABLE units DROP COLUMN linked_org_id;
DROP INDEX orgs_parent;
ALTER TABLE orgs DROP CONSTRAINT orgs_parent_not_self;
ALTER TABLE orgs DROP COLUMN parent_id;
ALTER TABLE orgs DROP COLUMN level;

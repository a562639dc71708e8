-- +goose Up
-- Processes keep what they read of a person's memberships and
-- organisations for the commands that only read (bot/viewers.go). Every
-- change of members, member_units or of what an organisation is (not its
-- counters) is announced on channel dondoc_members when its transaction
-- commits, and every process listening forgets what it kept. NOTIFY sends
-- one notice per transaction for the same channel and payload, however
-- many rows change.
-- +goose StatementBegin
CREATE FUNCTION notify_member_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dondoc_members', '');
    RETURN NULL;
END
$$;
-- +goose StatementEnd

CREATE TRIGGER members_changed AFTER INSERT OR UPDATE OR DELETE ON members
    FOR EACH ROW EXECUTE FUNCTION notify_member_change();
CREATE TRIGGER member_units_changed AFTER INSERT OR UPDATE OR DELETE ON member_units
    FOR EACH ROW EXECUTE FUNCTION notify_member_change();
CREATE TRIGGER orgs_changed AFTER INSERT OR DELETE OR UPDATE OF slug, name, timezone, settings, level, parent_id ON orgs
    FOR EACH ROW EXECUTE FUNCTION notify_member_change();
CREATE TRIGGER members_truncated AFTER TRUNCATE ON members
    FOR EACH STATEMENT EXECUTE FUNCTION notify_member_change();
CREATE TRIGGER member_units_truncated AFTER TRUNCATE ON member_units
    FOR EACH STATEMENT EXECUTE FUNCTION notify_member_change();
CREATE TRIGGER orgs_truncated AFTER TRUNCATE ON orgs
    FOR EACH STATEMENT EXECUTE FUNCTION notify_member_change();

-- +goose Down
DROP TRIGGER orgs_truncated ON orgs;
DROP TRIGGER member_units_truncated ON member_units;
DROP TRIGGER members_truncated ON members;
DROP TRIGGER orgs_changed ON orgs;
DROP TRIGGER member_units_changed ON member_units;
DROP TRIGGER members_changed ON members;
DROP FUNCTION notify_member_change();

-- +goose Up
-- member_fingerprint (00050, 00067) hashed every column of a person's
-- members, member_units and orgs rows at each call: it runs in the
-- statement that records every /viec and /help, and was the better part
-- of that statement's time. Now each members row carries a stamp that
-- triggers move on with every change of the row, of its units
-- (member_units) and of its organisation but for the organisation's
-- counters, and the fingerprint is the stamps of the person's
-- memberships: it changes whenever the old one did (an UPDATE that
-- writes the same values changes neither), read through members_tg_user
-- alone.
ALTER TABLE members ADD COLUMN stamp bigint NOT NULL DEFAULT 0;

-- +goose StatementBegin
CREATE FUNCTION members_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.stamp := OLD.stamp + 1;
    RETURN NEW;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER members_stamp BEFORE UPDATE ON members FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION members_stamp();

-- +goose StatementBegin
CREATE FUNCTION member_units_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE members SET stamp = stamp + 1 WHERE org_id = OLD.org_id AND id = OLD.member_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE members SET stamp = stamp + 1 WHERE org_id = NEW.org_id AND id = NEW.member_id;
    END IF;
    RETURN NULL;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER member_units_stamp AFTER INSERT OR DELETE ON member_units FOR EACH ROW
    EXECUTE FUNCTION member_units_stamp();
CREATE TRIGGER member_units_stamp_update AFTER UPDATE ON member_units FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION member_units_stamp();

-- +goose StatementBegin
CREATE FUNCTION orgs_stamp_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE members SET stamp = stamp + 1 WHERE org_id = NEW.id;
    RETURN NULL;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER orgs_stamp_members AFTER UPDATE ON orgs FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'next_task_no' - 'next_meeting_no' - 'next_received_no')
        IS DISTINCT FROM (to_jsonb(NEW) - 'next_task_no' - 'next_meeting_no' - 'next_received_no'))
    EXECUTE FUNCTION orgs_stamp_members();

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION member_fingerprint(user_id bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(string_agg(m.id::text || '.' || m.stamp::text, ',' ORDER BY m.id), '')
        FROM members m
        WHERE m.tg_user_id = user_id AND m.removed_at IS NULL);
END
$$;
-- +goose StatementEnd

-- +goose Down
-- The definition of 00067.
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION member_fingerprint(user_id bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(md5(string_agg(
            to_jsonb(m)::text || (to_jsonb(o) - 'next_task_no' - 'next_meeting_no' - 'next_received_no')::text
                || coalesce((SELECT string_agg(to_jsonb(mu)::text, ',' ORDER BY mu.unit_id)
                    FROM member_units mu WHERE mu.org_id = m.org_id AND mu.member_id = m.id), ''),
            ';' ORDER BY m.org_id, m.id)), '')
        FROM members m JOIN orgs o ON o.id = m.org_id
        WHERE m.tg_user_id = user_id);
END
$$;
-- +goose StatementEnd
DROP TRIGGER orgs_stamp_members ON orgs;
DROP FUNCTION orgs_stamp_members();
DROP TRIGGER member_units_stamp_update ON member_units;
DROP TRIGGER member_units_stamp ON member_units;
DROP FUNCTION member_units_stamp();
DROP TRIGGER members_stamp ON members;
DROP FUNCTION members_stamp();
ALTER TABLE members DROP COLUMN stamp;

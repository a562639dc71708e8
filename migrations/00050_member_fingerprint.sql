-- +goose Up
-- member_fingerprint identifies everything a request reads about a person
-- (tasks.Store.MembershipsWithOrgs): their memberships, removed ones
-- included, with their units and organisations. Any change of those rows
-- changes it, but for an organisation's task and meeting counters, which
-- every new task or meeting bumps. The bot keeps people's memberships
-- between their commands and checks, in the statement that records an
-- update, that what it kept still has this fingerprint (bot/viewers.go).
-- It is written in PL/pgSQL, which keeps the plan of its query for the
-- session: a SQL function's is made again at every call (four times as
-- long).
-- +goose StatementBegin
CREATE FUNCTION member_fingerprint(user_id bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(md5(string_agg(
            to_jsonb(m)::text || (to_jsonb(o) - 'next_task_no' - 'next_meeting_no')::text
                || coalesce((SELECT string_agg(to_jsonb(mu)::text, ',' ORDER BY mu.unit_id)
                    FROM member_units mu WHERE mu.org_id = m.org_id AND mu.member_id = m.id), ''),
            ';' ORDER BY m.org_id, m.id)), '')
        FROM members m JOIN orgs o ON o.id = m.org_id
        WHERE m.tg_user_id = user_id);
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION member_fingerprint(bigint);

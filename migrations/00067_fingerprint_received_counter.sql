-- +goose Up
-- member_fingerprint (00050) leaves out an organisation's counters, which
-- every new task or meeting bumps, but not the received-task counter that
-- 00063 added: each task arriving from above changed the fingerprint of
-- every member of the organisation and cleared what the bot kept of them.
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

-- +goose Down
-- The definition of 00050.
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION member_fingerprint(user_id bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
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

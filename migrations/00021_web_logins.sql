-- +goose Up
-- One-time login links of the dashboard (/bang in a private chat): the
-- SHA-256 of the code, who it logs in, until when, and when it was used.
CREATE TABLE web_logins (
    org_id     bigint NOT NULL REFERENCES orgs (id),
    code_hash  bytea NOT NULL,
    member_id  bigint NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (org_id, code_hash),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id)
);

-- +goose Down
DROP TABLE web_logins;

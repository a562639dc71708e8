-- +goose Up
-- The bot's messages that ask for a meeting's conclusion: a reply to one of
-- them is that meeting's conclusion, even after the bot stopped waiting.
CREATE TABLE meeting_messages (
    org_id     bigint NOT NULL,
    chat_id    bigint NOT NULL,
    message_id bigint NOT NULL,
    meeting_id bigint NOT NULL,
    sent_at    timestamptz NOT NULL,
    PRIMARY KEY (org_id, chat_id, message_id),
    FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id) ON DELETE CASCADE
);

-- +goose Down
DROP TABLE meeting_messages;

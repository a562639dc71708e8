-- +goose Up
-- chat_topics is read by (org_id, chat_id), its primary key. The index on
-- chat_id alone served no query; the one statement that looks a chat up
-- without its organisation moves a group Telegram upgraded to a
-- supergroup, once in the group's life, over a table of one row per bound
-- forum chat.
DROP INDEX IF EXISTS chat_topics_chat;

-- +goose Down
CREATE INDEX chat_topics_chat ON chat_topics (chat_id);

-- +goose Up
-- A Telegram chat id is the same for every bot: one supergroup may hold
-- the bots of two provinces, and each may link it to a unit of its own
-- organisation. A group is linked to at most one unit per bot (the bot
-- that serves the unit's organisation, kept here with the link; NULL
-- while the organisation is unbound), instead of one unit in all.
ALTER TABLE group_links ADD COLUMN bot_id bigint;
UPDATE group_links g SET bot_id = o.bot_id FROM orgs o WHERE o.id = g.org_id;
DROP INDEX group_links_chat;
CREATE UNIQUE INDEX group_links_chat ON group_links (chat_id, coalesce(bot_id, 0));

-- +goose Down
DROP INDEX group_links_chat;
DELETE FROM group_links g USING group_links k
WHERE g.chat_id = k.chat_id AND (g.linked_at, g.org_id) > (k.linked_at, k.org_id);
CREATE UNIQUE INDEX group_links_chat ON group_links (chat_id);
ALTER TABLE group_links DROP COLUMN bot_id;

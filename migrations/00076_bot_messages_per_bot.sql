-- +goose Up
-- The ids of the messages a bot sent that stand for a task or ask for a
-- meeting's conclusion. In a private chat the chat id is the person's id
-- for every bot, but each bot numbers its messages there on its own: the
-- bot that sent the message is part of the key, so that after an
-- organisation moves to another bot a reply to the new bot's message 5 is
-- not taken for a reply to the old bot's message 5. 0 is a message whose
-- bot is not known (an organisation no bot served).
ALTER TABLE task_messages ADD COLUMN bot_id bigint NOT NULL DEFAULT 0;
UPDATE task_messages m SET bot_id = o.bot_id FROM orgs o WHERE o.id = m.org_id AND o.bot_id IS NOT NULL;
ALTER TABLE task_messages DROP CONSTRAINT task_messages_pkey;
ALTER TABLE task_messages ADD PRIMARY KEY (org_id, chat_id, message_id, bot_id);

ALTER TABLE meeting_messages ADD COLUMN bot_id bigint NOT NULL DEFAULT 0;
UPDATE meeting_messages m SET bot_id = o.bot_id FROM orgs o WHERE o.id = m.org_id AND o.bot_id IS NOT NULL;
ALTER TABLE meeting_messages DROP CONSTRAINT meeting_messages_pkey;
ALTER TABLE meeting_messages ADD PRIMARY KEY (org_id, chat_id, message_id, bot_id);

-- +goose Down
DELETE FROM meeting_messages m USING meeting_messages k
WHERE m.org_id = k.org_id AND m.chat_id = k.chat_id AND m.message_id = k.message_id AND m.sent_at < k.sent_at;
ALTER TABLE meeting_messages DROP CONSTRAINT meeting_messages_pkey;
ALTER TABLE meeting_messages DROP COLUMN bot_id;
ALTER TABLE meeting_messages ADD PRIMARY KEY (org_id, chat_id, message_id);

DELETE FROM task_messages m USING task_messages k
WHERE m.org_id = k.org_id AND m.chat_id = k.chat_id AND m.message_id = k.message_id AND m.sent_at < k.sent_at;
ALTER TABLE task_messages DROP CONSTRAINT task_messages_pkey;
ALTER TABLE task_messages DROP COLUMN bot_id;
ALTER TABLE task_messages ADD PRIMARY KEY (org_id, chat_id, message_id);

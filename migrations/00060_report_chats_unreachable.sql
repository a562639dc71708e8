-- +goose Up
-- A report chat Telegram refuses for good (the bot was removed from the
-- group, or the group is gone) is kept but no longer used: unreachable_at
-- says since when. The week's report then goes to the leaders' private
-- chats, and /baocao_o_day typed in the group again clears the mark.
-- Existing rows are reachable (NULL), as they were.
ALTER TABLE report_chats ADD COLUMN unreachable_at timestamptz;
ALTER TABLE report_chats ADD COLUMN unreachable_reason text NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE report_chats DROP COLUMN unreachable_reason;
ALTER TABLE report_chats DROP COLUMN unreachable_at;

-- +goose Up
-- Migration 77 marked as refused every failed row of a member marked
-- unreachable, including rows that failed otherwise (a permanent 400, or
-- a timeout after which the message may well have been delivered): sent
-- again when the person comes back, they would arrive twice. A row stays
-- refused only when its last error is a refusal, as bot/transport.go's
-- classify reads it: the sender's kind "unreachable", or Telegram's 403
-- ("Forbidden"), blocked, deactivated, can't initiate conversation, chat
-- not found, no rights to send.
UPDATE outbox SET refused_at = NULL
WHERE status = 'failed' AND refused_at IS NOT NULL
    AND NOT (lower(last_error) LIKE 'unreachable:%'
        OR lower(last_error) LIKE ANY (ARRAY[
            '%forbidden%', '%chat not found%', '%bot was blocked%', '%user is deactivated%',
            '%can''t initiate conversation%', '%not enough rights to send%', '%have no rights to send%']));

-- +goose Down
-- The rows cleared cannot be told from rows never refused: nothing to undo.
SELECT 1;

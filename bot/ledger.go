package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/internal/stmtcache"
)

// ledger is the bot's own bookkeeping of Telegram updates (table
// telegram_updates): each update is recorded when it arrives, then marked
// handled or failed. It belongs to bot/, not to the domain.
type ledger struct {
	db    *sqlx.DB
	botID int64
	// hot holds the prepared statements of record and done, which run for
	// every update; made on first use.
	hotOnce sync.Once
	hot     *stmtcache.Cache
}

// stmts returns the ledger's prepared statements.
func (l *ledger) stmts() *stmtcache.Cache {
	l.hotOnce.Do(func() { l.hot = stmtcache.New(l.db) })
	return l.hot
}

// recorded is an update read back from the ledger.
type recorded struct {
	UpdateID int64           `db:"update_id"`
	Payload  json.RawMessage `db:"payload"`
}

// record stores the updates not seen before and returns those, in order:
// an update Telegram delivers again, to this replica or another, is not
// returned, so it is handled at most once.
func (l *ledger) record(ctx context.Context, us []Update, now time.Time) ([]Update, error) {
	fresh, _, err := l.recordChecking(ctx, us, now, nil)
	return fresh, err
}

// recordChecking is record that also returns, for each update new in
// senders (update id → Telegram user id), the fingerprint of that
// person's memberships as the record saw them (member_fingerprint,
// migration 00050), by update id.
func (l *ledger) recordChecking(ctx context.Context, us []Update, now time.Time, senders map[int64]int64) ([]Update, map[int64]string, error) {
	ids := make([]int64, len(us))
	chats := make([]int64, len(us))
	payloads := make([]string, len(us))
	whose := make([]int64, len(us))
	for i, u := range us {
		p, err := json.Marshal(u)
		if err != nil {
			return nil, nil, fmt.Errorf("ledger: unable to encode update %d: %w", u.UpdateID, err)
		}
		ids[i], chats[i], payloads[i], whose[i] = u.UpdateID, u.chatKey(), string(p), senders[u.UpdateID]
	}
	var rows []struct {
		UpdateID    int64  `db:"update_id"`
		Fingerprint string `db:"fingerprint"`
	}
	err := l.stmts().Select(ctx, &rows, `
		WITH u AS (
			SELECT * FROM unnest($2::bigint[], $3::bigint[], $4::text[], $6::bigint[]) AS u (id, chat, payload, sender)),
		ins AS (
			INSERT INTO telegram_updates (bot_id, update_id, chat_id, payload, received_at)
			SELECT $1, u.id, u.chat, u.payload::jsonb, $5 FROM u
			ON CONFLICT DO NOTHING
			RETURNING update_id)
		SELECT DISTINCT ins.update_id, CASE WHEN u.sender <> 0 THEN member_fingerprint(u.sender) ELSE '' END AS fingerprint
		FROM ins JOIN u ON u.id = ins.update_id`,
		l.botID, pq.Array(ids), pq.Array(chats), pq.Array(payloads), now, pq.Array(whose))
	if err != nil {
		return nil, nil, fmt.Errorf("ledger: unable to record updates: %w", err)
	}
	isNew := make(map[int64]bool, len(rows))
	var fingerprints map[int64]string
	for _, r := range rows {
		isNew[r.UpdateID] = true
		if senders[r.UpdateID] != 0 {
			if fingerprints == nil {
				fingerprints = map[int64]string{}
			}
			fingerprints[r.UpdateID] = r.Fingerprint
		}
	}
	out := make([]Update, 0, len(rows))
	for _, u := range us {
		if isNew[u.UpdateID] {
			out = append(out, u)
			delete(isNew, u.UpdateID)
		}
	}
	return out, fingerprints, nil
}

// pending returns the recorded updates not yet handled, oldest first, and
// stamps them as received now.
func (l *ledger) pending(ctx context.Context, now time.Time) ([]Update, error) {
	return l.claim(ctx, time.Time{}, now)
}

// claim takes the recorded updates not handled that arrived before
// before (all of them for the zero time) and stamps them as received now.
// Every stamp of the ledger is the app's clock (the caller's now), never
// the database's, so that a cutoff computed from it compares like with like.
func (l *ledger) claim(ctx context.Context, before, now time.Time) ([]Update, error) {
	var rows []recorded
	q := `
		UPDATE telegram_updates SET received_at = $3
		WHERE bot_id = $1 AND handled_at IS NULL AND ($2::timestamptz IS NULL OR received_at < $2)
		RETURNING update_id, payload`
	var cutoff *time.Time
	if !before.IsZero() {
		cutoff = &before
	}
	if err := l.db.SelectContext(ctx, &rows, q, l.botID, cutoff, now); err != nil {
		return nil, fmt.Errorf("ledger: unable to read pending updates: %w", err)
	}
	return decodeRecorded(rows)
}

// decodeRecorded decodes updates read from the ledger, oldest first.
func decodeRecorded(rows []recorded) ([]Update, error) {
	sort.Slice(rows, func(i, j int) bool { return rows[i].UpdateID < rows[j].UpdateID })
	out := make([]Update, 0, len(rows))
	for _, r := range rows {
		var u Update
		if len(r.Payload) > 0 {
			if err := json.Unmarshal(r.Payload, &u); err != nil {
				return nil, fmt.Errorf("ledger: unable to decode update %d: %w", r.UpdateID, err)
			}
		}
		u.UpdateID = r.UpdateID
		out = append(out, u)
	}
	return out, nil
}

// lastID returns the highest update id recorded, 0 for none.
func (l *ledger) lastID(ctx context.Context) (int64, error) {
	var id int64
	if err := l.db.GetContext(ctx, &id, `SELECT coalesce(max(update_id), 0) FROM telegram_updates WHERE bot_id = $1`, l.botID); err != nil {
		return 0, fmt.Errorf("ledger: unable to read the last update id: %w", err)
	}
	return id, nil
}

// unhandled returns the recorded updates not handled that keep gives
// back (the ids a dispatcher does not hold yet), oldest first, at most
// maxPending of them. The ids come from the ledger's index of pending
// updates; only the payloads of those kept are read.
func (l *ledger) unhandled(ctx context.Context, keep func(ids []int64) []int64) ([]Update, error) {
	var ids []int64
	if err := l.db.SelectContext(ctx, &ids, `
		SELECT update_id FROM telegram_updates WHERE bot_id = $1 AND handled_at IS NULL
		ORDER BY update_id LIMIT $2`, l.botID, maxPending); err != nil {
		return nil, fmt.Errorf("ledger: unable to list pending updates: %w", err)
	}
	if ids = keep(ids); len(ids) == 0 {
		return nil, nil
	}
	var rows []recorded
	if err := l.db.SelectContext(ctx, &rows, `
		SELECT update_id, payload FROM telegram_updates
		WHERE bot_id = $1 AND update_id = ANY($2) AND handled_at IS NULL`, l.botID, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("ledger: unable to read pending updates: %w", err)
	}
	return decodeRecorded(rows)
}

// done marks updates handled; a mark's reason, when not empty, says why
// its update failed.
func (l *ledger) done(ctx context.Context, marks []mark, now time.Time) error {
	ids := make([]int64, len(marks))
	reasons := make([]string, len(marks))
	for i, m := range marks {
		ids[i], reasons[i] = m.id, m.reason
	}
	if err := l.stmts().Exec(ctx, `
		UPDATE telegram_updates t SET handled_at = $3, failed = NULLIF(m.reason, ''), payload = NULL
		FROM unnest($2::bigint[], $4::text[]) AS m (id, reason)
		WHERE t.bot_id = $1 AND t.update_id = m.id`, l.botID, pq.Array(ids), now, pq.Array(reasons)); err != nil {
		return fmt.Errorf("ledger: unable to mark %d updates handled: %w", len(marks), err)
	}
	return nil
}

// ForgetUpdates removes the record of updates handled before a moment;
// Telegram does not deliver an update again after a day.
func ForgetUpdates(ctx context.Context, db *sqlx.DB, before time.Time) error {
	if _, err := db.ExecContext(ctx, `DELETE FROM telegram_updates WHERE handled_at < $1`, before); err != nil {
		return fmt.Errorf("ledger: unable to forget updates: %w", err)
	}
	return nil
}

// chatKey is what orders an update among others: its chat (a button's
// message is in that chat too). Updates of one chat are handled one after
// the other; different chats at once.
func (u Update) chatKey() int64 {
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		return u.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil && u.CallbackQuery.Message.Chat != nil:
		return u.CallbackQuery.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		return u.CallbackQuery.From.ID
	}
	return 0
}

// secret returns the bot's webhook secret, made with gen by the first
// replica that asks and shared by the others.
func (l *ledger) secret(ctx context.Context, gen func() (string, error)) (string, error) {
	s, err := gen()
	if err != nil {
		return "", err
	}
	return botSecret(ctx, l.db, l.botID, s)
}

package migrations_test

import (
	"context"
	"os"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestOutboxRefused: migration 77 marks as refused the failed rows of the
// members marked unreachable (so that they are sent when the person comes
// back), and no other row.
func TestOutboxRefused(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 76); err != nil {
		t.Fatal(err)
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, timezone) OVERRIDING SYSTEM VALUE VALUES (1, 'a', 'A', 'Asia/Ho_Chi_Minh')`)
	db.MustExec(`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at, unreachable_at) OVERRIDING SYSTEM VALUE
		VALUES (1, 1, 10, 10, 'Chặn', 'member', now(), now()), (1, 2, 20, 20, 'Mở', 'member', now(), NULL)`)
	db.MustExec(`INSERT INTO outbox (org_id, idem_key, chat_id, kind, member_id, status, next_attempt_at, created_at) VALUES
		(1, 'blocked', 10, 'x', 1, 'failed', now(), now()),
		(1, 'pending', 10, 'x', 1, 'pending', now(), now()),
		(1, 'open', 20, 'x', 2, 'failed', now(), now())`)
	if _, err := p.UpTo(ctx, 77); err != nil {
		t.Fatal(err)
	}
	var refused []string
	if err := db.Select(&refused, `SELECT idem_key FROM outbox WHERE refused_at IS NOT NULL`); err != nil {
		t.Fatal(err)
	}
	if len(refused) != 1 || refused[0] != "blocked" {
		t.Errorf("refused rows after the migration: %v, want [blocked]", refused)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestOutboxRefusedOnlyRefusals: migration 81 keeps refused only the rows
// whose last error is a refusal (blocked, never opened, chat not found),
// in the words of the current client and of the one before it; a row that
// failed on a bad request or a timeout (it may have been delivered) is
// not sent again when the person comes back.
func TestOutboxRefusedOnlyRefusals(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 77); err != nil {
		t.Fatal(err)
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, timezone) OVERRIDING SYSTEM VALUE VALUES (1, 'a', 'A', 'Asia/Ho_Chi_Minh')`)
	db.MustExec(`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at, unreachable_at) OVERRIDING SYSTEM VALUE
		VALUES (1, 1, 10, 10, 'Chặn', 'member', now(), now())`)
	rows := []struct {
		key, lastError string
		refused        bool
	}{
		{"blocked", "unreachable: forbidden, Forbidden: bot was blocked by the user", true},
		{"never-opened", "Forbidden: bot can't initiate conversation with a user", true},
		{"chat-not-found", "permanent: Bad Request: chat not found", true},
		{"deactivated", "unreachable: Forbidden: user is deactivated", true},
		{"bad-request", "permanent: bad request, Bad Request: message text is empty", false},
		{"timeout", "temporary: Post \"https://api.telegram.org/bot/sendMessage\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", false},
		{"no-error", "", false},
	}
	for _, r := range rows {
		db.MustExec(`INSERT INTO outbox (org_id, idem_key, chat_id, kind, member_id, status, last_error, refused_at, next_attempt_at, created_at)
			VALUES (1, $1, 10, 'x', 1, 'failed', $2, now(), now(), now())`, r.key, r.lastError)
	}
	db.MustExec(`INSERT INTO outbox (org_id, idem_key, chat_id, kind, member_id, status, last_error, next_attempt_at, created_at)
		VALUES (1, 'never-refused', 10, 'x', 1, 'failed', 'unreachable: Forbidden: bot was blocked by the user', now(), now())`)
	if _, err := p.UpTo(ctx, 81); err != nil {
		t.Fatal(err)
	}
	refused := map[string]bool{}
	var keys []string
	if err := db.Select(&keys, `SELECT idem_key FROM outbox WHERE refused_at IS NOT NULL`); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		refused[k] = true
	}
	for _, r := range rows {
		if refused[r.key] != r.refused {
			t.Errorf("row %s (%q) refused: %v, want %v", r.key, r.lastError, refused[r.key], r.refused)
		}
	}
	if refused["never-refused"] {
		t.Error("the migration marked a row refused")
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}

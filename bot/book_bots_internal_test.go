package bot

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestBotsTable: a bot registered again keeps its webhook secret and takes
// its new @username; a bot is found by id or @username in any case, never
// by an empty name; an unknown bot has no username.
func TestBotsTable(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	first, err := botSecret(ctx, db, 7, "first")
	if err != nil {
		t.Fatal(err)
	}
	if again, err := botSecret(ctx, db, 7, "second"); err != nil || first != "first" || again != "first" {
		t.Fatalf("webhook secret of bot 7: %q then %q (%v), want first twice", first, again, err)
	}
	if err := RegisterBot(ctx, db, 42, "QuangNinh_bot", t0); err != nil {
		t.Fatal(err)
	}
	secret, err := botSecret(ctx, db, 42, "unused")
	if err != nil {
		t.Fatal(err)
	}
	if err := RegisterBot(ctx, db, 42, "quangninh_bot", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got, err := botSecret(ctx, db, 42, "unused"); err != nil || got != secret || secret == "unused" {
		t.Errorf("webhook secret of bot 42 after registering again: %q, want %q (%v)", got, secret, err)
	}

	known, err := KnownBots(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 2 || known[0].ID != 7 || known[1].ID != 42 || known[1].Username != "quangninh_bot" ||
		known[1].SeenAt == nil || !known[1].SeenAt.Equal(t0.Add(time.Hour)) {
		t.Errorf("known bots: %+v", known)
	}

	for _, c := range []struct {
		ref  string
		want int64 // 0: not found
	}{
		{"42", 42},
		{"@QUANGNINH_BOT", 42},
		{" quangninh_bot ", 42},
		{"7", 7},
		{"43", 0},
		{"", 0},
		{"@", 0},
	} {
		b, ok, err := FindBot(ctx, db, c.ref)
		if err != nil {
			t.Fatal(err)
		}
		if got := map[bool]int64{true: b.ID}[ok]; got != c.want {
			t.Errorf("FindBot(%q) = %d, want %d", c.ref, got, c.want)
		}
	}

	for id, want := range map[int64]string{42: "quangninh_bot", 7: "", 99: ""} {
		if got, err := botUsername(ctx, db, id); err != nil || got != want {
			t.Errorf("botUsername(%d) = %q (%v), want %q", id, got, err, want)
		}
	}
}

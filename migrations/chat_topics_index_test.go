package migrations_test

import (
	"context"
	"os"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestChatTopicsIndexDropped: migration 55 drops chat_topics_chat, keeps
// the bound topics, and its down step puts the index back.
func TestChatTopicsIndexDropped(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	index := func() int {
		var n int
		if err := db.Get(&n, `SELECT count(*) FROM pg_indexes WHERE tablename = 'chat_topics' AND indexname = 'chat_topics_chat'`); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := index(); n != 0 {
		t.Fatalf("chat_topics_chat exists after every migration")
	}
	if _, err := p.DownTo(ctx, 54); err != nil {
		t.Fatal(err)
	}
	if n := index(); n != 1 {
		t.Fatalf("the down step did not put chat_topics_chat back")
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, timezone) OVERRIDING SYSTEM VALUE VALUES (1, 'a', 'A', 'Asia/Ho_Chi_Minh')`)
	db.MustExec(`INSERT INTO chat_topics (org_id, chat_id, thread_id, set_at) VALUES (1, -100888, 42, now())`)
	if _, err := p.UpTo(ctx, 55); err != nil {
		t.Fatal(err)
	}
	var thread int
	if err := db.Get(&thread, `SELECT thread_id FROM chat_topics WHERE org_id = 1 AND chat_id = -100888`); err != nil || thread != 42 {
		t.Errorf("the bound topic was lost: %d, %v", thread, err)
	}
	if n := index(); n != 0 {
		t.Errorf("chat_topics_chat is still there")
	}
}

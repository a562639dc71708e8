package migrations_test

import (
	"context"
	"os"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestPerBotChatKeys: migrations 75 and 76 give group links and the
// recorded ids of the bot's messages the bot of their organisation, so an
// upgraded database keeps its links and replies; afterwards a group may
// hold one link per bot; the down steps go back to one link per group.
func TestPerBotChatKeys(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 74); err != nil {
		t.Fatal(err)
	}
	conn, err := db.Connx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Old rows, written without their tasks and meetings (no foreign keys
	// checked on this connection).
	for _, q := range []string{
		`SET session_replication_role = replica`,
		`INSERT INTO orgs (id, slug, name, timezone, bot_id) OVERRIDING SYSTEM VALUE VALUES (1, 'a', 'A', 'Asia/Ho_Chi_Minh', 11), (2, 'b', 'B', 'Asia/Ho_Chi_Minh', 22)`,
		`INSERT INTO group_links (org_id, chat_id, unit_id, linked_by, linked_at) VALUES (1, -100, 1, 1, now())`,
		`INSERT INTO task_messages (org_id, chat_id, message_id, task_id, sent_at) VALUES (1, 500, 5, 1, now())`,
		`INSERT INTO meeting_messages (org_id, chat_id, message_id, meeting_id, sent_at) VALUES (1, 500, 6, 1, now())`,
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if _, err := p.UpTo(ctx, 76); err != nil {
		t.Fatal(err)
	}
	for table, q := range map[string]string{
		"group_links":      `SELECT bot_id FROM group_links WHERE org_id = 1 AND chat_id = -100`,
		"task_messages":    `SELECT bot_id FROM task_messages WHERE org_id = 1 AND message_id = 5`,
		"meeting_messages": `SELECT bot_id FROM meeting_messages WHERE org_id = 1 AND message_id = 6`,
	} {
		var bot int64
		if err := conn.GetContext(ctx, &bot, q); err != nil || bot != 11 {
			t.Errorf("%s: the old row has bot %d (%v), want its organisation's 11", table, bot, err)
		}
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO group_links (org_id, chat_id, unit_id, linked_by, linked_at, bot_id) VALUES (2, -100, 1, 1, now(), 22)`); err != nil {
		t.Errorf("the other bot's organisation linking the same group: %v", err)
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO group_links (org_id, chat_id, unit_id, linked_by, linked_at, bot_id) VALUES (3, -100, 1, 1, now(), 22)`); err == nil {
		t.Error("a second link of the group for one bot was accepted")
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO task_messages (org_id, chat_id, message_id, task_id, sent_at, bot_id) VALUES (1, 500, 5, 2, now(), 22)`); err != nil {
		t.Errorf("another bot's message with the same id: %v", err)
	}
	if _, err := p.DownTo(ctx, 74); err != nil {
		t.Fatal(err)
	}
	var links, cards int
	if err := conn.GetContext(ctx, &links, `SELECT count(*) FROM group_links WHERE chat_id = -100`); err != nil || links != 1 {
		t.Errorf("after the down steps, the group has %d links (%v), want 1", links, err)
	}
	if err := conn.GetContext(ctx, &cards, `SELECT count(*) FROM task_messages WHERE chat_id = 500 AND message_id = 5`); err != nil || cards != 1 {
		t.Errorf("after the down steps, %d task messages (%v), want 1", cards, err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}

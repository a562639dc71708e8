package bot

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
)

// TestTopicsPerOrganisation: two organisations share a forum and bind it
// to different topics; each one's messages go to its own topic, a chat
// with no binding for the organisation gets no topic, and a deleted topic
// is unbound and the message still delivered to the chat.
func TestTopicsPerOrganisation(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	fake := tgfake.New()
	t.Cleanup(fake.Close)
	tg, err := Connect(ctx, tgfake.Token, fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var orgA, orgB, orgC int64
	for slug, id := range map[string]*int64{"a": &orgA, "b": &orgB, "c": &orgC} {
		if err := db.Get(id, `INSERT INTO orgs (slug, name) VALUES ($1, $1) RETURNING id`, slug); err != nil {
			t.Fatal(err)
		}
	}
	forum := tgfake.Chat{ID: -100777, Title: "Giao ban", Forum: true}
	leader := tgfake.User{ID: 501, FirstName: "An"}
	fake.SendTopicText(leader, forum, 11, "/baocao_o_day")
	fake.SendTopicText(leader, forum, 22, "/baocao_o_day")
	bk := NewBook(db)
	now := time.Now()
	// B binds later: a lookup by chat alone would send A's messages to 22.
	if err := bk.bindTopic(ctx, orgA, forum.ID, 11, now); err != nil {
		t.Fatal(err)
	}
	if err := bk.bindTopic(ctx, orgB, forum.ID, 22, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	tr := NewTransport(tg).WithTopics(bk, slog.New(slog.DiscardHandler))
	send := func(org int64, text string) {
		t.Helper()
		if _, err := tr.Send(ctx, forum.ID, outbox.Part{Text: text, OrgID: org}, false); err != nil {
			t.Fatalf("send %q: %v", text, err)
		}
	}
	thread := func(text string) int64 {
		t.Helper()
		for _, m := range fake.SentTo(forum.ID) {
			if m.Text == text {
				return m.ThreadID
			}
		}
		t.Fatalf("%q was not sent", text)
		return 0
	}
	send(orgA, "cho A")
	send(orgB, "cho B")
	send(orgC, "cho C")
	for text, want := range map[string]int64{"cho A": 11, "cho B": 22, "cho C": 0} {
		if got := thread(text); got != want {
			t.Errorf("%q went to topic %d, want %d", text, got, want)
		}
	}

	fake.DeleteTopic(forum.ID, 11)
	send(orgA, "A sau khi xoá chủ đề")
	if got := thread("A sau khi xoá chủ đề"); got != 0 {
		t.Errorf("after the topic was deleted the message went to topic %d, want the chat", got)
	}
	if got, err := bk.topicOf(ctx, orgA, forum.ID); err != nil || got != 0 {
		t.Errorf("A's topic after deletion = %d, %v; want unbound", got, err)
	}
	if got, err := bk.topicOf(ctx, orgB, forum.ID); err != nil || got != 22 {
		t.Errorf("B's topic = %d, %v; want 22 kept", got, err)
	}
}

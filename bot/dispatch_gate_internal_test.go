package bot

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// TestSpeculateOnlyReadsFirstInIdleChats: only a command that only reads,
// first of its chat in the batch and in a chat with nothing queued, is
// taken before it is recorded.
func TestSpeculateOnlyReadsFirstInIdleChats(t *testing.T) {
	tg, err := Dial("1:x", "http://127.0.0.1:1", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	b := &Bot{tg: tg}
	d := &dispatcher{b: b, queues: map[int64][]queued{}, active: map[int64]bool{}, held: map[int64]*gate{}}
	d.cond = sync.NewCond(&d.mu)
	msg := func(id, chat int64, text string) Update {
		return Update{UpdateID: id, Message: &Message{MessageID: int(id), Chat: &Chat{ID: chat, Type: "private"}, From: &User{ID: chat}, Text: text}}
	}
	if err := d.submit([]Update{msg(1, 500, "/giao KTHT: Việc trước 30/6/2031")}); err != nil {
		t.Fatal(err)
	}
	early := d.speculate([]Update{
		msg(2, 100, "/viec"),
		msg(3, 100, "/help"), // second in its chat
		msg(4, 200, "/giao KTHT: Việc trước 30/6/2031"),
		msg(5, 200, "/viec"), // behind a command that writes
		msg(6, 300, "/help"),
		msg(7, 400, "Đã xong"), // an answer to a prompt
		msg(8, 500, "/viec"),   // its chat has an update queued
	})
	var ids []int64
	for id := range early {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if !slices.Equal(ids, []int64{2, 6}) {
		t.Errorf("taken early: %v, want [2 6]", ids)
	}
	if d.pending != 3 || !d.active[100] || !d.active[300] || d.active[200] {
		t.Errorf("pending %d, active %v", d.pending, d.active)
	}
}

// TestEarlyAnswerWaitsForTheRecord: a read-only command handled while its
// record fails gets no answer and writes nothing; sent again, it is
// answered once; delivered once more (recorded before), it is not
// answered again.
func TestEarlyAnswerWaitsForTheRecord(t *testing.T) {
	db := pgtest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := tgfake.New()
	t.Cleanup(fake.Close)
	tg, err := Connect(ctx, tgfake.Token, fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	st := tasks.NewStore(db)
	b := New(tg, st, outbox.NewLimits(outbox.LimitsConfig{Global: 1000, PerChat: 1000, PerGroup: 1000}), func() {}, time.Now,
		slog.New(slog.DiscardHandler), Config{RetryUpdate: 10 * time.Millisecond})
	d := b.startDispatcher(ctx)
	defer d.stop()
	const chat = 77
	fake.StartChat(chat)
	// A member whose earlier notices could not be delivered: writing to
	// the bot marks them reachable again, a write that must wait for the
	// record.
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	inv, err := st.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleLeader}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: chat, ChatID: chat, FullName: "An"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE members SET unreachable_at = now() WHERE tg_user_id = $1`, chat); err != nil {
		t.Fatal(err)
	}
	unreachable := func() bool {
		t.Helper()
		var u bool
		if err := db.Get(&u, `SELECT unreachable_at IS NOT NULL FROM members WHERE tg_user_id = $1`, chat); err != nil {
			t.Fatal(err)
		}
		return u
	}
	u := Update{UpdateID: 41, Message: &Message{MessageID: 1, Chat: &Chat{ID: chat, Type: "private"}, From: &User{ID: chat, FirstName: "An"}, Text: "/help"}}
	idle := func() {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
			d.mu.Lock()
			n := d.pending
			d.mu.Unlock()
			if n == 0 {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d updates still pending", n)
			}
		}
	}

	if _, err := db.Exec(`ALTER TABLE telegram_updates RENAME TO telegram_updates_away`); err != nil {
		t.Fatal(err)
	}
	if err := d.accept(ctx, []Update{u}); err == nil {
		t.Fatal("accept worked without the ledger")
	}
	idle()
	if got := fake.SentTo(chat); len(got) != 0 {
		t.Fatalf("answered an update that was not recorded: %q", got[0].PlainText)
	}
	if !unreachable() {
		t.Error("an update that was not recorded marked its sender reachable")
	}

	if _, err := db.Exec(`ALTER TABLE telegram_updates_away RENAME TO telegram_updates`); err != nil {
		t.Fatal(err)
	}
	if err := d.accept(ctx, []Update{u}); err != nil {
		t.Fatal(err)
	}
	fake.WaitCount(t, 10*time.Second, 1, func(m tgfake.SentMessage) bool { return m.ChatID == chat })
	idle()
	if unreachable() {
		t.Error("the recorded update did not mark its sender reachable")
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		var handled bool
		if err := db.Get(&handled, `SELECT handled_at IS NOT NULL FROM telegram_updates WHERE update_id = 41`); err != nil {
			t.Fatal(err)
		}
		if handled {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the update was not marked handled")
		}
	}

	if err := d.accept(ctx, []Update{u}); err != nil {
		t.Fatal(err)
	}
	idle()
	time.Sleep(100 * time.Millisecond) // an answer sent now would show
	if got := fake.SentTo(chat); len(got) != 1 {
		t.Fatalf("%d answers, want 1", len(got))
	}
}

// TestStaleMembershipsHandledAgain: a read-only command handled early with
// kept memberships that changed before its record (here: the person was
// a stranger, and has joined since) is not answered from them; it is
// handled again, reading them afresh, and answered once.
func TestStaleMembershipsHandledAgain(t *testing.T) {
	db := pgtest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := tgfake.New()
	t.Cleanup(fake.Close)
	tg, err := Connect(ctx, tgfake.Token, fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	st := tasks.NewStore(db)
	b := New(tg, st, outbox.NewLimits(outbox.LimitsConfig{Global: 1000, PerChat: 1000, PerGroup: 1000}), func() {}, time.Now,
		slog.New(slog.DiscardHandler), Config{RetryUpdate: 10 * time.Millisecond})
	d := b.startDispatcher(ctx)
	defer d.stop()
	const chat = 78
	fake.StartChat(chat)
	_, _, strangerFP, err := st.MembershipsWithOrgs(ctx, chat)
	if err != nil {
		t.Fatal(err)
	}
	b.viewers.put(chat, viewer{fingerprint: strangerFP, at: time.Now()})
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	inv, err := st.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleLeader}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: chat, ChatID: chat, FullName: "An"}, time.Now()); err != nil {
		t.Fatal(err)
	}

	u := Update{UpdateID: 51, Message: &Message{MessageID: 1, Chat: &Chat{ID: chat, Type: "private"}, From: &User{ID: chat, FirstName: "An"}, Text: "/viec"}}
	if err := d.accept(ctx, []Update{u}); err != nil {
		t.Fatal(err)
	}
	got := fake.WaitCount(t, 10*time.Second, 1, func(m tgfake.SentMessage) bool { return m.ChatID == chat })
	if strings.Contains(got[0].PlainText, "chưa là thành viên") {
		t.Errorf("answered from the memberships kept before the person joined: %q", got[0].PlainText)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		var handled bool
		if err := db.Get(&handled, `SELECT handled_at IS NOT NULL FROM telegram_updates WHERE update_id = 51`); err != nil {
			t.Fatal(err)
		}
		if handled {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the update was not marked handled")
		}
	}
	time.Sleep(100 * time.Millisecond) // a second answer would show now
	if n := len(fake.SentTo(chat)); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
	if e, ok := b.viewers.get(chat, time.Now()); !ok || len(e.ms) != 1 {
		t.Errorf("kept after the fresh read: %d memberships (%v), want 1", len(e.ms), ok)
	}
}

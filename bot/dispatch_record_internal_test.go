package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/jmoiron/sqlx"
)

// TestUnrecordedUpdateIsNotHandled: a read-only command whose record
// fails gets no answer and writes nothing; sent again, it is answered
// once; delivered once more (recorded before), it is not answered again.
func TestUnrecordedUpdateIsNotHandled(t *testing.T) {
	db := pgtest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st := tasks.NewStore(db)
	b, fake := newInternalBot(ctx, t, st, outbox.LimitsConfig{Global: 1000, PerChat: 1000, PerGroup: 1000}, Config{RetryUpdate: 10 * time.Millisecond})
	d := b.startDispatcher(ctx)
	defer d.stop()
	const chat = 77
	fake.StartChat(chat)
	// A member whose earlier notices could not be delivered: writing to
	// the bot marks them reachable again, which an update not recorded
	// must not do.
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

// TestStaleMembershipsReadAfresh: a read-only command whose record saw a
// fingerprint other than that of the memberships kept (here: the person
// was a stranger, and has joined since) is not answered from them: they
// are read afresh, and it is answered once.
func TestStaleMembershipsReadAfresh(t *testing.T) {
	f := newKeptFixture(t, 78)
	f.b.viewers.put(f.chat, viewer{fingerprint: f.strangerFP, at: time.Now()})
	got := f.viec(t, 51)
	if strings.Contains(got, msgNotMemberMarker) {
		t.Errorf("answered from the memberships kept before the person joined: %q", got)
	}
	if e, ok := f.b.viewers.get(f.chat, time.Now()); !ok || len(e.ms) != 1 {
		t.Errorf("kept after the fresh read: %d memberships (%v), want 1", len(e.ms), ok)
	}
}

// TestKeptMembershipsUsedWhenFingerprintMatches: a read-only command whose
// record saw the fingerprint of the memberships kept is answered from
// them, without reading them again. What is kept here is made to differ
// from the database (no membership under the member's fingerprint), so
// that the answer shows which was used.
func TestKeptMembershipsUsedWhenFingerprintMatches(t *testing.T) {
	f := newKeptFixture(t, 79)
	f.b.viewers.put(f.chat, viewer{fingerprint: f.memberFP, at: time.Now()})
	if got := f.viec(t, 61); !strings.Contains(got, msgNotMemberMarker) {
		t.Errorf("the kept memberships were not used although the fingerprint matched: %q", got)
	}
}

// msgNotMemberMarker is part of the answer to a person with no membership.
const msgNotMemberMarker = "chưa là thành viên"

// keptFixture is a bot handling updates, and a person who joined an
// organisation after a first fingerprint (strangerFP) was read.
type keptFixture struct {
	db                   *sqlx.DB
	fake                 *tgfake.Server
	b                    *Bot
	d                    *dispatcher
	chat                 int64
	strangerFP, memberFP string
}

func newKeptFixture(t *testing.T, chat int64) *keptFixture {
	t.Helper()
	db := pgtest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	st := tasks.NewStore(db)
	b, fake := newInternalBot(ctx, t, st, outbox.LimitsConfig{Global: 1000, PerChat: 1000, PerGroup: 1000}, Config{RetryUpdate: 10 * time.Millisecond})
	d := b.startDispatcher(ctx)
	t.Cleanup(d.stop)
	fake.StartChat(chat)
	_, _, strangerFP, err := st.MembershipsWithOrgs(ctx, chat)
	if err != nil {
		t.Fatal(err)
	}
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
	_, _, memberFP, err := st.MembershipsWithOrgs(ctx, chat)
	if err != nil {
		t.Fatal(err)
	}
	if memberFP == strangerFP {
		t.Fatalf("joining left the fingerprint %q unchanged", memberFP)
	}
	return &keptFixture{db: db, fake: fake, b: b, d: d, chat: chat, strangerFP: strangerFP, memberFP: memberFP}
}

// viec sends /viec as update id, waits until it is handled and marked, and
// returns its only answer.
func (f *keptFixture) viec(t *testing.T, id int64) string {
	t.Helper()
	u := Update{UpdateID: id, Message: &Message{MessageID: 1, Chat: &Chat{ID: f.chat, Type: "private"}, From: &User{ID: f.chat, FirstName: "An"}, Text: "/viec"}}
	if err := f.d.accept(context.Background(), []Update{u}); err != nil {
		t.Fatal(err)
	}
	got := f.fake.WaitCount(t, 10*time.Second, 1, func(m tgfake.SentMessage) bool { return m.ChatID == f.chat })
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		var handled bool
		if err := f.db.Get(&handled, `SELECT handled_at IS NOT NULL FROM telegram_updates WHERE update_id = $1`, id); err != nil {
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
	if n := len(f.fake.SentTo(f.chat)); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
	return got[0].PlainText
}

package bot

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// TestViewersKeepCopiesForAWhile: what is given is a copy; an entry older
// than viewerMaxAge is not given; forget drops one.
func TestViewersKeepCopiesForAWhile(t *testing.T) {
	now := time.Now()
	var v viewers
	v.put(7, viewer{ms: []tasks.Member{{OrgID: 1, ID: 2, TgUserID: 7}}, fingerprint: "a", at: now})
	got, ok := v.get(7, now)
	if !ok || got.fingerprint != "a" {
		t.Fatalf("not kept: %+v %v", got, ok)
	}
	got.ms[0].ScopeUnit = tasks.ScopeNothing
	if again, _ := v.get(7, now); again.ms[0].ScopeUnit != 0 {
		t.Error("a change to what was given changed what is kept")
	}
	if _, ok := v.get(7, now.Add(viewerMaxAge+time.Second)); ok {
		t.Error("an entry older than viewerMaxAge was given")
	}
	v.forget(7)
	if _, ok := v.get(7, now); ok {
		t.Error("given after forget")
	}
}

// TestRecordSeesTheFingerprint: the statement that records an update reads
// the fingerprint of its sender's memberships as a fresh read gives it,
// and sees a change made since.
func TestRecordSeesTheFingerprint(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	st := tasks.NewStore(db)
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	inv, err := st.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleMember}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: 7, ChatID: 7, FullName: "Lê Văn Bảy"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	l := &ledger{db: db, botID: 1}
	msg := func(id int64) Update {
		return Update{UpdateID: id, Message: &Message{MessageID: int(id), Chat: &Chat{ID: 7, Type: "private"}, From: &User{ID: 7}, Text: "/viec"}}
	}
	_, _, read, err := st.MembershipsWithOrgs(ctx, 7)
	if err != nil || read == "" {
		t.Fatalf("fingerprint %q, %v", read, err)
	}
	fresh, fps, err := l.recordChecking(ctx, []Update{msg(1), msg(2)}, time.Now(), map[int64]int64{1: 7})
	if err != nil || len(fresh) != 2 {
		t.Fatalf("recorded %d, %v", len(fresh), err)
	}
	if fps[1] != read || len(fps) != 1 {
		t.Errorf("the record saw %q, a read %q (all: %v)", fps[1], read, fps)
	}
	if _, err := db.Exec(`UPDATE members SET role = 'leader' WHERE tg_user_id = 7`); err != nil {
		t.Fatal(err)
	}
	_, fps, err = l.recordChecking(ctx, []Update{msg(3), msg(1)}, time.Now(), map[int64]int64{3: 7, 1: 7})
	if err != nil {
		t.Fatal(err)
	}
	if fps[3] == read || fps[3] == "" {
		t.Errorf("after a change the record saw %q, as before (%q)", fps[3], read)
	}
	if _, ok := fps[1]; ok {
		t.Error("a fingerprint for an update recorded before")
	}
}

// TestForgetSenderAfterAnythingButAReadOnlyCommand: once an update that
// may have changed its sender's memberships is handled, what was kept of
// them is dropped, so that their next command sees the change even before
// it is announced; /viec and /help keep it.
func TestForgetSenderAfterAnythingButAReadOnlyCommand(t *testing.T) {
	tg, err := Dial("1:x", "http://127.0.0.1:1", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	b := &Bot{tg: tg}
	person := &User{ID: 7, FirstName: "Bảy"}
	chat := &Chat{ID: 7, Type: "private"}
	msg := func(text string) Update {
		return Update{UpdateID: 1, Message: &Message{MessageID: 1, Chat: chat, From: person, Text: text}}
	}
	forwarded := msg("/viec")
	forwarded.Message.Forwarded = true
	edited := msg("/viec")
	edited.Message.Edited = true
	for _, c := range []struct {
		name string
		u    Update
		kept bool
	}{
		{"/viec", msg("/viec"), true},
		{"/viec with a unit", msg("/viec ktht"), true},
		{"/help", msg("/help"), true},
		{"/giao", msg("/giao KTHT: Rà soát trước 30/6/2031"), false},
		{"/start with an invitation", msg("/start abc"), false},
		{"/org", msg("/org 2"), false},
		{"an answer to a prompt", msg("Đã xong"), false},
		{"a forwarded /viec", forwarded, false},
		{"an edited /viec", edited, false},
		{"a button", Update{UpdateID: 2, CallbackQuery: &CallbackQuery{ID: "q", From: person, Data: "1:done:1"}}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			now := time.Now()
			b.viewers.put(person.ID, viewer{ms: []tasks.Member{{OrgID: 1, TgUserID: person.ID}}, at: now})
			b.forgetSender(c.u)
			if _, ok := b.viewers.get(person.ID, now); ok != c.kept {
				t.Errorf("kept = %v, want %v", ok, c.kept)
			}
		})
	}
}

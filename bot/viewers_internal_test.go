package bot

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// waitFor polls cond until it holds, failing the test after a while.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("still not: %s", what)
		}
	}
}

// TestViewersForgetOnEveryMembershipChange: a change of a member, of their
// units or of what an organisation is, committed by anyone, empties the
// cache; a change of an organisation's counters (every new task bumps
// one) does not.
func TestViewersForgetOnEveryMembershipChange(t *testing.T) {
	url := pgtest.URL(t)
	db := sqlx.MustOpen("postgres", url)
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st := tasks.NewStore(db)
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, []tasks.Unit{{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong}}); err != nil {
		t.Fatal(err)
	}
	inv, err := st.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleMember}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	m, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: 7, ChatID: 7, FullName: "Lê Văn Bảy"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}

	v := &viewers{dsn: url}
	done := make(chan struct{})
	go func() {
		defer close(done)
		v.listen(ctx, slog.New(slog.NewTextHandler(io.Discard, nil)))
	}()
	defer func() { cancel(); <-done }()
	waitFor(t, "listening", func() bool { v.mu.Lock(); defer v.mu.Unlock(); return v.live })

	keep := func() {
		t.Helper()
		v.put(m.TgUserID, v.begin(), viewer{ms: []tasks.Member{m}, at: time.Now()})
		if _, ok := v.get(m.TgUserID, time.Now()); !ok {
			t.Fatal("what was just kept is not there")
		}
	}
	gen := func() uint64 { return v.begin() }
	for _, c := range []struct {
		name string
		sql  string
	}{
		{"role", `UPDATE members SET role = 'secretary' WHERE tg_user_id = 7`},
		{"removed", `UPDATE members SET removed_at = now() WHERE tg_user_id = 7`},
		{"unit added", `INSERT INTO member_units (org_id, member_id, unit_id) SELECT org_id, m.id, (SELECT id FROM units LIMIT 1) FROM members m WHERE tg_user_id = 7`},
		{"head of it", `UPDATE member_units SET is_head = true`},
		{"unit taken away", `DELETE FROM member_units`},
		{"organisation renamed", `UPDATE orgs SET name = 'UBND huyện Đầm Hà mới'`},
		{"organisation's settings", `UPDATE orgs SET settings = '{"x": 1}'`},
		{"another person joins", `INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at) SELECT id, 8, 8, 'Tám', 'member', now() FROM orgs`},
	} {
		t.Run(c.name, func(t *testing.T) {
			keep()
			if _, err := db.Exec(c.sql); err != nil {
				t.Fatal(err)
			}
			waitFor(t, "forgotten after the change", func() bool { _, ok := v.get(m.TgUserID, time.Now()); return !ok })
		})
	}

	t.Run("counters", func(t *testing.T) {
		keep()
		before := gen()
		if _, err := db.Exec(`UPDATE orgs SET next_task_no = next_task_no + 1, next_meeting_no = next_meeting_no + 1`); err != nil {
			t.Fatal(err)
		}
		// Announcements come in commit order: once the one of this later
		// change is in, the counters' would have been too.
		if _, err := db.Exec(`UPDATE members SET full_name = 'Lê Văn Bảy' WHERE tg_user_id = 7`); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the later change announced", func() bool { return gen() > before })
		if got := gen(); got != before+1 {
			t.Errorf("the cache was emptied %d times, want once (the counters were announced)", got-before)
		}
	})
}

// TestViewersKeepOnlyWhatIsSafe: nothing is kept or given while not
// listening; a read that began before everything was forgotten is not
// kept; an old entry is not given; what is given is a copy.
func TestViewersKeepOnlyWhatIsSafe(t *testing.T) {
	now := time.Now()
	e := viewer{ms: []tasks.Member{{OrgID: 1, ID: 2, TgUserID: 7}}, at: now}
	var v viewers

	v.put(7, v.begin(), e)
	if _, ok := v.get(7, now); ok {
		t.Error("kept while not listening")
	}

	v.reset(true)
	gen := v.begin()
	v.reset(true) // a change was announced while the read was under way
	v.put(7, gen, e)
	if _, ok := v.get(7, now); ok {
		t.Error("kept a read begun before a change")
	}

	v.put(7, v.begin(), e)
	got, ok := v.get(7, now)
	if !ok {
		t.Fatal("not kept")
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

	v.put(7, v.begin(), e)
	v.reset(false) // the listener lost its connection
	if _, ok := v.get(7, now); ok {
		t.Error("given after the listener was lost")
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
		{"a button", Update{UpdateID: 2, CallbackQuery: &CallbackQuery{ID: "q", From: person, Data: "1:done:1"}}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			now := time.Now()
			b.viewers.reset(true)
			b.viewers.put(person.ID, b.viewers.begin(), viewer{ms: []tasks.Member{{OrgID: 1, TgUserID: person.ID}}, at: now})
			b.forgetSender(c.u)
			if _, ok := b.viewers.get(person.ID, now); ok != c.kept {
				t.Errorf("kept = %v, want %v", ok, c.kept)
			}
		})
	}
}

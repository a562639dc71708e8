package bot_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// failNextInsert makes the next n inserts into table fail with a
// serialization failure (SQLSTATE 40001), a passing error the bot retries.
// A sequence counts the failures, since a raised error rolls back any row.
func failNextInsert(h *harness, table string, n int) {
	h.t.Helper()
	db := h.store.DB()
	for _, q := range []string{
		`CREATE SEQUENCE IF NOT EXISTS test_fail_count`,
		`CREATE OR REPLACE FUNCTION test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN
			IF nextval('test_fail_count') <= ` + strconv.Itoa(n) + ` THEN
				RAISE EXCEPTION 'injected serialization failure' USING ERRCODE = '40001';
			END IF;
			RETURN NEW;
		END $$`,
		`CREATE TRIGGER test_fail_insert BEFORE INSERT ON ` + table + ` FOR EACH ROW EXECUTE FUNCTION test_fail_insert()`,
	} {
		if _, err := db.Exec(q); err != nil {
			h.t.Fatal(err)
		}
	}
}

// TestAssignAtSurvivesARetry: the button that confirms a /giao's deadline
// is pressed while the database fails once; the retried press still finds
// the question and assigns the task, once.
func TestAssignAtSurvivesARetry(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.clock.Jump(localDay("16/01/2031 20:00"))
	ask := h.say(leader, "/giao KTHT: Tổng hợp đăng ký ra quân trước 17h thứ 5", "“trước 17h thứ 5” đã qua")
	data := h.data("gat", localDay("23/01/2031 17:00").Unix())
	failNextInsert(h, "tasks", 1)
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, ask, data)
	h.after(leader.ID, before, "Nhiệm vụ #1", "Tổng hợp đăng ký ra quân", "23/01/2031 17:00")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 1 {
		t.Errorf("%d tasks, want 1", n)
	}
	for _, m := range h.fake.SentTo(leader.ID)[before:] {
		if strings.Contains(m.PlainText, "đã hết hạn") {
			t.Errorf("the retried press was told the question expired: %q", m.PlainText)
		}
	}
}

// waitHandled waits until every recorded update is marked handled.
func waitHandled(h *harness) {
	h.t.Helper()
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if h.count(`SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL`) == 0 {
			return
		}
	}
	h.t.Fatal("updates still not handled")
}

// TestReplySentOnceWhenBookkeepingFails: Telegram took the /giao
// confirmation but remembering which task it stands for fails; the update
// is not tried again, so the confirmation is not sent twice.
func TestReplySentOnceWhenBookkeepingFails(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	failNextInsert(h, "task_messages", 3)
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	waitHandled(h)
	n := 0
	for _, m := range h.fake.SentTo(leader.ID) {
		if strings.Contains(m.PlainText, "Nhiệm vụ #1") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the confirmation was sent %d times, want once", n)
	}
}

// TestWebhookReplicaOnlyRecords: Telegram posts to a second replica (it
// set the webhook last); that replica records the update and answers 200,
// and the leader (the harness's bot) handles it and replies, through its
// own budget. The replica handles nothing.
func TestWebhookReplicaOnlyRecords(t *testing.T) {
	h := newHarness(t, withWebhook())
	h.join(leader, tasks.RoleLeader, "")
	tg, err := bot.Connect(context.Background(), tgfake.Token, h.fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	replica := bot.New(tg, h.store, outbox.NewLimits(fastLimits), func() {}, h.clock.Now, slog.New(slog.DiscardHandler), bot.Config{})
	srv := httptest.NewServer(replica.WebhookHandler())
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); replica.RunWebhook(ctx, bot.WebhookOptions{URL: srv.URL}) }()
	t.Cleanup(func() { cancel(); <-done })
	for deadline := time.Now().Add(wait); ; time.Sleep(10 * time.Millisecond) {
		if info, ok := h.fake.Webhook(); ok && info.URL == srv.URL {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica did not set the webhook")
		}
	}
	waitHandled(h) // the join's updates are counted before
	handledBefore := h.bot.Stats().Handled.Load()
	h.say(leader, "/help", "/viec")
	h.say(leader, "/viec")
	waitHandled(h)
	if n := replica.Stats().Received.Load(); n != 2 {
		t.Errorf("the replica recorded %d updates, want 2", n)
	}
	if n := replica.Stats().Handled.Load(); n != 0 {
		t.Errorf("the replica handled %d updates, want none", n)
	}
	if n := h.bot.Stats().Handled.Load() - handledBefore; n != 2 {
		t.Errorf("the leader handled %d updates, want 2", n)
	}
}

// chatMenu is the last command menu set for a chat scope ("default" with
// chat 0 for the default one), as command names.
func chatMenu(h *harness, scope string, chat int64) []string {
	var last []string
	for _, s := range h.fake.CommandSets() {
		typ, id := "default", int64(0)
		if s.Scope != nil {
			typ, id = s.Scope.Type, s.Scope.ChatID
		}
		if typ == scope && id == chat {
			last = last[:0:0]
			for _, c := range s.Commands {
				last = append(last, c.Command)
			}
		}
	}
	return last
}

// TestFormerMemberGetsTheDefaultMenu: a member removed from the
// organisation writes again; their chat's menu goes back to the default
// one, not the member's menu it had.
func TestFormerMemberGetsTheDefaultMenu(t *testing.T) {
	h := newHarness(t)
	h.join(secretary, tasks.RoleAdmin, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(kthtStaff, "/help", "/viec")
	for deadline := time.Now().Add(wait); !slices.Contains(chatMenu(h, "chat", kthtStaff.ID), "viec"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the member's menu was not set: %v", chatMenu(h, "chat", kthtStaff.ID))
		}
	}
	ctx := context.Background()
	admins, err := h.store.Memberships(ctx, secretary.ID)
	if err != nil || len(admins) != 1 {
		t.Fatal(admins, err)
	}
	staff, err := h.store.Memberships(ctx, kthtStaff.ID)
	if err != nil || len(staff) != 1 {
		t.Fatal(staff, err)
	}
	if _, err := h.store.RemoveMember(ctx, admins[0], staff[0].ID, h.clock.Now()); err != nil {
		t.Fatal(err)
	}
	h.say(kthtStaff, "/viec", "chưa là thành viên")
	want := chatMenu(h, "default", 0)
	for deadline := time.Now().Add(wait); !slices.Equal(chatMenu(h, "chat", kthtStaff.ID), want); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the former member's menu is %v, want the default %v", chatMenu(h, "chat", kthtStaff.ID), want)
		}
	}
}

// TestWebhookOnceInOrder: many updates of several chats posted by webhook
// while the leader polls the ledger: each is answered exactly once, and
// each chat's answers come in the order its messages were written.
func TestWebhookOnceInOrder(t *testing.T) {
	h := newHarness(t, withWebhook())
	for deadline := time.Now().Add(wait); ; time.Sleep(10 * time.Millisecond) {
		if _, ok := h.fake.Webhook(); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("setWebhook was not called")
		}
	}
	users := []tgfake.User{kthtStaff, kthtOther, xaStaff, tckhStaff, stranger}
	const each = 12
	for i := range each {
		for _, u := range users {
			h.fake.SendText(u, "/x"+strconv.Itoa(i))
		}
	}
	for _, u := range users {
		var got []string
		for deadline := time.Now().Add(wait); ; time.Sleep(20 * time.Millisecond) {
			got = got[:0]
			for _, m := range h.fake.SentTo(u.ID) {
				got = append(got, m.PlainText)
			}
			if len(got) >= each || time.Now().After(deadline) {
				break
			}
		}
		waitHandled(h)
		time.Sleep(200 * time.Millisecond) // a poll or two more: nothing is answered again
		got = got[:0]
		for _, m := range h.fake.SentTo(u.ID) {
			got = append(got, m.PlainText)
		}
		if len(got) != each {
			t.Fatalf("%s got %d answers, want %d: %q", u.FirstName, len(got), each, got)
		}
		for i, text := range got {
			if !strings.Contains(text, "/x"+strconv.Itoa(i)+".") {
				t.Errorf("%s's answer %d is %q, want the one to /x%d", u.FirstName, i, text, i)
			}
		}
	}
}

package bot_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// quick is how fast an answer must come when nothing is wrong with Telegram
// or the database.
const quick = 2 * time.Second

// sayWithin is say with its own deadline.
func (h *harness) sayWithin(d time.Duration, u tgfake.User, text string, parts ...string) tgfake.SentMessage {
	h.t.Helper()
	before := len(h.fake.SentTo(u.ID))
	h.fake.SendText(u, text)
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		sent := h.fake.SentTo(u.ID)
		for _, m := range sent[min(before, len(sent)):] {
			if containsAll(m.PlainText, parts) {
				return m
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.t.Fatalf("no answer to %q containing %q within %v; got %+v", text, parts, d, h.fake.SentTo(u.ID)[before:])
	return tgfake.SentMessage{}
}

// TestBadBytesAreCleanedAtTheEdge sends a NUL and other control characters
// in every field a person types that dondoc stores: each gets its usual
// answer at once, and no stored text holds a control character.
func TestBadBytesAreCleanedAtTheEdge(t *testing.T) {
	h := newHarness(t)
	midweek(h)
	code := h.invite(tasks.RoleMember, "ktht")
	h.join(leader, tasks.RoleLeader, "")
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	// The invite code, with a NUL inside and a control character after it.
	h.sayWithin(quick, kthtStaff, "/start "+code[:2]+"\x00"+code[2:]+"\x01", "Chào mừng")
	h.sayWithin(quick, leader, "/giao KTHT: Kiểm tra\x00 hồ sơ\x07 công trình trước 30/6/2031", "Nhiệm vụ #1")
	h.sayWithin(quick, kthtStaff, "/tiendo 1 Đã xong\x00 một nửa\x1b", "Đã ghi nhận tiến độ nhiệm vụ #1.")
	h.sayWithin(quick, kthtStaff, "/giahan 1 15/7/2031 vì chờ\x00 số liệu\u0085", "Đã gửi đề nghị gia hạn nhiệm vụ #1")
	h.sayWithin(quick, xaStaff, "/ketqua Đã kiểm tra\x00 3 công trình", "Đã ghi kết quả số 1")
	h.sayWithin(quick, leader, "/viec kt\x00ht", "Phòng Kinh tế và Hạ tầng")
	h.sayWithin(quick, leader, "/hop Giao ban\x00 tháng 1\x02", "Giao ban tháng 1")

	// Every text column of every table: no control character but \n and \t.
	var cols []struct {
		Table  string `db:"table_name"`
		Column string `db:"column_name"`
	}
	if err := h.store.DB().Select(&cols, `
		SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')`); err != nil {
		t.Fatal(err)
	}
	stored := 0
	for _, c := range cols {
		q := fmt.Sprintf(`SELECT count(*) FROM %q WHERE %q ~ '[\x01-\x08\x0b-\x1f\x7f\u0080-\u009f]'`, c.Table, c.Column)
		if n := h.count(q); n > 0 {
			t.Errorf("%s.%s: %d values hold a control character", c.Table, c.Column, n)
		}
		stored++
	}
	if stored < 20 {
		t.Fatalf("only %d text columns checked", stored)
	}
	if n := h.count(`SELECT count(*) FROM tasks WHERE text LIKE '%Kiểm tra hồ sơ công trình%'`); n != 1 {
		t.Errorf("the task was not stored cleaned (%d)", n)
	}
}

// TestSlowChatDoesNotStallOthers holds a lock that one person's update
// needs: their update waits, and another person's /help is answered at once.
func TestSlowChatDoesNotStallOthers(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	ctx := context.Background()
	tx, err := h.store.DB().BeginTxx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	// Whatever /done 1 writes to the task waits for this lock.
	if _, err := tx.Exec(`SELECT 1 FROM tasks WHERE org_id = $1 AND id = 1 FOR UPDATE`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`SELECT 1 FROM task_units WHERE org_id = $1 AND task_id = 1 FOR UPDATE`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	before := len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendText(kthtStaff, "/done 1")
	time.Sleep(200 * time.Millisecond)
	// The lock is held until the test rolls back below: an answer at all
	// means the other chat was not held up, however slow the machine is.
	h.sayWithin(wait, leader, "/help", "/viec")
	if got := h.fake.SentTo(kthtStaff.ID)[before:]; len(got) != 0 {
		t.Fatalf("the locked update was answered while locked: %+v", got)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	h.after(kthtStaff.ID, before, "#1")
}

// TestUpdatesOnceAcrossRestarts records updates, stops the bot in the middle
// of handling them, and starts another: every update is answered, none twice.
func TestUpdatesOnceAcrossRestarts(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	const n = 40
	for i := range n {
		h.fake.SendText(leader, fmt.Sprintf("/task %d", 1000+i))
	}
	// Stop as soon as some are answered, while others are recorded or in flight.
	h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.ChatID == leader.ID && strings.Contains(m.PlainText, "#1003")
	})
	h.stop()
	h2 := h.restart(t)
	deadline := time.Now().Add(wait)
	for {
		seen := map[int]int{}
		for _, m := range h2.fake.SentTo(leader.ID) {
			for i := range n {
				if strings.Contains(m.PlainText, fmt.Sprintf("#%d", 1000+i)) {
					seen[i]++
				}
			}
		}
		if len(seen) == n {
			for i, c := range seen {
				if c != 1 {
					t.Errorf("/task %d answered %d times", 1000+i, c)
				}
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("answered %d of %d after the restart", len(seen), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Marks are written just after the answers.
	for deadline := time.Now().Add(wait); ; time.Sleep(10 * time.Millisecond) {
		c := h2.count(`SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL`)
		if c == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d updates recorded and not handled", c)
		}
	}
}

// TestWebhookRefusesWrongSecret posts updates to the bot's webhook: with no
// secret or a wrong one they are refused with 401 and not handled; updates
// Telegram posts with the secret are answered.
func TestWebhookRefusesWrongSecret(t *testing.T) {
	h := newHarness(t, withWebhook())
	var info tgfake.WebhookInfo
	for deadline := time.Now().Add(wait); ; {
		var ok bool
		if info, ok = h.fake.Webhook(); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("setWebhook was not called")
		}
		time.Sleep(10 * time.Millisecond)
	}
	slices.Sort(info.AllowedUpdates)
	if len(info.SecretToken) < 32 || info.URL != h.hook.URL || strings.Join(info.AllowedUpdates, ",") != "callback_query,edited_message,message" {
		t.Fatalf("webhook = %+v", info)
	}
	h.join(leader, tasks.RoleLeader, "")
	h.say(leader, "/help", "/viec")

	body := fmt.Sprintf(`{"update_id": 900001, "message": {"message_id": 77, "date": %d, "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "X"}, "text": "/help"}}`,
		time.Now().Unix(), leader.ID, leader.ID)
	before := len(h.fake.SentTo(leader.ID))
	for _, secret := range []string{"", "wrong", info.SecretToken[:len(info.SecretToken)-1] + "x"} {
		req, _ := http.NewRequest(http.MethodPost, h.hook.URL, bytes.NewReader([]byte(body)))
		if secret != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("secret %q: status %d, want 401", secret, resp.StatusCode)
		}
	}
	time.Sleep(300 * time.Millisecond)
	if n := h.count(`SELECT count(*) FROM telegram_updates WHERE update_id = 900001`); n != 0 {
		t.Errorf("a refused update was recorded")
	}
	if got := h.fake.SentTo(leader.ID)[before:]; len(got) != 0 {
		t.Errorf("a refused update was answered: %+v", got)
	}
	req, _ := http.NewRequest(http.MethodPost, h.hook.URL, bytes.NewReader([]byte(body)))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", info.SecretToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || h.count(`SELECT count(*) FROM telegram_updates WHERE update_id = 900001`) != 1 {
		t.Fatalf("the right secret: status %d, not recorded before 200", resp.StatusCode)
	}
	h.after(leader.ID, before, "/viec")

	// Back to long polling: the webhook is deleted and updates are polled.
	h.stop()
	h2 := h.restart(t)
	for deadline := time.Now().Add(wait); ; time.Sleep(10 * time.Millisecond) {
		if _, ok := h2.fake.Webhook(); !ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the webhook was not deleted")
		}
	}
	h2.say(leader, "/help", "/viec")
}

// TestForumTopics binds weekly reports to a topic of a leaders' forum: the
// bot answers in the topic it was asked in, and the report goes there.
func TestForumTopics(t *testing.T) {
	h := newHarness(t)
	midweek(h)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	forum := tgfake.Chat{ID: -100888, Title: "Lãnh đạo huyện", Forum: true}
	h.fake.SendTopicText(leader, forum, 42, "/baocao_o_day")
	m := h.expect(forum.ID, "sẽ nhận báo cáo tuần")
	if m.ThreadID != 42 {
		t.Fatalf("the answer went to topic %d, want 42", m.ThreadID)
	}
	h.fake.SendTopicText(leader, forum, 9, "/help")
	if m := h.expect(forum.ID, "/viec"); m.ThreadID != 9 {
		t.Fatalf("/help in topic 9 was answered in topic %d", m.ThreadID)
	}
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	h.say(kthtStaff, "/ketqua Đã kiểm tra 3 công trình", "Đã ghi kết quả số 1")
	now := h.clock.Now()
	w := weekly.ResultWeek(now, hcmZone)
	if _, err := weekly.New(h.store).Run(context.Background(), h.org, weekly.Monday, w, now, now, false, weekly.TriggerCommand); err != nil {
		t.Fatal(err)
	}
	h.sender.Kick()
	if m := h.expect(forum.ID, "BÁO CÁO KẾT QUẢ"); m.ThreadID != 42 {
		t.Fatalf("the report went to topic %d, want 42", m.ThreadID)
	}
}

// restart starts another bot and sender over h's database and fake
// Telegram, as a process started after h's stopped (h.stop) would.
func (h *harness) restart(t testing.TB) *harness {
	t.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	tg, err := bot.Connect(ctx, tgfake.Token, h.fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	db := h.store.DB()
	sched := reminders.New(db, log)
	st := tasks.NewStore(db, tasks.WithScheduler(sched))
	limits := outbox.NewLimits(fastLimits)
	sender := outbox.NewSender(db, bot.NewRenderer(st, tg.Username()), bot.NewTransport(tg), bot.NewHooks(st), limits, outbox.DefaultConfig(), h.clock.Now, log)
	b := bot.New(tg, st, limits, sender.Kick, h.clock.Now, log, bot.Config{PollTimeout: time.Second, RetryUpdate: 50 * time.Millisecond}, bot.WithSnoozer(sched), bot.WithPolicies(sched))
	h2 := &harness{t: t, fake: h.fake, store: st, tg: tg, sender: sender, sched: sched, clock: h.clock, cancel: cancel, org: h.org, bot: b}
	h2.wg.Add(2)
	go func() { defer h2.wg.Done(); b.Run(ctx) }()
	go func() { defer h2.wg.Done(); sender.Run(ctx) }()
	t.Cleanup(h2.stop)
	return h2
}

// TestMenuPerRole checks the command menus: the default one offers what a
// stranger may do; each member's private chat gets the menu of their role.
func TestMenuPerRole(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	menu := func(scope string, chat int64) map[string]bool {
		var last map[string]bool
		for _, s := range h.fake.CommandSets() {
			typ, id := "default", int64(0)
			if s.Scope != nil {
				typ, id = s.Scope.Type, s.Scope.ChatID
			}
			if typ == scope && id == chat {
				last = map[string]bool{}
				for _, c := range s.Commands {
					last[c.Command] = true
				}
			}
		}
		return last
	}
	var def, lead, member map[string]bool
	for deadline := time.Now().Add(wait); ; {
		def, lead, member = menu("default", 0), menu("chat", leader.ID), menu("chat", kthtStaff.ID)
		if def != nil && lead != nil && member != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("menus: default %v, leader %v, member %v", def, lead, member)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !def["start"] || def["giao"] || def["viec"] {
		t.Errorf("default menu %v", def)
	}
	if !lead["giao"] || !lead["viec"] {
		t.Errorf("leader's menu %v", lead)
	}
	if member["giao"] || !member["viec"] || !member["done"] {
		t.Errorf("member's menu %v", member)
	}
	n := len(h.fake.CommandSets())
	h.say(kthtStaff, "/viec", "")
	if got := len(h.fake.CommandSets()); got != n {
		t.Errorf("the menu was set again (%d calls) though the member's rights did not change", got-n)
	}
}

// TestTaskByMessage finds the task a bot message stands for: one recorded
// by the bot, or a notice the outbox sent; in the right chat and
// organisation only.
func TestTaskByMessage(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	notice := h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	ctx := context.Background()
	book := bot.NewBook(h.store.DB())
	if err := book.RecordTaskMessage(ctx, h.org.ID, 200, 55, 1, time.Now()); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(wait); h.count(`SELECT count(*) FROM outbox WHERE tg_message_id = $1`, notice.MessageID) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("the notice's message id was not recorded")
		}
		time.Sleep(10 * time.Millisecond)
	}
	for _, c := range []struct {
		orgs      []int64
		chat, msg int64
		want      bool
	}{
		{[]int64{h.org.ID}, 200, 55, true},
		{[]int64{h.org.ID}, kthtStaff.ID, notice.MessageID, true},
		{[]int64{h.org.ID}, 300, 55, false},
		{[]int64{h.org.ID}, 200, 56, false},
		{[]int64{h.org.ID + 1}, 200, 55, false},
	} {
		org, id, ok, err := book.TaskByMessage(ctx, c.orgs, c.chat, c.msg)
		if err != nil || ok != c.want || ok && (org != h.org.ID || id != 1) {
			t.Errorf("TaskByMessage(%v, %d, %d) = %d %d %v %v", c.orgs, c.chat, c.msg, org, id, ok, err)
		}
	}
}

// TestWebhookReplicaTakesOrphans: an update recorded by a webhook replica
// that died before handling it is taken by a live replica's sweep.
func TestWebhookReplicaTakesOrphans(t *testing.T) {
	h := newHarness(t, withWebhook())
	h.join(leader, tasks.RoleLeader, "")
	before := len(h.fake.SentTo(leader.ID))
	payload := fmt.Sprintf(`{"UpdateID": 900002, "Message": {"MessageID": 9001, "Chat": {"ID": %d, "Type": "private"}, "From": {"ID": %d, "FirstName": "Trần"}, "Text": "/help"}}`, leader.ID, leader.ID)
	h.store.DB().MustExec(`INSERT INTO telegram_updates (bot_id, update_id, chat_id, payload, received_at)
		VALUES ($1, 900002, $2, $3::jsonb, now() - interval '1 hour')`, int64(tgfake.BotID), leader.ID, payload)
	h.after(leader.ID, before, "/viec")
	for deadline := time.Now().Add(wait); h.count(`SELECT count(*) FROM telegram_updates WHERE update_id = 900002 AND handled_at IS NULL`) != 0; {
		if time.Now().After(deadline) {
			t.Fatal("the orphan was not marked handled")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

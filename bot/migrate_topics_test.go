package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// TestUpgradedGroupKeepsItsTopic: a group bound to a topic and linked to a
// unit that Telegram upgrades to a supergroup keeps all three, its link,
// its place among the report chats and its topic, under the new id, and
// the weekly report goes to that topic there.
func TestUpgradedGroupKeepsItsTopic(t *testing.T) {
	h := newHarness(t)
	midweek(h)
	h.join(leader, tasks.RoleLeader, "")
	admin := h.join(secretary, tasks.RoleAdmin, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	group := tgfake.Chat{ID: -100888, Title: "Lãnh đạo huyện", Forum: true}
	h.fake.SendTopicText(leader, group, 42, "/baocao_o_day")
	h.expect(group.ID, "sẽ nhận báo cáo tuần")
	h.fake.SendTopicText(admin, group, 42, "/nhom KTHT")
	h.expect(group.ID, "Đã gắn nhóm này")

	const super = -1001234567
	h.handled(h.fake.UpgradeGroup(leader, group.ID, super))
	for _, tt := range []struct {
		table string
		chat  int64
		want  int
	}{
		{"report_chats", super, 1}, {"report_chats", group.ID, 0},
		{"group_links", super, 1}, {"group_links", group.ID, 0},
		{"chat_topics", super, 1}, {"chat_topics", group.ID, 0},
	} {
		if n := h.count(`SELECT count(*) FROM `+tt.table+` WHERE org_id = $1 AND chat_id = $2`, h.org.ID, tt.chat); n != tt.want {
			t.Errorf("%s has chat %d %d times, want %d", tt.table, tt.chat, n, tt.want)
		}
	}
	if n := h.count(`SELECT count(*) FROM chat_topics WHERE org_id = $1 AND chat_id = $2 AND thread_id = 42`, h.org.ID, super); n != 1 {
		t.Errorf("the new chat is not bound to topic 42")
	}

	// The supergroup turns on topics; topic 42 is there again.
	h.fake.SendTopicText(kthtStaff, tgfake.Chat{ID: super, Title: group.Title, Forum: true}, 42, "/help")
	h.expect(super, "/viec")
	now := h.clock.Now()
	if _, err := weekly.New(h.store).Run(context.Background(), h.org, weekly.Monday, weekly.ResultWeek(now, hcmZone), now, now, false, weekly.TriggerCommand); err != nil {
		t.Fatal(err)
	}
	h.sender.Kick()
	if m := h.expect(super, "BÁO CÁO KẾT QUẢ"); m.ThreadID != 42 {
		t.Errorf("the report went to topic %d of the new chat, want 42", m.ThreadID)
	}
}

// TestUpgradeKeepsTheNewChatsOwnSettings: when the new supergroup was
// already set up (a report chat with its own topic) before the upgrade is
// handled, the move keeps the new chat's settings and drops the old ones,
// instead of failing.
func TestUpgradeKeepsTheNewChatsOwnSettings(t *testing.T) {
	h := newHarness(t)
	midweek(h)
	h.join(leader, tasks.RoleLeader, "")
	group := tgfake.Chat{ID: -100777, Title: "Lãnh đạo huyện"}
	h.fake.SendGroupText(leader, group, "/baocao_o_day")
	h.expect(group.ID, "sẽ nhận báo cáo tuần")
	const super = -1007654321
	h.fake.SendTopicText(leader, tgfake.Chat{ID: super, Title: group.Title, Forum: true}, 7, "/baocao_o_day")
	h.expect(super, "sẽ nhận báo cáo tuần")
	h.store.DB().MustExec(`INSERT INTO chat_topics (org_id, chat_id, thread_id, set_at) VALUES ($1, $2, 3, now())`, h.org.ID, group.ID)

	u := h.fake.UpgradeGroup(leader, group.ID, super)
	h.handled(u)
	if n := h.count(`SELECT count(*) FROM telegram_updates WHERE update_id = $1 AND failed IS NOT NULL`, u.UpdateID); n != 0 {
		t.Errorf("the upgrade failed")
	}
	for _, tt := range []struct {
		query string
		want  int
	}{
		{`SELECT count(*) FROM report_chats WHERE chat_id = $1`, 0},
		{`SELECT count(*) FROM chat_topics WHERE chat_id = $1`, 0},
	} {
		if n := h.count(tt.query, group.ID); n != tt.want {
			t.Errorf("%s: %d, want %d", tt.query, n, tt.want)
		}
	}
	if n := h.count(`SELECT count(*) FROM chat_topics WHERE chat_id = $1 AND thread_id = 7`, super); n != 1 {
		t.Errorf("the new chat's own topic was not kept")
	}
}

// handled waits until the bot has recorded u handled (or given up on it).
func (h *harness) handled(u tgfake.Update) {
	h.t.Helper()
	deadline := time.Now().Add(wait)
	for h.count(`SELECT count(*) FROM telegram_updates WHERE update_id = $1 AND handled_at IS NOT NULL`, u.UpdateID) == 0 {
		if time.Now().After(deadline) {
			h.t.Fatalf("update %d was never handled", u.UpdateID)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

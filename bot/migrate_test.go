package bot_test

import (
	"context"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// A report group that Telegram upgrades to a supergroup keeps getting the
// reports: the first send to the old id moves everything to the new one.
func TestReportGroupFollowsMigration(t *testing.T) {
	h := newHarness(t)
	midweek(h)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	group := tgfake.Chat{ID: -100888, Title: "Lãnh đạo huyện"}
	h.fake.SendGroupText(leader, group, "/baocao_o_day")
	h.expect(group.ID, "sẽ nhận báo cáo tuần")
	const super = -1001234567
	h.fake.MigrateGroup(group.ID, super)

	ctx := context.Background()
	now := h.clock.Now()
	svc := weekly.New(h.store)
	for _, kind := range []weekly.Kind{weekly.Monday, weekly.Thursday} {
		w := weekly.ResultWeek(now, hcmZone)
		if kind == weekly.Thursday {
			w = weekly.RegistrationWeek(now, hcmZone)
		}
		if _, err := svc.Run(ctx, h.org, kind, w, now, now, false, weekly.TriggerCommand); err != nil {
			t.Fatal(err)
		}
		h.sender.Kick()
	}
	h.expect(super, "BÁO CÁO KẾT QUẢ")
	h.expect(super, "TỔNG HỢP ĐĂNG KÝ")
	if n := h.count(`SELECT count(*) FROM report_chats WHERE chat_id = $1`, super); n != 1 {
		t.Errorf("report_chats has the new id %d times, want 1", n)
	}
	if n := h.count(`SELECT count(*) FROM report_chats WHERE chat_id = $1`, group.ID); n != 0 {
		t.Errorf("report_chats still has the old id")
	}
}

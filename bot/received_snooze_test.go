package bot_test

import (
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestReceivedReminderSnooze: a received task's reminder offers [Nhắc lại
// sau] as a task's does; choosing [Sau 2 giờ] plans one more reminder to the
// leaders two hours later, pressing again replaces it (one pending), the
// reminder comes at the chosen time, and once the task is handed on the
// stale button gets a polite answer and plans nothing.
func TestReceivedReminderSnooze(t *testing.T) {
	h := newHarness(t)
	damha, _ := h.childOrg("UBND xã Đầm Hà", "damha", tasks.Unit{Code: "vp", Name: "Văn phòng", Aliases: []string{"VP"}, Kind: tasks.KindPhong})
	chairman := h.join(tgfake.User{ID: 8500, FirstName: "Chủ tịch", LastName: "Tỉnh"}, tasks.RoleLeader, "")
	dhLeader := h.joinOrg(tgfake.User{ID: 8600, FirstName: "Chủ tịch", LastName: "Xã"}, damha.ID, tasks.RoleLeader, 0)
	h.say(chairman, "/giao UBND xã Đầm Hà: Báo cáo tình hình dân cư trước 29/6/2031", "Nhiệm vụ #1")
	h.expect(dhLeader.ID, "Nhiệm vụ cấp trên giao", "Báo cáo tình hình dân cư")
	rid := int64(h.count(`SELECT id FROM received_tasks WHERE org_id = $1`, damha.ID))
	data := func(action string, args ...string) string { return callbackData(damha.ID, action, rid, args...) }
	pendingSnoozes := func() int {
		return h.count(`SELECT count(*) FROM received_reminders WHERE org_id = $1 AND status = 'pending' AND slot LIKE 'snooze%'`, damha.ID)
	}

	before := len(h.fake.SentTo(dhLeader.ID))
	h.scanAt(time.Date(2031, 6, 27, 8, 0, 1, 0, hcmZone)) // Friday
	rem := h.after(dhLeader.ID, before, "chưa phân công", "Báo cáo tình hình dân cư")
	if !rem.HasButton(data("rsnz")) || !rem.HasButton(data("rcvg")) {
		t.Fatalf("the received task's reminder lacks [Nhắc lại sau] or [Phân công]: %v", rem.Buttons)
	}
	h.fake.PressButton(dhLeader, rem, data("rsnz"))
	menu := h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.Method == "editMessageReplyMarkup" && m.ChatID == dhLeader.ID && m.HasButton(data("rsnzset", "2h"))
	})

	h.clock.Jump(time.Date(2031, 6, 27, 9, 0, 0, 0, hcmZone))
	h.fake.PressButton(dhLeader, menu, data("rsnzset", "2h"))
	h.expect(dhLeader.ID, "Đã hẹn nhắc lại nhiệm vụ cấp trên giao số", "lúc 27/06/2031 11:00")
	h.clock.Jump(time.Date(2031, 6, 27, 9, 30, 0, 0, hcmZone))
	h.fake.PressButton(dhLeader, menu, data("rsnzset", "2h"))
	h.expect(dhLeader.ID, "lúc 27/06/2031 11:30", "Lần hẹn trước (27/06/2031 11:00")
	if n := pendingSnoozes(); n != 1 {
		t.Fatalf("%d snoozes of the received task pending after two presses, want 1", n)
	}

	if n := h.scanAt(time.Date(2031, 6, 27, 11, 0, 1, 0, hcmZone)); n != 0 {
		t.Errorf("scan at 11:00 queued %d messages; the replaced snooze must not come", n)
	}
	before = len(h.fake.SentTo(dhLeader.ID))
	if n := h.scanAt(time.Date(2031, 6, 27, 11, 30, 1, 0, hcmZone)); n != 1 {
		t.Fatalf("scan at 11:30 queued %d messages, want the snoozed reminder", n)
	}
	again := h.after(dhLeader.ID, before, "chưa phân công", "Báo cáo tình hình dân cư")
	if !again.HasButton(data("rsnz")) {
		t.Errorf("the snoozed reminder lacks [Nhắc lại sau]: %v", again.Buttons)
	}

	h.press(dhLeader, again, data("rcvg"))
	h.say(dhLeader, "VP", "Đã phân công")
	before = len(h.fake.SentTo(dhLeader.ID))
	h.fake.PressButton(dhLeader, menu, data("rsnzset", "am"))
	h.after(dhLeader.ID, before, "đã được phân công, đã xong hoặc đã bị hủy", "/captren")
	if n := pendingSnoozes(); n != 0 {
		t.Errorf("%d snoozes pending after the task was handed on, want 0", n)
	}
}

package bot_test

import (
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestSnoozeTwiceKeepsOne: pressing [Sau 2 giờ] twice plans one snooze, and
// the second answer says it replaced the first; a snooze that would come
// after the deadline says so.
func TestSnoozeTwiceKeepsOne(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Rà soát hồ sơ tiêu chí giao thông trước 17h ngày 15/1/2031", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")

	if n := h.scanAt(localDay("15/01/2031 08:00")); n != 1 {
		t.Fatalf("scan queued %d messages, want 1", n)
	}
	rem := h.expect(kthtStaff.ID, "Nhắc việc", "#1")
	h.fake.PressButton(kthtStaff, rem, h.data("snz", 1))
	menu := h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.Method == "editMessageReplyMarkup" && m.ChatID == kthtStaff.ID && m.HasButton(h.data("snzset", 1, "2h"))
	})
	h.clock.Jump(localDay("15/01/2031 09:00"))
	h.fake.PressButton(kthtStaff, menu, h.data("snzset", 1, "2h"))
	h.expect(kthtStaff.ID, "Đã hẹn nhắc lại nhiệm vụ #1 lúc 15/01/2031 11:00")
	h.clock.Jump(localDay("15/01/2031 09:30"))
	h.fake.PressButton(kthtStaff, menu, h.data("snzset", 1, "2h"))
	h.expect(kthtStaff.ID, "Đã hẹn nhắc lại nhiệm vụ #1 lúc 15/01/2031 11:30", "Lần hẹn trước (15/01/2031 11:00")
	if n := h.count(`SELECT count(*) FROM reminders WHERE kind = 'snooze' AND status = 'pending'`); n != 1 {
		t.Errorf("%d snoozes pending after two presses, want 1", n)
	}

	h.clock.Jump(localDay("15/01/2031 10:00"))
	h.fake.PressButton(kthtStaff, menu, h.data("snzset", 1, "am"))
	h.expect(kthtStaff.ID, "Đã hẹn nhắc lại nhiệm vụ #1 lúc 16/01/2031 08:00", "Lưu ý: lúc đó nhiệm vụ đã quá thời hạn (15/01/2031 17:00")
	if n := h.count(`SELECT count(*) FROM reminders WHERE kind = 'snooze' AND status = 'pending'`); n != 1 {
		t.Errorf("%d snoozes pending after three presses, want 1", n)
	}
}

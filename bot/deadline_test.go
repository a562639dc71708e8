package bot_test

import (
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// TestAssignDeadlineAsIs: /giao reads a time next to a day as a time on that day, refuses two
// deadlines quoting both, and asks, with a button, about a deadline already past when typed.
func TestAssignDeadlineAsIs(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.clock.Jump(localDay("16/01/2031 20:00")) // a Thursday evening

	h.say(leader, "/giao Phòng Kinh tế và Hạ tầng: tổng hợp danh sách, hạn 17h 20/2/2031", "Nhiệm vụ #1", "20/02/2031 17:00")
	h.say(leader, "/giao KTHT: gửi số liệu, hạn 0h ngày 1/3/2031", "Nhiệm vụ #2", "01/03/2031 00:00")

	h.say(leader, "/giao KTHT: kiểm tra hồ sơ, hạn 20/1/2031 hoặc 25/1/2031", "Thời hạn chưa đúng", "“hạn 20/1/2031”", "“25/1/2031”", "ví dụ")
	h.say(leader, "/giao KTHT: báo cáo sơ bộ trước 20/1/2031, hoàn thành trước 30/1/2031", "Thời hạn chưa đúng", "trước 20/1/2031", "trước 30/1/2031")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 2 {
		t.Fatalf("%d tasks after two refusals, want 2", n)
	}

	ask := h.say(leader, "/giao KTHT: Tổng hợp đăng ký ra quân trước 17h thứ 5", "“trước 17h thứ 5” đã qua", "23/01/2031 17:00 (thứ Năm)")
	data := h.data("gat", localDay("23/01/2031 17:00").Unix())
	if !ask.HasButton(data) {
		t.Fatalf("no button %q under %q: %v", data, ask.PlainText, ask.Buttons)
	}
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, ask, data)
	h.after(leader.ID, before, "Nhiệm vụ #3", "Tổng hợp đăng ký ra quân", "23/01/2031 17:00")
	h.press(leader, ask, data) // a second press assigns nothing more
	if n := h.count(`SELECT count(*) FROM tasks`); n != 3 {
		t.Errorf("%d tasks after the button was pressed twice, want 3", n)
	}

	h.say(leader, "/giao KTHT: Báo cáo nhanh vụ cháy, hạn 8h", "“hạn 8h” đã qua", "17/01/2031 08:00", "gửi lại thời hạn")
	h.say(leader, "9h30 ngày 17/1/2031", "Nhiệm vụ #4", "Báo cáo nhanh vụ cháy", "17/01/2031 09:30")
	if n := h.count(`SELECT count(*) FROM tasks WHERE deadline = $1`, localDay("17/01/2031 09:30")); n != 1 {
		t.Errorf("%d tasks due 17/01/2031 09:30, want 1", n)
	}
}

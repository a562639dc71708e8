package bot_test

import (
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// TestGiaoTypedDeadlines: what /giao is given is a request, so a day that
// opens it, an hour span on a day and "trong 24 giờ tới" are its deadline,
// never dropped as the scene of a story, office hours or a forecast.
func TestGiaoTypedDeadlines(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtOther, tasks.RoleMember, "ktht")
	h.clock.Jump(localDay("07/01/2031 09:00")) // a Tuesday morning

	h.say(leader, "/giao KTHT: Ngày 15/12/2031, Phòng KTHT nộp báo cáo tổng hợp", "Nhiệm vụ #1", "Thời hạn: 15/12/2031 23:59")
	h.say(leader, "/giao KTHT: Sáng 15/12/2031, Phòng KTHT báo cáo tiến độ thi công", "Nhiệm vụ #2", "Thời hạn: 15/12/2031 12:00")
	h.say(leader, "/giao KTHT: Kiểm tra hiện trường từ 8 giờ đến 11 giờ ngày 15/12/2031", "Nhiệm vụ #3", "Thời hạn: 15/12/2031 11:00")
	h.say(leader, "/giao KTHT: Khẩn trương khắc phục sự cố trong 24 giờ tới", "Nhiệm vụ #4", "Thời hạn: 08/01/2031 09:0")
	if n := h.count(`SELECT count(*) FROM tasks WHERE deadline IS NULL`); n != 0 {
		t.Errorf("%d tasks without a deadline, want none", n)
	}
}

package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// TestDeadlineOnARestDayIsNoted: /giao with a deadline on a Sunday or a
// public holiday says so, gently; a working day says nothing.
func TestDeadlineOnARestDayIsNoted(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	m := h.say(leader, "/giao KTHT: Rà soát hồ sơ tiêu chí giao thông trước 19/1/2031", "Nhiệm vụ #1")
	if !strings.Contains(m.PlainText, "Lưu ý: thời hạn 19/01/2031 là Chủ nhật, ngày nghỉ của cơ quan") {
		t.Errorf("a Sunday deadline was not noted: %q", m.PlainText)
	}
	m = h.say(leader, "/giao KTHT: Tổng hợp số liệu trước 23/1/2031", "Nhiệm vụ #2")
	if !strings.Contains(m.PlainText, "Lưu ý: thời hạn 23/01/2031 là ngày nghỉ Tết Nguyên đán") {
		t.Errorf("a deadline in Tết was not noted: %q", m.PlainText)
	}
	m = h.say(leader, "/giao KTHT: Báo cáo kết quả trước 15/1/2031", "Nhiệm vụ #3")
	if strings.Contains(m.PlainText, "Lưu ý: thời hạn") {
		t.Errorf("a working-day deadline got a note: %q", m.PlainText)
	}
}

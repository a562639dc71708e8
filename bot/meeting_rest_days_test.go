package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// TestMeetingDeadlinesOnRestDays: [Xác nhận tất cả] adds one gentle note
// listing the tasks whose deadline falls on a rest day (a public holiday,
// a weekend, the organisation's own day off), as /giao does for one task;
// a conclusion with working-day deadlines gets none.
func TestMeetingDeadlinesOnRestDays(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	own := tasks.OrgHoliday{Day: time.Date(2031, 9, 12, 0, 0, 0, 0, time.UTC), Name: "Đại hội công đoàn"}
	if err := tasks.SetOrgHolidayTx(context.Background(), h.store.DB(), h.org.ID, own); err != nil {
		t.Fatal(err)
	}

	h.say(leader, "/hop Giao ban tháng 8", "Đã mở cuộc họp số 1")
	h.say(leader, `Kết luận cuộc họp, đồng chí Chủ tịch UBND huyện đề nghị:
1. Phòng Kinh tế – Hạ tầng chủ trì lập kế hoạch chỉnh trang lề đường, hoàn thành trước ngày 02/9/2031.
2. Phòng TCKH bố trí kinh phí sửa chữa trường học trước 14/9/2031.
3. Phòng TCKH tổng hợp số liệu thu ngân sách trước 10/9/2031.
4. Phòng Kinh tế – Hạ tầng báo cáo tiến độ các công trình trước 12/9/2031.`, "Dự thảo nhiệm vụ từ kết luận cuộc họp số 1")
	draft := h.latestDraft(leader)
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, draft, h.data("mok", 1))
	m := h.after(leader.ID, before, "Đã giao 4 nhiệm vụ từ kết luận cuộc họp số 1",
		"Lưu ý: thời hạn của các nhiệm vụ sau rơi vào ngày nghỉ của cơ quan:\n• #1: 02/09/2031 là ngày nghỉ Quốc khánh\n• #2: 14/09/2031 là Chủ nhật\n• #4: 12/09/2031 là ngày nghỉ Đại hội công đoàn\n",
		"/huy <số> <lý do>")
	if strings.Contains(m.PlainText, "#3: ") || strings.Count(m.PlainText, "Lưu ý") != 1 {
		t.Errorf("the note should list #1, #2 and #4 once:\n%s", m.PlainText)
	}

	h.say(leader, "/hop Giao ban tháng 9", "Đã mở cuộc họp số 2")
	h.say(leader, `Kết luận cuộc họp:
1. Phòng TCKH tổng hợp số liệu thu ngân sách trước 10/9/2031.`, "Dự thảo nhiệm vụ từ kết luận cuộc họp số 2")
	draft = h.latestDraft(leader)
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, draft, h.data("mok", 2))
	if m := h.after(leader.ID, before, "Đã giao 1 nhiệm vụ từ kết luận cuộc họp số 2"); strings.Contains(m.PlainText, "Lưu ý") {
		t.Errorf("a working-day deadline got a note:\n%s", m.PlainText)
	}
}

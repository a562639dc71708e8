package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// unitsOf returns the codes of a task's units in a role, sorted.
func (h *harness) unitsOf(taskID int64, role string) string {
	h.t.Helper()
	var codes []string
	if err := h.store.DB().Select(&codes, `SELECT u.code FROM task_units tu JOIN units u ON u.org_id = tu.org_id AND u.id = tu.unit_id
		WHERE tu.task_id = $1 AND tu.role = $2 ORDER BY u.code`, taskID, role); err != nil {
		h.t.Fatal(err)
	}
	return strings.Join(codes, " ")
}

// Issue 15.1: what the draft shows is what [Xác nhận tất cả] creates. A
// group that leads leaves out the units named as coordinators, "các
// phòng" alone is a group, and a recurring deadline is the same instant in
// the draft and in the task.
func TestMeetingDraftIsWhatIsCreated(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(xaStaff, tasks.RoleMember, "quanglam")

	held := time.Now().In(hcmZone).AddDate(0, 0, -17)
	h.say(leader, "/hop Giao ban tháng "+held.Format("1")+" ngày "+deadline.FormatDate(held), "Đã mở cuộc họp số 1")
	draft := h.say(leader, "Kết luận cuộc họp, đồng chí Chủ tịch đề nghị:\n"+
		"1. Các cơ quan, phòng ban phối hợp với UBND các xã rà soát hộ nghèo, hoàn thành trước 30/01/2031.\n"+
		"2. Các phòng chủ trì, phối hợp với Phòng Tài chính – Kế hoạch lập dự toán năm 2032.\n"+
		"3. Phòng KTHT tổng hợp số liệu chỉnh trang đô thị, báo cáo trước 17h thứ 5 hàng tuần.",
		"Dự thảo nhiệm vụ",
		"1. Các cơ quan, phòng ban phối hợp",
		"Chủ trì: tất cả cơ quan, đơn vị, trừ đơn vị phối hợp (2 đơn vị: Phòng Kinh tế và Hạ tầng, Phòng Tài chính – Kế hoạch)",
		"Phối hợp: các xã, phường, thị trấn (2 đơn vị: UBND xã Quảng Lâm, UBND xã Đầm Hà)",
		"2. Các phòng chủ trì",
		"Chủ trì: các phòng, ban chuyên môn, trừ đơn vị phối hợp (1 đơn vị: Phòng Kinh tế và Hạ tầng)",
		"Phối hợp: Phòng Tài chính – Kế hoạch")
	if strings.Contains(draft.PlainText, "chưa xác định") {
		t.Errorf("an item has no lead in the draft:\n%s", draft.PlainText)
	}

	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, draft, h.data("mok", 1))
	h.after(leader.ID, before, "Đã giao 3 nhiệm vụ")
	for _, c := range []struct {
		task          int64
		leads, coords string
	}{
		{1, "ktht tckh", "damha quanglam"},
		{2, "ktht", "tckh"},
		{3, "ktht", ""},
	} {
		if got := h.unitsOf(c.task, "lead"); got != c.leads {
			t.Errorf("task %d leads %q, the draft showed %q", c.task, got, c.leads)
		}
		if got := h.unitsOf(c.task, "coord"); got != c.coords {
			t.Errorf("task %d coordinators %q, the draft showed %q", c.task, got, c.coords)
		}
	}
	var due time.Time
	if err := h.store.DB().Get(&due, `SELECT deadline FROM tasks WHERE id = 3`); err != nil {
		t.Fatal(err)
	}
	if shown := deadline.Format(due.In(hcmZone)); !strings.Contains(draft.PlainText, shown) {
		t.Errorf("task 3 is due %s, which the draft did not show:\n%s", shown, draft.PlainText)
	}
}

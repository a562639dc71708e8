package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestAdminAddsDaysOff: members see the year's days off; an admin adds
// the organisation's own day off and make-up day in chat, and reminders
// follow them.
func TestAdminAddsDaysOff(t *testing.T) {
	h := newHarness(t)
	admin := h.join(tgfake.User{ID: 1009, FirstName: "Vũ", LastName: "Quản Trị"}, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.clock.Jump(localDay("02/03/2026 09:00"))
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ trước 13/3/2026", "Nhiệm vụ #1")

	m := h.say(kthtStaff, "/ngaynghi", "Ngày nghỉ và ngày làm bù năm 2026", "17/02/2026 (thứ Ba): nghỉ — Tết Nguyên đán", "10/01/2026 (thứ Bảy): làm việc — Làm bù ngày 02/01")
	if strings.Contains(m.PlainText, "Quản trị viên thêm") {
		t.Errorf("a member is shown how to change the days: %q", m.PlainText)
	}
	h.say(kthtStaff, "/ngaynghi them 16/03/2026", "Chỉ quản trị viên")
	h.say(admin, "/ngaynghi them 30/02/2026", "Ngày “30/02/2026” chưa đúng")
	h.say(admin, "/ngaynghi them", "Hãy ghi ngày sau lệnh")
	h.say(admin, "/ngaynghi đổi 16/03/2026", "Chưa hiểu “đổi”", "Quản trị viên thêm ngày nghỉ riêng")
	h.say(admin, "/ngaynghi them 15/03/2026", "vốn đã là ngày nghỉ (Chủ nhật)")
	h.say(admin, "/ngaynghi thêm 16/3/2026 Kỷ niệm ngày thành lập huyện", "Đã ghi ngày nghỉ 16/03/2026 (thứ Hai) “Kỷ niệm ngày thành lập huyện”", "1 nhiệm vụ")
	h.say(admin, "/ngaynghi làm bù 21/03/2026", "Đã ghi ngày làm việc bù 21/03/2026 (thứ Bảy)")
	h.say(admin, "/ngaynghi", "16/03/2026 (thứ Hai): nghỉ — Kỷ niệm ngày thành lập huyện (ngày riêng của cơ quan)", "Quản trị viên thêm")
	// The first overdue reminder of a task due Friday 13/03 skips the
	// weekend and the organisation's Monday off.
	if n := h.count(`SELECT count(*) FROM reminders WHERE status = 'pending' AND slot LIKE 'over1@%' AND due_at = $1`, localDay("17/03/2026 08:00")); n != 1 {
		t.Errorf("the first overdue reminder is not on Tuesday 17/03 08:00")
	}
	if n := h.count(`SELECT count(*) FROM reminders WHERE status = 'pending' AND due_at = $1`, localDay("21/03/2026 08:00")); n != 1 {
		t.Errorf("no reminder on the make-up Saturday 21/03")
	}
	h.say(admin, "/ngaynghi bo 16/03/2026", "Đã bỏ ngày riêng 16/03/2026 (thứ Hai)")
	h.say(admin, "/ngaynghi xoá 16/03/2026", "Cơ quan không có ngày riêng 16/03/2026")
	if n := h.count(`SELECT count(*) FROM reminders WHERE status = 'pending' AND slot LIKE 'over1@%' AND due_at = $1`, localDay("16/03/2026 08:00")); n != 1 {
		t.Errorf("after removing the day off, the first overdue reminder is not back on Monday 16/03")
	}
	h.say(kthtStaff, "/ngaynghi 2040", "chỉ có từ năm 2016")

	// The title names the rest days of the organisation's policy.
	h.say(kthtStaff, "/ngaynghi", "(thứ Bảy, Chủ nhật là ngày nghỉ hằng tuần; không nhắc việc vào ngày nghỉ)")
	h.say(admin, "/nhacviec ngaynghi cn,t7,t2", "Đã lưu lịch nhắc việc")
	h.say(kthtStaff, "/ngaynghi", "(thứ Hai, thứ Bảy, Chủ nhật là ngày nghỉ hằng tuần;")
	h.say(admin, "/nhacviec ngaynghi khong", "Đã lưu lịch nhắc việc")
	h.say(kthtStaff, "/ngaynghi", "(cơ quan không có ngày nghỉ hằng tuần, chỉ nghỉ lễ, Tết và ngày nghỉ riêng;")
}

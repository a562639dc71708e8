package bot_test

import (
	"fmt"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

func TestAdminSeesAndRetriesFailedMessages(t *testing.T) {
	h := newHarness(t)
	admin := h.join(tgfake.User{ID: 1009, FirstName: "Vũ", LastName: "Quản Trị"}, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.fake.Block(kthtStaff.ID)
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ trước 30/6/2031", "Nhiệm vụ #1")
	h.expect(leader.ID, "Không gửi được nhiệm vụ #1")

	h.say(leader, "/admin outbox", "không có quyền")
	m := h.say(admin, "/admin outbox", "thất bại 1", "Tin gửi thất bại gần đây", "thông báo giao việc", "người nhận đã chặn bot", "Telegram trả lời")
	var id int
	if n := h.count(`SELECT count(*) FROM outbox WHERE status = 'failed'`); n != 1 {
		t.Fatalf("%d failed rows, want 1 (%s)", n, m.PlainText)
	}
	if err := h.store.DB().Get(&id, `SELECT id FROM outbox WHERE status = 'failed'`); err != nil {
		t.Fatal(err)
	}
	h.say(admin, "/admin guilai abc", "Cách dùng")
	h.say(admin, "/admin guilai 99999", "không ở trạng thái thất bại")

	h.fake.Unblock(kthtStaff.ID)
	h.say(admin, fmt.Sprintf("/admin guilai %d", id), fmt.Sprintf("Đã đưa tin #%d", id))
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
}

func TestAdminChangesReminderPolicy(t *testing.T) {
	h := newHarness(t)
	admin := h.join(tgfake.User{ID: 1009, FirstName: "Vũ", LastName: "Quản Trị"}, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ trước 30/6/2031", "Nhiệm vụ #1")

	h.say(admin, "/nhacviec", "Lịch nhắc việc", "3, 1 ngày, lúc 08:00", "tối đa 5 lần", "Chủ nhật")
	h.say(leader, "/nhacviec gio 07:30", "không có quyền")
	h.say(admin, "/nhacviec gio 25:00", "Giờ nhắc “25:00” chưa đúng", "Cách đổi")
	h.say(admin, "/nhacviec ngaynghi t8", "Chưa hiểu ngày “t8”")
	h.say(admin, "/nhacviec mau xanh", "Không có mục “mau”")
	h.say(admin, "/nhacviec GIỜ 07:30", "lập lại lịch nhắc cho 1 nhiệm vụ", "lúc 07:30")
	h.say(admin, "/nhacviec ngaynghi t7, cn", "thứ Bảy, Chủ nhật")
	if n := h.count(`SELECT count(*) FROM reminders WHERE status = 'pending' AND to_char(due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI') = '08:00'`); n != 0 {
		t.Errorf("%d reminders still at 08:00 after the change", n)
	}
	if n := h.count(`SELECT count(*) FROM reminders WHERE status = 'pending' AND extract(isodow FROM due_at AT TIME ZONE 'Asia/Ho_Chi_Minh') IN (6, 7)`); n != 0 {
		t.Errorf("%d reminders on a weekend after the change", n)
	}
}

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
	m := h.say(admin, "/admin outbox", "thất bại 1", "Tin gửi thất bại gần đây", "task_assigned")
	var id int
	if n := h.count(`SELECT count(*) FROM outbox WHERE status = 'failed'`); n != 1 {
		t.Fatalf("%d failed rows, want 1 (%s)", n, m.PlainText)
	}
	h.store.DB().Get(&id, `SELECT id FROM outbox WHERE status = 'failed'`)
	h.say(admin, "/admin guilai abc", "Cách dùng")
	h.say(admin, "/admin guilai 99999", "không ở trạng thái thất bại")

	h.fake.Unblock(kthtStaff.ID)
	h.say(admin, fmt.Sprintf("/admin guilai %d", id), fmt.Sprintf("Đã đưa tin #%d", id))
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
}

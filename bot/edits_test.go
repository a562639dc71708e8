package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestEditedMessages edits messages already handled: an edited /giao gets
// a polite answer quoting its task and how to change it, and no second
// task; another edited message in private gets the general answer; a
// group's own talk, edited, gets none. Both by polling and by webhook.
func TestEditedMessages(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts []option
	}{{"polling", nil}, {"webhook", []option{withWebhook()}}} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, tc.opts...)
			h.join(leader, tasks.RoleLeader, "")
			h.join(kthtStaff, tasks.RoleMember, "ktht")

			before := len(h.fake.SentTo(leader.ID))
			giao := h.fake.SendText(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031")
			h.after(leader.ID, before, "Nhiệm vụ #1")
			before = len(h.fake.SentTo(leader.ID))
			h.fake.EditText(leader, giao, "/giao KTHT: Kiểm tra hồ sơ công trình trước 15/7/2031")
			h.after(leader.ID, before, "Anh/chị vừa sửa tin nhắn đã giao nhiệm vụ #1", "không làm thay đổi nhiệm vụ",
				"/task 1", "/giahan 1 <hạn mới> vì <lý do>", "/chuyen 1", "/huy 1")
			if n := h.count(`SELECT count(*) FROM tasks`); n != 1 {
				t.Errorf("%d tasks after the edit, want 1", n)
			}
			if n := h.count(`SELECT count(*) FROM tasks WHERE deadline::date = '2031-06-30'`); n != 1 {
				t.Errorf("the task's deadline changed")
			}

			before = len(h.fake.SentTo(kthtStaff.ID))
			viec := h.fake.SendText(kthtStaff, "/viec")
			h.after(kthtStaff.ID, before, "Kiểm tra hồ sơ công trình")
			before = len(h.fake.SentTo(kthtStaff.ID))
			h.fake.EditText(kthtStaff, viec, "/viec quahan")
			h.after(kthtStaff.ID, before, "Tin nhắn đã sửa không được đọc lại", "gửi lại một tin nhắn mới")

			group := tgfake.Chat{ID: -100555, Title: "Phòng KTHT"}
			talk := h.fake.SendGroupText(kthtStaff, group, "Chiều nay họp lúc 3 giờ nhé")
			h.fake.EditText(kthtStaff, talk, "Chiều nay họp lúc 4 giờ nhé")
			h.fake.SendGroupText(leader, group, "/baocao_o_day")
			h.expect(group.ID, "sẽ nhận báo cáo tuần")
			for _, m := range h.fake.SentTo(group.ID) {
				if strings.Contains(m.PlainText, "sửa") {
					t.Errorf("the group's edited talk was answered: %s", m.PlainText)
				}
			}
		})
	}
}

package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestGroupChatterAfterMeeting: after /hop in a group, the bot answers in
// the group only what is addressed to it: a reply to one of its messages
// that is not a request, a photo, or talk get no answer.
func TestGroupChatterAfterMeeting(t *testing.T) {
	h := newHarness(t)
	admin := tgfake.User{ID: 1000, FirstName: "Quản", LastName: "Trị"}
	h.join(admin, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	for _, group := range []tgfake.Chat{{ID: -6101, Title: "Giao ban huyện"}, {ID: -6102, Title: "Phòng KTHT"}} {
		h.fake.SendGroupText(leader, group, "/start")
		h.expect(group.ID, "Anh/chị đang làm việc tại")
		if group.ID == -6102 {
			before := len(h.fake.SentTo(group.ID))
			h.fake.SendGroupText(admin, group, "/nhom KTHT")
			h.after(group.ID, before, "Đã gắn nhóm này")
		}
		before := len(h.fake.SentTo(group.ID))
		h.fake.SendGroupText(leader, group, "/hop Giao ban tháng 1")
		hint := h.after(group.ID, before, "trả lời trong tin nhắn riêng")
		before = len(h.fake.SentTo(group.ID))
		h.fake.SendGroupText(leader, group, "/hop 1")
		card := h.after(group.ID, before, "trả lời trong tin nhắn riêng")
		talk := []func(){
			func() { h.fake.SendGroupText(leader, group, "Mọi người chuẩn bị tài liệu nhé") },
			func() { h.fake.Reply(leader, group.ID, hint.MessageID, "Vâng, tôi gửi ngay") },
			func() { h.fake.Reply(kthtStaff, group.ID, hint.MessageID, "Đã rõ ạ") },
			func() {
				h.fake.Reply(leader, group.ID, card.MessageID, "Giao Phòng KTHT rà soát hồ sơ trước 30/6/2031")
			},
			func() { h.fake.SendGroupText(kthtStaff, group, "Em gửi bản kế hoạch") },
			func() { h.fake.SendPhoto(kthtStaff, group.ID, tinyPNG(t), "ảnh hiện trường") },
		}
		before = len(h.fake.SentTo(group.ID))
		for _, say := range talk {
			say()
		}
		h.fake.SendGroupText(leader, group, "/start")
		h.after(group.ID, before, "Anh/chị đang làm việc tại")
		for _, m := range h.fake.SentTo(group.ID)[before:] {
			if !strings.Contains(m.PlainText, "Anh/chị đang làm việc tại") {
				t.Errorf("group %s: the bot answered talk: %s", group.Title, m.PlainText)
			}
		}
	}
}

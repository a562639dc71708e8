package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// TestCancelTellsTheAssigner: a secretary cancelling a leader's task tells
// the owners and the leader who assigned it, once; the leader cancelling
// their own task is not told what they did.
func TestCancelTellsTheAssigner(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(secretary, tasks.RoleSecretary, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Rà soát hồ sơ đất đai trước 30/6/2031", "Nhiệm vụ #1")
	h.say(leader, "/giao KTHT: Kiểm tra công trình trước 30/6/2031", "Nhiệm vụ #2")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #2")
	h.say(secretary, "/huy 1", "mời ghi lý do hủy nhiệm vụ")
	h.say(secretary, "Đã có văn bản thay thế", "Đã hủy nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ #1 đã bị Lê Thư hủy", "Lý do: Đã có văn bản thay thế")
	h.expect(leader.ID, "Nhiệm vụ #1 do bạn giao đã bị Lê Thư hủy", "Lý do: Đã có văn bản thay thế", "Rà soát hồ sơ đất đai")
	h.say(leader, "/huy 2", "mời ghi lý do hủy nhiệm vụ")
	h.say(leader, "Giao nhầm đơn vị", "Đã hủy nhiệm vụ #2")
	h.expect(kthtStaff.ID, "Nhiệm vụ #2 đã bị Trần Việt Dũng hủy")
	lcSync(h, leader)
	told := 0
	for _, m := range h.fake.SentTo(leader.ID) {
		if strings.Contains(m.PlainText, "đã bị") && strings.Contains(m.PlainText, "hủy") {
			told++
		}
	}
	if told != 1 {
		t.Errorf("the leader was told of %d cancellations, want 1 (#1)", told)
	}
	if n := h.count(`SELECT count(*) FROM outbox WHERE kind = $1 AND member_id = $2`, tasks.NoticeCancelled, h.member(leader).ID); n != 1 {
		t.Errorf("%d cancellation notices queued for the leader", n)
	}
}

// TestPhotoWithoutTaskGetsHint: a photo sent on its own, replying to no
// task, is answered with how to send it as evidence.
func TestPhotoWithoutTaskGetsHint(t *testing.T) {
	h := newHarness(t)
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	before := len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendPhoto(kthtStaff, kthtStaff.ID, tinyPNG(t), "")
	h.after(kthtStaff.ID, before, "chưa rõ thuộc nhiệm vụ nào", "Trả lời", "/tiendo 42")
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendDocument(kthtStaff, kthtStaff.ID, "bien-ban.pdf", "application/pdf", []byte("%PDF-1.4"), "biên bản")
	h.after(kthtStaff.ID, before, "chưa rõ thuộc nhiệm vụ nào")
}

// TestHelpOffersWhatOneMayDo: a member's /help lists only what a member
// may do: /hop to look at a meeting, not to open one; no owner's commands
// without a unit.
func TestHelpOffersWhatOneMayDo(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "")
	for _, c := range []struct {
		who       string
		help      string
		want, not []string
	}{
		{"member", h.say(kthtStaff, "/help", "Các lệnh bạn có thể dùng").PlainText,
			[]string{"/hop — xem một cuộc họp", "/done", "/tiendo", "/dangky", "/viec"}, []string{"ghi kết luận cuộc họp", "/giao", "/xacnhan", "/huy"}},
		{"member without unit", h.say(tckhStaff, "/help", "Các lệnh bạn có thể dùng").PlainText,
			[]string{"/viec", "/hop — xem một cuộc họp"}, []string{"/done", "/tiendo", "/giahan", "/dangky", "/ketqua"}},
		{"leader", h.say(leader, "/help", "Các lệnh bạn có thể dùng").PlainText,
			[]string{"/hop — ghi kết luận cuộc họp", "/giao", "/xacnhan", "/baocao"}, nil},
	} {
		for _, w := range c.want {
			if !strings.Contains(c.help, w) {
				t.Errorf("%s's /help lacks %q:\n%s", c.who, w, c.help)
			}
		}
		for _, n := range c.not {
			if strings.Contains(c.help, n+" ") || strings.Contains(c.help, n+"\n") || strings.HasSuffix(c.help, n) {
				t.Errorf("%s's /help offers %q:\n%s", c.who, n, c.help)
			}
		}
	}
}

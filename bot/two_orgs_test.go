package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestPersonInTwoOrganisations: joining a second organisation says where
// commands now act and how to switch; every notice such a person gets
// names its organisation (one-organisation people's do not); a command
// typed in reply to a notice acts in the notice's organisation.
func TestPersonInTwoOrganisations(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	orgB := h.otherOrg("UBND huyện Bình Liêu", tasks.Unit{Code: "vp", Name: "Văn phòng HĐND và UBND", Kind: tasks.KindPhong})
	dirB, err := h.store.Directory(t.Context(), orgB.ID)
	if err != nil {
		t.Fatal(err)
	}
	vp, _ := dirB.ByCode("vp")
	leaderB := tgfake.User{ID: 1101, FirstName: "Chủ tịch", LastName: "Bình Liêu"}
	h.say(leaderB, "/start "+h.inviteTo(orgB.ID, tasks.RoleLeader, 0), "Chào mừng")
	h.say(kthtStaff, "/start "+h.inviteTo(orgB.ID, tasks.RoleMember, vp.ID), "Chào mừng", "UBND huyện Bình Liêu",
		"thành viên của 2 cơ quan", "các lệnh anh/chị gõ áp dụng cho UBND huyện Bình Liêu", "/org")
	if strings.Contains(h.fake.SentTo(leaderB.ID)[0].PlainText, "cơ quan") && strings.Contains(h.fake.SentTo(leaderB.ID)[0].PlainText, "/org") {
		t.Errorf("a one-organisation person was told about switching: %s", h.fake.SentTo(leaderB.ID)[0].PlainText)
	}

	h.say(leader, "/giao KTHT: Rà soát hồ sơ đất đai Đầm Hà trước 30/6/2031", "Nhiệm vụ #1")
	h.say(leaderB, "/giao VP: Chuẩn bị hội nghị Bình Liêu trước 30/6/2031", "Nhiệm vụ #1")
	noticeA := h.expect(kthtStaff.ID, "Cơ quan: UBND huyện Đầm Hà", "Nhiệm vụ mới #1", "Rà soát hồ sơ đất đai Đầm Hà")
	h.expect(kthtStaff.ID, "Cơ quan: UBND huyện Bình Liêu", "Nhiệm vụ mới #1", "Chuẩn bị hội nghị Bình Liêu")

	// Commands act in Bình Liêu, chosen last, unless typed in reply to
	// a notice of Đầm Hà.
	before := len(h.fake.SentTo(kthtStaff.ID))
	h.fake.Reply(kthtStaff, kthtStaff.ID, int64(noticeA.MessageID), "/done 1")
	h.after(kthtStaff.ID, before, "Đã ghi nhận Phòng Kinh tế và Hạ tầng hoàn thành nhiệm vụ #1")
	if s := lcState(h, h.org.ID, 1); s != "reported" {
		t.Errorf("Đầm Hà's #1 = %s after /done in reply to its notice", s)
	}
	if s := lcState(h, orgB.ID, 1); s != "assigned" {
		t.Errorf("Bình Liêu's #1 = %s after /done in reply to Đầm Hà's notice", s)
	}
	h.say(kthtStaff, "/task 1", "Cơ quan: UBND huyện Bình Liêu", "Chuẩn bị hội nghị Bình Liêu")
	h.say(kthtStaff, "/viec", "Cơ quan: UBND huyện Bình Liêu", "Chuẩn bị hội nghị Bình Liêu")
	if m := h.say(leader, "/viec", "Nhiệm vụ đang thực hiện"); strings.Contains(m.PlainText, "Cơ quan:") {
		t.Errorf("a one-organisation leader's /viec names the organisation:\n%s", m.PlainText)
	}

	// Reminders name the organisation too.
	if n := h.scanAt(localDay("27/06/2031 08:00")); n == 0 {
		t.Fatal("no reminder queued three days before the deadline")
	}
	h.expect(kthtStaff.ID, "Cơ quan: UBND huyện Bình Liêu", "Nhắc việc", "#1")

	// The assigner, in one organisation, gets no organisation line.
	got := h.expect(leader.ID, "báo cáo hoàn thành nhiệm vụ #1")
	if strings.Contains(got.PlainText, "Cơ quan:") {
		t.Errorf("a one-organisation leader's notice names the organisation:\n%s", got.PlainText)
	}
}

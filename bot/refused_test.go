package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// A notice Telegram refused because the person had blocked the bot (or
// never opened it, as after a token is replaced by another bot's) is sent
// when they write to the bot again, once; the assigner was told meanwhile.
func TestRefusedNoticeGoesOutWhenThePersonComesBack(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtOther, tasks.RoleMember, "ktht")
	h.fake.Block(kthtOther.ID)
	h.say(leader, "/giao KTHT: Báo cáo tiến độ hồ sơ", "Nhiệm vụ #1")
	h.expect(leader.ID, "Không gửi được nhiệm vụ #1 đến Phạm Thị Tầng")

	h.fake.Unblock(kthtOther.ID)
	h.say(kthtOther, "/viec", "#1")
	h.expect(kthtOther.ID, "Nhiệm vụ mới #1")
	h.say(kthtOther, "/viec", "#1")
	n := 0
	for _, m := range h.fake.SentTo(kthtOther.ID) {
		if strings.Contains(m.PlainText, "Nhiệm vụ mới #1") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the refused notice reached the person %d times, want once", n)
	}
}

// The refusal marked the person unreachable in one organisation while
// their commands act in another of the same bot: writing to the bot still
// brings them what was refused.
func TestRefusedInTheOtherOrganisation(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	orgB := h.otherOrg("UBND huyện Bình Liêu", tasks.Unit{Code: "vp", Name: "Văn phòng HĐND và UBND", Kind: tasks.KindPhong})
	h.say(kthtStaff, "/start "+h.inviteTo(orgB.ID, tasks.RoleMember, 0), "Chào mừng", "UBND huyện Bình Liêu")
	h.fake.Block(kthtStaff.ID)
	h.say(leader, "/giao KTHT: Rà soát hồ sơ đất đai trước 30/6/2031", "Nhiệm vụ #1")
	h.expect(leader.ID, "Không gửi được nhiệm vụ #1")

	h.fake.Unblock(kthtStaff.ID)
	h.say(kthtStaff, "/viec", "Không có nhiệm vụ")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1", "Rà soát hồ sơ đất đai")
}

// A person who was unreachable and comes back writing first in a group
// has not shown they can be written to in private: the mark stays, and
// their first private message still brings what was refused.
func TestRefusedSurvivesAGroupMessageFirst(t *testing.T) {
	h := newHarness(t)
	admin := tgfake.User{ID: 1000, FirstName: "Quản", LastName: "Trị"}
	h.join(admin, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtOther, tasks.RoleMember, "ktht")
	group := tgfake.Chat{ID: -7001, Title: "Phòng KTHT"}
	before := len(h.fake.SentTo(group.ID))
	h.fake.SendGroupText(admin, group, "/nhom KTHT")
	h.after(group.ID, before, "Đã gắn nhóm này")

	h.fake.Block(kthtOther.ID)
	h.say(leader, "/giao KTHT: Báo cáo tiến độ hồ sơ", "Nhiệm vụ #1")
	h.expect(leader.ID, "Không gửi được nhiệm vụ #1 đến Phạm Thị Tầng")
	h.fake.Unblock(kthtOther.ID)
	before = len(h.fake.SentTo(group.ID))
	h.fake.SendGroupText(kthtOther, group, "/viec")
	h.after(group.ID, before, "#1")
	if n := h.count(`SELECT count(*) FROM members WHERE unreachable_at IS NOT NULL`); n != 1 {
		t.Errorf("%d members marked unreachable after a group message, want 1 (the mark stays until a private message)", n)
	}
	h.say(kthtOther, "/viec", "#1")
	h.expect(kthtOther.ID, "Nhiệm vụ mới #1")
}

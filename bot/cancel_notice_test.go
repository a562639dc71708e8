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
	h.expect(leader.ID, "Nhiệm vụ #1 do anh/chị giao đã bị Lê Thư hủy", "Lý do: Đã có văn bản thay thế", "Rà soát hồ sơ đất đai")
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

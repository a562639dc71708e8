package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestReceivedReminderSaysWhereTheDeadlineStands: a received task due on a
// Sunday has its deadline-day reminder on the Friday before (no reminder
// on a rest day), and that reminder says the deadline is coming, not that
// it is today, as a task's reminder would.
func TestReceivedReminderSaysWhereTheDeadlineStands(t *testing.T) {
	h := newHarness(t)
	damha, _ := h.childOrg("UBND xã Đầm Hà", "damha", tasks.Unit{Code: "vp", Name: "Văn phòng", Aliases: []string{"VP"}, Kind: tasks.KindPhong})
	chairman := h.join(tgfake.User{ID: 8500, FirstName: "Chủ tịch", LastName: "Tỉnh"}, tasks.RoleLeader, "")
	leader := h.joinOrg(tgfake.User{ID: 8600, FirstName: "Chủ tịch", LastName: "Xã"}, damha.ID, tasks.RoleLeader, 0)
	h.say(chairman, "/giao UBND xã Đầm Hà: Báo cáo tình hình dân cư trước 29/6/2031", "Nhiệm vụ #1")
	h.expect(leader.ID, "Nhiệm vụ cấp trên giao", "Báo cáo tình hình dân cư")

	before := len(h.fake.SentTo(leader.ID))
	h.scanAt(time.Date(2031, 6, 27, 8, 0, 1, 0, hcmZone)) // Friday
	got := h.after(leader.ID, before, "chưa phân công", "Báo cáo tình hình dân cư")
	if !strings.Contains(got.PlainText, "sắp đến hạn mà chưa phân công") {
		t.Errorf("the reminder on the Friday before a Sunday deadline:\n%s\nwant it to say the deadline is coming", got.PlainText)
	}
	before = len(h.fake.SentTo(leader.ID))
	h.scanAt(time.Date(2031, 6, 30, 8, 0, 1, 0, hcmZone)) // Monday
	got = h.after(leader.ID, before, "chưa phân công", "Báo cáo tình hình dân cư")
	if !strings.Contains(got.PlainText, "đã quá hạn mà chưa phân công") {
		t.Errorf("the reminder on the Monday after a Sunday deadline:\n%s\nwant it to say the deadline has passed", got.PlainText)
	}
}

package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// TestSecondsLateIsNotADay: a task due at 19:05, looked at and reported
// done at 19:05:23, is late by less than an hour in /task, in the done
// report, in the assigner's notice and in the confirmation, never "quá hạn
// 1 ngày"; the next day it is.
func TestSecondsLateIsNotADay(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.clock.Jump(localDay("15/01/2031 09:00"))
	h.say(leader, "/giao KTHT: Báo cáo số liệu tiêm chủng trước 19h05 ngày 15/1/2031", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")

	h.clock.Jump(localDay("15/01/2031 19:05").Add(23 * time.Second))
	h.say(kthtStaff, "/task 1", "Tình trạng: quá hạn dưới 1 giờ")
	h.clock.Jump(localDay("15/01/2031 21:10"))
	h.say(kthtStaff, "/task 1", "Tình trạng: quá hạn 2 giờ")
	h.say(kthtStaff, "/viec", "quá hạn 2 giờ")
	h.clock.Jump(localDay("16/01/2031 00:10"))
	h.say(kthtStaff, "/task 1", "Tình trạng: quá hạn 1 ngày")

	h.clock.Jump(localDay("15/01/2031 19:05").Add(40 * time.Second))
	h.say(kthtStaff, "/done 1", "quá hạn dưới 1 giờ")
	h.expect(leader.ID, "#1", "quá hạn dưới 1 giờ")
	h.clock.Jump(localDay("16/01/2031 08:00"))
	h.say(leader, "/xacnhan 1", "quá hạn dưới 1 giờ")
	for _, m := range append(h.fake.SentTo(kthtStaff.ID), h.fake.SentTo(leader.ID)...) {
		if strings.Contains(m.PlainText, "hoàn thành quá hạn 1 ngày") || strings.Contains(m.PlainText, "xác nhận") && strings.Contains(m.PlainText, "quá hạn 1 ngày") {
			t.Errorf("a message counts 40 seconds as a day: %q", m.PlainText)
		}
	}
}

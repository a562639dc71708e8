package bot_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
)

// TestAssignDeadlineAsIs: /giao reads a time next to a day as a time on that day, refuses two
// deadlines quoting both, and asks, with a button, about a deadline already past when typed.
func TestAssignDeadlineAsIs(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.clock.Jump(localDay("16/01/2031 20:00")) // a Thursday evening

	h.say(leader, "/giao Phòng Kinh tế và Hạ tầng: tổng hợp danh sách, hạn 17h 20/2/2031", "Nhiệm vụ #1", "20/02/2031 17:00")
	h.say(leader, "/giao KTHT: gửi số liệu, hạn 0h ngày 1/3/2031", "Nhiệm vụ #2", "01/03/2031 00:00")

	h.say(leader, "/giao KTHT: kiểm tra hồ sơ, hạn 20/1/2031 hoặc 25/1/2031", "Thời hạn chưa đúng", "“hạn 20/1/2031”", "“25/1/2031”", "ví dụ")
	h.say(leader, "/giao KTHT: báo cáo sơ bộ trước 20/1/2031, hoàn thành trước 30/1/2031", "Thời hạn chưa đúng", "trước 20/1/2031", "trước 30/1/2031")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 2 {
		t.Fatalf("%d tasks after two refusals, want 2", n)
	}

	ask := h.say(leader, "/giao KTHT: Tổng hợp đăng ký ra quân trước 17h thứ 5", "“trước 17h thứ 5” đã qua", "23/01/2031 17:00 (thứ Năm)")
	data := h.data("gat", localDay("23/01/2031 17:00").Unix())
	if !ask.HasButton(data) {
		t.Fatalf("no button %q under %q: %v", data, ask.PlainText, ask.Buttons)
	}
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, ask, data)
	h.after(leader.ID, before, "Nhiệm vụ #3", "Tổng hợp đăng ký ra quân", "23/01/2031 17:00")
	h.press(leader, ask, data) // a second press assigns nothing more
	if n := h.count(`SELECT count(*) FROM tasks`); n != 3 {
		t.Errorf("%d tasks after the button was pressed twice, want 3", n)
	}

	h.say(leader, "/giao KTHT: Báo cáo nhanh vụ cháy, hạn 8h", "“hạn 8h” đã qua", "17/01/2031 08:00", "gửi lại thời hạn")
	h.say(leader, "sáng mai nhé", "Chưa đọc được thời hạn", "ví dụ")
	h.say(leader, "9h30 ngày 17/1/2031", "Nhiệm vụ #4", "Báo cáo nhanh vụ cháy", "17/01/2031 09:30")
	if n := h.count(`SELECT count(*) FROM tasks WHERE deadline = $1`, localDay("17/01/2031 09:30")); n != 1 {
		t.Errorf("%d tasks due 17/01/2031 09:30, want 1", n)
	}
}

// TestAssignWorkingDays: "trong N ngày làm việc" in /giao counts the organisation's calendar:
// weekends, Tết and the organisation's own day off.
func TestAssignWorkingDays(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	now := localDay("16/01/2031 20:00")
	h.clock.Jump(now)
	off := tasks.OrgHoliday{Day: time.Date(2031, 1, 17, 0, 0, 0, 0, time.UTC), Name: "Nghỉ bù hội nghị"}
	if err := tasks.SetOrgHolidayTx(context.Background(), h.store.DB(), h.org.ID, off); err != nil {
		t.Fatal(err)
	}
	cal := holidays.Vietnam().WithOverrides(off.Override())
	after := func(n int) string {
		day := now
		for left := n; left > 0; {
			day = day.AddDate(0, 0, 1)
			if cal.IsWorkday(day) {
				left--
			}
		}
		national, ok, err := deadline.Find(fmt.Sprintf("trong %d ngày làm việc", n), now)
		if !ok || err != nil {
			t.Fatalf("trong %d ngày làm việc: ok %v err %v", n, ok, err)
		}
		if deadline.FormatDate(day) == deadline.FormatDate(national.Time) {
			t.Fatalf("the organisation's day off changes nothing: %s", deadline.FormatDate(day))
		}
		return deadline.FormatDate(day)
	}
	h.say(leader, "/giao KTHT: Thẩm định hồ sơ đất đai trong 5 ngày làm việc", "Nhiệm vụ #1", after(5))
	h.say(kthtStaff, "/giahan 1 trong 8 ngày làm việc vì chờ ý kiến của Sở", "Đã gửi đề nghị gia hạn nhiệm vụ #1", after(8))
}

// TestAssignDeadlineInGroup: in a group the question about a deadline already past goes, as
// every prompt, to the person's private chat, where the button or the deadline sent again assigns.
func TestAssignDeadlineInGroup(t *testing.T) {
	h := newHarness(t)
	admin := tgfake.User{ID: 1000, FirstName: "Quản", LastName: "Trị"}
	h.join(admin, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.clock.Jump(localDay("16/01/2031 20:00"))
	group := tgfake.Chat{ID: -7001, Title: "Phòng KTHT"}
	inGroup := func(u tgfake.User, text string, parts ...string) tgfake.SentMessage {
		t.Helper()
		before := len(h.fake.SentTo(group.ID))
		h.fake.SendGroupText(u, group, text)
		return h.after(group.ID, before, parts...)
	}
	inGroup(admin, "/nhom KTHT", "Đã gắn nhóm này")
	before := len(h.fake.SentTo(leader.ID))
	inGroup(leader, "/giao KTHT: Báo cáo nhanh vụ sạt lở, hạn 8h", "tin nhắn riêng")
	ask := h.after(leader.ID, before, "“hạn 8h” đã qua", "17/01/2031 08:00")
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, ask, h.data("gat", localDay("17/01/2031 08:00").Unix()))
	h.after(leader.ID, before, "Nhiệm vụ #1", "Báo cáo nhanh vụ sạt lở", "17/01/2031 08:00")

	before = len(h.fake.SentTo(leader.ID))
	inGroup(leader, "/giao KTHT: Kiểm tra hiện trường, trước 7h", "tin nhắn riêng")
	h.after(leader.ID, before, "“trước 7h” đã qua")
	h.say(leader, "10h ngày 17/1/2031", "Nhiệm vụ #2", "Kiểm tra hiện trường", "17/01/2031 10:00")
}

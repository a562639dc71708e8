package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// TestScheduleShowsRunsCarriedOver: /lichbaocao shows the day a report
// really goes out when its own day is off, and the day it was due.
func TestScheduleShowsRunsCarriedOver(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	now := time.Now().In(hcmZone)
	mon := weekly.WeekOf(now, hcmZone).Start(hcmZone)
	if !mon.Add(8 * time.Hour).After(now.Add(time.Minute)) {
		mon = mon.AddDate(0, 0, 7)
	}
	own := tasks.OrgHoliday{Day: time.Date(mon.Year(), mon.Month(), mon.Day(), 0, 0, 0, 0, time.UTC), Name: "Nghỉ bù"}
	if err := tasks.SetOrgHolidayTx(context.Background(), h.store.DB(), h.org.ID, own); err != nil {
		t.Fatal(err)
	}
	next := holidays.Vietnam().WithOverrides(own.Override()).NextWorkday(mon.AddDate(0, 0, 1))
	carried := " (" + deadline.WeekdayName(next.Weekday()) + ", dời từ " + deadline.FormatDate(mon) + " vì ngày nghỉ)"
	m := h.say(leader, "/lichbaocao",
		"(nhacketqua): thứ Hai 08:00, lần tới "+deadline.FormatDate(next)+carried,
		"(ketqua): thứ Hai 10:00, lần tới "+deadline.FormatDate(next)+carried)
	if strings.Count(m.PlainText, "dời từ") != 2 {
		t.Errorf("only the two Monday runs are carried over:\n%s", m.PlainText)
	}
}

package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// TestWeeklyResultsReportOnADayOff: the organisation rests on Monday, so
// the results report goes out on Tuesday at 10:00 for last week, and the
// results a unit sends on Tuesday morning are in it. The Monday is the
// next one, after the organisation was created.
func TestWeeklyResultsReportOnADayOff(t *testing.T) {
	h := newHarness(t)
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	now := time.Now().In(hcmZone)
	mon := weekly.WeekOf(now, hcmZone).Start(hcmZone)
	if !mon.After(now) {
		mon = mon.AddDate(0, 0, 7)
	}
	ctx := context.Background()
	day := time.Date(mon.Year(), mon.Month(), mon.Day(), 0, 0, 0, 0, time.UTC)
	if err := tasks.SetOrgHolidayTx(ctx, h.store.DB(), h.org.ID, tasks.OrgHoliday{Day: day, Name: "Nghỉ bù"}); err != nil {
		t.Fatal(err)
	}
	tue := mon.AddDate(0, 0, 1).Add(9 * time.Hour)
	h.clock.Jump(tue)
	last := weekly.WeekOf(tue, hcmZone).Prev()
	h.say(kthtStaff, "/ketqua Đã kiểm tra 3 công trình", "Đã ghi kết quả số 1 của Phòng Kinh tế và Hạ tầng cho "+weekly.WeekLabel(last, hcmZone))

	svc := weekly.New(h.store)
	if _, err := svc.RunDue(ctx, mon.Add(10*time.Hour+30*time.Second)); err != nil {
		t.Fatal(err)
	}
	if n := h.count(`SELECT count(*) FROM report_runs WHERE kind = 'monday'`); n != 0 {
		t.Fatalf("%d results reports made on the day off", n)
	}
	if _, err := svc.RunDue(ctx, tue.Add(time.Hour+30*time.Second)); err != nil {
		t.Fatal(err)
	}
	rep, ok, err := svc.RunReport(ctx, h.org.ID, weekly.Monday, last.String())
	if err != nil || !ok {
		t.Fatalf("no results report of %s: %v %v", last, ok, err)
	}
	if !rep.DueAt.Equal(tue.Add(time.Hour)) || rep.Late {
		t.Errorf("report due at %s (late %v), want %s", rep.DueAt.In(hcmZone), rep.Late, tue.Add(time.Hour))
	}
	if len(rep.Reporting()) != 1 || rep.Reporting()[0].Entries[0].Text != "Đã kiểm tra 3 công trình" {
		t.Errorf("the report of %s lacks the result sent on Tuesday morning: %+v", last, rep.Reporting())
	}
	h.clock.Jump(tue.Add(2 * time.Hour))
	h.say(kthtStaff, "/ketqua Đã họp giao ban", "Đã ghi kết quả số 1 của Phòng Kinh tế và Hạ tầng cho "+weekly.WeekLabel(last.Next(), hcmZone))
}

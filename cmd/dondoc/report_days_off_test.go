package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// TestReportScheduleOnDaysOff: `report schedule` shows when the runs
// carried over Quốc khánh 2026 really go out, for the week their own day
// covers.
func TestReportScheduleOnDaysOff(t *testing.T) {
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	ctx := context.Background()
	hcm, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", time.Date(2020, 1, 1, 0, 0, 0, 0, hcm))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	c := &console{db: db, store: st, out: &out, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := c.reportSchedule(ctx, org, "", time.Date(2026, 8, 28, 18, 0, 0, 0, hcm)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Báo cáo kết quả tuần (monday)\tlần tới 03/09/2026 10:00 (thứ Năm)\t(tuần 35/2026, 2026-W35)",
		"(ask_registration)\tlần tới 03/09/2026 08:00 (thứ Năm)\t(tuần 37/2026, 2026-W37)",
		"(thursday)\tlần tới 03/09/2026 17:00 (thứ Năm)\t(tuần 37/2026, 2026-W37)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("schedule lacks %q:\n%s", want, out.String())
		}
	}
}

// TestSendCheckOnDaysOff: `report monday --send` for the week before
// Quốc khánh 2026 is refused until the carried-over time, Thursday 03/09
// at 10:00.
func TestSendCheckOnDaysOff(t *testing.T) {
	hcm, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	sch, err := weekly.Settings{}.Compile("Asia/Ho_Chi_Minh", time.Date(2020, 1, 1, 0, 0, 0, 0, hcm))
	if err != nil {
		t.Fatal(err)
	}
	sch = sch.WithCalendar(holidays.Vietnam())
	w, _ := weekly.ParseWeek("2026-W35")
	if msg := sendCheck(weekly.Monday, w, time.Date(2026, 8, 31, 12, 0, 0, 0, hcm), sch); !strings.Contains(msg, "03/09/2026 10:00") {
		t.Errorf("on the day off: %q", msg)
	}
	if msg := sendCheck(weekly.Monday, w, time.Date(2026, 9, 3, 10, 0, 0, 0, hcm), sch); msg != "" {
		t.Errorf("at the carried-over time: %q", msg)
	}
}

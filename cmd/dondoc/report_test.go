package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/xuri/excelize/v2"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func TestReportCommand(t *testing.T) {
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
	t.Setenv("TELEGRAM_TOKEN", "")
	if _, err := runCLI(t, "org", "create", "UBND huyện Đầm Hà"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	units := filepath.Join(dir, "units.csv")
	os.WriteFile(units, []byte("code,name,aliases,kind\nktht,Phòng Kinh tế và Hạ tầng,,phong\nquanglam,UBND xã Quảng Lâm,,xa\n"), 0o644)
	if _, err := runCLI(t, "units", "import", "--org", "ubnd-huyen-dam-ha", units); err != nil {
		t.Fatal(err)
	}

	book := filepath.Join(dir, "bao-cao.xlsx")
	out, err := runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", "2021-W02", "--xlsx", book)
	if err != nil || !strings.Contains(out, "BÁO CÁO KẾT QUẢ TUẦN 02/2021") || !strings.Contains(out, "II. Đơn vị chưa báo cáo (2)") {
		t.Fatalf("report monday = %q, %v", out, err)
	}
	x, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.GetSheetList()) != 6 {
		t.Errorf("sheets %v", x.GetSheetList())
	}
	x.Close()
	if out, _ := runCLI(t, "report", "thursday", "--org", "ubnd-huyen-dam-ha"); !strings.Contains(out, "TỔNG HỢP ĐĂNG KÝ RA QUÂN") {
		t.Errorf("report thursday = %q", out)
	}

	// --send records the run once; nobody is there to get it yet.
	if out, err := runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", "2021-W02", "--send"); err != nil || !strings.Contains(out, "Đã ghi nhận lượt “Báo cáo kết quả tuần” cho tuần 02/2021 (11/01/2021 – 17/01/2021) và xếp 0 tin") {
		t.Errorf("send = %q, %v", out, err)
	}
	if out, err := runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", "2021-W02", "--send"); err != nil || !strings.Contains(out, "đã chạy lúc") || !strings.Contains(out, "theo lệnh của người vận hành, 0 tin") || !strings.Contains(out, "không gửi lại") {
		t.Errorf("second send = %q, %v", out, err)
	}

	if _, err := runCLI(t, "report", "schedule", "--org", "ubnd-huyen-dam-ha", "--set", `{"specs":{"monday":"0 25 * * 1"}}`); err == nil {
		t.Error("a bad cron spec was saved")
	}
	if _, err := runCLI(t, "report", "schedule", "--org", "ubnd-huyen-dam-ha", "--set", `{"spec":{}}`); err == nil || !strings.Contains(err.Error(), "JSON chưa đúng") {
		t.Errorf("unknown field: %v", err)
	}
	out, err = runCLI(t, "report", "schedule", "--org", "ubnd-huyen-dam-ha", "--set", `{"specs":{"monday":"30 9 * * 1","ask_result":"off"}}`)
	if err != nil || !strings.Contains(out, "Đã lưu lịch báo cáo tuần") || !strings.Contains(out, "09:30 (thứ Hai)") || !strings.Contains(out, "Mời các đơn vị báo cáo kết quả (ask_result)\tđã tắt") || !strings.Contains(out, "gửi bù trong vòng 24 giờ") {
		t.Errorf("schedule = %q, %v", out, err)
	}
	if out, err := runCLI(t, "report", "scan"); err != nil || !strings.Contains(out, "Đã chạy") {
		t.Errorf("scan = %q, %v", out, err)
	}
	if _, err := runCLI(t, "report", "friday", "--org", "ubnd-huyen-dam-ha"); err == nil || !strings.Contains(err.Error(), "không có báo cáo “friday”") {
		t.Errorf("an unknown report: %v", err)
	}
	if _, err := runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", "2021-W60"); err == nil || !strings.Contains(err.Error(), "Năm 2021 không có tuần 60") {
		t.Errorf("a bad week: %v", err)
	}

	// A week not over yet is not sent without --force: its numbers would be
	// partial and the scheduled run would then be skipped.
	hcm, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	thisWeek := weekly.WeekOf(time.Now(), hcm)
	this := thisWeek.String()
	_, err = runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", this, "--send")
	if err == nil || !strings.Contains(err.Error(), "chưa kết thúc") || !strings.Contains(err.Error(), "--force") {
		t.Errorf("send of the current week: %v", err)
	}
	next := weekly.WeekOf(time.Now(), hcm).Next().Next().String()
	_, err = runCLI(t, "report", "thursday", "--org", "ubnd-huyen-dam-ha", "--week", next, "--send")
	if err == nil || !strings.Contains(err.Error(), "chưa đến giờ") {
		t.Errorf("send of a registration report before its time: %v", err)
	}
	db, err := sqlx.Connect("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var runs int
	if err := db.Get(&runs, `SELECT count(*) FROM report_runs WHERE week IN ($1, $2)`, this, next); err != nil || runs != 0 {
		t.Errorf("refused sends recorded %d runs: %v", runs, err)
	}
	if out, err := runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", this, "--send", "--force"); err != nil || !strings.Contains(out, "Đã ghi nhận lượt “Báo cáo kết quả tuần” cho "+weekly.WeekTitle(thisWeek)) {
		t.Errorf("forced send = %q, %v", out, err)
	}
}

// TestSendCheck fixes when `report --send` is refused, on each day of a
// week, with the default schedule and with the results report moved to
// Tuesday.
func TestSendCheck(t *testing.T) {
	hcm, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	at := func(d, h, m int) time.Time { return time.Date(2021, 1, d, h, m, 0, 0, hcm) }
	def, _ := weekly.Settings{}.Compile("Asia/Ho_Chi_Minh", at(1, 0, 0))
	moved, _ := weekly.Settings{Specs: map[weekly.Kind]string{weekly.Monday: "0 10 * * 2"}}.Compile("Asia/Ho_Chi_Minh", at(1, 0, 0))
	w := func(s string) weekly.Week { x, _ := weekly.ParseWeek(s); return x }
	tests := []struct {
		name string
		sch  weekly.Schedule
		kind weekly.Kind
		week string
		now  time.Time
		want string // part of the refusal, "" when allowed
	}{
		{"results of this week on Wednesday", def, weekly.Monday, "2021-W02", at(13, 15, 0), "chưa kết thúc"},
		{"results of this week on Sunday night", def, weekly.Monday, "2021-W02", at(17, 23, 59), "chưa kết thúc"},
		{"results of last week on Monday 09:00", def, weekly.Monday, "2021-W02", at(18, 9, 0), "chưa đến giờ"},
		{"results of last week on Monday 10:00", def, weekly.Monday, "2021-W02", at(18, 10, 0), ""},
		{"results of last week on Wednesday", def, weekly.Monday, "2021-W02", at(20, 10, 0), ""},
		{"results of an old week", def, weekly.Monday, "2020-W50", at(20, 10, 0), ""},
		{"results moved to Tuesday, on Monday 11:00", moved, weekly.Monday, "2021-W02", at(18, 11, 0), "chưa đến giờ"},
		{"results moved to Tuesday, on Tuesday 10:00", moved, weekly.Monday, "2021-W02", at(19, 10, 0), ""},
		{"registrations for next week on Wednesday", def, weekly.Thursday, "2021-W03", at(13, 15, 0), "chưa đến giờ"},
		{"registrations for next week on Thursday 16:59", def, weekly.Thursday, "2021-W03", at(14, 16, 59), "chưa đến giờ"},
		{"registrations for next week on Thursday 17:00", def, weekly.Thursday, "2021-W03", at(14, 17, 0), ""},
		{"registrations for next week on Saturday", def, weekly.Thursday, "2021-W03", at(16, 9, 0), ""},
		{"registrations two weeks ahead", def, weekly.Thursday, "2021-W04", at(16, 9, 0), "chưa đến giờ"},
	}
	for _, tt := range tests {
		got := sendCheck(tt.kind, w(tt.week), tt.now, tt.sch)
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestReportScheduleUsesOneNow: a schedule set at a fixed now records that
// instant as the change and shows the next runs after it.
func TestReportScheduleUsesOneNow(t *testing.T) {
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
	now := time.Date(2021, 1, 13, 9, 0, 0, 0, hcm)
	if err := c.reportSchedule(ctx, org, `{"specs":{"monday":"0 9 * * 1"}}`, now); err != nil {
		t.Fatal(err)
	}
	org, _ = st.Org(ctx, org.ID)
	set, err := weekly.OrgSettings(org)
	if err != nil || set.ChangedAt == nil || !set.ChangedAt.Equal(now) {
		t.Errorf("changed at %v, want %v (%v)", set.ChangedAt, now, err)
	}
	if !strings.Contains(out.String(), "Báo cáo kết quả tuần (monday)\tlần tới 18/01/2021 09:00 (thứ Hai)\t(tuần 02/2021, 2021-W02)") {
		t.Errorf("schedule printed %q", out.String())
	}
}

// TestReportScheduleSetKeepsTheRest: --set changes the fields it names,
// and the keys it names in specs, and keeps the rest of the stored settings.
func TestReportScheduleSetKeepsTheRest(t *testing.T) {
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	ctx := context.Background()
	hcm, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", time.Date(2020, 1, 1, 0, 0, 0, 0, hcm))
	if err != nil {
		t.Fatal(err)
	}
	c := &console{db: db, store: st, out: io.Discard, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	now := time.Date(2021, 1, 13, 9, 0, 0, 0, hcm)
	set := func(js string) (weekly.Settings, error) {
		t.Helper()
		cur, err := st.Org(ctx, org.ID)
		if err != nil {
			t.Fatal(err)
		}
		setErr := c.reportSchedule(ctx, cur, js, now)
		if cur, err = st.Org(ctx, org.ID); err != nil {
			t.Fatal(err)
		}
		s, err := weekly.OrgSettings(cur)
		if err != nil {
			t.Fatal(err)
		}
		return s, setErr
	}
	if _, err := set(`{"specs":{"monday":"30 9 * * 1","ask_result":"off"},"unit_kinds":["xa"],"catch_up":"12h"}`); err != nil {
		t.Fatal(err)
	}
	s, err := set(`{"catch_up":"6h"}`)
	if err != nil || s.CatchUp != "6h" || s.Specs[weekly.Monday] != "30 9 * * 1" || s.Specs[weekly.AskResult] != "off" || strings.Join(s.UnitKinds, ",") != "xa" {
		t.Errorf("after setting catch_up: %+v, %v", s, err)
	}
	s, err = set(`{"specs":{"thursday":"0 16 * * 4"}}`)
	if err != nil || len(s.Specs) != 3 || s.Specs[weekly.Thursday] != "0 16 * * 4" || s.Specs[weekly.Monday] != "30 9 * * 1" || s.CatchUp != "6h" {
		t.Errorf("after setting one spec: %+v, %v", s, err)
	}
	s, err = set(`{"specs":{"monday":"0 25 * * 1"}}`)
	if err == nil || !strings.Contains(err.Error(), "chưa đúng") || s.Specs[weekly.Monday] != "30 9 * * 1" {
		t.Errorf("a bad spec: stored %+v, error %v", s, err)
	}
}

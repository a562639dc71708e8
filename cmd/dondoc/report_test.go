package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/dondoc/dondoc/internal/pgtest"
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
	if out, err := runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", "2021-W02", "--send"); err != nil || !strings.Contains(out, "Đã ghi nhận lượt monday 2021-W02 và xếp 0 tin") {
		t.Errorf("send = %q, %v", out, err)
	}
	if out, err := runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", "2021-W02", "--send"); err != nil || !strings.Contains(out, "đã chạy lúc") || !strings.Contains(out, "không gửi lại") {
		t.Errorf("second send = %q, %v", out, err)
	}

	if _, err := runCLI(t, "report", "schedule", "--org", "ubnd-huyen-dam-ha", "--set", `{"specs":{"monday":"0 25 * * 1"}}`); err == nil {
		t.Error("a bad cron spec was saved")
	}
	if _, err := runCLI(t, "report", "schedule", "--org", "ubnd-huyen-dam-ha", "--set", `{"spec":{}}`); err == nil || !strings.Contains(err.Error(), "JSON chưa đúng") {
		t.Errorf("unknown field: %v", err)
	}
	out, err = runCLI(t, "report", "schedule", "--org", "ubnd-huyen-dam-ha", "--set", `{"specs":{"monday":"30 9 * * 1","ask_result":"off"}}`)
	if err != nil || !strings.Contains(out, "Đã lưu lịch báo cáo tuần") || !strings.Contains(out, "09:30 (thứ Hai)") || !strings.Contains(out, "ask_result\tđã tắt") {
		t.Errorf("schedule = %q, %v", out, err)
	}
	if out, err := runCLI(t, "report", "scan"); err != nil || !strings.Contains(out, "Đã chạy") {
		t.Errorf("scan = %q, %v", out, err)
	}
	if _, err := runCLI(t, "report", "friday", "--org", "ubnd-huyen-dam-ha"); err == nil {
		t.Error("an unknown report was accepted")
	}
	if _, err := runCLI(t, "report", "monday", "--org", "ubnd-huyen-dam-ha", "--week", "2021-W60"); err == nil {
		t.Error("a bad week was accepted")
	}
}

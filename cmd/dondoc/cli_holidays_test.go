package main

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
)

func TestHolidaysCommand(t *testing.T) {
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
	t.Setenv("TELEGRAM_TOKEN", "")
	if _, err := runCLI(t, "org", "create", "UBND xã Quảng Lâm"); err != nil {
		t.Fatal(err)
	}
	const org = "ubnd-xa-quang-lam"

	out, err := runCLI(t, "holidays", "list", "--org", org, "--year", "2026")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"17/02/2026 (thứ Ba)\tngày nghỉ\tTết Nguyên đán\ttheo lịch nghỉ chung",
		"10/01/2026 (thứ Bảy)\tngày làm việc bù\tLàm bù ngày 02/01\ttheo lịch nghỉ chung",
		"27/04/2026 (thứ Hai)\tngày nghỉ\tGiỗ Tổ Hùng Vương (nghỉ bù)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q:\n%s", want, out)
		}
	}

	out, err = runCLI(t, "holidays", "add", "--org", org, "16/03/2026", "Kỷ niệm ngày thành lập xã")
	if err != nil || !strings.Contains(out, "Đã ghi ngày nghỉ 16/03/2026 (thứ Hai) “Kỷ niệm ngày thành lập xã”") {
		t.Fatalf("add = %q, %v", out, err)
	}
	out, err = runCLI(t, "holidays", "add", "--org", org, "--workday", "21/3/2026")
	if err != nil || !strings.Contains(out, "Đã ghi ngày làm việc bù 21/03/2026 (thứ Bảy) “Ngày làm việc bù của cơ quan”") {
		t.Fatalf("add --workday = %q, %v", out, err)
	}
	out, _ = runCLI(t, "holidays", "list", "--org", org, "--year", "2026")
	for _, want := range []string{
		"16/03/2026 (thứ Hai)\tngày nghỉ\tKỷ niệm ngày thành lập xã\tcủa cơ quan",
		"21/03/2026 (thứ Bảy)\tngày làm việc bù\tNgày làm việc bù của cơ quan\tcủa cơ quan",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q:\n%s", want, out)
		}
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"add", "--org", org, "--workday", "17/03/2026"}, "vốn là ngày làm việc"},
		{[]string{"add", "--org", org, "22/03/2026"}, "vốn đã là ngày nghỉ (Chủ nhật)"},
		{[]string{"add", "--org", org, "30/02/2026"}, "Ngày “30/02/2026” chưa đúng"},
		{[]string{"remove", "--org", org, "17/03/2026"}, "cơ quan không có ngày riêng 17/03/2026 (thứ Ba)"},
		{[]string{"add", "--org", org}, "dondoc holidays add --org CƠ_QUAN [--workday]"},
		{[]string{"add", "16/03/2026"}, "cần ghi --org"},
	} {
		if _, err := runCLI(t, append([]string{"holidays"}, tt.args...)...); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("holidays %v = %v, want %q", tt.args, err, tt.want)
		}
	}

	out, err = runCLI(t, "holidays", "remove", "--org", org, "16/03/2026")
	if err != nil || !strings.Contains(out, "Đã bỏ ngày riêng 16/03/2026 (thứ Hai)") {
		t.Fatalf("remove = %q, %v", out, err)
	}
	if out, _ := runCLI(t, "holidays", "list", "--org", org, "--year", "2026"); strings.Contains(out, "16/03/2026") {
		t.Errorf("a removed day is still listed:\n%s", out)
	}
	if out, _ := runCLI(t, "holidays", "list", "--org", org, "--year", "2040"); !strings.Contains(out, "chưa có năm 2040") {
		t.Errorf("a year without data is not said: %q", out)
	}
}

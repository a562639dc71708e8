package bot

import (
	"errors"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func TestParseReportArgs(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	// Wednesday 10/12/2025, in week 2025-W50.
	now := time.Date(2025, 12, 10, 9, 0, 0, 0, loc)
	jan := time.Date(2026, 1, 7, 9, 0, 0, 0, loc) // 2026-W02
	for _, tt := range []struct {
		args string
		now  time.Time
		kind weekly.Kind
		week string
	}{
		{"", now, weekly.Monday, ""},
		{"tuan truoc", now, weekly.Monday, "2025-W49"},
		{"tuần trước", now, weekly.Monday, "2025-W49"},
		{"Tuần này", now, weekly.Monday, "2025-W50"},
		{"tuannay", now, weekly.Monday, "2025-W50"},
		{"tuần qua", now, weekly.Monday, "2025-W49"},
		{"dangky tuần sau", now, weekly.Thursday, "2025-W51"},
		{"đăng ký tuần tới", now, weekly.Thursday, "2025-W51"},
		{"kết quả tuan 50", now, weekly.Monday, "2025-W50"},
		{"tuan 48", now, weekly.Monday, "2025-W48"},
		{"tuan 50", jan, weekly.Monday, "2025-W50"},
		{"tuan 1", jan, weekly.Monday, "2026-W01"},
		{"tuần 50/2024", now, weekly.Monday, "2024-W50"},
		{"tuần 50 năm 2024", now, weekly.Monday, "2024-W50"},
		{"2021-W02", now, weekly.Monday, "2021-W02"},
		{"dangky 2021-W02", now, weekly.Thursday, "2021-W02"},
	} {
		a, err := parseReportArgs(tt.args, tt.now, loc)
		if err != nil {
			t.Errorf("%q: %v", tt.args, err)
			continue
		}
		week := ""
		if a.week != nil {
			week = a.week.String()
		}
		if a.kind != tt.kind || week != tt.week {
			t.Errorf("%q = %s %q, want %s %q", tt.args, a.kind, week, tt.kind, tt.week)
		}
	}
	for _, args := range []string{"tuan 60", "tuần 54/2025", "hôm qua", "2021-W99"} {
		_, err := parseReportArgs(args, now, loc)
		var bad reportArgError
		var ie *tasks.InputError
		if !errors.As(err, &bad) && !errors.As(err, &ie) {
			t.Errorf("%q was not refused: %v", args, err)
		}
	}
}

package weekly_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func TestParseReportQuery(t *testing.T) {
	// Wednesday 10/12/2025, in week 2025-W50.
	now := time.Date(2025, 12, 10, 9, 0, 0, 0, hcm)
	jan := time.Date(2026, 1, 7, 9, 0, 0, 0, hcm) // 2026-W02
	for _, tt := range []struct {
		args string
		now  time.Time
		kind weekly.Kind
		week string
	}{
		{"", now, weekly.Monday, ""},
		{"dangky", now, weekly.Thursday, ""},
		{"tuan truoc", now, weekly.Monday, "2025-W49"},
		{"tuần trước", now, weekly.Monday, "2025-W49"},
		{"Tuần này", now, weekly.Monday, "2025-W50"},
		{"tuannay", now, weekly.Monday, "2025-W50"},
		{"tuần qua", now, weekly.Monday, "2025-W49"},
		{"dangky tuần sau", now, weekly.Thursday, "2025-W51"},
		{"đăng ký tuần tới", now, weekly.Thursday, "2025-W51"},
		{"ĐĂNG KÝ, tuần tới", now, weekly.Thursday, "2025-W51"},
		{"kết quả tuan 50", now, weekly.Monday, "2025-W50"},
		{"tuan 48", now, weekly.Monday, "2025-W48"},
		{"tuan 51", now, weekly.Monday, "2025-W51"},
		{"tuan 50", jan, weekly.Monday, "2025-W50"},
		{"tuan 1", jan, weekly.Monday, "2026-W01"},
		{"tuần 50/2024", now, weekly.Monday, "2024-W50"},
		{"tuần 50 năm 2024", now, weekly.Monday, "2024-W50"},
		{"2021-W02", now, weekly.Monday, "2021-W02"},
		{"dangky 2021-W02", now, weekly.Thursday, "2021-W02"},
		{"kq 2021w2", now, weekly.Monday, "2021-W02"},
	} {
		q, err := weekly.ParseReportQuery(tt.args, tt.now, hcm)
		if err != nil {
			t.Errorf("%q: %v", tt.args, err)
			continue
		}
		week := ""
		if q.Week != nil {
			week = q.Week.String()
		}
		if q.Kind != tt.kind || week != tt.week {
			t.Errorf("%q = %s %q, want %s %q", tt.args, q.Kind, week, tt.kind, tt.week)
		}
	}
	for _, tt := range []struct {
		args, want string
	}{
		{"tuan 60", "Năm 2024 không có tuần 60"},
		{"tuần 54/2025", "Năm 2025 không có tuần 54"},
		{"hôm qua", "Bot chưa hiểu “hôm”.\nCách dùng: /baocao"},
		{"2021-W99", "Tuần “2021-W99” không hợp lệ"},
		{"tuan 5x", "Tuần “tuan 5x” không hợp lệ"},
		{"<b>", "Bot chưa hiểu “<b>”."},
	} {
		_, err := weekly.ParseReportQuery(tt.args, now, hcm)
		var ie *tasks.InputError
		if !errors.As(err, &ie) {
			t.Errorf("%q was not refused as input: %v", tt.args, err)
			continue
		}
		if !strings.Contains(ie.Msg, tt.want) {
			t.Errorf("%q: %q, want it to contain %q", tt.args, ie.Msg, tt.want)
		}
	}
}

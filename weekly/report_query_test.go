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
		{"tuan 53", time.Date(2027, 1, 6, 9, 0, 0, 0, hcm), weekly.Monday, "2026-W53"},
		{"tuần 53/2026", now, weekly.Monday, "2026-W53"},
		{"tuần 52", now, weekly.Monday, "2024-W52"},
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
	dec26 := time.Date(2026, 12, 7, 9, 0, 0, 0, hcm) // Monday, 2026-W50; 2026 has 53 weeks
	jan26 := time.Date(2026, 1, 7, 9, 0, 0, 0, hcm)  // 2026-W02; 2025 had 52 weeks
	for _, tt := range []struct {
		args string
		now  time.Time
		want string
	}{
		{"tuan 60", now, "Năm 2025 có 52 tuần. Hãy viết, ví dụ, “/baocao tuần 49” hoặc “/baocao tuần 49/2025”."},
		{"tuần 60", dec26, "Năm 2026 có 53 tuần. Hãy viết, ví dụ, “/baocao tuần 49” hoặc “/baocao tuần 49/2026”."},
		{"tuần 54/2026", dec26, "Năm 2026 có 53 tuần."},
		{"tuần 53/2025", dec26, "Năm 2025 có 52 tuần."},
		{"tuần 53", jan26, "Tuần 53 năm 2026 chưa tới, và năm 2025 chỉ có 52 tuần. Hãy viết, ví dụ, “/baocao tuần 1” hoặc “/baocao tuần 1/2026”."},
		{"tuần 54/2025", now, "Năm 2025 có 52 tuần"},
		{"2026-W60", dec26, "Năm 2026 có 53 tuần. Hãy viết, ví dụ, “/baocao tuần 49”"},
		{"hôm qua", now, "Chưa hiểu “hôm”.\nCách dùng: /baocao [ketqua|dangky] [tuần]. Tuần ghi như: tuần này, tuần trước, tuần sau, tuần 49 hoặc tuần 49/2025."},
		{"2021-W999", now, "Tuần “2021-W999” chưa đúng. Hãy viết, ví dụ, “/baocao tuần 49”"},
		{"tuan 5x", now, "Tuần “tuan 5x” chưa đúng. Hãy viết"},
		{"<b>", now, "Chưa hiểu “<b>”."},
	} {
		_, err := weekly.ParseReportQuery(tt.args, tt.now, hcm)
		var ie *tasks.InputError
		if !errors.As(err, &ie) {
			t.Errorf("%q was not refused as input: %v", tt.args, err)
			continue
		}
		if !strings.Contains(ie.Msg, tt.want) {
			t.Errorf("%q: %q, want it to contain %q", tt.args, ie.Msg, tt.want)
		}
		if strings.Contains(ie.Msg, "-W") && !strings.Contains(tt.args, "-W") {
			t.Errorf("%q: %q suggests an ISO label", tt.args, ie.Msg)
		}
	}
}

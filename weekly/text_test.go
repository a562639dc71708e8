package weekly_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/weekly"
)

// TestTaskLinesShowEveryLead: a task line of the Monday report names every
// lead unit, the last ones counted when the names are long.
func TestTaskLinesShowEveryLead(t *testing.T) {
	w, _ := weekly.ParseWeek("2031-W02")
	leads := []string{"Công an huyện", "Phòng Giáo dục và Đào tạo", "Phòng Kinh tế và Hạ tầng", "Phòng Nội vụ", "UBND xã Quảng Lâm"}
	for _, tt := range []struct {
		leads []string
		want  string
	}{
		{leads[:2], "Công an huyện, Phòng Giáo dục và Đào tạo — hạn"},
		{leads, "Công an huyện, Phòng Giáo dục và Đào tạo và 3 đơn vị khác — hạn"},
	} {
		line := weekly.TaskLine{ID: 7, Text: "Rà soát hồ sơ", Units: strings.Join(tt.leads, ", "), Leads: tt.leads,
			Deadline: time.Date(2031, 1, 5, 17, 0, 0, 0, time.UTC), Days: 3}
		r := weekly.Report{Kind: weekly.Monday, Week: w, Zone: "Asia/Ho_Chi_Minh", Stats: &weekly.Stats{LongestOverdue: []weekly.TaskLine{line}}}
		if text := r.Text(); !strings.Contains(text, "#7 Rà soát hồ sơ — "+tt.want) {
			t.Errorf("with %d leads the report says:\n%s", len(tt.leads), text)
		}
	}
}

package directives

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// TestExtractBareLevelWordIsNoUnit checks that "tỉnh" after "Công an tỉnh,"
// is not read as the unit again: it is never quoted as the subject, and
// the work "tỉnh giao" gives with no one after it is the frame's unit's.
func TestExtractBareLevelWordIsNoUnit(t *testing.T) {
	dir := tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "cat", Name: "Công an tỉnh", Kind: tasks.KindKhac},
		{ID: 2, Code: "syt", Name: "Sở Y tế", Kind: tasks.KindSo},
	})
	meeting := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		lead string // "" when no lead
	}{
		{"Đối với Công an tỉnh, tỉnh giao rà soát lực lượng trước ngày 30/12/2026.", "cat"},
		{"Đối với Công an tỉnh, tỉnh giao tiếp tục mở đợt cao điểm trấn áp tội phạm.", "cat"},
		{"Đối với Công an tỉnh, tỉnh giao Công an tỉnh rà soát lực lượng trước ngày 30/12/2026.", "cat"},
		{"Đối với Công an tỉnh, tỉnh giao Sở Y tế kiểm tra hồ sơ trước ngày 30/12/2026.", "syt"},
	}
	for _, tt := range tests {
		ds := Extract(tt.text, dir, meeting)
		if len(ds) != 1 {
			t.Errorf("Extract(%q): %d directives, want 1", tt.text, len(ds))
			continue
		}
		d := ds[0]
		lead := ""
		if d.Lead != nil && d.Lead.Unit != nil {
			lead = d.Lead.Unit.Code
		}
		if lead != tt.lead {
			t.Errorf("Extract(%q): lead %q, want %q", tt.text, lead, tt.lead)
		}
		if strings.Contains(d.Why.Lead, "“tỉnh”") {
			t.Errorf("Extract(%q): explain names the bare level word: %q", tt.text, d.Why.Lead)
		}
	}
}

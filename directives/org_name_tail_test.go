package directives

import (
	"strings"
	"testing"
	"time"
)

// TestUnknownBodyNameKeepsWordsThatLookLikeVerbs checks that the name of a
// body the directory does not know is quoted whole when some of its words
// look like a verb ("Sở Xây dựng", "… đầu tư xây dựng huyện"), while the
// row and its owner decision stay as they were.
func TestUnknownBodyNameKeepsWordsThatLookLikeVerbs(t *testing.T) {
	dir := loadDirectory(t, "units_thachha.csv")
	meeting := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, name string
	}{
		{"Sở Xây dựng hướng dẫn các xã hoàn thiện hồ sơ trước ngày 30/12/2026.", "Sở Xây dựng"},
		{"Yêu cầu Ban Quản lý dự án đầu tư xây dựng huyện hoàn thành hồ sơ trước ngày 30/12/2026.", "Ban Quản lý dự án đầu tư xây dựng huyện"},
		{"Sở Kế hoạch và Đầu tư thẩm định hồ sơ trước ngày 30/12/2026.", "Sở Kế hoạch và Đầu tư"},
		{"Trung tâm Văn hóa thể thao tổ chức giải bóng đá trước ngày 30/12/2026.", "Trung tâm Văn hóa thể thao"},
		{"Chi cục Thuế kiểm tra hồ sơ trước ngày 30/12/2026.", "Chi cục Thuế"},
		{"Phòng Quản lý đô thị kiểm tra hồ sơ xây dựng huyện trước ngày 30/12/2026.", "Phòng Quản lý đô thị"},
	}
	for _, tt := range tests {
		ds := Extract(tt.text, dir, meeting)
		if len(ds) != 1 {
			t.Errorf("Extract(%q): %d directives, want 1", tt.text, len(ds))
			continue
		}
		d := ds[0]
		if d.Lead != nil {
			t.Errorf("Extract(%q): lead %+v, want none (the body is not in the directory)", tt.text, *d.Lead)
		}
		quoted := "“" + tt.name + "”"
		if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Text, quoted) {
			t.Errorf("Extract(%q): warnings %+v, want one naming %s", tt.text, d.Warnings, quoted)
		}
		if !strings.Contains(d.Why.Lead, quoted) {
			t.Errorf("Extract(%q): explain %q, want it to name %s", tt.text, d.Why.Lead, quoted)
		}
		if d.Deadline == nil {
			t.Errorf("Extract(%q): deadline lost", tt.text)
		}
	}
}

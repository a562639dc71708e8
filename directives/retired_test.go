package directives_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/directives"
	"github.com/dondoc/dondoc/tasks"
)

func TestRetiredUnitResolvesToItsSuccessorWithAWarning(t *testing.T) {
	retired := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	next := int64(3)
	dir := tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong, RetiredAt: &retired, SuccessorID: &next},
		{ID: 2, Code: "tckh", Name: "Phòng Tài chính – Kế hoạch", Kind: tasks.KindPhong},
		{ID: 3, Code: "kt", Name: "Phòng Kinh tế", Kind: tasks.KindPhong},
	})
	meeting := time.Date(2025, 8, 4, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, lead string
		warn       bool
	}{
		{"Giao Phòng Kinh tế và Hạ tầng chủ trì rà soát hồ sơ các công trình, hoàn thành trước 30/8/2025.", "kt", true},
		{"Giao Phòng Kinh tế chủ trì rà soát hồ sơ các công trình, hoàn thành trước 30/8/2025.", "kt", false},
	} {
		ds := directives.Extract(tc.text, dir, meeting)
		if len(ds) != 1 || ds[0].Lead == nil || ds[0].Lead.Key() != tc.lead {
			t.Errorf("%q: directives %+v, want one led by %s", tc.text, ds, tc.lead)
			continue
		}
		warned := false
		for _, w := range ds[0].Warnings {
			warned = warned || strings.Contains(w.Text, "“Phòng Kinh tế và Hạ tầng” đã thôi hoạt động; hãy dùng đơn vị kế tiếp “Phòng Kinh tế”")
		}
		if warned != tc.warn {
			t.Errorf("%q: warned %v, want %v (%+v)", tc.text, warned, tc.warn, ds[0].Warnings)
		}
	}
}

package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/directives"
)

// TestParseExplain: with --explain every line says which words decided
// each field.
func TestParseExplain(t *testing.T) {
	text := "Kết luận cuộc họp, đồng chí Chủ tịch đề nghị:\n" +
		"1. Giao Phòng KTHT chủ trì, phối hợp với UBND các xã lập kế hoạch chỉnh trang lề đường trước ngày 30/01/2021.\n" +
		"2. Phòng Tài nguyên (chưa có trong danh sách) rà soát hồ sơ đất đai.\n" +
		"3. UBND xã Quảng Lâm:\n- Báo cáo thiệt hại trước 16h thứ Sáu hằng tuần."
	out, err := runParse(t, text, "--units", filepath.Join(testdata, "units.csv"), "--date", "2021-01-07", "--explain")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out)
	}
	want := []directives.Explanation{
		{Directive: "“Giao”", Lead: "“Phòng KTHT” là đơn vị được giao (sau “Giao”)", Coordinators: "“UBND các xã” sau “phối hợp với”", Deadline: "“trước ngày 30/01/2021”"},
		{Directive: "làm chủ ngữ của “rà soát”", Lead: "“Phòng Tài nguyên” không có trong danh sách đơn vị", Coordinators: "không có", Deadline: "không nêu thời hạn"},
		{Directive: "“Báo cáo”", Lead: "theo tiêu đề của mục: “UBND xã Quảng Lâm”", Coordinators: "không có", Deadline: "“trước 16h thứ Sáu hằng tuần”"},
	}
	for i, l := range lines {
		var got directives.Line
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatal(err)
		}
		if got.Explain == nil {
			t.Fatalf("line %d has no explanation: %s", i+1, l)
		}
		g, w := *got.Explain, want[i]
		for _, f := range []struct{ name, got, want string }{
			{"directive", g.Directive, w.Directive}, {"lead", g.Lead, w.Lead},
			{"coordinators", g.Coordinators, w.Coordinators}, {"deadline", g.Deadline, w.Deadline},
		} {
			if !strings.Contains(f.got, f.want) {
				t.Errorf("line %d: %s explained as %q, want it to say %q", i+1, f.name, f.got, f.want)
			}
		}
	}
	plain, err := runParse(t, text, "--units", filepath.Join(testdata, "units.csv"), "--date", "2021-01-07")
	if err != nil || strings.Contains(plain, "explain") {
		t.Errorf("without --explain: %v\n%s", err, plain)
	}
}

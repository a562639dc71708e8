package directives

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtractRows keeps Extract panic-free on any text and checks what every
// row must hold: a text, a lead that is not also a coordinator, no
// coordinator twice, and a warning whenever the lead is missing.
func FuzzExtractRows(f *testing.F) {
	for _, s := range []string{
		"Giao Sở Y tế xây dựng phương án, báo cáo trước ngày 29/8/2025.",
		"Đề nghị các Sở: Công Thương, Giao thông vận tải, UBND các xã, phường kiểm tra.",
		"Đề nghị Giám đốc các sở, ngành; Chủ tịch UBND các xã, phường:\n- Rà soát;\n- Báo cáo trước 30/9.",
		"Sáng ngày 5/3/2024, UBND phường tổ chức hội nghị.",
		"Ban Chỉ huy Quân sự, Công an phường (theo phương án) triển khai; bố trí lực lượng",
		"UBND 13 phường: …; để Sở thẩm định trước ngày 10-11",
		"V/v (((((;;;: : :",
	} {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	dev, _ := filepath.Glob(filepath.Join("testdata", "real", "dev", "*.txt"))
	files = append(files, dev...)
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	dir := ruleDirectory()
	prov := provinceDirectory()
	date := time.Date(2025, 8, 18, 0, 0, 0, 0, hcm(f))
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		for _, d := range append(Extract(text, dir, date), Extract(text, prov, date)...) {
			if strings.TrimSpace(d.Text) == "" {
				t.Errorf("a row without text from %q", text)
			}
			seen := map[string]bool{}
			if d.Lead != nil {
				seen[d.Lead.Key()] = true
			}
			for _, c := range d.Coordinators {
				if seen[c.Key()] {
					t.Errorf("%q: %s is twice among the owners of %q", text, c.Key(), d.Text)
				}
				seen[c.Key()] = true
			}
			if d.Lead == nil && len(d.Warnings) == 0 {
				t.Errorf("%q: row %q has no lead and no warning", text, d.Text)
			}
		}
	})
}

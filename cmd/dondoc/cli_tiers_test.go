package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
)

func TestOperatorSetsUpAProvinceWithItsCommunes(t *testing.T) {
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
	t.Setenv("TELEGRAM_TOKEN", "")

	steps := []struct {
		args    []string
		wantOut string
		wantErr string
	}{
		{[]string{"org", "create", "UBND tỉnh Quảng Ninh", "--level", "tinh"}, "ubnd-tinh-quang-ninh", ""},
		{[]string{"org", "create", "UBND phường Đầm Hà", "--level", "xa", "--parent", "ubnd-tinh-quang-ninh"}, "ubnd-phuong-dam-ha", ""},
		{[]string{"org", "create", "UBND xã Quảng Tân", "--level", "phường"}, "ubnd-xa-quang-tan", ""},
		{[]string{"org", "create", "UBND huyện Cũ"}, "ubnd-huyen-cu", ""},
		{[]string{"org", "create", "UBND xã X", "--level", "thon"}, "", "--level “thon”: hãy ghi tinh"},
		{[]string{"org", "create", "UBND xã X", "--level", "xa", "--parent", "khong-co"}, "", "--parent: không có cơ quan “khong-co”"},
		{[]string{"org", "create", "UBND tỉnh Y", "--level", "tinh", "--parent", "ubnd-phuong-dam-ha"}, "", "cấp xã không thể là cấp trên của cơ quan cấp tỉnh"},
		{[]string{"org", "list"}, "ubnd-phuong-dam-ha\tUBND phường Đầm Hà\tAsia/Ho_Chi_Minh\txã, trực thuộc ubnd-tinh-quang-ninh", ""},
		{[]string{"org", "list"}, "ubnd-huyen-cu\tUBND huyện Cũ\tAsia/Ho_Chi_Minh\thuyện\n", ""},
		{[]string{"units", "link", "--org", "ubnd-tinh-quang-ninh", "--unit", "x_damha", "--to", "ubnd-phuong-dam-ha"}, "Đã liên kết đơn vị “UBND phường Đầm Hà” của UBND tỉnh Quảng Ninh với cơ quan “UBND phường Đầm Hà”", ""},
		{[]string{"units", "link", "--org", "ubnd-tinh-quang-ninh", "--unit", "x_quangtan", "--to", "ubnd-xa-quang-tan"}, "", "“UBND xã Quảng Tân” không phải cơ quan cấp dưới của “UBND tỉnh Quảng Ninh”"},
		{[]string{"units", "link", "--org", "ubnd-tinh-quang-ninh", "--unit", "x_quangtan"}, "", "cách dùng: dondoc units link"},
		{[]string{"units", "link", "--org", "ubnd-tinh-quang-ninh", "--unit", "x_quangtan", "--to", "khong-co"}, "", "--to: không có cơ quan “khong-co”"},
		{[]string{"units", "merge", "--org", "ubnd-tinh-quang-ninh", "--into", "sxd", "--dry-run", "sgtvt"}, "Sẽ sáp nhập “Sở Giao thông vận tải” (sgtvt) vào “Sở Xây dựng”.\nSẽ chuyển 0 nhiệm vụ đang thực hiện, 0 cán bộ, 0 nhóm chat sang đơn vị mới. Chưa có gì thay đổi", ""},
		{[]string{"units", "merge", "--org", "ubnd-tinh-quang-ninh", "--into", "sxd", "sgtvt"}, "Đã sáp nhập “Sở Giao thông vận tải” (sgtvt) vào “Sở Xây dựng”.\nĐã chuyển 0 nhiệm vụ", ""},
		{[]string{"units", "merge", "--org", "ubnd-tinh-quang-ninh", "--into", "sxd", "sgtvt"}, "", "“Sở Giao thông vận tải” đã được sáp nhập trước đó"},
		{[]string{"units", "merge", "--org", "ubnd-tinh-quang-ninh", "--into", "sxd"}, "", "cách dùng: dondoc units merge"},
		{[]string{"units", "rename", "--org", "ubnd-tinh-quang-ninh", "--unit", "sxd", "Sở Xây dựng và Giao thông"}, "Đã đổi tên đơn vị sxd thành “Sở Xây dựng và Giao thông”", ""},
		{[]string{"units", "list", "--org", "ubnd-tinh-quang-ninh"}, "sxd\tso\tSở Xây dựng và Giao thông\tGTVT|Sở Xây dựng", ""},
		{[]string{"units", "list", "--org", "ubnd-tinh-quang-ninh"}, "sgtvt\tso\tSở Giao thông vận tải (đã sáp nhập vào sxd)\t", ""},
		{[]string{"units", "retire", "--org", "ubnd-tinh-quang-ninh", "--unit", "snv"}, "Đơn vị “Sở Nội vụ” (snv) đã thôi hoạt động", ""},
		{[]string{"units", "retire", "--org", "ubnd-tinh-quang-ninh", "--unit", "snv"}, "", "Đơn vị “Sở Nội vụ” đã thôi hoạt động."},
		{[]string{"units", "retire", "--org", "ubnd-tinh-quang-ninh", "--unit", "x_damha"}, "", "đang liên kết với cơ quan cấp dưới"},
		{[]string{"units", "list", "--org", "ubnd-tinh-quang-ninh"}, "snv\tso\tSở Nội vụ (đã thôi hoạt động)\t", ""},
	}
	dir := t.TempDir()
	csv := filepath.Join(dir, "tinh.csv")
	os.WriteFile(csv, []byte("code,name,aliases,kind\nsnv,Sở Nội vụ,,so\nx_damha,UBND phường Đầm Hà,,xa\nx_quangtan,UBND xã Quảng Tân,,xa\nsxd,Sở Xây dựng,,so\nsgtvt,Sở Giao thông vận tải,GTVT,so\n"), 0o644)
	for i, s := range steps {
		if i == 9 {
			if _, err := runCLI(t, "units", "import", "--org", "ubnd-tinh-quang-ninh", csv); err != nil {
				t.Fatal(err)
			}
		}
		out, err := runCLI(t, s.args...)
		if s.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), s.wantErr) {
				t.Errorf("%v: err = %v, want %q", s.args, err, s.wantErr)
			}
			continue
		}
		if err != nil || !strings.Contains(out, s.wantOut) {
			t.Errorf("%v = %q, %v; want %q", s.args, out, err, s.wantOut)
		}
	}
}

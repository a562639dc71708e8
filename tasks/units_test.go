package tasks

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func testDirectory() *Directory {
	return NewDirectory([]Unit{
		{ID: 1, Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Aliases: []string{"KT-HT", "Phòng KTHT"}, Kind: KindPhong},
		{ID: 2, Code: "tckh", Name: "Phòng Tài chính – Kế hoạch", Aliases: []string{"TC-KH"}, Kind: KindPhong},
		{ID: 3, Code: "quanglam", Name: "UBND xã Quảng Lâm", Kind: KindXa},
		{ID: 4, Code: "damha", Name: "UBND xã Đầm Hà", Kind: KindXa},
		{ID: 5, Code: "mttq", Name: "Ủy ban MTTQ huyện", Aliases: []string{"MTTQ"}, Kind: KindDoanThe},
		{ID: 6, Code: "vp", Name: "Văn phòng HĐND và UBND huyện", Aliases: []string{"Văn phòng HĐND, UBND huyện"}, Kind: KindKhac},
	})
}

func TestDirectoryMentions(t *testing.T) {
	d := testDirectory()
	type want struct {
		code  string
		group Kind
		text  string
	}
	tests := []struct {
		text string
		want []want
	}{
		{"phong kinh te ha tang", []want{{code: "ktht", text: "phong kinh te ha tang"}}},
		{norm.NFD.String("PHÒNG KINH TẾ VÀ HẠ TẦNG chủ trì"), []want{{code: "ktht", text: norm.NFD.String("PHÒNG KINH TẾ VÀ HẠ TẦNG")}}},
		{"phòng Kinh tế – Hạ tầng chủ trì lập kế hoạch", []want{{code: "ktht", text: "phòng Kinh tế – Hạ tầng"}}},
		{"KTHT, phối hợp TCKH", []want{{code: "ktht", text: "KTHT"}, {code: "tckh", text: "TCKH"}}},
		{"xã Quảng Lâm cần đặt quyết tâm cao", []want{{code: "quanglam", text: "xã Quảng Lâm"}}},
		{"phối hợp với UBND các xã, thị trấn rà soát", []want{{group: KindXa, text: "UBND các xã, thị trấn"}}},
		{"các cơ quan, đơn vị cần hoàn thiện", []want{{group: KindAll, text: "các cơ quan, đơn vị"}}},
		{"MTTQ và các đoàn thể", []want{{group: KindDoanThe, text: "MTTQ và các đoàn thể"}}},
		{"Văn phòng HĐND, UBND huyện cần tham mưu", []want{{code: "vp", text: "Văn phòng HĐND, UBND huyện"}}},
		{"xây dựng hạ tầng", nil},
		{"UBND huyện Đầm Hà", nil},
		{"xã Đầm Hà và Quảng Lâm", []want{{code: "damha", text: "xã Đầm Hà"}, {code: "quanglam", text: "Quảng Lâm"}}},
		// Other bodies whose names contain a unit's short name are not it.
		{"Trạm Y tế xã Quảng Lâm tiêm chủng", nil},
		{"Công an xã Quảng Lâm bảo đảm an ninh", nil},
		{"Trường THCS Đầm Hà tổ chức", nil},
		{"Sở Kinh tế và Hạ tầng hướng dẫn", nil},
		// … but ordinary words before a short name do not hide it.
		{"vệ sinh môi trường xã Quảng Lâm", []want{{code: "quanglam", text: "xã Quảng Lâm"}}},
		{"số liệu của xã Quảng Lâm", []want{{code: "quanglam", text: "xã Quảng Lâm"}}},
		{"Trạm Y tế, xã Quảng Lâm", []want{{code: "quanglam", text: "xã Quảng Lâm"}}},
	}
	for _, tt := range tests {
		got := d.Mentions(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("Mentions(%q): got %d mentions %+v, want %d", tt.text, len(got), got, len(tt.want))
			continue
		}
		for i, m := range got {
			w := tt.want[i]
			if w.code != "" && (m.Unit == nil || m.Unit.Code != w.code) {
				t.Errorf("Mentions(%q)[%d] = %+v, want unit %s", tt.text, i, m, w.code)
			}
			if w.group != "" && m.Group != w.group {
				t.Errorf("Mentions(%q)[%d] group = %q, want %q", tt.text, i, m.Group, w.group)
			}
			if s := tt.text[m.Start:m.End]; s != w.text {
				t.Errorf("Mentions(%q)[%d] text = %q, want %q", tt.text, i, s, w.text)
			}
		}
	}
}

func TestDirectoryExpand(t *testing.T) {
	d := testDirectory()
	if got := d.Expand(Mention{Group: KindXa}); len(got) != 2 {
		t.Errorf("Expand(xa) = %d units, want 2", len(got))
	}
	if got := d.Expand(Mention{Group: KindAll}); len(got) != 6 {
		t.Errorf("Expand(all) = %d units, want 6", len(got))
	}
}

func provinceDirectory() *Directory {
	return NewDirectory([]Unit{
		{ID: 1, Code: "sct", Name: "Sở Công Thương", Kind: KindSo},
		{ID: 2, Code: "sgtvt", Name: "Sở Giao thông vận tải", Kind: KindSo},
		{ID: 3, Code: "syt", Name: "Sở Y tế", Kind: KindSo},
		{ID: 4, Code: "sgddt", Name: "Sở Giáo dục và Đào tạo", Kind: KindSo},
		{ID: 5, Code: "hoaxa", Name: "UBND phường Hòa Xá", Kind: KindXa},
		{ID: 6, Code: "anbinh", Name: "UBND xã An Bình", Kind: KindXa},
		{ID: 7, Code: "thon1", Name: "Thôn Đông Hải", Kind: KindThon},
		{ID: 8, Code: "bchqs", Name: "Ban Chỉ huy Quân sự phường", Kind: KindKhac},
		{ID: 9, Code: "ca", Name: "Công an phường", Kind: KindKhac},
	})
}

func TestDirectoryGroupsAndEnumerations(t *testing.T) {
	d := provinceDirectory()
	type want struct {
		code  string
		group Kind
	}
	tests := []struct {
		text string
		want []want
	}{
		{"đề nghị các Sở: Công Thương, Giao thông vận tải, UBND các xã, phường kiểm tra", []want{{code: "sct"}, {code: "sgtvt"}, {group: KindXa}}},
		{"các sở Y tế, Giáo dục và Đào tạo hướng dẫn", []want{{code: "syt"}, {code: "sgddt"}}},
		{"Các sở, ngành: Y tế, Giáo dục và Đào tạo hướng dẫn", []want{{code: "syt"}, {code: "sgddt"}}},
		{"Sở Y tế, Giáo dục và Đào tạo hướng dẫn", []want{{code: "syt"}, {code: "sgddt"}}},
		{"UBND các xã An Bình và phường Hòa Xá", []want{{code: "anbinh"}, {code: "hoaxa"}}},
		{"các sở, ban, ngành tỉnh theo dõi", []want{{group: KindSo}}},
		{"các ban, ngành phối hợp", []want{{group: KindSo}}},
		{"UBND các xã, phường, đặc khu báo cáo", []want{{group: KindXa}}},
		{"các thôn, tổ dân phố tuyên truyền", []want{{group: KindThon}}},
		{"mỗi cơ quan, đơn vị rà soát", []want{{group: KindAll}}},
		{"các địa phương, đơn vị chủ động", []want{{group: KindAll}}},
		{"phối hợp với các đơn vị liên quan", []want{{group: KindAll}}},
		{"các phòng tổng hợp", []want{{group: KindPhong}}},
		{"Sở Y tế, Công an tỉnh", []want{{code: "syt"}}},
		{"Ban Chỉ huy Quân sự, Công an phường triển khai", []want{{code: "bchqs"}, {code: "ca"}}},
		// A code is a code as written: "ca" and "CA" name Công an phường, "cả" does not.
		{"huy động cả hệ thống, giao CA phường và ca bảo vệ", []want{{code: "ca"}, {code: "ca"}}},
		{"đề nghị Phó Chủ tịch UBND 13 phường đôn đốc", []want{{group: KindXa}}},
	}
	for _, tt := range tests {
		got := d.Mentions(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("Mentions(%q): got %d mentions %+v, want %d", tt.text, len(got), got, len(tt.want))
			continue
		}
		for i, m := range got {
			code := ""
			if m.Unit != nil {
				code = m.Unit.Code
			}
			if code != tt.want[i].code || m.Group != tt.want[i].group || m.Concerned != strings.Contains(tt.text, "liên quan") {
				t.Errorf("Mentions(%q)[%d] = %q/%q, want %q/%q", tt.text, i, code, m.Group, tt.want[i].code, tt.want[i].group)
			}
		}
	}
	// The same words name the phòng of a commune, which has no sở.
	commune := NewDirectory([]Unit{{ID: 1, Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Kind: KindPhong}})
	if got := commune.Mentions("các ban, ngành phối hợp"); len(got) != 1 || got[0].Group != KindPhong {
		t.Errorf("commune: %+v, want the group of phòng", got)
	}
}

package vntext

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Phòng Kinh tế và Hạ tầng", "phong kinh te va ha tang"},
		{norm.NFD.String("Phòng Kinh tế và Hạ tầng"), "phong kinh te va ha tang"},
		{"PHÒNG KINH TẾ VÀ HẠ TẦNG", "phong kinh te va ha tang"},
		{"Đầm Hà", "dam ha"},
		{"  hoàn   thành\ttrước\n15/1 ", " hoan thanh truoc 15/1 "},
		{"Ủy ban nhân dân", "uy ban nhan dan"},
		{"thứ Bảy", "thu bay"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldMapRoundTrip(t *testing.T) {
	inputs := []string{
		"Phòng Kinh tế – Hạ tầng chủ trì",
		norm.NFD.String("Phòng Kinh tế – Hạ tầng chủ trì"),
		"UBND các xã, thị trấn",
	}
	for _, in := range inputs {
		f, offs := FoldMap(in)
		if len(offs) != len(f)+1 {
			t.Fatalf("offsets: got %d entries for %d bytes", len(offs), len(f))
		}
		i := IndexWord(f, "kinh te", 0)
		if i < 0 {
			continue
		}
		got := Fold(in[offs[i]:offs[i+len("kinh te")]])
		if got != "kinh te" {
			t.Errorf("mapped range of %q folds to %q", in, got)
		}
	}
}

func TestIndexWord(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         int
	}{
		{"cac xa, thi tran", "xa", 4},
		{"xay dung", "xa", -1},
		{"phong ktht chu tri", "ktht", 6},
		{"t5 tuan sau", "t5", 0},
		{"ubnd xa quang lam", "quang lam", 8},
	}
	for _, tt := range tests {
		if got := IndexWord(tt.text, tt.phrase, 0); got != tt.want {
			t.Errorf("IndexWord(%q, %q) = %d, want %d", tt.text, tt.phrase, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	in := norm.NFD.String("  Phòng   Tài chính \n Kế hoạch ")
	if got, want := Clean(in), "Phòng Tài chính Kế hoạch"; got != want {
		t.Errorf("Clean = %q, want %q", got, want)
	}
}

func TestFoldPunctuation(t *testing.T) {
	if got, want := Fold("Kinh tế–Hạ tầng “KTHT”…"), `kinh te-ha tang "ktht"...`; got != want {
		t.Errorf("Fold = %q, want %q", got, want)
	}
}

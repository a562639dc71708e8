package tasks

import "testing"

// TestMentionsBareLevelWord checks that a bare level word ("tỉnh", "huyện",
// "xã", "phường") after a unit's name and a comma is not read as that unit
// named again with its head words left out.
func TestMentionsBareLevelWord(t *testing.T) {
	d := NewDirectory([]Unit{
		{ID: 1, Code: "cat", Name: "Công an tỉnh", Kind: KindKhac},
		{ID: 2, Code: "cah", Name: "Công an huyện", Kind: KindKhac},
		{ID: 3, Code: "cax", Name: "Công an xã", Kind: KindKhac},
		{ID: 4, Code: "cap", Name: "Công an phường", Kind: KindKhac},
		{ID: 5, Code: "syt", Name: "Sở Y tế", Kind: KindSo},
		{ID: 6, Code: "sct", Name: "Sở Công Thương", Kind: KindSo},
	})
	tests := []struct {
		text string
		want []string // the text of each mention, left to right
	}{
		{"Đối với Công an tỉnh, tỉnh giao Công an tỉnh kiểm tra", []string{"Công an tỉnh", "Công an tỉnh"}},
		{"Công an huyện, huyện sẽ xem xét", []string{"Công an huyện"}},
		{"Công an xã, xã cần chủ động", []string{"Công an xã"}},
		{"Công an phường và phường phối hợp", []string{"Công an phường"}},
		// Names listed after a shared head are still found.
		{"Sở Y tế, Công Thương phối hợp", []string{"Sở Y tế", "Công Thương"}},
		{"Công an tỉnh, Công an huyện", []string{"Công an tỉnh", "Công an huyện"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range d.Mentions(tt.text) {
			got = append(got, tt.text[m.Start:m.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("Mentions(%q) = %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Mentions(%q) = %q, want %q", tt.text, got, tt.want)
				break
			}
		}
	}
}

package vntext

import "testing"

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Rà soát hồ sơ", 20, "Rà soát hồ sơ"},
		{"Rà soát hồ sơ", 13, "Rà soát hồ sơ"},
		{"Rà soát hồ sơ đất đai", 15, "Rà soát hồ sơ…"},
		{"Rà soát hồ sơ đất đai", 10, "Rà soát…"},
		{"Chỉnhtranglềđườngtrướctết", 10, "Chỉnhtrang…"},
		{"Ab cdefghijklmnop", 10, "Ab cdefghi…"},
		{"", 5, ""},
	}
	for _, tt := range tests {
		if got := Shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

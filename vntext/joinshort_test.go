package vntext

import "testing"

func TestJoinShort(t *testing.T) {
	const more = "%s và %d đơn vị khác"
	units := []string{"Công an huyện", "Phòng Kinh tế và Hạ tầng", "Phòng Tài chính – Kế hoạch", "UBND xã Quảng Lâm"}
	for _, tt := range []struct {
		items []string
		limit int
		want  string
	}{
		{units[:1], 10, "Công an huyện"},
		{units[:2], 60, "Công an huyện, Phòng Kinh tế và Hạ tầng"},
		{units, 60, "Công an huyện, Phòng Kinh tế và Hạ tầng và 2 đơn vị khác"},
		{units, 20, "Công an huyện và 3 đơn vị khác"},
		{units, 200, "Công an huyện, Phòng Kinh tế và Hạ tầng, Phòng Tài chính – Kế hoạch, UBND xã Quảng Lâm"},
		{nil, 10, ""},
	} {
		if got := JoinShort(tt.items, tt.limit, more); got != tt.want {
			t.Errorf("JoinShort(%q, %d) = %q, want %q", tt.items, tt.limit, got, tt.want)
		}
	}
}

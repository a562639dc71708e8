package tasks

import "testing"

func TestTitle(t *testing.T) {
	for _, tt := range []struct{ text, phrase, want string }{
		{"Lập kế hoạch chỉnh trang lề đường, hoàn thành trước 17h thứ 5 tuần sau", "trước 17h thứ 5 tuần sau", "Lập kế hoạch chỉnh trang lề đường"},
		{"Báo cáo kết quả rà soát trước 17h thứ 5 tuần sau.", "trước 17h thứ 5 tuần sau", "Báo cáo kết quả rà soát."},
		{"Trong 10 ngày, các xã gửi danh sách hộ nghèo", "Trong 10 ngày", "Các xã gửi danh sách hộ nghèo"},
		{"Tổng hợp số liệu xong trước cuối tháng", "trước cuối tháng", "Tổng hợp số liệu"},
		{"Kiểm tra công trình và hoàn thành trước ngày mai", "trước ngày mai", "Kiểm tra công trình"},
		{"Lập kế hoạch chỉnh trang lề đường, hoàn thành trước 17h 15/1/2031", "trước 17h 15/1/2031", "Lập kế hoạch chỉnh trang lề đường, hoàn thành trước 17h 15/1/2031"},
		{"Tổng kết trước cuối tháng 3", "trước cuối tháng 3", "Tổng kết trước cuối tháng 3"},
		{"Cụ thể: Phòng KTHT rà soát hồ sơ", "", "Phòng KTHT rà soát hồ sơ"},
		{"Cụ thể: giao Phòng KTHT rà soát hồ sơ trong 7 ngày", "trong 7 ngày", "Giao Phòng KTHT rà soát hồ sơ"},
		{"- Rà soát hồ sơ", "", "Rà soát hồ sơ"},
		{"a) Rà soát hồ sơ", "", "Rà soát hồ sơ"},
		{"Rà soát hồ sơ", "", "Rà soát hồ sơ"},
	} {
		if got := Title(tt.text, tt.phrase); got != tt.want {
			t.Errorf("Title(%q, %q) = %q, want %q", tt.text, tt.phrase, got, tt.want)
		}
	}
}

package tasks

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

func TestParseAssignment(t *testing.T) {
	hcm, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	now := time.Date(2021, 1, 7, 9, 0, 0, 0, hcm)
	d := testDirectory()
	tests := []struct {
		in                  string
		leads, coords, text string
		deadline            string
		err                 string
	}{
		{in: "KTHT: Lập kế hoạch chỉnh trang lề đường trước 15/1", leads: "ktht", text: "Lập kế hoạch chỉnh trang lề đường trước 15/1", deadline: "15/01/2021 23:59"},
		{in: "phong kinh te ha tang chu tri, phoi hop UBND xa Quang Lam: ra soat ho so truoc 17h30 15/01/2021",
			leads: "ktht", coords: "quanglam", text: "ra soat ho so truoc 17h30 15/01/2021", deadline: "15/01/2021 17:30"},
		{in: norm.NFD.String("PHÒNG KINH TẾ VÀ HẠ TẦNG: báo cáo trước 15-1-2021"), leads: "ktht", deadline: "15/01/2021 23:59"},
		{in: "KTHT chủ trì, phối hợp với TCKH lập dự toán, hoàn thành trước 17:30 ngày 15/1", leads: "ktht", coords: "tckh", deadline: "15/01/2021 17:30"},
		{in: "KTHT lập kế hoạch, hoàn thành trước 17:30 ngày 15.1.2021", leads: "ktht", deadline: "15/01/2021 17:30"},
		{in: "UBND các xã, thị trấn: rà soát hộ nghèo", leads: "quanglam damha"},
		{in: "KTHT, TCKH: họp bàn", leads: "ktht", coords: "tckh"},
		{in: "Phòng Văn hóa XYZ: làm báo cáo", err: "Không tìm thấy đơn vị “Phòng Văn hóa XYZ”"},
		{in: "KTHT: làm báo cáo trước 30/2/2021", err: "30/02/2021"},
		{in: "KTHT: làm báo cáo trước 15/1/2020", err: "đã qua"},
		{in: "KTHT: Ngày 15/12/2031, Phòng KTHT nộp báo cáo tổng hợp", leads: "ktht", deadline: "15/12/2031 23:59"},
		{in: "KTHT: Sáng 15/12, Phòng KTHT báo cáo tiến độ thi công", leads: "ktht", deadline: "15/12/2021 12:00"},
		{in: "KTHT: Kiểm tra hiện trường từ 8 giờ đến 11 giờ ngày 15/12/2031", leads: "ktht", deadline: "15/12/2031 11:00"},
		{in: "KTHT: Khẩn trương khắc phục sự cố trong 24 giờ tới", leads: "ktht", deadline: "08/01/2021 09:00"},
		{in: "KTHT: Theo dõi diễn biến mưa lũ, báo cáo trong 24 giờ tới", leads: "ktht", deadline: "08/01/2021 09:00"},
		{in: "KTHT:", err: "Chưa có nội dung"},
		{in: "", err: "đang trống"},
	}
	for _, tt := range tests {
		a, err := ParseAssignment(tt.in, d, now)
		if tt.err != "" {
			var ie *InputError
			if !errors.As(err, &ie) || !strings.Contains(ie.Msg, tt.err) {
				t.Errorf("ParseAssignment(%q) error = %v, want one saying %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseAssignment(%q): %v", tt.in, err)
			continue
		}
		if got := codes(a.Leads); got != tt.leads {
			t.Errorf("ParseAssignment(%q) leads = %q, want %q", tt.in, got, tt.leads)
		}
		if got := codes(a.Coordinators); got != tt.coords {
			t.Errorf("ParseAssignment(%q) coordinators = %q, want %q", tt.in, got, tt.coords)
		}
		if tt.text != "" && a.Text != tt.text {
			t.Errorf("ParseAssignment(%q) text = %q, want %q", tt.in, a.Text, tt.text)
		}
		got := ""
		if a.Deadline != nil {
			got = a.Deadline.Time.In(hcm).Format("02/01/2006 15:04")
		}
		if tt.deadline != "" && got != tt.deadline {
			t.Errorf("ParseAssignment(%q) deadline = %q, want %q", tt.in, got, tt.deadline)
		}
	}
}

func codes(us []Unit) string {
	var out []string
	for _, u := range us {
		out = append(out, u.Code)
	}
	return strings.Join(out, " ")
}

package deadline

import (
	"testing"
	"time"
)

// TestTypedCommand: a typed command (/giao, /giahan) is always a request,
// so a day opening it is its deadline, not the scene of a story; the same
// sentence in a published text still tells a story.
func TestTypedCommand(t *testing.T) {
	typed := Reader{Typed: true}
	for _, tt := range []findCase{
		{"Ngày 15/12/2031, Phòng KTHT nộp báo cáo tổng hợp", refThu, "2031-12-15 23:59:59", false},
		{"Ngày 15/12, Phòng KTHT nộp báo cáo tổng hợp", refThu, "2021-12-15 23:59:59", false},
		{"Sáng 15/12, Phòng KTHT báo cáo tiến độ thi công", refThu, "2021-12-15 12:00:00", true},
		{"Chiều ngày 20/1/2021, Văn phòng tổng hợp ý kiến các xã", refThu, "2021-01-20 18:00:00", true},
		{"Phòng KTHT nộp báo cáo tổng hợp ngày 15/12/2031", refThu, "2031-12-15 23:59:59", false},
	} {
		for name, find := range map[string]func(string, time.Time) (Deadline, bool, error){"Find": typed.Find, "FindOne": typed.FindOne} {
			d, ok, err := find(tt.text, tt.ref)
			if err != nil || !ok {
				t.Errorf("typed %s(%q) ok %v err %v, want %s", name, tt.text, ok, err, tt.want)
				continue
			}
			if got := d.Time.Format(layout); got != tt.want || d.HasTime != tt.hasTime {
				t.Errorf("typed %s(%q) = %s (has time %v), want %s (has time %v)", name, tt.text, got, d.HasTime, tt.want, tt.hasTime)
			}
			checkSpan(t, tt.text, d)
		}
	}
	noDeadline(t, refThu,
		"Ngày 15/12/2031, Phòng KTHT tổ chức hội nghị tổng kết",
		"Sáng 15/12, Phòng KTHT tổ chức hội nghị tổng kết",
	)
}

// TestHoursSpanOnADay: "từ 8 giờ đến 11 giờ ngày 15/12" is a window of
// work on that day, ending at 11:00; "từ 7 giờ đến 11 giờ 30" alone is
// office hours.
func TestHoursSpanOnADay(t *testing.T) {
	checkFind(t, []findCase{
		{"Kiểm tra hiện trường từ 8 giờ đến 11 giờ ngày 15/12/2031", refThu, "2031-12-15 11:00:00", true},
		{"Đoàn kiểm tra làm việc tại xã từ 14h đến 16h30 ngày 20/1/2021.", refThu, "2021-01-20 16:30:00", true},
	})
	noDeadline(t, refThu,
		"Bộ phận một cửa tiếp nhận hồ sơ từ 07 giờ đến 11 giờ 30 các ngày làm việc.",
		"Làm việc từ thứ hai đến thứ sáu hàng tuần.",
	)
}

// TestHoursAhead: "trong 24 giờ tới" is a window of work, 24 hours from
// now, unless the clause forecasts (the weather, a storm's course).
func TestHoursAhead(t *testing.T) {
	for _, text := range []string{
		"Khẩn trương khắc phục sự cố trong 24 giờ tới",
		"UBND các xã rà soát các hộ dân vùng trũng trong 24 giờ tới.",
		"Trong 24 giờ tới, Phòng Y tế phải có báo cáo nhanh.",
	} {
		d, ok, err := Find(text, refJun25)
		if !ok || err != nil || !d.Time.Equal(refJun25.Add(24*time.Hour)) || !d.HasTime {
			t.Errorf("Find(%q) = %s ok %v err %v, want 24 hours from now", text, d.Time.Format(layout), ok, err)
		}
	}
	noDeadline(t, refJun25,
		"Trong 24 giờ tới, áp thấp nhiệt đới di chuyển theo hướng Tây.",
		"Dự báo trong vòng 12 giờ tới, mưa lớn tiếp tục.",
		"Trong 12 giờ tới, bão số 3 tiếp tục mạnh thêm.",
		"Trong 24 giờ tới, khu vực Bắc Bộ có mưa vừa, mưa to.",
	)
	typed := Reader{Typed: true}
	if d, ok, err := typed.FindOne("Theo dõi diễn biến của bão trong 24 giờ tới", refJun25); !ok || err != nil || !d.Time.Equal(refJun25.Add(24*time.Hour)) {
		t.Errorf("a typed task watching a storm “trong 24 giờ tới” = %s ok %v err %v, want 24 hours from now", d.Time.Format(layout), ok, err)
	}
}

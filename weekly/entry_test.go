package weekly_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func TestParseDetails(t *testing.T) {
	w, _ := weekly.ParseWeek("2021-W03") // 18/01/2021 – 24/01/2021
	tests := []struct {
		text   string
		day    string
		place  string
		people int
	}{
		{"Ra quân dọn vệ sinh đường làng, thứ Bảy, tại thôn 3, 50 người", "23/01/2021", "thôn 3", 50},
		{"ra quan don ve sinh thu 7 tai thon Dong Tien voi 120 doan vien", "23/01/2021", "thon Dong Tien", 120},
		{"Phát quang hành lang giao thông ngày 20/1 tại tuyến ĐH.05; 1.680 lượt người tham gia", "20/01/2021", "tuyến ĐH.05", 1680},
		{"Chỉnh trang vườn hộ. Địa điểm: xóm Tân Phú. Số người: 35", "", "xóm Tân Phú", 35},
		{"Trồng cây xanh Chủ nhật tuần này", "24/01/2021", "", 0},
		{"Hoàn thành 15/20 tiêu chí, ra quân 22/01/2021", "22/01/2021", "", 0},
		{"Tuyên truyền bầu cử", "", "", 0},
		{"THỨ HAI: họp dân tại NHÀ VĂN HÓA THÔN 1", "18/01/2021", "NHÀ VĂN HÓA THÔN 1", 0},
	}
	for _, tt := range tests {
		d, err := weekly.ParseDetails(tt.text, w, hcm)
		if err != nil {
			t.Errorf("%q: %v", tt.text, err)
			continue
		}
		day := ""
		if d.Day != nil {
			day = d.Day.Format("02/01/2006")
		}
		people := 0
		if d.People != nil {
			people = *d.People
		}
		if day != tt.day || d.Place != tt.place || people != tt.people {
			t.Errorf("%q:\n got  day=%q place=%q people=%d\n want day=%q place=%q people=%d", tt.text, day, d.Place, people, tt.day, tt.place, tt.people)
		}
	}
}

func TestParseDetailsErrors(t *testing.T) {
	w, _ := weekly.ParseWeek("2021-W03")
	tests := []struct{ text, want string }{
		{"Ra quân ngày 30/2", "30/02"},
		{"Ra quân ngày 5/2/2021", "không thuộc tuần 03/2021 (18/01/2021 – 24/01/2021)"},
		{"Ra quân 16/01", "16/01/2021 (thứ Bảy) không thuộc"},
	}
	for _, tt := range tests {
		_, err := weekly.ParseDetails(tt.text, w, hcm)
		var ie *tasks.InputError
		if !errors.As(err, &ie) {
			t.Errorf("%q: err = %v, want an input error", tt.text, err)
			continue
		}
		if !strings.Contains(ie.Msg, tt.want) {
			t.Errorf("%q: %q does not say %q", tt.text, ie.Msg, tt.want)
		}
	}
}

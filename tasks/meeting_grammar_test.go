package tasks_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

func TestParseMeetingHeader(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	today := time.Date(2021, 3, 10, 9, 30, 0, 0, loc)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, loc) }
	tests := []struct {
		in      string
		title   string
		held    time.Time
		chair   string
		wantErr string
	}{
		{in: "Giao ban tháng 1 ngày 07/01/2021 chủ trì đ/c Chủ tịch", title: "Giao ban tháng 1", held: day(2021, 1, 7), chair: "đ/c Chủ tịch"},
		{in: "Họp UBND", title: "Họp UBND", held: day(2021, 3, 10)},
		{in: "Họp UBND ngày 7/1", title: "Họp UBND", held: day(2021, 1, 7)},
		{in: "Họp UBND ngay 20-12-2020", title: "Họp UBND", held: day(2020, 12, 20)},
		{in: "Làm việc với xã Quảng Lâm, ngày 5 tháng 3 năm 2021, do đồng chí Phó Chủ tịch chủ trì", title: "Làm việc với xã Quảng Lâm", held: day(2021, 3, 5), chair: ""},
		{in: "Giao ban chủ trì: Trần Việt Dũng ngày 08.03.2021", title: "Giao ban", held: day(2021, 3, 8), chair: "Trần Việt Dũng"},
		{in: "Giao ban NGÀY 07/01/2021 tại hội trường", title: "Giao ban", held: day(2021, 1, 7)},
		{in: "Hội nghị ngày 3 chuyên đề", title: "Hội nghị ngày 3 chuyên đề", held: day(2021, 3, 10)},
		{in: "Giao ban ngày 30/02/2021", wantErr: "Ngày họp “ngày 30/02/2021” không có thật (ngày 30/02/2021 không tồn tại: tháng 2 năm 2021 chỉ có 28 ngày)"},
		{in: "ngày 07/01/2021 chủ trì Chủ tịch", wantErr: "Chưa có tên cuộc họp"},
		{in: "   ", wantErr: "Chưa có tên cuộc họp"},
	}
	for _, tt := range tests {
		nm, err := tasks.ParseMeetingHeader(tt.in, today)
		if tt.wantErr != "" {
			var ie *tasks.InputError
			if !errors.As(err, &ie) || !strings.Contains(ie.Msg, tt.wantErr) {
				t.Errorf("%q: error %v, want an InputError with %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if nm.Title != tt.title || !nm.HeldOn.Equal(tt.held) || nm.Chair != tt.chair {
			t.Errorf("%q = title %q, held %s, chair %q; want %q, %s, %q", tt.in, nm.Title, nm.HeldOn.Format("02/01/2006"), nm.Chair, tt.title, tt.held.Format("02/01/2006"), tt.chair)
		}
	}
	_, err := tasks.ParseMeetingHeader("Giao ban ngày 31/4", today)
	var de *deadline.Error
	if !errors.As(err, &de) {
		t.Errorf("an impossible date: %v, want the deadline package's reason as the cause", err)
	}
}

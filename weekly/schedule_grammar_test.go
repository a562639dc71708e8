package weekly_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func TestParseScheduleChange(t *testing.T) {
	day := func(d time.Weekday) *time.Weekday { return &d }
	tests := []struct {
		in      string
		want    weekly.ScheduleChange
		wantErr string
	}{
		{in: "macdinh", want: weekly.ScheduleChange{All: true}},
		{in: "Mặc định", want: weekly.ScheduleChange{All: true}},
		{in: "dangky thu6 16:30", want: weekly.ScheduleChange{Kind: weekly.Thursday, Day: day(time.Friday), Hour: 16, Minute: 30}},
		{in: "đăng ký thứ sáu 16h30", want: weekly.ScheduleChange{Kind: weekly.Thursday, Day: day(time.Friday), Hour: 16, Minute: 30}},
		{in: "thu5 17:00", want: weekly.ScheduleChange{Kind: weekly.Thursday, Day: day(time.Thursday), Hour: 17}},
		{in: "Thứ 2 10 giờ", want: weekly.ScheduleChange{Kind: weekly.Monday, Day: day(time.Monday), Hour: 10}},
		{in: "nhacketqua 9h", want: weekly.ScheduleChange{Kind: weekly.RemindResult, Hour: 9}},
		{in: "moiketqua t6 16:00", want: weekly.ScheduleChange{Kind: weekly.AskResult, Day: day(time.Friday), Hour: 16}},
		{in: "moi dang ky cn 8.15", want: weekly.ScheduleChange{Kind: weekly.AskRegistration, Day: day(time.Sunday), Hour: 8, Minute: 15}},
		{in: "nhacdangky tat", want: weekly.ScheduleChange{Kind: weekly.RemindRegistration, Off: true}},
		{in: "ketqua macdinh", want: weekly.ScheduleChange{Kind: weekly.Monday, Reset: true}},
		{in: "baocao 17:00", wantErr: "Không rõ “baocao” là mục nào"},
		{in: "dangky", wantErr: "Hãy ghi giờ cho mục"},
		{in: "dangky thu8 17:00", wantErr: "Chưa hiểu ngày “thu8”"},
		{in: "dangky thu6 25:00", wantErr: "Giờ “25:00” chưa đúng"},
		{in: "dangky thu6 chiều", wantErr: "Giờ “chiều” chưa đúng"},
		{in: "<b>x</b> 9h", wantErr: "“&lt;b&gt;x&lt;/b&gt;”"},
	}
	for _, tt := range tests {
		got, err := weekly.ParseScheduleChange(tt.in)
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
		if show(got) != show(tt.want) {
			t.Errorf("%q = %s, want %s", tt.in, show(got), show(tt.want))
		}
	}
}

func show(c weekly.ScheduleChange) string {
	d := "-"
	if c.Day != nil {
		d = c.Day.String()
	}
	return fmt.Sprintf("all=%v kind=%s reset=%v off=%v day=%s %02d:%02d", c.All, c.Kind, c.Reset, c.Off, d, c.Hour, c.Minute)
}

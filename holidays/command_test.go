package holidays

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

func TestParseCommand(t *testing.T) {
	mar16 := Date{2026, time.March, 16}
	tests := []struct {
		in      string
		want    Command
		wantErr string // part of the message; "" when understood
	}{
		{"", Command{}, ""},
		{"  ", Command{}, ""},
		{"2027", Command{Year: 2027}, ""},
		{"them 16/03/2026", Command{Action: AddDayOff, Date: mar16, Name: "Ngày nghỉ của cơ quan"}, ""},
		{"thêm 16/3/2026 Kỷ niệm  ngày thành lập", Command{Action: AddDayOff, Date: mar16, Name: "Kỷ niệm ngày thành lập"}, ""},
		{norm.NFD.String("THÊM 16-03-2026"), Command{Action: AddDayOff, Date: mar16, Name: "Ngày nghỉ của cơ quan"}, ""},
		{"lambu 21/03/2026", Command{Action: AddWorkday, Date: Date{2026, time.March, 21}, Name: "Ngày làm việc bù của cơ quan"}, ""},
		{"làm bù 21/03/2026 Bù ngày 30/4", Command{Action: AddWorkday, Date: Date{2026, time.March, 21}, Name: "Bù ngày 30/4"}, ""},
		{"Làm Bù 2026-03-21", Command{Action: AddWorkday, Date: Date{2026, time.March, 21}, Name: "Ngày làm việc bù của cơ quan"}, ""},
		{"bo 16/03/2026", Command{Action: Remove, Date: mar16}, ""},
		{"bỏ 16/03/2026 thừa", Command{Action: Remove, Date: mar16}, ""},
		{"xóa 16/03/2026", Command{Action: Remove, Date: mar16}, ""},
		{"xoá 16/03/2026", Command{Action: Remove, Date: mar16}, ""},
		{"đổi 16/03/2026", Command{}, "Chưa hiểu “đổi”."},
		{"1800", Command{}, "Chưa hiểu “1800”."},
		{"2027 2028", Command{}, "Chưa hiểu “2027”."},
		{"làm", Command{}, "Chưa hiểu “làm”."},
		{"them", Command{Action: AddDayOff}, "Hãy ghi ngày sau lệnh"},
		{"làm bù", Command{Action: AddWorkday}, "Hãy ghi ngày sau lệnh"},
		{"bo 30/02/2026", Command{Action: Remove}, "Ngày “30/02/2026” chưa đúng"},
		{"them mai", Command{Action: AddDayOff}, "Ngày “mai” chưa đúng"},
	}
	for _, tt := range tests {
		got, err := ParseCommand(tt.in)
		var ie *InputError
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("ParseCommand(%q): %v", tt.in, err)
		case tt.wantErr != "" && (!errors.As(err, &ie) || !strings.Contains(ie.Msg, tt.wantErr)):
			t.Errorf("ParseCommand(%q) = %v, want an InputError with %q", tt.in, err, tt.wantErr)
		case got != tt.want:
			t.Errorf("ParseCommand(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
	if !AddDayOff.Changes() || !Remove.Changes() || List.Changes() {
		t.Error("Changes: only List leaves the days as they are")
	}
}

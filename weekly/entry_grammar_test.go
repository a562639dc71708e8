package weekly_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func TestParseEntryCommand(t *testing.T) {
	tests := []struct {
		kind    weekly.EntryKind
		in      string
		want    weekly.EntryCommand
		wantErr string
	}{
		{weekly.Registration, "", weekly.EntryCommand{}, ""},
		{weekly.Registration, "  Ra quân dọn vệ sinh, thứ Bảy, tại thôn 3 ", weekly.EntryCommand{Text: "Ra quân dọn vệ sinh, thứ Bảy, tại thôn 3"}, ""},
		{weekly.Registration, "Sửa 2 Ra quân thứ Bảy", weekly.EntryCommand{Action: weekly.EntryEdit, Seq: 2, Text: "Ra quân thứ Bảy"}, ""},
		{weekly.Registration, "sua #3", weekly.EntryCommand{Action: weekly.EntryEdit, Seq: 3}, ""},
		{weekly.Result, "xóa 1", weekly.EntryCommand{Action: weekly.EntryDelete, Seq: 1}, ""},
		{weekly.Result, "xoa damha 2", weekly.EntryCommand{Action: weekly.EntryDelete, Unit: "damha", Seq: 2}, ""},
		{weekly.Result, "lịch sử 4", weekly.EntryCommand{Action: weekly.EntryHistory, Seq: 4}, ""},
		{weekly.Registration, "lichsu KT-HT 1", weekly.EntryCommand{Action: weekly.EntryHistory, Unit: "KT-HT", Seq: 1}, ""},
		{weekly.Registration, "sửa", weekly.EntryCommand{}, "Hãy ghi số của mục, ví dụ: /dangky sua 1"},
		{weekly.Result, "xoa damha", weekly.EntryCommand{}, "Hãy ghi số của mục, ví dụ: /ketqua xoa 1"},
		{weekly.Result, "xoa 0", weekly.EntryCommand{}, "/ketqua xoa 1"},
		{weekly.Registration, "suachua đường thôn 2", weekly.EntryCommand{Text: "suachua đường thôn 2"}, ""},
	}
	for _, tt := range tests {
		got, err := weekly.ParseEntryCommand(tt.kind, tt.in)
		if tt.wantErr != "" {
			var ie *tasks.InputError
			if !errors.As(err, &ie) || !strings.Contains(ie.Msg, tt.wantErr) {
				t.Errorf("%q: error %v, want an InputError with %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%q = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestSplitRegRef(t *testing.T) {
	tests := []struct {
		in   string
		seq  int
		rest string
	}{
		{"theo đăng ký số 2: đã dọn xong 3 km", 2, "đã dọn xong 3 km"},
		{"(ĐK 1) Hoàn thành", 1, "Hoàn thành"},
		{"Dang ky 12 - xong", 12, "xong"},
		{"Đã dọn vệ sinh thôn 2", 0, "Đã dọn vệ sinh thôn 2"},
		{"theo đăng ký số 3", 3, ""},
	}
	for _, tt := range tests {
		seq, rest := weekly.SplitRegRef(tt.in)
		if seq != tt.seq || rest != tt.rest {
			t.Errorf("%q = %d, %q; want %d, %q", tt.in, seq, rest, tt.seq, tt.rest)
		}
	}
}

package directives

import (
	"errors"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

func TestParseFix(t *testing.T) {
	tests := []struct {
		in       string
		lead     string // "-" when unchanged
		coords   string // "-" when unchanged
		deadline string // "-" when unchanged, "" when cleared
	}{
		{"KTHT, phối hợp các xã, trước 30/1", "ktht", "group:xa", "2021-01-30 23:59"},
		{"KTHT chủ trì, phối hợp với TCKH và MTTQ huyện", "ktht", "tckh,mttq", "-"},
		{"Phòng Tài chính – Kế hoạch", "tckh", "", "-"},
		{"trước 17h thứ 6 tuần sau", "-", "-", "2021-01-15 17:00"},
		{"phối hợp TCKH", "-", "tckh", "-"},
		{"bỏ thời hạn", "-", "-", ""},
		{"KTHT, khong thoi han", "ktht", "", ""},
		{"UBND các xã, thị trấn, hạn cuối tháng", "group:xa", "", "2021-01-31 23:59"},
		{"sửa chủ trì thành KTHT, phối hợp KTHT và TCKH", "ktht", "tckh", "-"},
	}
	for _, tt := range tests {
		f, err := ParseFix(tt.in, ruleDirectory(), meeting(t))
		if err != nil {
			t.Errorf("ParseFix(%q): %v", tt.in, err)
			continue
		}
		lead := "-"
		if f.Lead != nil {
			lead = f.Lead.Key()
		}
		coords := "-"
		if f.SetCoordinators {
			var cs []string
			for _, o := range f.Coordinators {
				cs = append(cs, o.Key())
			}
			coords = strings.Join(cs, ",")
		}
		dl := "-"
		if f.SetDeadline {
			dl = ""
			if f.Deadline != nil {
				dl = f.Deadline.Time.Format("2006-01-02 15:04")
			}
		}
		if lead != tt.lead || coords != tt.coords || dl != tt.deadline {
			t.Errorf("ParseFix(%q) = lead %q, coords %q, deadline %q; want %q, %q, %q", tt.in, lead, coords, dl, tt.lead, tt.coords, tt.deadline)
		}
	}
}

func TestParseFixErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "Chưa có nội dung sửa"},
		{"Phòng Văn hóa XYZ", "Không tìm thấy đơn vị “Phòng Văn hóa XYZ”"},
		{"KTHT, trước 30/2/2021", "Thời hạn “trước 30/2/2021” không hợp lệ (ngày 30/02/2021 không tồn tại"},
		{"ok", "Không tìm thấy đơn vị “ok”"},
		{", ; .", "Chưa nhận ra đơn vị hay thời hạn"},
	}
	for _, tt := range tests {
		_, err := ParseFix(tt.in, ruleDirectory(), meeting(t))
		var ie *tasks.InputError
		if !errors.As(err, &ie) || !strings.Contains(ie.Msg, tt.want) {
			t.Errorf("ParseFix(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

package tasks_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/dondoc/dondoc/tasks"
)

func TestIsDoneReply(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"xong", true},
		{"Xong!", true},
		{"XONG RỒI", true},
		{"Đã hoàn thành", true},
		{"da hoan thanh", true},
		{norm.NFD.String("Đã hoàn thành."), true},
		{"  đã   xong  ", true},
		{"hoàn thành nhiệm vụ", true},
		{"chưa xong", false},
		{"xong phần khảo sát, còn báo cáo", false},
		{"đã hoàn thành 50%", false},
		{"", false},
	} {
		if got := tasks.IsDoneReply(c.text); got != c.want {
			t.Errorf("IsDoneReply(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestParseProgress(t *testing.T) {
	for _, c := range []struct {
		text    string
		percent int // -1: none
		bad     bool
	}{
		{"Đạt 60%, đã khảo sát xong 3/5 xã", 60, false},
		{"đạt 75 % khối lượng", 75, false},
		{"100%", 100, false},
		{"đã làm 12,5% rồi", 12, false},
		{"đã gửi công văn số 15/UBND", -1, false},
		{"đạt 150%", 0, true},
	} {
		p, err := tasks.ParseProgress(c.text)
		var ie *tasks.InputError
		if c.bad {
			if !errors.As(err, &ie) {
				t.Errorf("ParseProgress(%q) err = %v, want an InputError", c.text, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseProgress(%q): %v", c.text, err)
			continue
		}
		switch {
		case c.percent < 0 && p.Percent != nil:
			t.Errorf("ParseProgress(%q) percent = %d, want none", c.text, *p.Percent)
		case c.percent >= 0 && (p.Percent == nil || *p.Percent != c.percent):
			t.Errorf("ParseProgress(%q) percent = %v, want %d", c.text, p.Percent, c.percent)
		}
	}
}

func TestParseExtensionAsk(t *testing.T) {
	loc := t0.Location()
	now := t0 // 07/01/2021 09:00
	current := time.Date(2021, 1, 15, 17, 0, 0, 0, loc)
	for _, c := range []struct {
		text   string
		when   time.Time
		reason string
		bad    string
	}{
		{text: "30/1 vì chờ số liệu của các xã", when: time.Date(2021, 1, 30, 23, 59, 59, 0, loc), reason: "chờ số liệu của các xã"},
		{text: "Lý do: thiếu kinh phí, xin đến 17h ngày 20/1/2021", when: time.Date(2021, 1, 20, 17, 0, 0, 0, loc), reason: "thiếu kinh phí, xin"},
		{text: "ngay 25/1 do cho y kien so", when: time.Date(2021, 1, 25, 23, 59, 59, 0, loc), reason: "cho y kien so"},
		{text: "trong 240 giờ tới vì mưa lớn chưa thi công được", when: now.Add(240 * time.Hour), reason: "mưa lớn chưa thi công được"},
		{text: "vì chờ số liệu", bad: "Chưa thấy thời hạn mới"},
		{text: "30/1", bad: "lý do"},
		{text: "10/1 vì bận", bad: "không muộn hơn"},
		{text: "5/1/2021 vì bận", bad: "đã qua"},
		{text: "30/2/2021 vì bận", bad: "Thời hạn mới chưa đúng"},
		{text: "thứ 5 hàng tuần vì bận", bad: "ngày cụ thể"},
		{text: "", bad: "thời hạn mới và lý do"},
	} {
		ask, err := tasks.ParseExtensionAsk(c.text, &current, now)
		if c.bad != "" {
			var ie *tasks.InputError
			if !errors.As(err, &ie) || !strings.Contains(ie.Msg, c.bad) {
				t.Errorf("ParseExtensionAsk(%q) = %v, want an InputError with %q", c.text, err, c.bad)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseExtensionAsk(%q): %v", c.text, err)
			continue
		}
		if !ask.Deadline.Time.Equal(c.when) || ask.Reason != c.reason {
			t.Errorf("ParseExtensionAsk(%q) = %v %q, want %v %q", c.text, ask.Deadline.Time, ask.Reason, c.when, c.reason)
		}
	}
}

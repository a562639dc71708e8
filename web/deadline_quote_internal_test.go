package web

import (
	"testing"
	"time"
)

func TestDeadlineQuote(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	endOfDay := time.Date(2031, 1, 30, 23, 59, 59, 0, loc)
	at17 := time.Date(2031, 1, 30, 17, 0, 0, 0, loc)
	for _, c := range []struct {
		name, text, shown string
		at                time.Time
		want              string
	}{
		{"no words", "", "30/01/2031", endOfDay, ""},
		{"the date shown", "30/01/2031", "30/01/2031", endOfDay, ""},
		{"the date without its year", "30/1", "30/01/2031", endOfDay, ""},
		{"a lead word and the date", "trước ngày 30/01/2031", "30/01/2031", endOfDay, ""},
		{"written out", "ngày 30 tháng 01 năm 2031", "30/01/2031", endOfDay, ""},
		{"without diacritics", "han 30/1/2031", "30/01/2031", endOfDay, ""},
		{"the date and time shown", "17h ngày 30/1/2031", "30/01/2031 17:00 (thứ Năm)", at17, ""},
		{"another time", "9h ngày 30/1/2031", "30/01/2031 17:00 (thứ Năm)", at17, "9h ngày 30/1/2031"},
		{"a time the date shown does not say", "17h ngày 30/1/2031", "30/01/2031", endOfDay, "17h ngày 30/1/2031"},
		{"another year", "30/01/2032", "30/01/2031", endOfDay, "30/01/2032"},
		{"a feast", "trước Tết", "30/01/2031", endOfDay, "trước Tết"},
		{"working days", "trong 10 ngày làm việc", "30/01/2031", endOfDay, "trong 10 ngày làm việc"},
		{"the end of the month", "cuối tháng 1", "31/01/2031", endOfDay.AddDate(0, 0, 1), "cuối tháng 1"},
		{"another day's date in a longer text", "5 ngày sau 25/1", "30/01/2031", endOfDay, "5 ngày sau 25/1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := deadlineQuote(c.text, c.shown, c.at); got != c.want {
				t.Errorf("deadlineQuote(%q, %q) = %q, want %q", c.text, c.shown, got, c.want)
			}
		})
	}
}

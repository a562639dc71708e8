package deadline_test

import (
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
)

func TestRestates(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	endOfDay := time.Date(2031, 1, 30, 23, 59, 59, 0, loc)
	at17 := time.Date(2031, 1, 30, 17, 0, 0, 0, loc)
	for _, c := range []struct {
		name, text string
		at         time.Time
		hasTime    bool
		want       bool
	}{
		{"no words", "", endOfDay, false, true},
		{"the date", "30/01/2031", endOfDay, false, true},
		{"the date without its year", "30/1", endOfDay, false, true},
		{"a lead word and the date", "trước ngày 30/01/2031", endOfDay, false, true},
		{"written out", "ngày 30 tháng 01 năm 2031", endOfDay, false, true},
		{"without diacritics", "han 30/1/2031", endOfDay, false, true},
		{"the date and its time", "17h ngày 30/1/2031", at17, true, true},
		{"another time", "9h ngày 30/1/2031", at17, true, false},
		{"a time the deadline does not have", "17h ngày 30/1/2031", endOfDay, false, false},
		{"no time for a deadline with one", "30/1/2031", at17, true, false},
		{"another year", "30/01/2032", endOfDay, false, false},
		{"a feast", "trước Tết", endOfDay, false, false},
		{"working days", "trong 10 ngày làm việc", endOfDay, false, false},
		{"the end of the month", "cuối tháng 1", endOfDay.AddDate(0, 0, 1), false, false},
		{"another day's date in a longer text", "5 ngày sau 25/1", endOfDay, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := deadline.Restates(c.text, c.at, c.hasTime); got != c.want {
				t.Errorf("Restates(%q, %v, %v) = %v, want %v", c.text, c.at, c.hasTime, got, c.want)
			}
		})
	}
}

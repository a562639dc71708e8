package deadline

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/vntext"
)

var fuzzSeeds = []string{
	"15/1", "15/01/2021", "15-1-2021", "15.01.2021", "ngày 15 tháng 1 năm 2021", "ngày 15/1", "15/1/21",
	"2021-01-15", "17h", "17h30", "17 giờ", "17 giờ 30", "17g30", "17:30", "8h30 sáng", "2 giờ chiều",
	"7 giờ tối", "12 giờ trưa", "14 giờ, ngày 05/12/2017", "15/1 lúc 17h", "17h ngày 15/1", "thứ 2",
	"thứ hai", "thứ tư", "thứ 4", "chủ nhật", "CN", "T2", "T7", "thứ 5 tuần này", "thứ 5 tuần sau",
	"thứ 6 tuần tới", "hôm nay", "ngày mai", "mai", "ngày kia", "trong 10 ngày", "sau 3 ngày",
	"trong 2 tuần", "trong tuần", "trong tháng", "trong năm", "cuối tuần", "cuối tháng", "cuối tháng 3",
	"trong tháng 2/2021", "tháng 8/2020", "quý I/2021", "quý IV", "quý 2 năm 2021", "6 tháng đầu năm",
	"6 tháng cuối năm", "9 tháng", "cuối năm", "cuối năm 2019", "năm 2025", "đến hết 30/6/2021",
	"đầu tháng 3", "trước 15/1", "trước ngày 15/1", "chậm nhất là ngày 15/1", "hạn chót: 15/1",
	"hoàn thành trước 15/1/2021", "xong trước 15/1", "kịp 15/1", "vào lúc 17h", "hàng tuần",
	"thứ 5 hàng tuần", "trước 17h ngày thứ 5 hàng tuần", "ngày 5 hằng tháng", "định kỳ hàng quý",
	"hằng năm", "hằng ngày", "truoc 17h thu 5 tuan sau", "HOÀN THÀNH TRƯỚC 15/1/2021",
	"30/2/2021", "32/1", "25h", "17h75", "tháng 13", "quý V", "thứ 8", "29/2", "24h30",
	"hoàn thành 15/20 tiêu chí, 45/53 chỉ tiêu", "nhiệm kỳ 2021 - 2026", "từ năm 2010 đến nay",
	"90 ngày cao điểm", "(03/02/1930 - 03/02/2020)", "trong 24h", "trong 99999999 ngày",
	"1.000.000", "15/1/2021/QĐ-UBND", "thứ", "quý", "ngày", "trong", "17h chiều nay", "12 giờ đêm",
	"trong 5 ngày làm việc", "cuối mỗi quý", "17:00 thứ Năm hằng tuần", "ngày 15/12 hằng năm",
	"15/1/0000", "99/99/9999", "9999-99-99", "0h0", "thứ Sáu, ngày 15/1/2021", "\u0301\u0323",
	"trước Tết", "trước dịp Tết Nguyên đán (Bính Ngọ) 2026", "trước Tết Dương lịch 2199",
	"trong hai tháng còn lại của năm", "những tháng còn lại", "trong hai mươi mốt ngày", "mười lăm ngày làm việc",
}

var fuzzRef = time.Date(2021, 1, 7, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s, fuzzRef)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Reason == "" {
				t.Fatalf("Parse(%q) error %v is not a *Error with a reason", s, err)
			}
			return
		}
		if d.Time.IsZero() {
			t.Fatalf("Parse(%q) returned neither a time nor an error", s)
		}
		if d.Time.Location() != fuzzRef.Location() {
			t.Fatalf("Parse(%q) location %v", s, d.Time.Location())
		}
		if d.Start < 0 || d.Start > d.End || d.End > len(s) || s[d.Start:d.End] != d.Text {
			t.Fatalf("Parse(%q) span [%d,%d) text %q", s, d.Start, d.End, d.Text)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
		f.Add("Giao phòng Nội vụ báo cáo " + s + " cho UBND huyện.")
	}
	for _, p := range loadRealSeeds(f) {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok, err := Find(s, fuzzRef)
		if d.Start < 0 || d.Start > d.End || d.End > len(s) || s[d.Start:d.End] != d.Text {
			t.Fatalf("Find(%q) span [%d,%d) text %q", s, d.Start, d.End, d.Text)
		}
		switch {
		case err != nil:
			var e *Error
			if ok || !errors.As(err, &e) || e.Reason == "" || d.Text == "" {
				t.Fatalf("Find(%q) = ok %v, error %v", s, ok, err)
			}
		case ok:
			if d.Time.IsZero() || d.Text == "" {
				t.Fatalf("Find(%q) ok without a time or text", s)
			}
		default:
			if d != (Deadline{}) {
				t.Fatalf("Find(%q) not ok but returned %+v", s, d)
			}
		}
	})
}

// longUnits, repeated, once made Find quadratic (a chain of lead words).
var longUnits = []string{"đến hết ", "hạn là ", "trong ", "thứ 5 hàng tuần, ", "trước 17h ngày 15/1 ", "thứ 2 và ", "thứ 2, ", "1/1-", "hạn 17h, ", "ngày 5 ", "sáng ",
	"đến 17 giờ, ", "tính đến ngày 5/1 ", "số 1/UBND-VX ngày 5/1 ", "từ 7 giờ đến 11 giờ ", "kết quả tháng 5 ", "trong tháng 5 và ", "nghỉ đến ", "Ngày 5/1, UBND "}

// TestLongInputGrowsLinearly guards against work growing faster than the
// text: Find and Parse on twice the text read at most a little more than
// twice as many tokens. Token reads are counted exactly, unlike timings.
func TestLongInputGrowsLinearly(t *testing.T) {
	reads := func(s string) int {
		f, p := newParser(s, fuzzRef, MondayToFriday{}), newParser(s, fuzzRef, MondayToFriday{})
		f.find(false)
		p.parse()
		return f.reads + p.reads
	}
	for _, unit := range longUnits {
		small, large := reads(strings.Repeat(unit, 1000)), reads(strings.Repeat(unit, 2000))
		if float64(large) > 2.2*float64(small) {
			t.Errorf("%q: %d token reads for 1000 repeats, %d for 2000: more than linear", unit, small, large)
		}
	}
}

// BenchmarkLongInput times Find and Parse on long repeated phrases; ns/op
// should double, not quadruple, from one size to the next.
func BenchmarkLongInput(b *testing.B) {
	for _, unit := range longUnits {
		for _, n := range []int{1000, 2000, 4000} {
			s := strings.Repeat(unit, n)
			b.Run(fmt.Sprintf("%s×%d", strings.ReplaceAll(strings.TrimSpace(unit), "/", "-"), n), func(b *testing.B) {
				for b.Loop() {
					Find(s, fuzzRef)
					Parse(s, fuzzRef)
				}
			})
		}
	}
}

// oneDate matches a full written date standing alone between spaces or punctuation (not inside a
// code such as "A1.1.2031");
// dateLike anything that may be read as a date.
var (
	oneDate  = regexp.MustCompile(`(^|[ ,;:()!?])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})($|[ ,;:()!?])`)
	dateLike = regexp.MustCompile(`[0-9]+ *[/.-] *[0-9]+|[0-9]+ +thang|thang +[0-9]+|[0-9]{3,}`)
)

// onlyDate returns the one date the text holds, when it holds exactly one date, written in
// full, not before the reference day, and nothing else that counts from or to it (durations,
// starts).
func onlyDate(s string) (y, m, d int, ok bool) {
	f := vntext.Fold(s)
	ms := oneDate.FindAllStringSubmatchIndex(f, -1)
	if len(ms) != 1 {
		return 0, 0, 0, false
	}
	loc := ms[0]
	rest := f[:loc[4]] + " " + f[loc[9]:]
	if dateLike.MatchString(rest) {
		return 0, 0, 0, false
	}
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !vntext.IsWordByte(byte(r)) || r >= 128 }) {
		switch w {
		case "trong", "sau", "tu", "vong", "hang", "moi", "dinh":
			return 0, 0, 0, false
		}
	}
	d, m, y = atoi(f[loc[4]:loc[5]]), atoi(f[loc[6]:loc[7]]), atoi(f[loc[8]:loc[9]])
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, 0, 0, false
	}
	if dateIn(fuzzRef.Location(), y, m, d).Before(midnight(fuzzRef)) {
		return 0, 0, 0, false // a past date (of a document, of an event) is no deadline: Find skips it by design
	}
	return y, m, d, true
}

var fuzzOneDateSeeds = []string{
	"hạn 17h 20/2/2031", "hạn 0h ngày 1/3/2031", "thời hạn 8 giờ ngày 5/3/2031", "Phòng Nội vụ: tổng hợp danh sách, hạn 17h 20/2/2031",
	"ngày 9/4/2031 lúc 14 giờ", "4h chiều 15/1/2031", "24h ngày 15/01/2031", "9h00' 15-1-2031", "17g 15.1.2031",
	"hạn 9h sáng thứ Sáu, ngày 22/1/2021", "8 giờ tối 3/3/2031", "ngày 20/2/2031, hạn 17h", "hạn 48h 20/2/2031",
	"trước 17h ngày mai 20/2/2031", "hạn 12h trưa 1/1/2031 để tổng hợp", "hạn 16h45 thứ 5 20/2/2031",
}

// FuzzFindOneDate: whenever Find returns an instant and the text holds exactly one date, the
// instant falls on that date (a time next to it is a time on that day, never a duration).
func FuzzFindOneDate(f *testing.F) {
	for _, s := range fuzzOneDateSeeds {
		f.Add(s)
	}
	for _, s := range fuzzSeeds {
		f.Add("hạn " + s + " 20/2/2031")
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, m, d, one := onlyDate(s)
		dl, ok, _ := Find(s, fuzzRef)
		if !one || !ok || dl.Rule != nil {
			return
		}
		if gy, gm, gd := dl.Time.Date(); gy != y || int(gm) != m || gd != d {
			t.Fatalf("Find(%q) = %s (%q), not on the one date %02d/%02d/%d", s, dl.Time.Format(layout), dl.Text, d, m, y)
		}
	})
}

// loadRealSeeds returns the sentences of the development part of the real corpus.
func loadRealSeeds(f *testing.F) []string {
	var out []string
	for _, p := range loadReal(f, "dev.jsonl") {
		out = append(out, p.Text)
	}
	return out
}

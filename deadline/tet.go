package deadline

import (
	"strings"
	"time"

	"github.com/dondoc/dondoc/holidays"
)

// Tết as a deadline: work due "trước Tết" is due, as an office reads it, by the end of the last
// working day before the Tết break begins (the break's first day off, weekends included, comes
// from the holiday calendar): "trước Tết Nguyên đán Bính Ngọ 2026" is Friday 13/02/2026, as the
// break runs 14/02–22/02. "Tết", "Tết Nguyên đán", "Tết Âm lịch" and "Tết cổ truyền" are the lunar
// new year, "Tết Dương lịch" 1/1. Only "trước (dịp) Tết" is a deadline: "sau Tết", "trong dịp
// Tết" and "trước và sau Tết" name a time, not a due day.

// canStems and canBranches are the folded names of a lunar year ("Bính Ngọ", "Ất Tỵ").
var (
	canStems    = []string{"giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"}
	canBranches = []string{"ty", "ti", "suu", "dan", "mao", "meo", "thin", "ngo", "mui", "than", "dau", "tuat", "hoi"}
)

// tetSearch bounds the days walked back from the start of Tết to a working day.
const tetSearch = 40

// tet reads "Tết [Nguyên đán|Âm lịch|cổ truyền|Dương lịch] [(Bính Ngọ)] [năm] [2026]" right
// after "trước" or "trước dịp".
func (p *parser) tet(i int) (v dayVal, next int, ok bool) {
	k := i
	if p.is(k, "dip") {
		k++
	}
	if !p.is(k, "tet") || !p.is(i-1, "truoc") {
		return v, i, false
	}
	k++
	solar := false
	switch {
	case p.is(k, "nguyen", "dan"), p.is(k, "am", "lich"), p.is(k, "co", "truyen"):
		k += 2
	case p.is(k, "duong", "lich"):
		solar, k = true, k+2
	}
	if !solar {
		j := k
		paren := p.is(j, "(")
		if paren {
			j++
		}
		if p.is(j, "nam") && p.oneOf(j+1, canStems...) {
			j++
		}
		if p.oneOf(j, canStems...) && p.oneOf(j+1, canBranches...) {
			j += 2
			if !paren {
				k = j
			} else if p.is(j, ")") {
				k = j + 1
			}
		}
	}
	y, given := p.ref.Year(), false
	switch {
	case p.is(k, "nam") && p.isYear(k+1):
		y, given, k = atoi(p.tok(k+1)), true, k+2
	case p.isYear(k):
		y, given, k = atoi(p.tok(k)), true, k+1
	}
	v = dayVal{kind: kDate, prec: precDay, yearGiven: given}
	if r := yearReason(y); r != "" {
		v.reason = r
		return v, k, true
	}
	for n := 0; n < 2; n++ {
		d, found := p.beforeTet(y+n, solar)
		if !found && !given && n == 0 && p.ref.Month() >= time.March {
			continue // this year's Tết (21/1–20/2) is past, whether the calendar holds it or not
		}
		if !found {
			v.reason = reasonNoTet(y+n, solar)
			return v, k, true
		}
		if given || !past(d, p.ref) {
			v.date = d
			return v, k, true
		}
	}
	v.reason = reasonNoTet(y+1, solar)
	return v, k, true
}

// isYear reports whether token i is a number of four digits.
func (p *parser) isYear(i int) bool {
	_, d, ok := p.num(i)
	return ok && d == 4
}

// beforeTet returns midnight of the last working day before Tết of year y.
func (p *parser) beforeTet(y int, solar bool) (time.Time, bool) {
	start := dateIn(p.loc(), y, 1, 1)
	if !solar {
		cal, ok := p.cal.(*holidays.Calendar)
		if !ok {
			cal = holidays.Vietnam()
		}
		found := false
		for _, d := range cal.Days(holidays.Date{Year: y, Month: 1, Day: 1}, holidays.Date{Year: y, Month: 3, Day: 1}) {
			if !d.Workday && strings.HasPrefix(d.Name, "Tết Nguyên đán") {
				start, found = d.Date.In(p.loc()), true
				break
			}
		}
		if !found {
			return time.Time{}, false
		}
	}
	day := addDays(start, -1)
	for n := 0; n < tetSearch; n++ {
		if p.cal.IsWorkday(day) {
			return day, true
		}
		day = addDays(day, -1)
	}
	return time.Time{}, false
}

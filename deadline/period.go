package deadline

import (
	"strings"
	"time"
)

// Where in a month a period phrase points: its last day, or "đầu tháng" (the 10th)
// and "giữa tháng" (the 15th).
const (
	anchorNone  = 0
	anchorEnd   = -1
	anchorStart = 10
	anchorMid   = 15
)

// period reads "cuối tuần", "cuối tháng 3", "tháng 8/2020", "quý II/2021", "năm 2025",
// "6 tháng đầu năm", "tháng sau" and, when open, a bare unit ("trong tháng").
func (p *parser) period(i int, open bool) (v dayVal, next int, ok bool) {
	anchor, j := anchorNone, i
	switch p.tok(i) {
	case "cuoi":
		anchor, j = anchorEnd, i+1
	case "dau":
		anchor, j = anchorStart, i+1
	case "giua":
		anchor, j = anchorMid, i+1
	}
	if anchor == anchorNone {
		if v, k, ok := p.restOfYear(i); ok {
			return v, k, true
		}
		if v, k, ok := p.weekOfMonth(i); ok {
			return v, k, true
		}
		if v, k, ok := p.monthsOfYear(i); ok {
			return v, k, true
		}
	}
	bare := (anchor != anchorNone || open) && p.bareUnit(j)
	switch p.tok(j) {
	case "tuan":
		if anchor == anchorEnd || anchor == anchorNone {
			return p.week(j, anchor, bare)
		}
	case "thang":
		return p.month(j, anchor, bare)
	case "quy":
		if anchor == anchorEnd || anchor == anchorNone {
			return p.quarter(j, anchor, bare)
		}
	case "nam":
		if anchor == anchorEnd || anchor == anchorNone {
			return p.year(j, anchor, bare)
		}
	case "ngay":
		if open && anchor == anchorNone && (j+1 >= len(p.toks) || !p.toks[j+1].isWord()) {
			return dayVal{kind: kRel, date: midnight(p.ref), prec: precDay}, j + 1, true
		}
	}
	return v, i, false
}

// bareUnit reports whether the unit word at i may stand alone ("trong tháng", "cuối quý"),
// rather than begin another word ("quy định", "tuần tra", "năm học") or a past span ("năm qua").
func (p *parser) bareUnit(i int) bool {
	next := p.tok(i + 1)
	if i+1 >= len(p.toks) || !p.toks[i+1].isWord() {
		return true
	}
	if p.tok(i) == "quy" || p.oneOf(i+1, "qua", "vua") {
		return false
	}
	for _, w := range unitCompounds[p.tok(i)] {
		if next == w {
			return false
		}
	}
	return true
}

// dateAt reports whether a numeric date starts at i: its first number is not the number of a
// quarter, month or weekday written before it ("quý 1.1.2031" holds a date).
func (p *parser) dateAt(i int) bool {
	_, _, ok := p.numDateAt(i, false)
	return ok
}

// relMod reads "này", "sau", "tới", "trước" at i.
func (p *parser) relMod(i int) (off int, ok bool) {
	off, ok = relMods[p.tok(i)]
	return off, ok
}

// week reads "tuần [này|sau|tới|trước]": the Sunday that ends the week.
func (p *parser) week(i, anchor int, bare bool) (v dayVal, next int, ok bool) {
	off, k := 0, i+1
	if o, good := p.relMod(k); good {
		off, k = o, k+1
	} else if !bare {
		return v, i, false
	}
	sunday := addDays(mondayOf(midnight(p.ref)), 7*off+6)
	// "Tuần sau, các xã nộp báo cáo": a week to come opening a sentence is when its work is due
	opens := off > 0 && p.is(k, ",") && (i == 0 || p.sentenceEnd(i-1) || p.is(i-1, ":"))
	return dayVal{kind: kWeek, date: sunday, prec: precWeek, weak: anchor == anchorNone && !opens}, k, true
}

// yearSuffix reads the year written after a month, quarter or date: "/2021", "-2021",
// "năm 2021", "của năm 2021", "năm nay", "năm sau".
func (p *parser) yearSuffix(i int) (y int, reason string, given bool, next int) {
	if p.dateSepAt(i) {
		n, digits, _ := p.num(i + 1)
		if digits != 4 {
			return 0, "", false, i
		}
		return n, yearReason(n), true, i + 2
	}
	k := i
	if p.is(k, "cua") {
		k++
	}
	if !p.is(k, "nam") {
		return 0, "", false, i
	}
	if n, digits, good := p.num(k + 1); good && digits == 4 {
		return n, yearReason(n), true, k + 2
	}
	if off, good := p.relMod(k + 1); good {
		return p.ref.Year() + off, "", true, k + 2
	}
	return 0, "", false, i
}

func yearReason(y int) string {
	if y < minYear || y > maxYear {
		return reasonYear(y)
	}
	return ""
}

// month reads "tháng 8", "tháng 8/2020", "tháng 8 năm 2020", "tháng sau" and, when
// bare is allowed, "tháng"; anchor picks the day.
func (p *parser) month(i, anchor int, bare bool) (v dayVal, next int, ok bool) {
	v = dayVal{kind: kMonth, prec: precMonth, weak: anchor == anchorNone}
	k := i + 1
	y, m := p.ref.Year(), int(p.ref.Month())
	explicit := false
	n, digits, good := p.num(k)
	after := k + 1
	if !good {
		n, after, good = p.monthWord(k)
		digits = 2
	}
	if good && digits <= 2 && !p.dateAt(k) {
		m, k, explicit = n, after, true
		v.month, v.monthGiven = n, true
		yy, reason, given, k2 := p.yearSuffix(k)
		if given {
			y, k, v.yearGiven = yy, k2, true
			if reason != "" {
				v.reason = reason
				return v, k, true
			}
		}
		if m < 1 || m > 12 {
			v.reason = reasonMonth(m)
			return v, k, true
		}
	} else if off, good := p.relMod(k); good {
		y, m = monthShift(y, m, off)
		k++
		v.yearGiven = true
	} else if !bare {
		return v, i, false
	}
	if anchor > 0 {
		v.day = anchor
	}
	pick := func(y, m int) time.Time {
		if anchor > 0 {
			return dateIn(p.loc(), y, m, anchor)
		}
		return lastOfMonth(p.loc(), y, m)
	}
	v.date = pick(y, m)
	if !v.yearGiven && past(v.date, p.ref) {
		if explicit {
			y++
		} else {
			y, m = monthShift(y, m, 1)
		}
		v.date = pick(y, m)
	}
	return v, k, true
}

// monthWords are the months written in words after "tháng", as written (lower-cased): "tháng
// Mười Hai", "tháng Tư". Accents tell "tháng sáu" (June) from "tháng sau" (next month); "Năm"
// must be capitalised to be May, as "tháng năm" also begins "tháng, năm".
var monthWords = map[string]int{
	"một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}

// monthWord reads a month written in words at i: "Mười Hai", "Tư", "Mười Một".
func (p *parser) monthWord(i int) (m, next int, ok bool) {
	m, ok = monthWords[p.original(i)]
	if !ok || m == 5 && !p.namedSubject(i) {
		return 0, i, false
	}
	next = i + 1
	if m == 10 {
		switch p.original(next) {
		case "một":
			m, next = 11, next+1
		case "hai":
			m, next = 12, next+1
		}
	}
	return m, next, true
}

// quarter reads "quý II", "quý 2/2021", "quý IV năm 2021", "quý này": the quarter's last day.
func (p *parser) quarter(i, anchor int, bare bool) (v dayVal, next int, ok bool) {
	v = dayVal{kind: kQuarter, prec: precQuarter}
	k := i + 1
	y, q := p.ref.Year(), (int(p.ref.Month())-1)/3+1
	explicit := false
	t := p.tok(k)
	n, isRoman := romanQuarters[t]
	if !isRoman {
		if d, digits, good := p.num(k); good && digits == 1 && !p.dateAt(k) {
			n = d
		}
	}
	switch {
	case n != 0 || t == "0":
		k++
		yy, reason, given, k2 := p.yearSuffix(k)
		if given {
			y, k, v.yearGiven = yy, k2, true
		}
		if n < 1 || n > 4 {
			reason = reasonQuarter(t)
		}
		if reason != "" {
			v.reason = reason
			return v, k, true
		}
		q, explicit = n, true
	default:
		if off, good := p.relMod(k); good {
			y, q = shiftQuarter(y, q, off)
			k++
			v.yearGiven = true
		} else if !bare {
			return v, i, false
		}
	}
	v.date = lastOfMonth(p.loc(), y, 3*q)
	if !v.yearGiven && past(v.date, p.ref) {
		if explicit {
			y++
		} else {
			y, q = shiftQuarter(y, q, 1)
		}
		v.date = lastOfMonth(p.loc(), y, 3*q)
	}
	return v, k, true
}

func shiftQuarter(y, q, n int) (int, int) {
	y, m := monthShift(y, 3*q, 3*n)
	return y, m / 3
}

// year reads "năm 2025", "năm nay", "năm sau" and, when bare is allowed, "năm": 31/12.
func (p *parser) year(i, anchor int, bare bool) (v dayVal, next int, ok bool) {
	v = dayVal{kind: kYear, prec: precYear, weak: anchor == anchorNone, yearGiven: true}
	k := i + 1
	y := p.ref.Year()
	if n, digits, good := p.num(k); good && digits == 4 {
		k++
		if r := yearReason(n); r != "" {
			v.reason = r
			return v, k, true
		}
		y = n
	} else if off, good := p.relMod(k); good {
		y += off
		k++
	} else if !bare {
		return v, i, false
	}
	v.date = dateIn(p.loc(), y, 12, 31)
	return v, k, true
}

// monthsOfYear reads "6 tháng đầu năm" (30/6), "6 tháng cuối năm" (31/12),
// "9 tháng năm 2022" (30/9), a bare "3/6/9 tháng", and the halves "nửa đầu năm 2026" (30/6)
// and "nửa cuối năm" (31/12).
func (p *parser) monthsOfYear(i int) (v dayVal, next int, ok bool) {
	if p.is(i, "nua") && p.oneOf(i+1, "dau", "cuoi") && p.is(i+2, "nam") {
		return p.halfYear(i)
	}
	n, digits, good := p.num(i)
	if !good || digits > 2 || n < 1 || n > 12 || !p.is(i+1, "thang") {
		return v, i, false
	}
	v = dayVal{kind: kMonthsOfYear, prec: precMonth}
	k, m := i+2, n
	y, given := p.ref.Year(), false
	reason := ""
	switch {
	case p.is(k, "dau", "nam") || p.is(k, "cuoi", "nam"):
		if p.tok(k) == "cuoi" {
			m = 12
		}
		k += 2
		if yy, d, good := p.num(k); good && d == 4 {
			y, given, reason, k = yy, true, yearReason(yy), k+1
		} else if off, good := p.relMod(k); good {
			y, given, k = y+off, true, k+1
		}
	default:
		yy, r, g, k2 := p.yearSuffix(k)
		if g && !p.dateSepAt(k) {
			y, given, reason, k = yy, true, r, k2
		} else if n%3 != 0 || n == 12 {
			return v, i, false
		} else {
			v.weak = true
		}
	}
	if reason != "" {
		v.reason = reason
		return v, k, true
	}
	v.date = lastOfMonth(p.loc(), y, m)
	if !given && past(v.date, p.ref) {
		v.date = lastOfMonth(p.loc(), y+1, m)
	}
	return v, k, true
}

// duration reads "trong 10 ngày", "sau 3 ngày", "trong 2 tuần", "trong 5 ngày làm việc",
// "trong 10 ngày làm việc kể từ ngày 3/2/2026", "trong 2 tháng", "trong 24 giờ"/"trong 48h".
// Hours are a duration only after a duration word ("trong", "trong vòng", "sau") with no day
// next to them, or after "hạn"/"thời hạn" when more than 24 with no day: "hạn 17h 20/2" is a
// time on that day, "hạn 48h" a duration.
func (p *parser) duration(i int) (v dayVal, next int, ok bool) {
	k := p.match(i, durationIntros)
	if k < 0 {
		return v, i, false
	}
	weakIntro := p.match(i, hourlessIntros) == k
	n, digits, ck, word, good := p.count(k)
	unit := ""
	switch {
	case good && (p.oneOf(ck, "ngay", "tuan", "thang", "gio", "tieng") || !word && p.is(ck, "h")):
		if word && (p.dayFollows(ck+1) || p.isNum(ck+1)) || p.is(ck, "ngay") && p.namesDays(ck+1) {
			return v, i, false // "trong hai ngày 20 và 21/10", "trong 2 ngày 20 và 21/11" name the days, not a span
		}
		unit = p.tok(ck)
		k = ck + 1
	default:
		t := p.tok(k)
		hs := strings.TrimSuffix(t, "h")
		if hs == t || hs == "" || len(hs) > 9 || strings.Trim(hs, "0123456789") != "" {
			return v, i, false
		}
		n, digits, unit = atoi(hs), len(hs), "h"
		k++
	}
	if unit == "tieng" || unit == "h" {
		unit = "gio"
	}
	if n == 0 {
		return v, i, false // "trong 0 ngày" counts nothing
	}
	if unit == "gio" && (weakIntro && n <= 24 || n <= 24 && p.dayFollows(k) || weakIntro && p.dayFollows(k)) {
		return v, i, false
	}
	if unit == "gio" && (p.ahead(k) || p.is(k, "sap", "toi")) && p.forecast(i) {
		return v, i, false // "Dự báo trong 12 giờ tới, …": a forecast's window
	}
	work := false
	if unit == "ngay" && p.is(k, "lam", "viec") {
		work, k = true, k+2
	}
	switch { // "trong 03 ngày (sắp) tới": the next three days
	case p.ahead(k):
		k++
	case p.is(k, "sap") && p.ahead(k+1):
		k += 2
	}
	if p.match(k, durationStops) >= 0 || p.match(k, countNouns) >= 0 {
		return v, i, false
	}
	if unit == "thang" && p.is(k, "con", "lai") {
		return v, i, false // "trong hai tháng còn lại" is the rest of the year (restOfYear)
	}
	if unit == "thang" && (p.is(k, "dau", "nam") || p.is(k, "cuoi", "nam") || p.is(k, "nam") || p.is(k, "cua", "nam")) {
		return v, i, false
	}
	v = dayVal{kind: kDuration, prec: precDay}
	if digits > 5 || n > durationLimits[unit] {
		v.reason = reasonTooLong(n, unit)
		return v, k, true
	}
	base := midnight(p.ref)
	if unit != "gio" {
		switch from, k2, start := p.durationStart(k); start {
		case startDate:
			if from.reason != "" || from.inferReason != "" {
				v.reason = from.reason + from.inferReason
				return v, k2, true
			}
			base, k = from.date, k2
		case startUnknown:
			return v, i, false // "trong 12 tháng kể từ khi được giao đất": from a day not written
		}
	}
	switch unit {
	case "ngay":
		if work {
			d, good := addWorkdays(p.cal, base, n)
			if !good {
				v.reason = reasonTooLong(n, unit)
				return v, k, true
			}
			v.date = d
		} else {
			v.date = addDays(base, n)
		}
	case "tuan":
		v.date = addDays(base, 7*n)
	case "thang":
		y, m := monthShift(base.Year(), int(base.Month()), n)
		d := base.Day()
		if last := daysIn(y, m); d > last {
			d = last
		}
		v.date = dateIn(p.loc(), y, m, d)
	case "gio":
		v.date, v.exact = p.ref.Add(time.Duration(n)*time.Hour), true
	}
	return v, k, true
}

// What durationStart found after a duration.
const (
	startNone    = iota // no start written: the duration counts from the reference
	startDate           // a written day: "kể từ ngày 3/2/2026"
	startRef            // the reference itself: "kể từ ngày nhận được văn bản", "kể từ ngày ký"
	startUnknown        // an event the text does not date: "kể từ khi được giao đất"
)

// namesDays reports whether the days a count of days is about are written at i, after "N ngày":
// "20 và 21/11", "20, 21/11", "20 - 21/11", "5-6/8/2025", ": 5-6/8/2025".
func (p *parser) namesDays(i int) bool {
	if p.is(i, ":") {
		i++
	}
	if !p.isNum(i) {
		return false
	}
	if !p.glued(i+1) && p.oneOf(i+1, "va", ",", "-") {
		return true
	}
	_, _, ok := p.dayRange(i)
	return ok && p.is(i+1, "-")
}

// durationStart reads the written start of a duration: "kể từ ngày 3/2/2026", "tính từ 3/2",
// ", kể từ ngày nhận được văn bản".
func (p *parser) durationStart(i int) (v dayVal, next, start int) {
	k := p.startMatch(i)
	if k < 0 && p.is(i, ",") {
		k = p.startMatch(i + 1)
	}
	if k < 0 {
		return v, i, startNone
	}
	j := k
	if p.oneOf(j, "ngay", "mung") {
		j++
	}
	if d, k2, good := p.numDate(j); good {
		return d, k2, startDate
	}
	if p.oneOf(k, "ngay", "mung") {
		if d, k2, good := p.wordDate(j); good {
			return d, k2, startDate
		}
	}
	e := k
	if p.oneOf(e, "ngay", "khi", "luc") {
		e++
	}
	if p.is(e, "duoc") && !p.is(e+1, "nhan") && p.tok(e-1) != "nhan" {
		return v, i, startUnknown
	}
	if p.match(e, refEvents) > 0 {
		return v, i, startRef
	}
	if e > k && e < len(p.toks) && p.toks[e].isWord() && !p.isNum(e) {
		return v, i, startUnknown
	}
	return v, i, startNone
}

// dayFollows reports whether a day is written at i, maybe after a comma or "ngày"/"lúc"/"vào".
func (p *parser) dayFollows(i int) bool {
	j := p.connector(i)
	if p.is(j, ",") {
		j++
	}
	d, _, ok := p.day(j, false)
	return ok && d.kind != kDuration
}

// durationLimits are the longest durations accepted per unit (ten years, one year in hours).
var durationLimits = map[string]int{"ngay": 3660, "tuan": 520, "thang": 120, "gio": 8784}

// halfYear reads "nửa đầu năm [2026]" (30/6) and "nửa cuối năm [2026]" (31/12) at i.
func (p *parser) halfYear(i int) (v dayVal, next int, ok bool) {
	m, k := 6, i+3
	if p.is(i+1, "cuoi") {
		m = 12
	}
	y, given := p.ref.Year(), false
	if yy, d, good := p.num(k); good && d == 4 {
		if r := yearReason(yy); r != "" {
			return dayVal{kind: kMonthsOfYear, prec: precMonth, reason: r}, k + 1, true
		}
		y, given, k = yy, true, k+1
	} else if off, good := p.relMod(k); good {
		y, given, k = y+off, true, k+1
	}
	v = dayVal{kind: kMonthsOfYear, prec: precMonth, date: lastOfMonth(p.loc(), y, m), yearGiven: given}
	if !given && past(v.date, p.ref) {
		v.date = lastOfMonth(p.loc(), y+1, m)
	}
	return v, k, true
}

// ahead reports whether token i is "tới" after "trong N giờ/ngày", written with its diacritics
// or without them ("trong 24 gio toi"); "tơi", "tôi", "tối" are other words.
func (p *parser) ahead(i int) bool {
	o := p.original(i)
	return o == "tới" || o == "toi"
}

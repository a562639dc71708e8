package deadline

import "time"

// dayKind tells what a day component was written as.
type dayKind int

const (
	kDate         dayKind = iota // 15/1, 15/01/2021, ngày 15 tháng 1 năm 2021
	kDayOnly                     // ngày 25
	kWeekday                     // thứ 5, thứ 5 tuần sau
	kRel                         // hôm nay, ngày mai
	kWeek                        // cuối tuần, trong tuần, tuần sau
	kMonth                       // tháng 8/2020, cuối tháng 3, đầu tháng
	kQuarter                     // quý II/2021
	kYear                        // năm 2025, cuối năm
	kMonthsOfYear                // 6 tháng đầu năm, 9 tháng
	kDuration                    // trong 10 ngày, sau 3 ngày, trong 24 giờ
)

// dayVal is a day component resolved against the reference time.
type dayVal struct {
	kind        dayKind
	date        time.Time // midnight of the day meant, or the instant when exact
	exact       bool      // date is an exact instant (durations in hours)
	prec        int
	reason      string // why the written date is impossible
	inferReason string // the date is impossible only in the inferred year
	weak        bool   // too vague to be a deadline in free text without a lead word
	ngay        bool   // introduced by "ngày"
	strong      bool   // an unmistakable full date such as 15/01/2021
	ranged      bool   // the end of a range of days: "28/11 - 3/12", "20-26/6"

	wd         time.Weekday // kWeekday
	also       WeekdaySet   // kWeekday: every day of a list "thứ Hai và thứ Sáu", wd among them
	weekMod    bool         // kWeekday: "tuần này/sau" given
	day, month int          // kDate, kDayOnly, kMonth
	yearGiven  bool
	monthGiven bool // kMonth: a month number was written
}

// day reads any day component at i; open is true right after "trong" or "đến hết".
func (p *parser) day(i int, open bool) (v dayVal, next int, ok bool) {
	if v, k, ok := p.relative(i); ok {
		return v, k, true
	}
	if v, k, ok := p.tet(i); ok {
		return v, k, true
	}
	j, ngay := i, false
	if p.oneOf(i, "ngay", "mung", "mong") {
		j, ngay = i+1, true
		if p.is(j, ":") && p.isNum(j+1) { // "2 ngày: 5-6/8/2025", "Ngày: 15/12/2025"
			j++
		}
	}
	if v, k, ok := p.weekday(j); ok {
		v.ngay = ngay
		v.weak = v.weak && !ngay
		return v, p.weekdayList(&v, k), true
	}
	if v, k, ok := p.numDate(j); ok {
		v.ngay = ngay
		v.weak = v.weak && !ngay
		v, k = p.lunar(v, k)
		return v, k, true
	}
	if !ngay && p.oneOf(i-1, wordDateLeads...) {
		// "trước 15 tháng 3 năm 2026": a lead word may stand for "ngày"
		if m, _, good := p.num(i + 2); good && m >= 1 && m <= 12 {
			if v, k, ok := p.wordDate(i); ok && v.reason == "" && !p.is(k, "lan") && p.match(k, countNouns) < 0 {
				return v, k, true
			}
		}
	}
	if ngay && p.tok(i) != "ngay" && p.is(j+1, "nam") {
		return v, i, false // "mừng 74 năm": an anniversary, no day
	}
	if ngay {
		if v, k, ok := p.wordDate(j); ok {
			v.ngay = true
			v, k = p.lunar(v, k)
			return v, k, true
		}
		if v, k, ok := p.dayOnly(j); ok {
			v.ngay = true
			return v, k, true
		}
	}
	if v, k, ok := p.bareYear(i); ok {
		return v, k, true
	}
	return p.period(i, open)
}

// bareYear reads a year written without "năm" after "vào" or "trước" and ending its clause:
// "… trở thành thành phố trực thuộc Trung ương vào 2025" is "vào năm 2025". A number followed by
// a word ("vào 2025 hộ") is a count.
func (p *parser) bareYear(i int) (v dayVal, next int, ok bool) {
	n, digits, good := p.num(i)
	if !good || digits != 4 || n < 1990 || n > 2100 || !p.oneOf(i-1, "vao", "truoc") {
		return v, i, false
	}
	if i+1 < len(p.toks) && !p.oneOf(i+1, ",", ".", ";", ")") {
		return v, i, false
	}
	if r := yearReason(n); r != "" {
		return v, i, false
	}
	return dayVal{kind: kYear, prec: precYear, weak: true, yearGiven: true, date: dateIn(p.loc(), n, 12, 31)}, i + 1, true
}

// lunar marks a date written "âm lịch" ("ngày 10 tháng 11 âm lịch") as unread: the package
// counts in the solar calendar and must not take it for the solar day.
func (p *parser) lunar(v dayVal, k int) (dayVal, int) {
	switch {
	case p.is(k, "am", "lich"):
		v.reason, k = reasonLunar(), k+2
	case p.is(k, "(", "am", "lich", ")"):
		v.reason, k = reasonLunar(), k+4
	}
	return v, k
}

// smallHoursEnd is the hour until which people typing still speak of the day before as "today":
// at 00:30 an official who writes "sáng mai" means the morning a few hours away, and "tối nay"
// the evening that has just ended.
const smallHoursEnd = 4

// spokenToday returns midnight of the day "nay" names at ref in what a person types: ref's day,
// or the day before in the small hours (before 04:00 in ref's location). A published text is
// dated, not typed at night: its "nay" is always ref's day.
func (p *parser) spokenToday() time.Time {
	if p.typed && p.ref.Hour() < smallHoursEnd {
		return addDays(p.ref, -1)
	}
	return midnight(p.ref)
}

// relative reads "hôm nay", "ngày mai", "mai", "ngày kia", "ngày mốt", and "nay" after a part of
// the day ("chiều nay": this afternoon; "nay" alone is "now", "năm nay" a year).
func (p *parser) relative(i int) (v dayVal, next int, ok bool) {
	if p.is(i, "nay") && p.oneOf(i-1, dayparts...) && !p.isNum(i+1) && !(p.is(i+1, "(") && p.isNum(i+2)) {
		// "Sáng nay 8/4/2021", "Chiều nay (19/11)": the date says which day; "nay" glosses it
		return dayVal{kind: kRel, date: p.spokenToday(), prec: precDay}, i + 1, true
	}
	for _, f := range relativeDays {
		if p.is(i, f.words...) {
			v = dayVal{kind: kRel, date: addDays(p.spokenToday(), f.days), prec: precDay, weak: f.weak}
			return v, i + len(f.words), true
		}
	}
	return v, i, false
}

// weekday reads "thứ 5", "thứ năm", "chủ nhật", "CN", "T5", optionally followed by
// "tuần này", "tuần sau", "tuần tới", "tuần trước".
func (p *parser) weekday(i int) (v dayVal, next int, ok bool) {
	v = dayVal{kind: kWeekday, prec: precDay, weak: true}
	k := i
	t := p.tok(i)
	switch {
	case t == "thu":
		if n, digits, good := p.num(i + 1); good && digits == 1 && !p.dateAt(i+1) {
			if p.oneOf(i+2, moneyWords...) {
				return v, i, false
			}
			if n < 2 || n > 7 {
				v.reason = reasonWeekday(n)
			} else {
				v.wd = time.Weekday(n - 1)
			}
		} else if d, good := weekdayWords[p.tok(i+1)]; good {
			if !p.bare(i+1) && toneMarks(p.original(i+1)) != toneMarks(weekdaySpelling[p.tok(i+1)]) {
				return v, i, false // "theo thứ tự ngày 20/12" is no Wednesday
			}
			v.wd = time.Weekday(d)
		} else {
			return v, i, false
		}
		k = i + 2
	case p.is(i, "chu", "nhat"):
		v.wd, k = time.Sunday, i+2
	case t == "cn":
		v.wd, k = time.Sunday, i+1
	case len(t) == 2 && t[0] == 't' && t[1] >= '2' && t[1] <= '7':
		v.wd, k = time.Weekday(t[1]-'1'), i+1
	default:
		return v, i, false
	}
	off, hasMod := 0, false
	w := k
	if p.is(w, "cua") {
		w++
	}
	if p.is(w, "tuan") {
		if o, good := relMods[p.tok(w+1)]; good {
			off, hasMod, k = o, true, w+2
		}
	}
	v.weekMod = hasMod
	v.weak = !hasMod
	if v.reason != "" {
		return v, k, true
	}
	today := midnight(p.ref)
	if hasMod {
		v.date = addDays(mondayOf(today), 7*off+(int(v.wd)+6)%7)
	} else {
		v.date = addDays(today, (int(v.wd)-int(today.Weekday())+7)%7)
	}
	return v, k, true
}

// weekdayList reads the other days of a list that starts with weekday v and ends at k:
// "thứ Hai và thứ Sáu", "thứ 2, thứ 4, thứ 6"; it returns the index after the list.
func (p *parser) weekdayList(v *dayVal, k int) int {
	if v.weekMod || v.reason != "" {
		return k
	}
	set := WeekdaySet(0).Add(v.wd)
	for n := 1; n < 7; n++ { // a week has seven days: the list is read in bounded time
		j := p.listItem(k)
		if j < 0 {
			break
		}
		w, next, ok := p.weekday(j)
		if !ok || w.weekMod || w.reason != "" {
			break
		}
		set, k = set.Add(w.wd), next
	}
	if set != WeekdaySet(0).Add(v.wd) {
		v.also = set
	}
	return k
}

// listItem returns where the next item of a list begins after its item ending at k, past ", "
// or "và" and an optional "ngày" ("thứ 2, thứ 4 và thứ 6", "các ngày 2/9, 15/10, 20/11"), or -1
// when the list ends at k.
func (p *parser) listItem(k int) int {
	if !p.oneOf(k, ",", "va") {
		return -1
	}
	if p.is(k+1, "ngay") {
		return k + 2
	}
	return k + 1
}

// numDate reads 15/1, 15/01/2021, 15-1-2021, 15.01.2021, 15/1/21 and 2021-01-15.
func (p *parser) numDate(i int) (v dayVal, next int, ok bool) {
	if _, _, good := p.num(i); !good {
		return v, i, false
	}
	if p.glued(i) && p.oneOf(i-1, "/", "-", ".", ":") {
		return v, i, false
	}
	if p.glued(i) && p.is(i-1, ",") { // "2,5/3" is a number; "10:00,1.1.2031" a time and a full date
		if v, k, ok := p.numDateAt(i, true); ok && v.strong {
			return v, k, true
		}
		return v, i, false
	}
	if v, k, ok := p.spacedRange(i); ok {
		return v, k, true
	}
	return p.numDateAt(i, true)
}

// spacedRange reads "5 - 7/6/2025", days of one month written with a spaced dash: the range
// means its last day, as "5-7/6/2025" does.
func (p *parser) spacedRange(i int) (dayVal, int, bool) {
	first, d1, _ := p.num(i)
	if d1 > 2 || !p.is(i+1, "-") || p.glued(i+1) && p.glued(i+2) {
		return dayVal{}, i, false
	}
	end, k, ok := p.numDateAt(i+2, false)
	if !ok || end.reason != "" || end.inferReason != "" || first < 1 || first >= end.day {
		return dayVal{}, i, false
	}
	end.weak, end.ranged = true, true
	return end, k, true
}

// numDateAt is numDate for a date that may be glued to what is before it (the end of a range);
// a range is read only when ranged.
func (p *parser) numDateAt(i int, ranged bool) (v dayVal, next int, ok bool) {
	if _, _, good := p.num(i); !good {
		return v, i, false
	}
	sep := p.tok(i + 1)
	if !p.dateSepAt(i + 1) {
		return v, i, false
	}
	parts := []int{i, i + 2}
	k := i + 3
	if p.dateSepAt(k) {
		if _, d3, _ := p.num(k + 1); p.is(k, sep) || d3 == 4 { // "15/1-2031" is a date too
			parts = append(parts, k+1)
			k += 2
		}
	}
	if len(parts) == 2 && sep == "-" && p.is(k, "/") && p.glued(k) {
		return p.dayRange(i) // "20-26/6": days of one month
	}
	// A separator glued to more after the date makes it a code ("15/1/2021/QĐ-UBND"),
	// unless a second date follows a dash: a range.
	trailing := p.glued(k) && p.oneOf(k, "/", "-", ".") && p.glued(k+1) && p.toks[k+1].isWord()
	if trailing && !p.is(k, "-") {
		return v, i, false
	}
	if len(parts) == 2 && sep != "/" && !p.oneOf(i-1, dashDateLeads...) {
		return v, i, false // "30-40" is a range of numbers; "ngày 30-8" a date
	}
	vals := make([]int, len(parts))
	digits := make([]int, len(parts))
	for n, at := range parts {
		vals[n], digits[n], _ = p.num(at)
	}
	v = dayVal{kind: kDate, prec: precDay}
	var d, m, y int
	switch {
	case len(parts) == 3 && digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2:
		y, m, d = vals[0], vals[1], vals[2]
		v.yearGiven, v.strong = true, true
	case digits[0] > 2 || digits[1] > 2:
		return v, i, false
	case len(parts) == 2:
		d, m = vals[0], vals[1]
		// "ngày 20/12 Phòng Nội vụ …" is a day whatever follows: no count is written after "ngày"
		if !p.is(i-1, "ngay") && p.match(k, countNouns) >= 0 {
			return v, i, false
		}
	default:
		d, m, y = vals[0], vals[1], vals[2]
		v.yearGiven = true
		switch digits[2] {
		case 4:
			v.strong = true
		case 2:
			y += 2000
		default:
			v.reason = reasonYearDigits(p.tok(parts[2]), p.ref.Year())
			return v, k, true
		}
	}
	p.calendarDay(&v, d, m, y)
	if ranged {
		if end, k2, ok := p.rangeEnd(k, v); ok {
			return end, k2, true
		}
	}
	if trailing {
		return v, i, false
	}
	return v, k, true
}

// rangeEnd reads the end of a range of dates that starts with v and ends at k:
// "28/9/2019-29/9/2019", "28/9 - 29/9/2019". A range means its last day; it is too vague to
// be a deadline of free text without a lead word or "ngày".
func (p *parser) rangeEnd(k int, v dayVal) (dayVal, int, bool) {
	if !p.is(k, "-") || v.reason != "" {
		return v, k, false
	}
	end, k2, ok := p.numDateAt(k+1, false)
	if !ok || end.reason != "" || end.date.Before(v.date) || v.yearGiven && !end.yearGiven {
		return v, k, false
	}
	end.weak, end.ranged = true, true
	return end, k2, true
}

// dayRange reads "20-26/6" and "1-2/9/2025", days of one month, at i: the range means its last day.
func (p *parser) dayRange(i int) (dayVal, int, bool) {
	first, d1, _ := p.num(i)
	end, k, ok := p.numDateAt(i+2, false)
	if !ok || d1 > 2 || end.reason != "" || end.inferReason != "" || first < 1 || first >= end.day {
		return dayVal{}, i, false
	}
	end.weak, end.ranged = true, true
	return end, k, true
}

// wordDate reads "15 tháng 1 năm 2021" and "15 tháng 1" after "ngày".
func (p *parser) wordDate(i int) (v dayVal, next int, ok bool) {
	d, dd, good := p.num(i)
	if !good || dd > 2 || !p.is(i+1, "thang") {
		return v, i, false
	}
	m, md, good := p.num(i + 2)
	k := i + 3
	if !good {
		m, k, good = p.monthWord(i + 2)
		md = 2
	}
	if !good || md > 2 {
		return v, i, false
	}
	v = dayVal{kind: kDate, prec: precDay}
	y, reason, given, k2 := p.yearSuffix(k)
	if given {
		v.yearGiven, k = true, k2
		if reason != "" {
			v.reason = reason
			return v, k, true
		}
	}
	p.calendarDay(&v, d, m, y)
	return v, k, true
}

// dayOnly reads the "25" of "ngày 25": a day of the current or next month.
func (p *parser) dayOnly(i int) (v dayVal, next int, ok bool) {
	d, digits, good := p.num(i)
	if !good || digits > 2 || p.dateSepAt(i+1) {
		return v, i, false
	}
	v = dayVal{kind: kDayOnly, prec: precDay, day: d, weak: true}
	if d < 1 || d > 31 {
		v.reason = reasonDay(d)
		return v, i + 1, true
	}
	y, m := p.ref.Year(), int(p.ref.Month())
	for n := 0; n < 12; n++ {
		yy, mm := monthShift(y, m, n)
		if d <= daysIn(yy, mm) && !past(dateIn(p.loc(), yy, mm, d), p.ref) {
			v.date = dateIn(p.loc(), yy, mm, d)
			break
		}
	}
	return v, i + 1, true
}

// calendarDay checks d/m/y (y is ignored unless v.yearGiven), infers a missing
// year and fills v.date, or sets v.reason without ever rolling over.
func (p *parser) calendarDay(v *dayVal, d, m, y int) {
	v.day, v.month = d, m
	switch {
	case m < 1 || m > 12:
		v.reason = reasonMonth(m)
		return
	case d < 1 || d > 31:
		v.reason = reasonDay(d)
		return
	}
	if v.yearGiven {
		switch {
		case y < minYear || y > maxYear:
			v.reason = reasonYear(y)
		case d > daysIn(y, m):
			v.reason = reasonDayInMonthYear(d, m, y)
		default:
			v.date = dateIn(p.loc(), y, m, d)
		}
		return
	}
	if d > maxDaysIn(m) {
		v.reason = reasonDayInMonth(d, m)
		return
	}
	y = p.ref.Year()
	if d <= daysIn(y, m) {
		if past(dateIn(p.loc(), y, m, d), p.ref) {
			y++
		}
	} else if past(lastOfMonth(p.loc(), y, m), p.ref) {
		y++
	}
	if d > daysIn(y, m) {
		v.inferReason = reasonDayInMonthYear(d, m, y)
		return
	}
	v.date = dateIn(p.loc(), y, m, d)
}

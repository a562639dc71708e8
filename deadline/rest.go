package deadline

// restOfYear reads "hai tháng còn lại (của năm)", "những tháng còn lại của năm 2025",
// "các tháng còn lại": the months left in the year, ending on 31/12. A count that does
// not fit the reference month (in October, two or three months are left) must name the year.
func (p *parser) restOfYear(i int) (v dayVal, next int, ok bool) {
	n, k := 0, i
	if c, _, j, _, good := p.count(i); good {
		n, k = c, j
	} else if p.oneOf(i, "nhung", "cac") {
		k = i + 1
	} else {
		return v, i, false
	}
	if !p.is(k, "thang", "con", "lai") {
		return v, i, false
	}
	k += 3
	y, named := p.ref.Year(), false
	if p.oneOf(k, "cua", "trong") && p.is(k+1, "nam") {
		named, k = true, k+2
		if yy, d, good := p.num(k); good && d == 4 {
			y, k = yy, k+1
			if r := yearReason(yy); r != "" {
				return dayVal{kind: kYear, prec: precMonth, reason: r}, k, true
			}
		} else if p.is(k, "nay") {
			k++
		}
	}
	left := 12 - int(p.ref.Month())
	if n != 0 && !named && n != left && n != left+1 {
		return v, i, false
	}
	v = dayVal{kind: kYear, prec: precMonth, date: dateIn(p.loc(), y, 12, 31), weak: true}
	return v, k, true
}

// weekOfMonth reads "tuần đầu (của) tháng 11" (the 7th) and "tuần cuối (của) tháng 11" (its
// last day): the first or last seven days of the month.
func (p *parser) weekOfMonth(i int) (v dayVal, next int, ok bool) {
	if !p.is(i, "tuan") || !p.oneOf(i+1, "dau", "cuoi") {
		return v, i, false
	}
	k := i + 2
	if p.is(k, "cua") {
		k++
	}
	if !p.is(k, "thang") {
		return v, i, false
	}
	m, k2, good := p.month(k, anchorEnd, false)
	if !good {
		return v, i, false
	}
	if m.reason != "" {
		return m, k2, true
	}
	v = dayVal{kind: kWeek, prec: precWeek, date: m.date}
	if p.is(i+1, "dau") {
		v.date = dateIn(p.loc(), m.date.Year(), int(m.date.Month()), 7)
		if !m.yearGiven && past(v.date, p.ref) {
			v.date = dateIn(p.loc(), m.date.Year()+1, int(m.date.Month()), 7)
		}
	}
	return v, k2, true
}

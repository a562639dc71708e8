package deadline

// restOfYear reads "hai tháng còn lại (của năm)", "những tháng còn lại của năm 2025",
// "các tháng còn lại": the months left in the year, ending on 31/12. A count that does
// not fit the reference month (in October, two or three months are left) must name the year.
func (p *parser) restOfYear(i int) (v dayVal, next int, ok bool) {
	n, k := 0, i
	if c, _, good := p.num(i); good {
		n, k = c, i+1
	} else if c, j, good := p.numWord(i); good {
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

package deadline

// A cycle is also written as how often work is done: "3 tháng một lần", "6 tháng/lần", "quý/lần",
// "1 năm một lần", "1 lần/tháng", "một lần mỗi tuần". Only a count that names one of the
// recurrences is read ("2 tuần một lần", "2 lần/tháng" have no rule and are left unread).

// onceUnits are the periods, with their count, that one of the recurrences is: "3 tháng" is a
// quarter, "12 tháng" a year.
var onceUnits = map[string]map[int]Recurrence{
	"ngay":  {1: Daily},
	"tuan":  {1: Weekly},
	"thang": {1: Monthly, 3: Quarterly, 6: Semiannual, 12: Yearly},
	"quy":   {1: Quarterly},
	"nam":   {1: Yearly},
}

// once returns the end of "một lần", "1 lần" or "/lần" written at k, or k.
func (p *parser) once(k int) int {
	switch {
	case p.is(k, "mot", "lan"), p.is(k, "1", "lan"), p.is(k, "/", "lan"):
		return k + 2
	}
	return k
}

// onceEvery reads at i a cycle written as how often: "[N] <unit> một lần", "[N] <unit>/lần"
// (without a count, "tháng" and "ngày" only before "/lần": "tháng một" is also January, "ngày
// mốt" the day after tomorrow), "1 lần/<unit>", "một lần mỗi <unit>".
func (p *parser) onceEvery(i int) (Recurrence, int, bool) {
	if p.oneOf(i, "1", "mot") && p.is(i+1, "lan") && p.oneOf(i+2, "/", "moi") {
		if f, ok := onceUnits[p.tok(i+3)][1]; ok {
			return f, i + 4, true
		}
		return "", i, false
	}
	n, k := 1, i
	if v, _, ok := p.num(i); ok {
		n, k = v, i+1
	} else if v, next, ok := p.numWord(i); ok && onceUnits[p.tok(next)] != nil {
		n, k = v, next // "ba tháng một lần"; "năm một lần" is a year
	} else if _, counted := digitWords[p.tok(i-1)]; counted || p.isNum(i-1) || p.is(i-1, "muoi") { // "mười", "mươi"
		return "", i, false // "2 tuần một lần" read from "tuần": no rule
	}
	f, ok := onceUnits[p.tok(k)][n]
	if !ok {
		return "", i, false
	}
	e := p.once(k + 1)
	if e == k+1 || k == i && !p.is(k+1, "/") && !p.oneOf(k, "tuan", "quy", "nam") {
		return "", i, false
	}
	return f, e, true
}

package deadline

// Written-out counts: "mười ngày", "hai tuần", "một tháng", "mười lăm ngày", "hai mươi ngày".

// digitWords are the folded words for 1 to 9 ("một", "hai" … "chín"). A lone "tám" is left
// out: folded, "trọng tâm tháng 11" reads "trong tam thang 11"; "mười tám" is read by tensUnits.
var digitWords = map[string]int{
	"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "chin": 9,
}

// tensUnits after "mười"/"mươi" add their value: "mười lăm", "hai mươi mốt", "ba mươi tư".
var tensUnits = map[string]int{
	"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}

// numWord reads a count of 1 to 99 written in words at i and returns it and the index after it.
func (p *parser) numWord(i int) (n, next int, ok bool) {
	k := i
	switch d, good := digitWords[p.tok(k)]; {
	case p.tok(k) == "muoi":
		n, k = 10, k+1
	case good && p.is(k+1, "muoi"):
		n, k = 10*d, k+2
	case good:
		return d, k + 1, true
	default:
		return 0, i, false
	}
	if u, good := tensUnits[p.tok(k)]; good {
		n, k = n+u, k+1
	}
	return n, k, true
}

// count reads a count at i in digits or words, maybe repeated in parentheses in the other form
// as official letters write it: "hai (02) tháng", "02 (hai) tháng", "10 (mười) ngày".
func (p *parser) count(i int) (n, digits, next int, word, ok bool) {
	if v, d, good := p.num(i); good {
		n, digits, next = v, d, i+1
	} else if v, k, good := p.numWord(i); good {
		n, digits, next, word = v, 2, k, true
	} else {
		return 0, 0, i, false, false
	}
	if p.is(next, "(") {
		j, m, k, again := next+1, 0, 0, false
		if v, _, good := p.num(j); good {
			m, k, again = v, j+1, true
		} else if v, k2, good := p.numWord(j); good {
			m, k, again = v, k2, true
		}
		if again && m == n && p.is(k, ")") {
			next = k + 1
		}
	}
	return n, digits, next, word, true
}

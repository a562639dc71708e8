package deadline

// A start word ("từ", "kể từ", "tính từ", "bắt đầu") makes the expression after it a starting
// point. Folded, "từ" is also "tư" of "đầu tư" and "thứ tư": in a text written with diacritics a
// start word must be written as one ("từ", not "tư"); in a text typed without them, "tu" right
// after "dau" or "thu" is "đầu tư", "thứ tư", "thứ tự", never a start.

// startSpelling is how each word of the start words is written with its diacritics.
var startSpelling = map[string]string{"tu": "từ", "ke": "kể", "tinh": "tính", "bat": "bắt", "dau": "đầu"}

// startMatch returns the end of the start word written at token i, or -1.
func (p *parser) startMatch(i int) int {
	best := -1
	for _, w := range startWords {
		if e := i + len(w); e > best && p.is(i, w...) && p.startWritten(i, e) {
			best = e
		}
	}
	return best
}

// startEndsAt reports whether a start word ends at token b (inclusive).
func (p *parser) startEndsAt(b int) bool {
	for _, w := range startWords {
		if s := b - len(w) + 1; s >= 0 && p.is(s, w...) && p.startWritten(s, b+1) {
			return true
		}
	}
	return false
}

// startWritten reports whether tokens [s, e), folded a start word, are written as one.
func (p *parser) startWritten(s, e int) bool {
	if !p.accented() {
		return !(e == s+1 && p.oneOf(s-1, "dau", "thu"))
	}
	for j := s; j < e; j++ {
		if p.bare(j) || toneMarks(p.original(j)) != toneMarks(startSpelling[p.tok(j)]) {
			return false
		}
	}
	return true
}

// accented reports whether any word of the text is written with diacritics.
func (p *parser) accented() bool {
	if p.marked == nil {
		m := false
		for i := range p.toks {
			if !p.bare(i) {
				m = true
				break
			}
		}
		p.marked = &m
	}
	return *p.marked
}

package deadline

import "time"

// Find locates the deadline expression inside free text (a directive sentence). ok is false when
// there is none. err is a *Error when the text clearly states a deadline that is impossible
// ("hoàn thành trước 30/2/2021"); d then holds the Text, Start and End of that phrase only.
// When several expressions appear, prefer the one introduced by a lead word (trước, chậm nhất,
// hạn, hoàn thành trước, xong trước, đến hết, trong, vào), else the most specific, else the first.
//
// Without a lead word Find ignores what is only a number or a mention: counts such as
// "15/20 tiêu chí", starts ("từ năm 2011"), ranges ("2021 - 2026", "03/02/1930 - 03/02/2020"),
// event dates ("sáng ngày 7/1/2021"), ordinals ("lần thứ 2"), dates already past,
// and vague forms (a bare year, month, weekday, clock time or "mai"). Even with a lead
// word, a span followed by "qua", "vừa qua" or "đã" is a report of the past and is ignored.
func Find(text string, ref time.Time) (d Deadline, ok bool, err error) {
	return newParser(text, ref).find()
}

func (p *parser) find() (d Deadline, ok bool, err error) {
	var best *cand
	for i := range p.toks {
		if !p.toks[i].isWord() {
			continue
		}
		c, found := p.parseAt(i)
		if !found || !p.eligible(&c) {
			continue
		}
		if best == nil || c.better(best) {
			cc := c
			best = &cc
		}
	}
	if best == nil {
		return Deadline{}, false, nil
	}
	start, end := p.offs[p.toks[best.first].start], p.offs[p.toks[best.last-1].end]
	if best.reason != "" {
		d = Deadline{Text: p.text[start:end], Start: start, End: end}
		return d, false, &Error{Phrase: d.Text, Reason: best.reason}
	}
	d = best.d
	d.Text, d.Start, d.End, d.Lead = p.text[start:end], start, end, best.lead
	return d, true, nil
}

// eligible reports whether candidate c, found in free text, is a deadline at all.
func (p *parser) eligible(c *cand) bool {
	before := c.first - 1
	for p.oneOf(before, "ngay", "mung", "mong", "luc", "vao") {
		before--
	}
	for _, w := range startWords {
		if p.is(before-len(w)+1, w...) {
			return false
		}
	}
	if p.oneOf(c.last, "qua", "vua", "da") {
		return false
	}
	if c.reason != "" {
		return c.clear
	}
	if c.lead {
		return true
	}
	if c.weak {
		return false
	}
	first := p.tok(c.first)
	switch {
	case p.oneOf(before, dayparts...), p.is(before, "nay") && p.oneOf(before-1, dayparts...):
		return false
	case p.is(c.last, "-") && p.isNum(c.last+1), p.is(before, "-") && p.isNum(before-1):
		return false
	case first == "thu" && p.oneOf(before, ordinalWords...):
		return false
	case p.isNum(c.first) && p.is(c.first+1, "/") && p.oneOf(before, ratioWords...):
		return false
	case c.d.Rule == nil && c.d.Time.Before(midnight(p.ref)):
		return false
	}
	return true
}

func (p *parser) isNum(i int) bool {
	_, _, ok := p.num(i)
	return ok
}

// better reports whether c should be preferred to b, which was found earlier in the text.
func (c *cand) better(b *cand) bool {
	if c.lead != b.lead {
		return c.lead
	}
	return c.score() > b.score()
}

func (c *cand) score() int {
	s := 2 * c.prec
	if c.hasClock {
		s++
	}
	return s
}

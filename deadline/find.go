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
	return Reader{}.Find(text, ref)
}

// Find is the package's Find with the reader's calendar of working days.
func (r Reader) Find(text string, ref time.Time) (d Deadline, ok bool, err error) {
	return newParser(text, ref, r.calendar()).find(false)
}

// FindOne is Find for a text that holds one task and so one deadline (what /giao is given):
// a second, different deadline written in the same text is an *Error of Kind Unused quoting
// both. Deadlines written with a lead word are compared with each other, and so are those
// written without one.
func FindOne(text string, ref time.Time) (d Deadline, ok bool, err error) {
	return Reader{}.FindOne(text, ref)
}

// FindOne is the package's FindOne with the reader's calendar of working days.
func (r Reader) FindOne(text string, ref time.Time) (d Deadline, ok bool, err error) {
	return newParser(text, ref, r.calendar()).find(true)
}

// find returns the best deadline of the text; when one is true, another different one is an error.
func (p *parser) find(one bool) (d Deadline, ok bool, err error) {
	var best *cand
	var all []cand
	cover := 0 // the end of the eligible candidates so far: one inside them is part of them
	for i := range p.toks {
		if !p.toks[i].isWord() {
			continue
		}
		c, found := p.parseAt(i)
		if !found || c.last <= cover || !p.eligible(&c) {
			continue
		}
		cover = c.last
		if one {
			all = append(all, c)
		}
		if best == nil || c.better(best) {
			cc := c
			best = &cc
		}
	}
	if best == nil {
		return Deadline{}, false, nil
	}
	start, end := p.span(best.first, best.last)
	text := p.text[start:end]
	if best.reason != "" {
		d = Deadline{Text: text, Start: start, End: end}
		e := &Error{Phrase: text, Reason: best.reason, Kind: best.kind}
		if best.suggest != nil {
			s := *best.suggest
			s.Text, s.Start, s.End, s.Lead = text, start, end, best.lead
			e.Suggest = &s
		}
		return d, false, e
	}
	other, found := p.neighbour(best)
	if !found && one {
		other, found = p.another(best, all)
	}
	if found {
		d = Deadline{Text: text, Start: start, End: end}
		return d, false, &Error{Phrase: text, Kind: Unused, Other: other, Reason: reasonTwo(text, other)}
	}
	d = best.d
	d.Text, d.Start, d.End, d.Lead = text, start, end, best.lead
	return d, true, nil
}

// span returns the byte range in the input of tokens [first, last).
func (p *parser) span(first, last int) (start, end int) {
	return p.offs[p.toks[first].start], p.offs[p.toks[last-1].end]
}

// another returns the text of a deadline of all, apart from best, that means another instant.
func (p *parser) another(best *cand, all []cand) (string, bool) {
	for i := range all {
		c := &all[i]
		if c.last > best.first && c.first < best.last || c.lead != best.lead || c.reason != "" {
			continue
		}
		if sameInstant(c, best) || c.frames(best) || best.frames(c) {
			continue
		}
		start, end := p.span(c.first, c.last)
		return p.text[start:end], true
	}
	return "", false
}

// frames reports whether c is a period that holds the more precise b: "trong năm 2021, …
// xong trước 20/1" writes one deadline.
func (c *cand) frames(b *cand) bool {
	return c.d.Rule == nil && b.d.Rule == nil && !c.hasClock && c.prec < b.prec && !b.d.Time.After(c.d.Time)
}

func sameInstant(a, b *cand) bool {
	if (a.d.Rule == nil) != (b.d.Rule == nil) {
		return false
	}
	if a.d.Rule != nil && *a.d.Rule != *b.d.Rule {
		return false
	}
	return a.d.Time.Equal(b.d.Time)
}

// neighbour returns a date or time written right next to c that c leaves unread: "hạn 15/1
// hoặc 20/1", "ngày 20/2, hạn 17h". A neighbour introduced by its own lead word is another
// deadline, not part of this one (Find leaves that to FindOne and to the caller's split).
func (p *parser) neighbour(c *cand) (string, bool) {
	if c.d.Rule != nil {
		return "", false
	}
	k, alt := c.last, false
	for n := 0; n < 2 && p.oneOf(k, afterFillers...); n++ {
		alt = alt || p.oneOf(k, "hoac", "hay")
		k++
	}
	if p.match(k, leadPhrases) < 0 && p.match(k, leadVerbs) < 0 {
		if o, found := p.parseAt(k); found && (o.dated || alt && !o.weak) && !sameInstant(&o, c) {
			start, end := p.span(o.first, o.last)
			return p.text[start:end], true
		}
	}
	for s := c.first - 1; s >= 0 && s >= c.first-neighbourReach; s-- {
		if !p.toks[s].isWord() {
			continue
		}
		o, found := p.parseAt(s)
		if !found || o.last > c.first || o.weak && !o.dated || o.reason != "" || sameInstant(&o, c) || p.startsAt(s) {
			continue
		}
		between, alt := o.last, false
		for between < c.first && p.oneOf(between, beforeFillers...) {
			alt = alt || p.oneOf(between, "hoac", "hay")
			between++
		}
		if between != c.first {
			continue
		}
		if alt || o.dated && (c.bareClock && o.hasDay || o.bareClock && c.hasDay && !c.hasClock) {
			start, end := p.span(o.first, o.last)
			return p.text[start:end], true
		}
	}
	return "", false
}

// neighbourReach is how many tokens before a deadline neighbour looks for a date or time.
const neighbourReach = 8

// startsAt reports whether the expression at i is a starting point ("từ ngày 3/2") or the
// date of an event ("sáng ngày 7/1").
func (p *parser) startsAt(i int) bool {
	before := i - 1
	for p.oneOf(before, "ngay", "mung", "mong", "luc", "vao") {
		before--
	}
	for _, w := range startWords {
		if p.is(before-len(w)+1, w...) {
			return true
		}
	}
	return p.oneOf(before, dayparts...)
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
	if c.reason != "" && c.kind != Passed {
		return c.clear
	}
	if c.lead {
		return true
	}
	if c.weak {
		return false
	}
	first := p.tok(c.first)
	hoSo := p.is(before-1, "ho", "so") // "hồ sơ" is not "số"
	switch {
	case p.oneOf(before, dayparts...), p.is(before, "nay") && p.oneOf(before-1, dayparts...):
		return false
	case p.is(c.last, "-") && p.isNum(c.last+1), p.is(before, "-") && p.isNum(before-1):
		return false
	case first == "thu" && p.oneOf(before, ordinalWords...) && !hoSo:
		return false
	case p.isNum(c.first) && p.is(c.first+1, "/") && p.oneOf(before, ratioWords...) && !hoSo:
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

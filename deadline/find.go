package deadline

import "time"

// Find locates the deadline expression inside free text (a directive sentence). ok is false when
// there is none. err is a *Error when the text clearly states a deadline that cannot be read as
// one instant; d then holds the Text, Start and End of that phrase only. Its Kind says why:
// Invalid, an impossible date or time ("hoàn thành trước 30/2/2021"); Unused, a date or time
// next to the phrase that it leaves unread ("hạn 15/1 hoặc 20/1"), several weekdays without
// "hằng tuần", or a time or weekday alone while the text names another day to come; Passed, a
// time already past on a bare weekday or on no day, with Suggest the next such instant.
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
	return r.parser(text, ref).find(false)
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
	return r.parser(text, ref).find(true)
}

// find returns the best deadline of the text; when one is true, another different one is an error.
func (p *parser) find(one bool) (d Deadline, ok bool, err error) {
	var best, frame *cand // frame: a bare recurrence ("Hằng ngày, …") that a time may belong to
	var all, days []cand  // days: the expressions naming a day other than today, eligible or not
	cover := 0            // the end of the eligible candidates so far: one inside them is part of them
	swallow := 0          // the end of the expressions that are a start or no deadline: what is inside is theirs
	for i := range p.toks {
		if !p.toks[i].isWord() || i < swallow {
			continue
		}
		c, found := p.parseAt(i)
		if found {
			p.relayPast(&c)
		}
		if found && (p.startBefore(&c) || p.notDeadline(&c)) {
			swallow = max(swallow, c.last)
			continue
		}
		if found && c.hasDay && c.dated && c.reason == "" && c.last > cover && !c.onDay(p.ref) &&
			!c.d.Time.Before(p.spokenToday()) && !p.startsAt(c.first) {
			days = append(days, c)
		}
		if !found || c.last <= cover || !p.eligible(&c) {
			continue
		}
		cover = c.last
		if one {
			all = append(all, c)
		}
		if frame == nil && c.e.rec != nil && len(c.e.days) == 0 && c.e.clk == nil {
			cc := c
			frame = &cc
		}
		if best == nil || c.better(best) {
			cc := c
			best = &cc
		}
	}
	if best == nil {
		return Deadline{}, false, nil
	}
	if frame != nil && best.e.rec == nil && (best.reason == "" || best.kind == Passed) {
		if r, ok := p.framed(frame, best); ok {
			best.reason, best.suggest, best.d = "", nil, Deadline{Time: r.Next(p.ref), HasTime: r.HasTime, Rule: &r}
		}
	}
	start, end := p.span(best.first, best.last)
	text := p.text[start:end]
	if best.d.Rule == nil && !best.has(kDate) {
		// A time alone is today's, a weekday alone this week's, "ngày 5" or "cuối tháng" this
		// month's, only when the text names no other day to come: "báo cáo kết quả hội nghị
		// ngày 5/3, hạn 17h" may mean 17:00 on 5/3. Past dates (of documents, of events) are
		// no deadline and do not count. A duration is counted from now, not from a date.
		bare := best.bareClock || best.bareWeekday()
		for i := range days {
			if o := &days[i]; (o.last <= best.first || o.first >= best.last) && (bare || o.has(kDate)) && !sameDay(o, best) {
				d = Deadline{Text: text, Start: start, End: end}
				other := p.text[p.offs[p.toks[o.first].start]:p.offs[p.toks[o.last-1].end]]
				reason := reasonTwo(text, other, p.ref)
				if best.bareClock {
					reason = reasonClockAndDay(text, other, p.ref)
				}
				return d, false, &Error{Phrase: text, Kind: Unused, Other: other, Reason: reason}
			}
		}
	}
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
		return d, false, &Error{Phrase: text, Kind: Unused, Other: other, Reason: reasonTwo(text, other, p.ref)}
	}
	d = best.d
	d.Text, d.Start, d.End, d.Lead = text, start, end, best.lead
	return d, true, nil
}

// framed returns the rule of a bare recurrence, frame, on the day and time of c: "Hằng
// ngày, … trước 16h" is 16:00 every day, "Hằng tuần, … trước 17h thứ Năm" Thursdays at 17:00.
// Only a time alone, a weekday or, under "hằng tháng", a day of the month ("Định kỳ hằng
// tháng (trước ngày 20)") can take a frame.
func (p *parser) framed(frame, c *cand) (Rule, bool) {
	e := c.e
	if len(e.days) > 1 || len(e.days) == 1 && e.days[0].kind != kWeekday && e.days[0].kind != kDayOnly || len(e.days) == 0 && e.clk == nil {
		return Rule{}, false
	}
	if !frame.e.rec.fits(e.days) || frame.e.rec.last {
		return Rule{}, false
	}
	if e.clk != nil && e.clk.reason != "" {
		return Rule{}, false
	}
	return frame.e.rec.rule(e.days, e.clk), true
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
		if sameInstant(c, best) || c.frames(best) || best.frames(c) || c.isFrameOf(best) || c.bareRule() && best.bareRule() {
			continue // a list of cycles ("hàng tuần, hàng tháng") is for the caller to judge
		}
		if c.first >= best.last && p.purposeBetween(best.last, c.first) {
			continue // "… trước 15/11 để Sở tổng hợp, báo cáo UBND tỉnh trước 30/11": another's deadline
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

// has reports whether c has a day component of kind k.
func (c *cand) has(k dayKind) bool {
	for _, d := range c.e.days {
		if d.kind == k {
			return true
		}
	}
	return false
}

// bareWeekday reports whether c is a weekday of no given week, with or without a time.
func (c *cand) bareWeekday() bool {
	return len(c.e.days) == 1 && c.e.days[0].kind == kWeekday && !c.e.days[0].weekMod && c.e.rec == nil
}

// onDay reports whether every day c names is the day of t (or c names a rule).
func (c *cand) onDay(t time.Time) bool {
	for _, d := range c.e.days {
		if d.kind == kDuration || !midnight(d.date).Equal(midnight(t)) {
			return false
		}
	}
	return true
}

// bareRule reports whether c is a recurrence with no day and no time: "hàng tuần".
func (c *cand) bareRule() bool {
	return c.e.rec != nil && len(c.e.days) == 0 && c.e.clk == nil
}

// isFrameOf reports whether c is the bare recurrence that b's rule was built on.
func (c *cand) isFrameOf(b *cand) bool {
	return c.e.rec != nil && len(c.e.days) == 0 && c.e.clk == nil && b.d.Rule != nil && b.d.Rule.Freq == c.e.rec.freq
}

// sameDay reports whether a and b, neither a rule, name the same calendar day: "vào sáng ngày
// mai - 13/1/2024" writes one day twice.
func sameDay(a, b *cand) bool {
	return a.d.Rule == nil && b.d.Rule == nil && !a.d.Time.IsZero() && midnight(a.d.Time).Equal(midnight(b.d.Time))
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
		if o, found := p.parseAt(k); found && (o.dated || alt && !o.weak) && !sameInstant(&o, c) &&
			(alt || !sameDay(&o, c) || o.hasClock && c.hasClock) { // "sáng ngày mai - 13/1/2024": one day
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
	if p.startEndsAt(before) {
		return true
	}
	return p.oneOf(before, dayparts...)
}

// governs reports whether a bare "hằng ngày" is how often the task is done, rather than a
// word of a noun inside it ("nước thải sinh hoạt hằng ngày"): it opens a clause, follows
// "định kỳ" or a verb of reporting or checking, or is followed by a comma.
func (p *parser) governs(c *cand) bool {
	before := c.first - 1
	switch {
	case before < 0, !p.toks[before].isWord(), p.oneOf(c.last, ",", ";", ":"), p.is(c.first, "dinh", "ky"):
		return true
	}
	for _, v := range dailyVerbs {
		if p.is(c.first-len(v), v...) {
			return true
		}
	}
	return false
}

// startBefore reports whether a start word is written right before c ("từ ngày 3/2", "kể
// từ 00 giờ ngày 23/4/2020"): c is where something starts. A range of days is its end: "từ
// ngày 28/11 - 3/12" is due on 3/12.
func (p *parser) startBefore(c *cand) bool {
	if len(c.e.days) == 1 && c.e.days[0].ranged {
		return false
	}
	before := c.first - 1
	for p.oneOf(before, "ngay", "mung", "mong", "luc", "vao") {
		before--
	}
	if p.startEndsAt(before) {
		return true
	}
	return false
}

// eligible reports whether candidate c, found in free text, is a deadline at all.
func (p *parser) eligible(c *cand) bool {
	before := c.first - 1
	for p.oneOf(before, "ngay", "mung", "mong", "luc", "vao") {
		before--
	}
	if p.startBefore(c) {
		return false
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
		return p.yearOpening(c)
	}
	if c.d.Rule != nil && c.d.Rule.Freq == Daily && len(c.e.days) == 0 && c.e.clk == nil && !p.governs(c) {
		return false
	}
	first := p.tok(c.first)
	hoSo := p.is(before-1, "ho", "so") // "hồ sơ" is not "số"
	// A part of the day with a date names when something happens ("sáng ngày 28/3"): an event,
	// in the press a story. With a day counted from the reference ("chiều nay", "sáng mai") it is
	// the writer's own today or tomorrow, for the clause's mood to judge.
	event := c.d.Rule == nil && !c.relativeDay() && (c.partFirst || p.oneOf(before, dayparts...) || p.is(before, "buoi"))
	if event && p.typed && p.opensText(c.first) {
		event = false // a typed command opening with its day: "Sáng 15/12, Phòng KTHT báo cáo …"
	}
	switch {
	case event, p.is(before, "nay") && p.oneOf(before-1, dayparts...):
		return false
	case p.is(before, "(") && p.is(before-1, "nay") && p.oneOf(before-2, dayparts...):
		return false // "Chiều nay (3/12), UBND tỉnh tổ chức …": the date glosses today's scene
	case p.is(c.last, "-") && p.isNum(c.last+1), p.is(before, "-") && p.isNum(before-1):
		return false
	case first == "thu" && p.oneOf(before, ordinalWords...) && !hoSo:
		return false
	case p.isNum(c.first) && p.is(c.first+1, "/") && p.oneOf(before, ratioWords...) && !hoSo:
		return false
	case c.d.Rule == nil && c.d.Time.Before(p.spokenToday()):
		return false
	}
	return true
}

// relativeDay reports whether c names one day counted from the reference: "hôm nay", "ngày mai",
// "chiều nay", "sáng mai".
func (c *cand) relativeDay() bool {
	return len(c.e.days) == 1 && c.e.days[0].kind == kRel
}

// opensText reports whether the words before token i, if any, are a part of the day or "ngày"
// alone: "Sáng 15/12, …", "Chiều ngày 20/1, …" open the text with their day.
func (p *parser) opensText(i int) bool {
	for b := i - 1; b >= 0; b-- {
		if p.toks[b].isWord() && !p.oneOf(b, dayparts...) && !p.is(b, "ngay") && !p.is(b, "buoi") {
			return false
		}
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
	if c.lead && c.d.Rule == nil && b.d.Rule == nil && !b.frames(c) && !c.frames(b) && c.first >= b.last {
		// two time limits that do not nest ("trong năm 2025 là 70% và 100% trong quý I/2026")
		// are two limits for two pieces of work: the first written is the sentence's
		return false
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

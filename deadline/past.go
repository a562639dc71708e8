package deadline

// A day written without a year is the one of the reference year when it fell a few weeks before
// the reference, not a day almost a year away: in free text, "vào ngày 2/10" in a letter of 30/10
// is the day of a meeting that took place, and "hoàn thành … trước ngày 16-10" in a report of
// 1/11 relays a time limit that has just passed. A past day is the time of a story unless a
// deadline word governs it: then it is the limit as written, already past. A typed command
// refuses it as Passed ("Phòng KTHT nộp báo cáo trước 15/11" typed on 20/11 means next year's
// only if the writer says so), suggesting next year's day (typedPast).

// relayDays is how far back a time limit without a year may have passed and still be relayed as
// written: a report tells of a limit of the past weeks; a limit two months past is next year's
// ("trước ngày 15-6" in a school calendar of August).
const relayDays = 31

// recentDay reports whether c is one day written without a year (with or without its time) whose
// occurrence in the reference year fell in the days before the reference, at most back days.
func (p *parser) recentDay(c *cand, back int) bool {
	if len(c.e.days) != 1 || c.e.rec != nil {
		return false
	}
	d := c.e.days[0]
	if d.kind != kDate || d.yearGiven || d.reason != "" || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(p.ref.Year(), d.month) {
		return false
	}
	same := dateIn(p.loc(), p.ref.Year(), d.month, d.day)
	return past(same, p.ref) && !same.Before(addDays(p.ref, -back))
}

// pastStory reports whether c, in free text, is a day that has just passed and that no deadline
// word governs: the time of what happened.
func (p *parser) pastStory(c *cand) bool {
	return !p.typed && c.lead && !p.stronglyLed(c) && c.e.clk == nil && p.recentDay(c, recentPastDays)
}

// relayPast moves c, a day just passed that a deadline word governs in free text, back to the
// reference year: the time limit of an earlier letter, relayed as written.
func (p *parser) relayPast(c *cand) {
	if p.typed || !p.stronglyLed(c) || !p.recentDay(c, relayDays) || c.reason != "" || c.d.Time.IsZero() {
		return
	}
	c.d.Time = c.d.Time.AddDate(-1, 0, 0)
}

// sharedYearReach bounds, in tokens, how far after a period the year a list of periods shares is
// looked for.
const sharedYearReach = 14

// sharedYearPast reports whether c, a month written without its year, heads a list of periods
// whose last item writes the year ("trong tháng 9, quý III và 9 tháng đầu năm 2025"): the year
// belongs to every item, and the month of that year has ended before the reference. The list
// then names periods under review, not a month to come.
func (p *parser) sharedYearPast(c *cand) bool {
	if len(c.e.days) != 1 || c.e.rec != nil || p.stronglyLed(c) {
		return false
	}
	d := c.e.days[0]
	if d.kind != kMonth || d.yearGiven || d.month < 1 || d.month > 12 {
		return false
	}
	for n := c.last; n < len(p.toks) && n < c.last+sharedYearReach && !p.oneOf(n, clauseEnds...); n++ {
		y, digits, ok := p.num(n)
		if !ok || digits != 4 || !p.is(n-1, "nam") && !p.is(n-1, "/") {
			continue
		}
		if y < minYear || y > maxYear {
			return false
		}
		return lastOfMonth(p.loc(), y, d.month).Before(midnight(p.ref))
	}
	return false
}

// glossPast reports whether c, a period counted from the reference ("trong tuần"), is glossed in
// parentheses by the days it means and those days have passed: "Hoạt động nổi bật … trong tuần
// (từ 09/3 – 15/3)" in a text of 16/3 tells of the week just ended. The gloss says which period
// the words mean, as "sáng ngày mai - 13/1/2024" writes one day twice.
func (p *parser) glossPast(c *cand) bool {
	if !p.is(c.last, "(") || len(c.e.days) != 1 || c.e.days[0].kind == kDate {
		return false
	}
	for n := c.last + 1; n < len(p.toks) && n < c.last+8 && !p.is(n, ")"); n++ {
		o, ok := p.parseAt(n)
		if !ok || len(o.e.days) != 1 || o.e.days[0].kind != kDate {
			continue
		}
		if o.e.days[0].yearGiven {
			return o.d.Time.Before(midnight(p.ref))
		}
		return p.recentDay(&o, recentPastDays)
	}
	return false
}

package deadline

import (
	"strings"
	"time"
)

// Parse reads a phrase that is entirely a deadline expression (lead words allowed, surrounding
// spaces and punctuation ignored), relative to ref (the meeting date or now, in the organisation's
// time zone). It fails with *Error when the phrase is not a deadline or names an impossible date/time.
// Working days are Monday to Friday; Reader.Parse counts them with a holiday calendar.
func Parse(phrase string, ref time.Time) (Deadline, error) {
	return Reader{}.Parse(phrase, ref)
}

// Parse is the package's Parse with the reader's calendar of working days.
func (r Reader) Parse(phrase string, ref time.Time) (Deadline, error) {
	return r.parser(phrase, ref).parse()
}

func (p *parser) parse() (Deadline, error) {
	phrase, toks, offs := p.text, p.toks, p.offs
	a, b := 0, len(toks)
	for a < b && !toks[a].isWord() {
		a++
	}
	for b > a && !toks[b-1].isWord() {
		b--
	}
	if a == b {
		return Deadline{}, &Error{Phrase: strings.TrimSpace(phrase), Reason: reasonEmpty()}
	}
	start, end := offs[toks[a].start], offs[toks[b-1].end]
	text := phrase[start:end]
	c, ok := p.parseAt(a)
	switch {
	case !ok:
		return Deadline{}, &Error{Phrase: text, Reason: reasonNotDeadline()}
	case c.reason != "":
		e := &Error{Phrase: text, Reason: c.reason, Kind: c.kind}
		if c.suggest != nil {
			s := *c.suggest
			s.Text, s.Start, s.End, s.Lead = text, start, end, c.lead
			e.Suggest = &s
		}
		return Deadline{}, e
	case c.last < b:
		rest := phrase[offs[toks[c.last].start]:end]
		return Deadline{}, &Error{Phrase: text, Reason: reasonLeftover(rest), Kind: Unused, Other: rest}
	case c.last > b:
		end = offs[toks[c.last-1].end]
		text = phrase[start:end]
	}
	d := c.d
	d.Text, d.Start, d.End, d.Lead = text, start, end, c.lead
	return d, nil
}

// cand is one deadline expression found in the tokens.
type cand struct {
	first, last int // token range [first, last)
	lead        bool
	clear       bool // lead word, "ngày" or a full date: an impossible value is worth reporting
	weak        bool
	prec        int
	hasClock    bool
	hasDay      bool // a day component was written
	bareClock   bool // a clock time alone, with no day
	dated       bool // names a day or a time, not only a vague period
	partFirst   bool // opens with a part of the day: "sáng thứ Hai"
	reason      string
	kind        ErrorKind // of reason
	suggest     *Deadline // Passed: the instant probably meant
	e           expr      // the components read
	d           Deadline
}

// expr gathers the components of one expression before they are combined.
type expr struct {
	clk  *clockVal
	days []dayVal
	rec  *recurVal
	part string // a part of the day written before the day: "sáng thứ Hai"
}

// parseAt reads lead words and one expression starting at token i.
func (p *parser) parseAt(i int) (cand, bool) {
	j, lead, open := p.leads(i)
	var e expr
	k, ok := p.body(j, open, &e)
	if !ok {
		return cand{}, false
	}
	k = p.joinPeriod(k, &e)
	if len(e.days) == 1 && e.days[0].kind == kDuration {
		lead = true
	}
	if !lead && dayPrec(&e) == precDay && p.movedTo(i) {
		lead = true // "chuyển sang thứ 2 ngày 17/10": the new day is the deadline
	}
	c := p.finish(&e, lead)
	if y := p.yesterdayAt(k); y > k && c.bareClock && c.reason == "" {
		p.yesterday(&c, &e)
		k = y
	}
	c.first, c.last, c.e = i, k, e
	return c, true
}

// yesterdayAt returns the end of "hôm qua" or "ngày hôm qua" written at token k, or k.
func (p *parser) yesterdayAt(k int) int {
	switch {
	case p.is(k, "hom", "qua"):
		return k + 2
	case p.is(k, "ngay", "hom", "qua"):
		return k + 3
	}
	return k
}

// yesterday sets c, a clock time followed by "hôm qua" ("trước 17h hôm qua"), on the day before
// the reference: in a published text the limit as written, already past; in a typed command it
// is refused as Passed, suggesting the same time today, or tomorrow once it has passed too.
func (p *parser) yesterday(c *cand, e *expr) {
	t := at(addDays(p.spokenToday(), -1), e.clk.h, e.clk.m)
	c.d = Deadline{Time: t, HasTime: true}
	c.bareClock = false
	if !p.typed {
		return
	}
	next := at(p.spokenToday(), e.clk.h, e.clk.m)
	if !next.After(p.ref) {
		next = at(addDays(p.spokenToday(), 1), e.clk.h, e.clk.m)
	}
	c.d = Deadline{Time: next, HasTime: true}
	c.passed(c.d, reasonPassedDay(t, next, true))
}

// dayPrec returns the precision of the day components of e (0 when it has none).
func dayPrec(e *expr) int {
	prec := 0
	for _, d := range e.days {
		prec = max(prec, d.prec)
	}
	return prec
}

// movedTo reports whether words saying a thing is moved end right before token i.
func (p *parser) movedTo(i int) bool {
	b := i - 1
	if p.is(b, "ngay") {
		b--
	}
	for _, w := range moveWords {
		if p.is(b-len(w)+1, w...) {
			return true
		}
	}
	return false
}

// maxLeads bounds a chain of lead words ("thời hạn: chậm nhất là vào ngày …").
const maxLeads = 6

// leads skips the lead words at i; open tells whether the last one lets a bare unit follow.
func (p *parser) leads(i int) (next int, lead, open bool) {
	j := i
	for n := 0; n < maxLeads; n++ {
		if _, _, ok := p.duration(j); ok {
			return j, lead, open
		}
		k := p.leadMatch(j)
		if k < 0 {
			if v := p.match(j, leadVerbs); v >= 0 && p.leadFollows(v) {
				j, lead = v, true
				continue
			}
			if lead && p.is(j, "la") {
				j++
				continue
			}
			if lead {
				j = p.cycle(j)
			}
			if p.is(j, "luc") {
				j++
			}
			return j, lead, open
		}
		open = false
		for _, o := range openLeads {
			if k-len(o) >= j && p.is(k-len(o), o...) {
				open = true
			}
		}
		lead, j = true, k
		if p.is(j, ":") {
			j++
		}
	}
	return j, lead, open
}

// leadFollows reports whether a lead phrase or a duration starts at i.
func (p *parser) leadFollows(i int) bool {
	if p.leadMatch(i) >= 0 {
		return true
	}
	_, _, ok := p.duration(i)
	return ok
}

// body reads the components of an expression at i and returns the index after them.
func (p *parser) body(i int, open bool, e *expr) (int, bool) {
	if d, k, ok := p.duration(i); ok {
		e.days = append(e.days, d)
		return k, true
	}
	k, ok := p.item(i, open, e)
	if !ok {
		return i, false
	}
	for {
		j := p.connector(k)
		paren := p.is(j, "(")
		if paren {
			j++
		}
		saved, days := *e, len(e.days)
		n, ok := p.item(j, false, e)
		if ok && paren {
			ok = p.is(n, ")")
			n++
		}
		if !ok {
			*e = saved
			e.days = e.days[:days]
			return k, true
		}
		k = n
	}
}

// connector skips what may join two components: ",", "lúc", "vào", "vào lúc".
// A component may also be in parentheses: "15/01/2021 (thứ Sáu)".
func (p *parser) connector(k int) int {
	if p.is(k, ",") {
		k++
	}
	if p.is(k, "vao") {
		k++
	}
	if p.is(k, "luc") {
		k++
	}
	return k
}

// item reads one component at i that can join those already in e.
func (p *parser) item(i int, open bool, e *expr) (int, bool) {
	if e.rec == nil {
		if r, k, ok := p.recur(i); ok && r.fits(e.days) {
			e.rec = &r
			return k, true
		}
	}
	if e.clk == nil {
		if c, k, ok := p.clock(i); ok {
			e.clk = &c
			return k, true
		}
	}
	if d, k, ok := p.day(i, open); ok && e.accepts(d) {
		e.days = append(e.days, d)
		return k, true
	}
	j := i
	if p.is(j, "buoi") {
		j++
	}
	if e.part == "" && len(e.days) == 0 && p.oneOf(j, dayparts...) {
		if d, k, ok := p.day(j+1, false); ok && d.kind != kDuration && d.kind != kYear && e.accepts(d) {
			if d.kind == kRel {
				d.weak = false // "sáng mai" is tomorrow morning; a bare "mai" may be a name
			}
			e.part = p.tok(j)
			e.days = append(e.days, d)
			return k, true
		}
	}
	return i, false
}

// accepts reports whether day component d can join e: one day, or a weekday with a date.
func (e *expr) accepts(d dayVal) bool {
	if d.kind == kDuration {
		return false
	}
	switch len(e.days) {
	case 0:
		return e.rec == nil || e.rec.fits([]dayVal{d})
	case 1:
		if e.rec != nil {
			return false
		}
		a, b := e.days[0], d
		if b.kind == kWeekday {
			a, b = b, a
		}
		return a.kind == kWeekday && !a.weekMod && (b.kind == kDate || b.kind == kRel || b.kind == kDayOnly)
	}
	return false
}

// finish combines the components of e into a deadline or a reason it is impossible.
func (p *parser) finish(e *expr, lead bool) cand {
	c := cand{lead: lead, clear: lead, hasClock: e.clk != nil, hasDay: len(e.days) > 0}
	c.bareClock = e.clk != nil && len(e.days) == 0 && e.rec == nil
	c.dated = e.clk != nil
	c.partFirst = e.part != ""
	if e.clk == nil && e.part != "" {
		h := partEnds[e.part]
		e.clk = &clockVal{h: h, part: true}
		c.hasClock = true
	}
	if e.clk != nil {
		if e.part != "" && !e.clk.part && e.clk.reason == "" {
			e.clk.reason = e.clk.daypart(e.part)
		}
		c.reason = e.clk.reason
	}
	for _, d := range e.days {
		switch d.kind {
		case kDate, kWeekday, kRel, kDuration:
			c.dated = true
		case kDayOnly:
			c.dated = c.dated || d.ngay
		}
		c.clear = c.clear || d.ngay || d.strong
		c.prec = max(c.prec, d.prec)
		if c.reason == "" {
			c.reason = d.reason
			if e.rec == nil && c.reason == "" {
				c.reason = d.inferReason
			}
		}
	}
	var wd, day *dayVal
	switch len(e.days) {
	case 1:
		day = &e.days[0]
	case 2:
		day, wd = &e.days[0], &e.days[1]
		if day.kind == kWeekday {
			day, wd = wd, day
		}
	}
	if e.rec != nil {
		c.prec = max(c.prec, recurPrec[e.rec.freq])
	}
	switch {
	case e.rec != nil:
		c.weak = false
	case len(e.days) == 0:
		c.weak = !e.clk.today
		c.prec = precDay
	case len(e.days) == 1 && e.clk == nil:
		c.weak = e.days[0].weak
	}
	if c.reason != "" {
		return c
	}
	if e.rec != nil {
		r := e.rec.rule(e.days, e.clk)
		c.d = Deadline{Time: r.Next(p.ref), HasTime: r.HasTime, Rule: &r}
		return c
	}
	if day != nil && day.also != 0 {
		c.reason, c.kind = reasonManyWeekdays(day.also), Unused
		return c
	}
	if wd != nil && day != nil && day.date.Weekday() != wd.wd {
		c.reason = reasonWeekdayMismatch(FormatDate(day.date), int(day.date.Weekday()), int(wd.wd))
		return c
	}
	switch {
	case day == nil && e.clk.today:
		today := dayVal{kind: kRel, date: p.spokenToday()}
		c.d = Deadline{Time: at(today.date, e.clk.h, e.clk.m), HasTime: true}
		p.relativePassed(&c, &today, e.clk)
	case day == nil:
		t := at(midnight(p.ref), e.clk.h, e.clk.m)
		c.d = Deadline{Time: t, HasTime: true}
		if t.Before(p.ref) {
			next := at(addDays(p.ref, 1), e.clk.h, e.clk.m)
			c.passed(Deadline{Time: next, HasTime: true}, reasonPassedClock(t, next))
		}
	case day.exact:
		c.d = Deadline{Time: day.date, HasTime: true}
	case e.clk != nil:
		t := at(day.date, e.clk.h, e.clk.m)
		c.d = Deadline{Time: t, HasTime: true}
		if wd == nil && day.kind == kWeekday && !day.weekMod && t.Before(p.ref) {
			next := at(addDays(day.date, 7), e.clk.h, e.clk.m)
			c.passed(Deadline{Time: next, HasTime: true}, reasonPassedWeekday(t, next))
		}
		p.relativePassed(&c, day, e.clk)
	default:
		c.d = Deadline{Time: endOfDay(day.date)}
		p.relativePassed(&c, day, nil)
	}
	p.typedPast(&c, e)
	return c
}

// typedPast refuses as Passed, in a typed command, a day written without a year whose
// occurrence in the reference year fell in the recentPastDays before it: "trước ngày 5/12"
// typed on 7/12 is more likely a slip, or a limit already missed, than next year's 5/12, which
// is suggested for the person to confirm by writing the year. A published text relays such a
// day as written (relayPast).
func (p *parser) typedPast(c *cand, e *expr) {
	if !p.typed || c.reason != "" || c.d.Rule != nil || c.d.Time.IsZero() || e.rec != nil {
		return
	}
	if probe := (cand{e: *e}); !p.recentDay(&probe, recentPastDays) {
		return
	}
	next := c.d
	then := next.Time.AddDate(-1, 0, 0)
	c.passed(next, reasonPassedYear(then, next.Time, next.HasTime))
}

// relativePassed refuses as Passed a day named from today that is already over ("chiều nay" at
// 23:50, "tối nay" at 00:30), suggesting the same part of the next day: the day just begun.
func (p *parser) relativePassed(c *cand, day *dayVal, clk *clockVal) {
	if day.kind != kRel || !c.d.Time.Before(p.ref) || c.reason != "" {
		return
	}
	next := Deadline{}
	for n := 1; n <= 2 && !next.Time.After(p.ref); n++ { // "0h hôm nay" at midnight: the day after
		next = Deadline{Time: endOfDay(addDays(day.date, n))}
		if clk != nil {
			next = Deadline{Time: at(addDays(day.date, n), clk.h, clk.m), HasTime: true}
		}
	}
	c.passed(next, reasonPassedDay(c.d.Time, next.Time, next.HasTime))
}

// partEnds are the hours at which the parts of the day end: "vào sáng ngày 24/8" is by 12:00.
var partEnds = map[string]int{"sang": 12, "trua": 14, "chieu": 18, "toi": 24, "dem": 24}

// passed records that the candidate was already past when typed, and what is probably meant.
func (c *cand) passed(suggest Deadline, reason string) {
	c.reason, c.kind, c.suggest = reason, Passed, &suggest
}

// recurPrec is how specific each recurrence is when no day is written.
var recurPrec = map[Recurrence]int{
	Daily:      precDay,
	Weekly:     precWeek,
	Monthly:    precMonth,
	Quarterly:  precQuarter,
	Semiannual: precQuarter,
	Yearly:     precYear,
}

// joinPeriod extends an expression that is one period by a later period joined to it with
// "và": "trong tháng 5 và tháng 6 năm 2025", "cuối tháng 3 và trong tháng 4/2022", "trong tháng 7
// và những tháng cuối năm 2022". Work due over both periods is due at the end of the later one.
func (p *parser) joinPeriod(k int, e *expr) int {
	if len(e.days) != 1 || e.clk != nil || e.rec != nil || !isPeriod(e.days[0].kind) || e.days[0].reason != "" || !p.is(k, "va") {
		return k
	}
	j := k + 1
	if p.is(j, "trong") {
		j++
	}
	if p.oneOf(j, "nhung", "cac") && p.is(j+1, "thang", "cuoi") {
		j += 2
	}
	d, n, ok := p.day(j, true)
	if !ok || d.reason != "" || d.inferReason != "" || !isPeriod(d.kind) || !d.date.After(e.days[0].date) {
		return k
	}
	e.days[0] = d
	return n
}

// isPeriod reports whether a day component of kind k is a period: a week, a month, a quarter,
// months of a year or a year.
func isPeriod(k dayKind) bool {
	return k == kWeek || k == kMonth || k == kQuarter || k == kMonthsOfYear || k == kYear
}

// cycle skips the name of a cycle between a lead word and its month or quarter: "vào kỳ chi
// trả tháng 2/2026", "trong đợt cao điểm tháng 12" are due when that month ends.
func (p *parser) cycle(j int) int {
	if !p.oneOf(j, "ky", "dot") {
		return j
	}
	for k := j + 1; k <= j+4 && k < len(p.toks) && p.toks[k].isWord() && !p.isNum(k); k++ {
		if p.oneOf(k, "thang", "quy") && p.isNum(k+1) {
			return k
		}
	}
	return j
}

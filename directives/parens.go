package directives

// Work given in parentheses inside a line of a schedule or an agenda:
// "08 giờ 00’: Thăm, chúc Tết Trường THPT … (Giao Phòng Văn hóa – Xã hội
// chuẩn bị nội dung)", "Phó Chủ tịch: 8 giờ, kiểm tra … (Trung tâm Văn hóa
// chuẩn bị báo cáo)". The line is the leader's own agenda; the words in
// parentheses give a unit its part, due at the entry's hour of the day the
// schedule is at.

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// dayLine is a line that names a day of a schedule, folded: "thu hai
// (09/02/2026):", "chu nhat, ngay 26/3/2023".
var dayLine = regexp.MustCompile(`^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\b[^0-9]{0,12}(\d{1,2}/\d{1,2}/\d{4})\)?\s*:?$`)

// entryHour is the hour an entry of an agenda starts at, folded: "8 gio",
// "08 gio 00", "14h30".
var entryHour = regexp.MustCompile(`\b(\d{1,2})\s*(?:gio|h)(?:\s*(\d{2}))?\b`) // not "3 hộ"

// noteDay remembers the day a line of a schedule names.
func (r *runState) noteDay(s sentence) {
	if len(s.items) > 2 {
		return
	}
	line := vntext.Fold(strings.TrimSpace(strings.Join(s.items, ": ")))
	if m := dayLine.FindStringSubmatch(strings.TrimRight(line, ". ")); m != nil {
		if dl, err := deadline.Parse(m[1], r.x.ref); err == nil && dl.Rule == nil {
			day := dl.Time
			r.day = &day
		}
	}
}

// parenWork takes out of the items of a line of a schedule or an agenda
// the work given in parentheses, and keeps each as a row of its own.
func (r *runState) parenWork(s sentence) sentence {
	line := strings.Join(s.items, ": ")
	if !leaderAgenda(line) && (r.day == nil || !scheduleEntry(line)) {
		// "… đăng ký danh sách với huyện (các huyện cung cấp danh sách …)": an aside
		// of the work itself; a page's dateline above ("Thứ Hai, ngày
		// 07/12/2026") makes no schedule of the lines after it.
		return s
	}
	items := append([]string(nil), s.items...)
	for n, item := range items {
		works, rest := r.x.parenAssignments(item)
		if len(works) == 0 {
			continue
		}
		items[n] = rest
		for _, w := range works {
			r.caught = append(r.caught, caught{at: len(r.out), d: r.parenDirective(w, line)})
		}
	}
	s.items = items
	return s
}

// parenAssignments returns the work given in parentheses in a line (a unit
// asked, or a unit with its work) and the line without it.
func (x *extractor) parenAssignments(line string) (works []string, rest string) {
	rest = line
	for {
		open := strings.Index(rest, "(")
		if open < 0 {
			return works, rest
		}
		end := strings.Index(rest[open:], ")")
		if end < 0 {
			return works, rest
		}
		inner := strings.TrimSpace(rest[open+1 : open+end])
		c := newClause(inner, x.dir)
		why := c.directsWorkBy(false)
		if c.words() < 4 || !(why.rule == dirAsked && why.named || why.rule == dirUnitActs) {
			works2, tail := x.parenAssignments(rest[open+end+1:])
			return append(works, works2...), rest[:open+end+1] + tail
		}
		works = append(works, inner)
		rest = strings.TrimSpace(rest[:open]) + " " + strings.TrimSpace(rest[open+end+1:])
	}
}

// parenDirective is the row of work given in parentheses in line: its
// owners as its words give them, due at the entry's hour of the day the
// schedule is at (or by the end of that day).
func (r *runState) parenDirective(work, line string) Directive {
	x := r.x
	c := newClause(work, x.dir)
	a := c.analyze()
	p := piece{text: work}
	if r.day != nil {
		dl := r.entryDeadline(line)
		p.weekly = &dl
	}
	d := x.directive(c, a, p)
	if d.DeadlineText != "" && r.day != nil { // a leader's agenda may have no day line above it
		d.Why.Deadline = fmt.Sprintf(whyDeadlineEntry, d.DeadlineText, deadline.FormatDate(*r.day))
	}
	x.ownerWarnings(&d, a)
	x.explain(&d, a, c, false)
	d.Why.Directive = fmt.Sprintf(whyParenWork, d.Why.Directive)
	return d
}

// entryDeadline is the hour the line's entry starts at, on the schedule's
// day, or the end of that day.
func (r *runState) entryDeadline(line string) deadline.Deadline {
	day := *r.day
	dl := deadline.Deadline{Time: time.Date(day.Year(), day.Month(), day.Day(), 23, 59, 59, 0, day.Location()), Text: deadline.FormatDate(day)}
	f, offs := vntext.FoldMap(line)
	open := strings.Index(f, "(")
	if open < 0 {
		open = len(f)
	}
	m := entryHour.FindStringSubmatchIndex(f[:open])
	if m == nil {
		return dl
	}
	var h, mi int
	fmt.Sscanf(f[m[2]:m[3]], "%d", &h)
	if m[4] >= 0 {
		fmt.Sscanf(f[m[4]:m[5]], "%d", &mi)
	}
	if h > 23 || mi > 59 {
		return dl
	}
	dl.Time = time.Date(day.Year(), day.Month(), day.Day(), h, mi, 0, 0, day.Location())
	dl.Text = strings.TrimSpace(line[offs[m[0]]:offs[m[1]]])
	return dl
}

// entryOpening opens an entry of a schedule, folded: a part of the day
// ("* SÁNG: 1. …") or an entry's number.
var entryOpening = regexp.MustCompile(`^[^\pL\d]*(?:(?:sang|chieu|toi|trua)\b|\d{1,2}\s*[.)]\s)`)

// scheduleEntry reports whether line is an entry of a schedule: it opens
// with a part of the day or a number, or says at what hour it starts
// before the work given in parentheses.
func scheduleEntry(line string) bool {
	f := vntext.Fold(line)
	if i := strings.Index(f, "("); i >= 0 {
		f = f[:i]
	}
	return entryOpening.MatchString(f) || entryHour.MatchString(f)
}

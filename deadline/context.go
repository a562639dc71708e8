package deadline

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Sentence context: words around an expression, in published texts, that show it names no
// deadline (a narrative date opening the sentence, the date of a document cited, a count made
// up to a day, a report of what was done by a day, a goal, the period a report is about, a
// span of office hours or of days off, the weekday a day falls on: "trùng vào ngày thứ bảy"). notDeadline is what Find asks of each expression it finds.

// clauseReach bounds, in tokens, how far context words are looked for, so that work stays
// linear in the text.
const clauseReach = 40

// notDeadline reports whether the sentence around candidate c shows it is not a deadline. The
// expressions inside c (its date alone, its time alone) are then not deadlines either.
func (p *parser) notDeadline(c *cand) bool {
	switch {
	case c.last <= p.opening():
		return true
	case !c.lead && p.afterCode(c.first), p.tally(c), p.spanEnd(c), p.reported(c), p.daysOff(c), p.written(c.first-1, "trùng"):
		return true
	case p.is(c.first-1, "dip") && c.e.rec == nil: // "dịp cuối năm", "dịp lễ": a season
		return true
	case !c.lead && p.recentPast(c), p.pastStory(c):
		return true
	case c.d.Rule == nil && c.reason == "" && p.pastExplicit(c):
		return true
	case c.prec == precYear && p.clauseHasBefore(c.first, targetWords):
		return true
	case !c.lead && c.prec <= precMonth && c.prec > 0 && c.d.Rule == nil && p.clauseHasBefore(c.first, reviewWords):
		return true
	case p.spanOf(c) && c.d.Rule == nil && p.clauseHasBefore(c.first, reviewWords):
		return true // "báo cáo kết quả … từ ngày 30/01/2020 đến ngày 24/4/2020": the period reported
	case c.has(kDuration) && p.clauseHasBefore(c.first, validityWords):
		return true
	case p.moodVeto(c), !c.lead && p.occasion(c), p.offSchedule(c), p.officeHoursAfter(c), p.dateList(c), p.purposeYear(c), p.describedPeriod(c):
		return true
	case c.relativeDay() && !p.stronglyLed(c) && p.forecast(c.first): // "bão sẽ đổ bộ vào chiều tối nay"
		return true
	case !p.stronglyLed(c) && p.docSubject(c), p.notUntil(c):
		return true
	case c.bareRule() && p.is(c.last, "la"): // "Báo cáo định kỳ hằng tháng là …" defines a kind of report
		return true
	case p.reviewedTasks(c), !p.typed && (p.horizon(c) || p.sharedYearPast(c) || p.glossPast(c) || p.weekDays(c)):
		return true
	}
	return false
}

// subjectReach bounds, in tokens, how far before "về việc" the number of its document is looked for.
const subjectReach = 14

// docSubject reports whether c lies in the subject of a document cited by its number: "Công văn
// số 4003/UBND-KT về việc chủ động phòng ngừa, ứng phó thiên tai trong các tháng cuối năm 2022"
// names what the letter is about, not a time limit of the text.
func (p *parser) docSubject(c *cand) bool {
	for b := c.first - 1; b >= 0 && b >= c.first-clauseReach && !p.oneOf(b, clauseEnds...); b-- {
		if !p.is(b, "ve", "viec") {
			continue
		}
		for s := b - 1; s >= 0 && s >= b-subjectReach && !p.oneOf(s, clauseEnds...); s-- {
			if p.is(s, "/") {
				return true
			}
		}
		return false
	}
	return false
}

// reviewedTasks reports whether c, written with "trong", names the tasks a review is about or that
// are being set: "rà soát kỹ lưỡng các nhiệm vụ trong tháng 2 và quý I/2026" reviews the tasks of
// those months, "xác định 18 chỉ tiêu chủ yếu trong năm 2024" sets the targets of the year; neither
// sets a time limit. Doing them ("thực hiện tốt nhiệm vụ trọng tâm trong tháng 7") keeps it.
func (p *parser) reviewedTasks(c *cand) bool {
	if !p.is(c.first, "trong") || p.isNum(c.first+1) || c.d.Rule != nil {
		return false // "trong 2 tháng còn lại" counts time left
	}
	noun := -1 // the tasks, right before or with up to two words qualifying them ("chỉ tiêu chủ yếu")
	for k := 2; k <= 6 && noun < 0; k++ {
		if e := p.match(c.first-k, taskNouns); e >= c.first-2 && e <= c.first {
			noun = c.first - k
		}
	}
	if noun < 0 {
		return false
	}
	// the verb nearest before the tasks decides: reviewing them or doing them
	for b := noun - 1; b >= 0 && b >= noun-clauseReach && !p.oneOf(b, clauseEnds...); b-- {
		switch {
		case p.match(b, reviewVerbs) > 0:
			return true
		case p.match(b, doVerbs) > 0:
			return false
		}
	}
	return false
}

// notUntil reports whether c follows "phải đến" and a "mới" comes after it in the clause: "phải
// đến tháng 12 năm 2019, việc quyết toán … mới được thực hiện hoàn thành" tells when a thing
// will at last happen, not when it is due.
func (p *parser) notUntil(c *cand) bool {
	if !p.is(c.first, "den") || !p.obliges(c.first-1) {
		return false
	}
	for n := c.last; n < len(p.toks) && n < c.last+clauseReach && !p.oneOf(n, clauseEnds...); n++ {
		if p.atLast(n) {
			return true
		}
	}
	return false
}

// occasionWords right before a date make it the name of a day: "Quốc khánh 2/9", "kỷ niệm 30/4".
var occasionWords = [][]string{{"khánh"}, {"niệm"}, {"mừng"}}

// occasion reports whether c is the date in the name of a holiday or an anniversary: "chào mừng
// kỷ niệm 80 năm Quốc khánh 2/9", "kỷ niệm Ngày Thương binh Liệt sĩ 27-7".
func (p *parser) occasion(c *cand) bool {
	b := c.first - 1
	if p.is(b, "ngay") {
		b--
	}
	if p.markerMatch(b, occasionWords) > 0 {
		return true
	}
	if !p.namedSubject(b) || c.has(kYear) {
		return false
	}
	for s := b - 1; s >= 0 && s >= b-6; s-- { // a named day: "Ngày Thương Binh Liệt Sĩ 27-7"
		if p.is(s, "ngay") && p.namedSubject(s) && s > 0 && !p.sentenceEnd(s-1) {
			return true
		}
	}
	return false
}

// offSchedule reports whether c, which no deadline word governs, is a day of a schedule of days
// off: the sentence speaks of rest ("nghỉ Tết", "nghỉ lễ", "nghỉ bù", "lịch nghỉ", "để nghỉ",
// "được nghỉ") and asks for no work: "Công chức đi làm thứ Bảy, ngày 27/12/2014 để nghỉ thứ Sáu".
func (p *parser) offSchedule(c *cand) bool {
	if c.e.rec != nil || p.stronglyLed(c) || p.clauseMood(c) == moodRequest {
		return false // a cycle is a duty ("vào ngày 20 hàng tháng, nếu trùng ngày nghỉ …")
	}
	from, to := c.first, c.last
	for from > 0 && from > c.first-moodReach && !p.sentenceEnd(from-1) {
		from--
	}
	for to < len(p.toks) && to < c.last+moodReach && !p.sentenceEnd(to) {
		to++
	}
	for n := from; n < to; n++ {
		if p.plain() {
			// without diacritics "nghi le" is also "nghi lễ" (a ceremony), "de nghi" "đề nghị"
			if p.is(n, "nghi") && (p.oneOf(n+1, "tet", "bu") || p.oneOf(n-1, "lich", "duoc")) {
				return true
			}
			continue
		}
		if p.original(n) != "nghỉ" {
			continue
		}
		switch p.original(n + 1) {
		case "tết", "lễ", "bù":
			return true
		}
		switch p.original(n - 1) {
		case "lịch", "để", "được":
			return true
		}
	}
	return false
}

// officeHoursAfter reports whether c follows "và" right after a span of office hours: "Từ thứ 2
// đến thứ 6 và sáng thứ 7 hàng tuần" is when an office is open.
func (p *parser) officeHoursAfter(c *cand) bool {
	b := c.first - 1
	if !p.is(b, "va") {
		return false
	}
	for s := b - 1; s >= 0 && s >= b-6; s-- {
		if !p.is(s, "den") {
			continue
		}
		if o, ok := p.parseAt(s); ok && o.last == b && p.spanEnd(&o) {
			return true
		}
	}
	return false
}

// opening returns the index of the comma that ends a date written with "ngày" opening the text
// ("Ngày 29-1, UBND phường … tổ chức hội nghị"), or -1. A span opening it ("Từ ngày 1/12 đến
// ngày 15/12, UBND các xã rà soát …") is a window for work and keeps its end. Such a
// date sets the scene of what is told; it is a deadline only when what follows is an
// obligation ("Ngày 1/5, 63 tỉnh, thành phố phải gửi đề án …") or a verb ("1/1 0h, gửi về
// Văn phòng …"): the comma, or the date when the comma is left out ("Ngày 20/12 Phòng Nội vụ
// …"), must be followed by a named subject. A lead word ("Trong tháng 12, …", "Trước ngày 15/12,
// …") keeps its meaning.
func (p *parser) opening() int {
	if p.open != nil {
		return *p.open
	}
	at := -1
	defer func() { p.open = &at }()
	if p.typed {
		return at // a typed command tells no story
	}
	c, ok := p.parseAt(p.sceneStart(0, min(len(p.toks), 8)))
	if !ok || c.lead || c.e.rec != nil || len(c.e.days) == 0 || c.has(kDuration) || !c.e.days[0].ngay {
		return at // "Ngày 29-1, …" tells a story; "15/12, Phòng KTHT nộp …" is typed as a task
	}
	k, subject := c.last, c.last
	if p.is(k, ",") {
		subject++ // "Ngày 20/12, Phòng Nội vụ …"; without the comma "Ngày 20/12 Phòng Nội vụ …"
	}
	if !p.namedSubject(subject) || p.shouted() || p.obliged() || p.asksAfter(subject) {
		return at // "Ngày 20/12, Phòng Y tế cần báo cáo …" asks for work by that day
	}
	at = k
	return at
}

// sceneStart returns where the words of a sentence starting at token i begin, looking no further
// than end: past a press tag ("(NTL)", "(GLO)-"), punctuation or an emoji ("⏰ Ngày 30/10, …") and
// a story opener with its comma. opening and narrativeOpening both read a scene from there.
func (p *parser) sceneStart(i, end int) int {
	if p.is(i, "(") {
		for i < end && !p.is(i, ")") {
			i++
		}
		i++
	}
	for i < end && (!p.toks[i].isWord() || p.symbol(i)) {
		i++
	}
	if k := p.match(i, storyOpeners); k > 0 && p.is(k, ",") {
		i = k + 1
	}
	return i
}

// obliged reports whether the text says work must be done ("phải", "hạn"): a date or a span
// that would otherwise tell a story or a forecast is then the deadline of that work.
func (p *parser) obliged() bool {
	if p.must == nil {
		found := false
		for n := range p.toks {
			if p.oneOf(n, "phai", "han") {
				found = true
				break
			}
		}
		p.must = &found
	}
	return *p.must
}

// askingMarkers, in the clause after a day that opens the text, ask its subject for work by that
// day: "Ngày 20/12, Phòng Y tế cần báo cáo …", "Ngày 18/12, Văn phòng đề nghị các xã …".
var askingMarkers = [][]string{{"cần"}, {"đề", "nghị"}, {"yêu", "cầu"}, {"khẩn", "trương"}, {"giao"}}

// askReach bounds, in tokens, how far after the opening comma an asking marker is looked for:
// the subject and its verb, not a document cited further on.
const askReach = 10

// asksAfter reports whether an asking marker that sets a request mood is written within
// askReach tokens from token i, in the same clause.
func (p *parser) asksAfter(i int) bool {
	for n := i; n < len(p.toks) && n < i+askReach && !p.sentenceEnd(n) && !p.is(n, ","); n++ {
		if p.markerMatch(n, askingMarkers) > 0 && p.moodAt(n) == moodRequest {
			return true
		}
	}
	return false
}

// shouted reports whether the text is written all in capitals ("NGÀY 20/12, ĐỀ NGHỊ PHÒNG Y TẾ
// …"): a capital there is no evidence of a name.
func (p *parser) shouted() bool {
	if p.caps == nil {
		upper, lower := false, false
		for _, r := range p.text {
			upper = upper || unicode.IsUpper(r)
			lower = lower || unicode.IsLower(r)
		}
		all := upper && !lower
		p.caps = &all
	}
	return *p.caps
}

// namedSubject reports whether token i begins with a capital letter as written: the name of
// a unit or a person ("UBND phường …", "Thủ tướng …", "Sở Tài chính …"), the subject of what is
// told. A directive that opens with its deadline goes on with a verb: "1/1 0h, gửi về …".
func (p *parser) namedSubject(i int) bool {
	if i < 0 || i >= len(p.toks) || !p.toks[i].isWord() {
		return false
	}
	t := p.toks[i]
	w := norm.NFC.String(p.text[p.offs[t.start]:p.offs[t.end]])
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// original returns token i as written, lower-cased and NFC ("phải", "đã"), or "" past either end.
func (p *parser) original(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	if p.origs == nil {
		p.origs = make([]string, len(p.toks))
		for k, t := range p.toks {
			p.origs[k] = strings.ToLower(norm.NFC.String(p.text[p.offs[t.start]:p.offs[t.end]]))
		}
	}
	return p.origs[i]
}

// afterCode reports whether the expression at first is the date of a document whose number
// is written right before it: "Công văn số 4079/UBND-KT ngày 19/6", "6202/UBND-KT, ngày
// 23/11/2023", "(Nguồn công văn số 2983/UBND-VP - 22/09/2020)". A number of a document joins
// digits and letters with "/" and "-".
func (p *parser) afterCode(first int) bool {
	b := first - 1
	for n := 0; n < 2 && (p.is(b, ",") || p.is(b, "ngay") || p.is(b, "-") && !p.glued(b)); n++ {
		b--
	}
	if b < 0 || !p.toks[b].isWord() {
		return false // a number of a document ends with a word: "… /UBND-KT"
	}
	slash, letters := false, false
	for n := 0; n < 16 && b >= 0; n++ {
		t := p.toks[b]
		switch {
		case t.isWord():
			if strings.Trim(t.s, "0123456789") != "" {
				letters = true
			}
		case t.s == "/":
			slash = true
		case t.s != "-" && t.s != "." && t.s != "&":
			return slash && letters
		}
		if !p.glued(b) {
			break
		}
		b--
	}
	return slash && letters
}

// tally reports whether c is the moment a count was made: "tính đến ngày 24/11/2025", "tính
// đến 9 giờ ngày 22/4", "lũy kế đến ngày 30/11".
func (p *parser) tally(c *cand) bool {
	if p.is(c.first, "den") && p.clauseHasBefore(c.first, cutOffWords) {
		return true // "tổng hợp số liệu đến hết ngày 30/11": the data's cut-off
	}
	if !c.lead && c.d.Rule == nil && p.clauseHasBefore(c.first, cutOffWords) {
		return true // "Số liệu báo cáo 6 tháng đầu năm …": the period the figures cover
	}
	if p.countedSpan(c) {
		return true // "tính từ ngày 15 tháng trước đến ngày 14": the span a figure is counted over
	}
	first := c.first
	if p.oneOf(first, "ngay", "luc") {
		first++
	}
	for _, w := range tallyWords {
		for s := first - len(w); s < first; s++ { // the phrase ends before c, or in its lead word
			if s >= 0 && p.is(s, w...) {
				return true
			}
		}
	}
	return false
}

// countReach bounds, in tokens, how far before c the "tính từ" of its span is looked for: the
// start of the span and its words ("ngày 15 tháng 12 năm trước kỳ báo cáo").
const countReach = 16

// countedSpan reports whether c ends or opens a span that "tính từ" opens a few words before:
// "tính từ ngày 15 tháng trước đến ngày 14", "tính từ tháng 9/2016 đến hết tháng 6/2021". A
// deadline written later in the clause ("…, gửi về Sở trước ngày 10/12") is not in the span.
func (p *parser) countedSpan(c *cand) bool {
	for b := c.first - 1; b >= 0 && b >= c.first-countReach && !p.oneOf(b, clauseEnds...) && !p.is(b, ","); b-- {
		if p.match(b, countSpans) > 0 {
			return true
		}
	}
	return false
}

// reported reports whether c, written with "đến" ("đến hết ngày 17/8, …"), ends a span in which
// the clause says work was done ("đã") or tells how things stand ("đang", "vẫn": "Đến ngày 4.1,
// Sở … vẫn chưa nhận được báo cáo"): a report, not a deadline.
func (p *parser) reported(c *cand) bool {
	if !p.is(c.first, "den") {
		return false
	}
	for n := c.last; n < len(p.toks) && n < c.last+clauseReach && !p.oneOf(n, ".", ";", ":", "!", "?"); n++ {
		if p.tellsState(n) {
			return true
		}
	}
	return false
}

// pastExplicit reports whether c, written with "đến", "vào" or "trong", names with its year a day
// or period that ended before the reference day: it tells what was done by then or then ("đến
// hết ngày 3/9/2019" in a notice of 4/9/2019, "đã cất nóc vào tháng 12/2025", "trong 11 tháng
// năm 2025" in December 2025). A past day written with a
// word of obligation ("trước", "chậm nhất", "hạn") stays a deadline, for the caller to refuse as
// a typing error.
func (p *parser) pastExplicit(c *cand) bool {
	if len(c.e.days) == 0 || c.d.Time.IsZero() || !p.oneOf(c.first, "den", "vao", "trong") {
		return false
	}
	for _, d := range c.e.days {
		if !d.yearGiven && d.kind != kYear && d.kind != kMonthsOfYear { // "11 tháng năm 2025", "6 tháng đầu năm"
			return false
		}
	}
	return c.d.Time.Before(midnight(p.ref))
}

// spanEnd reports whether c, written with "đến", ends a span of hours or weekdays opened by
// "từ": "từ 07 giờ đến 11 giờ 30", "từ thứ hai đến thứ sáu hàng tuần" are office hours.
func (p *parser) spanEnd(c *cand) bool {
	if !p.is(c.first, "den") || c.has(kDate) {
		return false // "từ 8 giờ đến 11 giờ ngày 15/12" is a window of work on that day
	}
	for s := c.first - 1; s >= 0 && s >= c.first-6; s-- {
		from := p.is(s-1, "tu")
		if !from && !p.isNum(s) {
			continue
		}
		o, ok := p.parseAt(s)
		// "từ thứ Hai đến thứ Sáu", "(từ) 07 giờ 00’ đến 08 giờ 00’": two times written as a span
		// are hours, "từ" or not; two weekdays need "từ" ("thứ Hai đến thứ Sáu" may be a deadline).
		if ok && o.last == c.first && o.e.rec == nil && (o.bareClock && c.e.clk != nil && len(c.e.days) == 0 || from && (o.bareClock || o.bareWeekday() && o.e.clk == nil)) {
			return true
		}
	}
	return false
}

// spanOf reports whether c, written with "đến", ends a span opened by "từ" a few words before:
// "từ ngày 30/01/2020 đến ngày 24/4/2020".
func (p *parser) spanOf(c *cand) bool {
	if !p.is(c.first, "den") {
		return false
	}
	for s := c.first - 1; s >= 0 && s >= c.first-8 && !p.oneOf(s, clauseEnds...); s-- {
		if p.is(s, "tu") {
			return true
		}
	}
	return false
}

// clauseHasBefore reports whether one of the phrases is written in the clause before token i.
func (p *parser) clauseHasBefore(i int, list [][]string) bool {
	for b := i - 1; b >= 0 && b >= i-clauseReach && !p.oneOf(b, clauseEnds...); b-- {
		if p.match(b, list) > 0 && p.match(b, list) <= i {
			return true
		}
	}
	return false
}

// daysOff reports whether c ends a span of days off or of a pause, or is the cycle of a rest
// day: "được nghỉ 04 ngày, từ thứ Năm ngày 01/9/2022 đến Chủ nhật ngày 04/9/2022", "tạm dừng thu
// nhận hồ sơ … từ ngày 25 đến 30-6", "ngày nghỉ hàng tuần" are no work due.
func (p *parser) daysOff(c *cand) bool {
	if !p.is(c.first, "den") && !c.bareRule() {
		return false
	}
	for b := c.first - 1; b >= 0 && b >= c.first-clauseReach && !p.sentenceEnd(b); b-- {
		if p.pauseAt(b) { // across a gloss in parentheses: "(tức 27 tháng Chạp)"
			return true
		}
	}
	return false
}

// recentPastDays is how far back a day written without a year may be and still be the one of
// the reference year: "Hôm qua (19/11), …" in a text of 20/11 tells of yesterday.
const recentPastDays = 60

// recentPast reports whether c is a day written without a year, a time or a lead word, that
// fell in the recentPastDays before the reference: in free text it tells what happened, rather than a
// deadline almost a year away.
func (p *parser) recentPast(c *cand) bool {
	if len(c.e.days) != 1 || c.e.rec != nil || c.e.clk != nil {
		return false // a time written with the day makes it a plan: "1/1 0h"
	}
	d := c.e.days[0]
	if d.kind != kDate || d.yearGiven || d.reason != "" || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(p.ref.Year(), d.month) {
		return false
	}
	same := dateIn(p.loc(), p.ref.Year(), d.month, d.day)
	return past(same, p.ref) && !same.Before(addDays(p.ref, -recentPastDays))
}

// dateList reports whether c, which no deadline word governs, opens a list of three or more
// dates ("vào các mốc 19/4, 19/8 và 19/12", "các ngày 2/9, 15/10, 20/11"): the days of a
// programme or a calendar of occasions, no one of them the time limit of the sentence. c is then
// stretched over the whole list, so that no date of it is read after it.
func (p *parser) dateList(c *cand) bool {
	if p.stronglyLed(c) || c.e.rec != nil || c.e.clk != nil || len(c.e.days) != 1 || c.e.days[0].kind != kDate {
		return false
	}
	k, n := c.last, 1
	for n < 12 {
		j := p.listItem(k)
		if j < 0 {
			break
		}
		d, next, ok := p.day(j, false)
		if !ok || d.kind != kDate || next <= j {
			break
		}
		k, n = next, n+1
	}
	if n < 3 {
		return false
	}
	c.last = k
	return true
}

// purposeYear reports whether c, a year no deadline word governs, is the period of a planned
// work named in the purpose of the sentence: after a "để" that does not open the sentence, with a
// verb of carrying out ("thực hiện", "triển khai") and none of finishing ("hoàn thành", "đưa vào",
// "xong") between them: "báo cáo UBND tỉnh Danh mục dự án … để thực hiện trong năm 2022", "ban
// hành chương trình … để tập trung chỉ đạo thực hiện các mục tiêu, nhiệm vụ trong năm 2018". The
// year says when the planned projects or goals are carried out, what the task is about, not its
// time limit; "để đưa vào vận hành trong năm 2020", "để hoàn thành … vào cuối năm 2025" are
// results due by then. A sentence opening with "Để …," puts its purpose first and its work after.
func (p *parser) purposeYear(c *cand) bool {
	if p.typed || c.prec != precYear || c.d.Rule != nil || p.stronglyLed(c) {
		return false
	}
	carry := false
	for b := c.first - 1; b > 0 && b >= c.first-2*clauseReach && !p.sentenceEnd(b); b-- {
		switch {
		case p.match(b, finishVerbs) > 0:
			return false
		case p.match(b, carryVerbs) > 0:
			carry = true
		case p.purposeBetween(b, b+1):
			return carry && !p.sentenceEnd(b-1) && !p.oneOf(b-1, "(", ":", "-")
		}
	}
	return false
}

// carryVerbs and finishVerbs in a purpose clause tell a period of work from a result due
// (purposeYear).
var (
	carryVerbs  = phrases("thuc hien", "trien khai")
	finishVerbs = phrases("hoan thanh", "dua vao", "xong", "ket thuc")
)

// describedPeriod reports whether c, a month, quarter or year no deadline word governs, dates an
// activity that a clause with "là" describes: "Do đây là một hoạt động quan trọng trong tháng 4
// và 5/2014 …", "Đây là nhiệm vụ trọng tâm của quý IV". The period says when the activity
// happens, as the sentence describes it, not a time limit it sets, unless the clause obliges
// ("phải", "cần") or finishes ("hoàn thành") the activity.
func (p *parser) describedPeriod(c *cand) bool {
	if p.typed || c.lead && p.stronglyLed(c) || c.d.Rule != nil || c.prec > precMonth || p.is(c.first, "truoc") {
		return false
	}
	noun := false
	for b := c.first - 1; b >= 0 && b >= c.first-clauseReach && !p.oneOf(b, clauseEnds...) && !p.is(b, ","); b-- {
		switch {
		case p.match(b, finishVerbs) > 0 || p.obliges(b):
			return false // "Đây là nhiệm vụ phải hoàn thành trong tháng 12": a limit
		case p.match(b, activityNouns) > 0:
			noun = true
		case p.copula(b):
			return noun
		}
	}
	return false
}

// activityNouns name what a "là" clause describes (describedPeriod).
var activityNouns = phrases("hoat dong", "su kien", "phong trao", "nhiem vu", "dot cao diem", "chuong trinh")

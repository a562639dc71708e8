package directives

// Deadlines in context: which date of a clause is its deadline, a piece that
// only gives the deadline of the one before, a dated opening of a story,
// weekly rhythms and the period under review.

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// onlyDeadline reports whether a piece holds nothing but a deadline for
// the piece before it ("…; hoàn thành trước ngày 10/12/2023").
func (x *extractor) onlyDeadline(c *clause, d Directive) bool {
	if d.Deadline == nil && d.DeadlineText == "" {
		return false
	}
	dl := c.text
	if d.Deadline != nil {
		dl = c.text[:d.Deadline.Start] + " " + c.text[d.Deadline.End:]
	}
	rest := newClause(dl, x.dir)
	for i := 0; i < len(rest.toks); {
		if rest.toks[i].punct && rest.toks[i].w == "(" {
			i = rest.parenEnd(i)
			continue
		}
		if rest.toks[i].punct {
			i++
			continue
		}
		if mi, ok := rest.byFirst[i]; ok && (i == 0 && rest.mentions[mi].owner.Unit == nil || i > 0 && rest.at(i-1, recipientWords) > 0) {
			i = rest.mentions[mi].last // "Các đơn vị thực hiện trước …", "…; gửi Sở Nông nghiệp … trước ngày 29/6": who, or to whom
			continue
		}
		n := rest.at(i, deadlineFillers)
		if n == 0 {
			if n = rest.at(i, recipientWords); n > 0 && rest.mentionLen(i+n) > 0 {
				n += rest.mentionLen(i + n) // "; gửi Sở Nông nghiệp … trước ngày 29/6"
			} else if n > 0 && rest.at(i+n, orgHeads) > 0 {
				for n++; i+n < len(rest.toks) && !rest.toks[i+n].punct && (rest.capitalized(i+n) || rest.at(i+n, placeWords) > 0); n++ {
				} // "gửi UBND xã trước …": a body the directory does not know, only where the report goes
			}
		}
		if n == 0 && (rest.word(i) == "tu" || rest.word(i) == "ngay" || isNumber(rest.word(i))) {
			n = 1 // "thời gian thực hiện từ ngày 20/7 đến hết ngày 31/12": the start of the span
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// mergeInto adds a piece that only goes on with the objects of the
// directive before it (a list cut by semicolons) to that directive.
func mergeInto(prev *Directive, d Directive) {
	prev.Text += "; " + d.Text
	if prev.Deadline == nil && prev.DeadlineText == "" && (d.Deadline != nil || d.DeadlineText != "") {
		prev.Deadline, prev.DeadlineText = d.Deadline, d.DeadlineText
		prev.Why.Deadline = fmt.Sprintf(whyDeadline, d.DeadlineText)
		for _, w := range d.Warnings {
			if w.About == AboutDeadline {
				prev.Warnings = append(prev.Warnings, w)
			}
		}
	}
}

// datedOpening reports whether the clause opens with the date of an event
// that has already happened, before a comma: "Ngày 01/12/2020, UBND tỉnh
// ban hành …", "Sáng ngày 5/3, UBND phường tổ chức …". A date after the
// meeting opens a directive instead ("Ngày 25/9, các xã nộp …").
func (x *extractor) datedOpening(c *clause) bool {
	_, ok := x.datedOpeningEnd(c)
	return ok
}

// datedOpeningEnd is datedOpening, with the byte offset of the comma that
// ends the date.
func (x *extractor) datedOpeningEnd(c *clause) (int, bool) {
	k := 0
	switch c.word(0) {
	case "sang", "chieu", "toi", "trua", "dem":
		k++
		if c.word(k) == "nay" {
			k++
		}
	}
	if c.word(k) == "ngay" {
		k++
	}
	if w := c.word(k); w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	comma := -1
	for i := k; i < len(c.toks) && i < k+12; i++ {
		if c.toks[i].punct && c.toks[i].w == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return 0, false
	}
	phrase := dashDate.ReplaceAllString(c.text[c.toks[0].start:c.toks[comma].start], "$1/$2")
	d, err := deadline.Parse(phrase, x.ref.AddDate(0, 0, -300))
	if err != nil || d.Rule != nil {
		return 0, false
	}
	return c.toks[comma].start, !d.Time.After(x.ref.AddDate(0, 0, 1))
}

// openingDay returns the day a clause opens with, before a comma, when it
// comes after the meeting: "Ngày 25/8/2025, Phòng Kinh tế kiểm tra …",
// "Sáng 26/8, các thôn ra quân …" is the day the work is done, its
// deadline (a day gone by is the story of the meeting: datedOpening).
//
// A period that opens the clause ("Năm 2026, …", "Quý IV/2025, …") and
// is not over at the meeting is the time frame of the work: its end.
func (x *extractor) openingDay(c *clause) (deadline.Deadline, bool) {
	if len(c.toks) == 0 {
		return deadline.Deadline{}, false // "᠋": a clause of format characters only
	}
	end, ok := x.datedOpeningEnd(c)
	start := c.toks[0].start
	period := false
	if end == 0 {
		start, end = c.periodOpening()
		period = true
	}
	if end == 0 || ok {
		return deadline.Deadline{}, false
	}
	phrase := c.text[start:end]
	d, err := deadline.Parse(dashDate.ReplaceAllString(phrase, "$1/$2"), x.ref)
	if err != nil || d.Rule != nil || !period && !d.Time.After(x.ref.AddDate(0, 0, 1)) || period && d.Time.Before(x.ref) {
		return deadline.Deadline{}, false
	}
	d.Text, d.Start, d.End = phrase, start, end
	return d, true
}

// periodNouns open a period: "năm 2026", "quý IV/2025", "tháng 9/2025".
var periodNouns = phrases("nam", "quy", "thang", "trong nam", "trong quy", "trong thang")

// periodOpening returns the byte offsets of a period that opens the clause
// ("Năm 2026, …"), or that follows the frame opening it ("Để tiếp nối kết
// quả đó, năm 2026, đồng chí … đề nghị …"), up to the comma that ends it;
// end is 0 when there is none.
func (c *clause) periodOpening() (start, end int) {
	if e := c.periodOpeningEnd(0); e > 0 {
		return c.toks[0].start, e
	}
	if f := c.frameEnd(); f > 0 && f < len(c.toks) {
		if e := c.periodOpeningEnd(f); e > 0 {
			return c.toks[f].start, e
		}
	}
	return 0, 0
}

// periodOpeningEnd returns the byte offset of the comma that ends a period
// at token from, or 0: the period's noun, then only its number (and year),
// then a comma.
func (c *clause) periodOpeningEnd(from int) int {
	k := c.at(from, periodNouns)
	if k == 0 || from+k >= len(c.toks) {
		return 0
	}
	k += from
	for i := k; i < len(c.toks) && i < k+4; i++ {
		t := c.toks[i]
		if t.punct && t.w == "," && i > k {
			return t.start
		}
		if !(t.punct && t.w == "/") && !isNumber(t.w) && !romanNumeral(t.w) {
			return 0
		}
	}
	return 0
}

// romanNumeral reports whether a folded word is a quarter written in
// Roman numerals: "i", "ii", "iii", "iv".
func romanNumeral(w string) bool {
	switch w {
	case "i", "ii", "iii", "iv":
		return true
	}
	return false
}

// dashDate is a day and month written with a dash or a dot: "4-10", "4.10".
var dashDate = regexp.MustCompile(`(\d{1,2})[-.](\d{1,2})\b`)

// manyCycles reports whether a bare recurrence is one of a list of cycles
// ("giao ban hàng tuần, hàng tháng, hàng quý"), which sets no deadline.
func (x *extractor) manyCycles(text string, d deadline.Deadline) bool {
	if d.Rule == nil || d.Rule.HasWeekday || d.Rule.Day > 0 || d.Rule.HasTime || isSpecific(d) {
		return false
	}
	return cycleListEnd(text, d) > d.End
}

// cycleListEnd returns where a list of cycles that starts with d ends.
func cycleListEnd(text string, d deadline.Deadline) int {
	rest := tokenize(text[d.End:])
	end := d.End
	for i := 0; i+1 < len(rest) && rest[i].punct && rest[i].w == ","; {
		c := &clause{text: text[d.End:], toks: rest}
		n := c.at(i+1, multiCycle)
		if n == 0 {
			break
		}
		end = d.End + rest[i+n].end
		i += n + 1
	}
	return end
}

func (x *extractor) splitDeadlines(text string) []piece {
	var out []piece
	cont := false
	for {
		if len(out) >= maxPieces {
			return append(out, piece{text: text, cont: cont})
		}
		c := newClause(text, x.dir)
		cut := -1
		var weekly *deadline.Deadline
		ds := specificOnly(findAll(text, x.ref, 0))
		if len(ds) >= 2 {
			for i, t := range c.toks {
				if (t.punct && t.w == "," || t.w == "va" && c.actionAt(i+1)) && t.start >= ds[0].End && t.end <= ds[1].Start &&
					(c.startsClause(i+1) || ds[1].Lead && i+1 < len(c.toks) && c.toks[i+1].start == ds[1].Start) {
					// "…, xong trước ngày 20/10 và tổ chức chi trả trong tháng 11": two pieces of work, two deadlines
					cut = i
					break
				}
			}
		}
		keep := false
		if cut < 0 && len(ds) >= 2 {
			// "… gửi Sở trước ngày 28/10 để Sở thẩm định trình UBND tỉnh trước ngày 10/11": the body
			// served does the next piece of work by its own deadline.
			for i, t := range c.toks {
				if _, named := c.byFirst[i+1]; t.w == "de" && !t.punct && t.start >= ds[0].End && t.end <= ds[1].Start && named {
					cut, keep = i, true
					break
				}
			}
		}
		if cut < 0 && len(ds) >= 1 {
			cut, weekly = x.parallelWeekday(c, ds[0])
		}
		if cut < 0 {
			return append(out, piece{text: text, cont: cont})
		}
		out = append(out, piece{text: strings.TrimSpace(text[:c.toks[cut].start]), cont: cont})
		rest := text[c.toks[cut].end:]
		if keep {
			rest = text[c.toks[cut].start:]
		}
		trimmed := strings.TrimLeft(rest, " ")
		if weekly != nil {
			w := *weekly
			shift := len(rest) - len(trimmed)
			w.Start, w.End = w.Start-shift, w.End-shift
			return append(out, piece{text: trimmed, cont: true, weekly: &w})
		}
		text, cont = trimmed, true
	}
}

// parallelWeekday finds, after a weekly deadline with a weekday, a comma and
// another weekday that opens a clause of its own ("… vào thứ 4 hàng tuần,
// ngày thứ 7 xây dựng NTM …"): the same rule on that day.
func (x *extractor) parallelWeekday(c *clause, d deadline.Deadline) (int, *deadline.Deadline) {
	if d.Rule == nil || d.Rule.Freq != deadline.Weekly || !d.Rule.HasWeekday {
		return -1, nil
	}
	for i, t := range c.toks {
		if !t.punct || t.w != "," || t.start < d.End {
			continue
		}
		k := i + 1
		if c.word(k) == "ngay" {
			k++
		}
		var n int
		switch {
		case c.word(k) == "thu" && k+1 < len(c.toks):
			n = k + 2 - (i + 1)
		case c.word(k) == "chu" && c.word(k+1) == "nhat":
			n = k + 2 - (i + 1)
		default:
			return -1, nil
		}
		last := i + n
		phrase := c.text[c.toks[i+1].start:c.toks[last].end]
		w, err := deadline.Parse(phrase+" hàng tuần", x.ref)
		if err != nil || w.Rule == nil || !w.Rule.HasWeekday {
			return -1, nil
		}
		rest := c.toks[i].end
		w.Text = phrase
		w.Start, w.End = c.toks[i+1].start-rest, c.toks[last].end-rest
		return i, &w
	}
	return -1, nil
}

// findAll returns every deadline expression in text, by position.
func findAll(text string, ref time.Time, depth int) []deadline.Deadline {
	if depth > 8 || strings.TrimSpace(text) == "" {
		return nil
	}
	d, ok, _ := deadline.Find(text, ref)
	if !ok {
		return nil
	}
	out := findAll(text[:d.Start], ref, depth+1)
	out = append(out, d)
	for _, r := range findAll(text[d.End:], ref, depth+1) {
		r.Start += d.End
		r.End += d.End
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// specificOnly keeps the deadlines that clearly are one: with a lead word
// or a number, not a bare "hàng tuần".
func specificOnly(ds []deadline.Deadline) []deadline.Deadline {
	var out []deadline.Deadline
	for _, d := range ds {
		if isSpecific(d) {
			out = append(out, d)
		}
	}
	return out
}

func isSpecific(d deadline.Deadline) bool {
	return d.Lead || strings.ContainsAny(d.Text, "0123456789")
}

// setsDeadline reports whether a directive's deadline is written as one
// ("trước ngày 30/9", "chậm nhất 25/8", "thời hạn …", "trong 72 giờ") and
// is still ahead: work given a deadline is asked for, whatever else the
// clause reads like.
func (x *extractor) setsDeadline(d Directive) bool {
	if d.Deadline == nil || !d.Deadline.Lead || d.Deadline.Time.Before(x.ref) {
		return false
	}
	if d.Deadline.Rule != nil && !strings.HasPrefix(vntext.Fold(d.Deadline.Text), "truoc") && !strings.HasPrefix(vntext.Fold(d.Deadline.Text), "cham nhat") {
		return false // a bare "hằng tuần" sets no work; "trước ngày 20 hằng tháng" does
	}
	c := &clause{text: d.Deadline.Text, toks: tokenize(d.Deadline.Text)}
	if c.at(0, deadlineLeads) > 0 {
		return true
	}
	w := c.word(1)
	return c.word(0) == "trong" && w != "" && w[0] >= '0' && w[0] <= '9'
}

// findDeadline finds the one deadline of a clause (deadline.FindOne: two
// different ones are an error that becomes a warning), passing over dates that
// set none: the date of a document ("Công văn số 6917/UBND ngày
// 19/12/2020"), a period a noun speaks of ("những tháng cuối năm") and
// the length of an event ("diễn ra trong 2 ngày 13-14/7").
func (x *extractor) findDeadline(text string) (deadline.Deadline, bool, error) {
	text = blankRangeStarts(text)
	off := 0
	for range 8 {
		dl, ok, err := deadline.FindOne(text[off:], x.ref)
		if err != nil || !ok {
			return dl, ok, err
		}
		dl.Start, dl.End = dl.Start+off, dl.End+off
		if !notDeadline(text, dl) {
			return dl, true, nil
		}
		off = dl.End
	}
	return deadline.Deadline{}, false, nil
}

// dayName reports whether the words before a date end with the name of a
// day: "ngày" then capitalised words ("ngày Phụ nữ Việt Nam", "ngày Giải
// phóng miền Nam"), within the last six words.
func dayName(words []string) bool {
	for k := len(words) - 1; k >= 0 && k >= len(words)-6; k-- {
		if vntext.Fold(words[k]) == "ngay" && k+1 < len(words) {
			r, _ := utf8.DecodeRuneInString(words[k+1])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// blankRangeStarts blanks the first day of each span of days, but for a
// span opened by "từ (ngày)": "từ ngày 14/11 - 25/11 ra quân …" is work
// over those days, read whole (to its last day) by package deadline.
func blankRangeStarts(text string) string {
	ms := dateRange.FindAllStringIndex(text, -1)
	if len(ms) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		r := text[m[0]:m[1]]
		b.WriteString(text[last:m[0]])
		last = m[1]
		if ws := strings.Fields(vntext.Fold(text[:m[0]])); len(ws) > 0 && (ws[len(ws)-1] == "tu" || len(ws) > 1 && ws[len(ws)-1] == "ngay" && ws[len(ws)-2] == "tu") {
			b.WriteString(r)
			continue
		}
		i := strings.IndexAny(r, "-–")
		n := i + len(string([]rune(r[i:])[0]))
		b.WriteString(strings.Repeat(" ", n) + r[n:])
	}
	b.WriteString(text[last:])
	return b.String()
}

// dateRange is a span of days, "28/9/2019-29/9/2019", "13-14/7": its
// deadline is its last day, so the first is blanked out (same length, so
// that offsets hold).
var dateRange = regexp.MustCompile(`\b\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?\s*[-–]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`)

// docNumber ends a document's number, with "ngày" after it or not:
// "số 6917/UBND-KTTC ngày", "số 31/TB-VPCP,".
var docNumber = regexp.MustCompile(`(?i)(?:số\s*)?\d+[/-][\p{L}\d/&.-]*[\s,–-]*(?:ngày|ngay)?\s*$`)

func notDeadline(text string, dl deadline.Deadline) bool {
	before := text[:dl.Start]
	if !dl.Lead && docNumber.MatchString(before) {
		return true
	}
	words := strings.Fields(vntext.Fold(before))
	if n := len(words); !dl.Lead && n > 0 {
		switch words[n-1] {
		case "cac":
			if dl.Rule == nil || !dl.Rule.HasWeekday {
				return true // "các tháng …": a period spoken of; "vào các ngày thứ Bảy, Chủ nhật hằng tuần" is a schedule
			}
		case "thang", "nhung", "dip", "ky":
			return true
		case "khanh", "le", "tet", "niem":
			return true // "dịp nghỉ Lễ Quốc khánh 02/9/2023": the name of a day, not a deadline
		}
		if raw := strings.Fields(before); n >= 3 && len(raw) == n && words[n-2] != "ngay" && words[n-1] != "ngay" && dayName(raw) {
			return true // "kỷ niệm ngày Phụ nữ Việt Nam 20/10": the name of a day
		}
		// "diễn ra trong 2 ngày 13-14/7": the days of an event
		if n >= 3 && words[n-3] == "trong" && words[n-1] == "ngay" {
			return true
		}
	}
	if eventDay(words) {
		return true // "kỳ họp … dự kiến tổ chức vào ngày 26/12": when an event is planned, not a deadline
	}
	after := strings.TrimLeft(text[dl.End:], " ")
	if campaignDay(dl, after) {
		return true // "ngày chủ nhật xanh", "Thứ Bảy tình nguyện": the name of a movement, not a day
	}
	if openEnded.MatchString(vntext.Fold(after)) {
		return true // "trong năm 2018 và những năm tiếp theo": an aim with no end, not a deadline
	}
	if strings.HasPrefix(vntext.Fold(dl.Text), "trong") && after != "" && after[0] >= '0' && after[0] <= '9' {
		return true
	}
	return false
}

// opensWithTime reports whether the clause opens with the time frame dl,
// closed by a comma: "Từ ngày 30/4 đến hết ngày 03/5, các đơn vị bố trí
// …; thường xuyên …" sets the deadline of every item of the sentence.
func (c *clause) opensWithTime(dl deadline.Deadline) bool {
	before := c.text[:dl.Start]
	if strings.Contains(before, ",") || len(strings.Fields(before)) > 6 {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(c.text[dl.End:]), ",")
}

// reviewedPeriod is a time frame that opens a clause and names a month:
// "Trong tháng 8 (năm 2020)", "Tháng 8/2020", folded.
var reviewedPeriod = regexp.MustCompile(`^(?:trong )?thang (\d{1,2})(?:(?: nam |/)(\d{4}))?\s*,`)

// reviewedYear is a year frame that opens a clause: "Trong năm 2025,", "Năm 2025,", folded.
var reviewedYear = regexp.MustCompile(`^(?:trong )?nam (\d{4})\s*,`)

// pastFrames open a clause that reports on a time gone by.
var pastFrames = phrases("trong thang qua", "thang qua", "thoi gian qua", "thoi gian vua qua", "trong thoi gian qua", "trong nam qua", "nam qua", "trong tuan qua", "tuan qua", "vua qua")

// periodUnderReview reports whether the clause opens with the period the
// meeting reviews: a month already begun at the meeting (the 17th of
// August for "Trong tháng 8, …") or gone by, or "thời gian qua": what
// follows reports on it, unless it asks.
func (x *extractor) periodUnderReview(c *clause) bool {
	if c.at(0, pastFrames) > 0 {
		return true
	}
	if m := reviewedYear.FindStringSubmatch(vntext.Fold(c.text)); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y < x.ref.Year() // "Trong năm 2025, lực lượng … đã phát huy …" at a meeting of January 2026
	}
	m := reviewedPeriod.FindStringSubmatch(vntext.Fold(c.text))
	if m == nil {
		return false
	}
	month, _ := strconv.Atoi(m[1])
	year := x.ref.Year()
	if m[2] != "" {
		year, _ = strconv.Atoi(m[2])
	}
	start := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, x.ref.Location())
	return month >= 1 && month <= 12 && start.AddDate(0, 0, 7).Before(x.ref)
}

// hasWeekly reports whether a text speaks of every week: "hằng tuần", "hàng tuần".
func hasWeekly(text string) bool {
	c := &clause{text: text, toks: tokenize(text)}
	return c.has(phrases("hang tuan"))
}

// weekdayFillers may stand beside a weekday in a line that only names it:
// "Vào cuối giờ chiều thứ Sáu", "Vào các ngày thứ bảy và Chủ nhật".
var weekdayFillers = phrases("vao", "cuoi", "gio", "cac", "ngay", "buoi", "luc", "dau", "trong")

// weekdayOnly returns the weekly deadline of a line that only names a
// weekday (or two) and the time of day, or nil.
func (x *extractor) weekdayOnly(text string) *deadline.Deadline {
	text = strings.TrimRight(strings.TrimSpace(text), " :")
	dl, ok, err := deadline.Find(text+" hằng tuần", x.ref)
	if err != nil || !ok || dl.Rule == nil || !dl.Rule.HasWeekday || dl.Start >= len(text) {
		return nil
	}
	rest := text[:dl.Start]
	c := &clause{text: rest, toks: tokenize(rest)}
	for i := 0; i < len(c.toks); {
		n := c.at(i, weekdayFillers)
		if n == 0 && !c.toks[i].punct {
			return nil
		}
		i += max(n, 1)
	}
	end := min(dl.End, len(text))
	dl.Text = strings.TrimSpace(text[:end])
	dl.Start, dl.End = 0, end
	return &dl
}

// isMonthEnd reports whether a deadline is the last moment of a month.
func isMonthEnd(d deadline.Deadline) bool {
	next := d.Time.Add(time.Second)
	return next.Day() == 1 && next.Hour() == 0 && next.Minute() == 0
}

// recursAhead reports whether a directive's deadline recurs ("hằng tuần vào
// thứ Sáu", "định kỳ hằng tháng"): a rhythm is set for work to come.
func (x *extractor) recursAhead(d Directive) bool {
	return d.Deadline != nil && d.Deadline.Rule != nil && !d.Deadline.Time.Before(x.ref)
}

// requestStillOpen reports whether a clause reports a request already made
// ("Đã yêu cầu X …", "UBND xã đã giao X …") that gives a deadline still
// ahead of the meeting: the work is still to be done, and tracked.
func (x *extractor) requestStillOpen(c *clause, a analysis, p piece) bool {
	asked := false
	for i := range c.toks {
		if c.word(i) == "da" {
			if k, _ := c.cue(i + 1); k == cueRequest {
				asked = true
				break
			}
		}
	}
	return asked && x.setsDeadline(x.directive(c, a, p))
}

// eventDay reports whether the folded words before a date say when an
// event is planned or takes place: "dự kiến tổ chức vào ngày", "diễn ra
// vào ngày".
func eventDay(words []string) bool {
	n := len(words)
	for n > 0 && (words[n-1] == "ngay" || words[n-1] == "vao" || words[n-1] == "luc") {
		n--
	}
	if n >= 2 && (words[n-2] == "to" && words[n-1] == "chuc" || words[n-2] == "khai" && words[n-1] == "mac") {
		n -= 2
	}
	return n >= 2 && (words[n-2] == "du" && words[n-1] == "kien" || words[n-2] == "dien" && words[n-1] == "ra")
}

// campaignWords follow a weekday in the name of a movement: "Chủ nhật
// xanh", "Thứ Bảy tình nguyện", "Chủ nhật sạch đẹp".
var campaignWords = phrases("xanh", "tinh nguyen", "sach dep", "van minh", "vi moi truong")

// campaignDay reports whether a weekday, with no date of its own, names a
// movement: the words after it are those of its name.
func campaignDay(dl deadline.Deadline, after string) bool {
	if dl.Rule == nil && !weekdayWords(vntext.Fold(dl.Text)) || strings.ContainsAny(dl.Text, "0123456789") {
		return false
	}
	c := &clause{text: after, toks: tokenize(after)}
	return c.at(0, campaignWords) > 0
}

// weekdayWords reports whether folded words name a day of the week.
func weekdayWords(f string) bool {
	return strings.Contains(f, "chu nhat") || strings.Contains(f, "thu hai") || strings.Contains(f, "thu ba") || strings.Contains(f, "thu tu") ||
		strings.Contains(f, "thu nam") || strings.Contains(f, "thu sau") || strings.Contains(f, "thu bay")
}

package deadline

import (
	"unicode"

	"github.com/dondoc/dondoc/vntext"
)

// Clause mood: one decision for a date that no deadline word governs.
//
// A candidate date is a deadline when a deadline word governs it ("trước", "chậm nhất", "hạn",
// "không quá", "hoàn thành trong/trước", "xong trước": a strong lead). A date introduced only by
// "trong", "vào", "đến" or by nothing (a weak lead) is a deadline only if the sentence around it
// asks for work; when the sentence tells what was done or what is measured, the date is the time
// of that story. The mood is read from the marker nearest the date, looking back through the
// sentence first and then forward:
//
//   - a request marker asks for work: "phải", "cần", "đề nghị", "yêu cầu", "giao", "chỉ đạo",
//     "kết luận", "khẩn trương", "phấn đấu", the future of a plan, "sẽ", "dự kiến", and the plan or
//     goal itself, "kế hoạch", "mục tiêu" (what "đã lên kế hoạch …" or "đã xác định mục tiêu …"
//     sets is work to come), unless it is a measure ("đạt 24% kế hoạch");
//   - a report marker tells: "đã", "vừa", "cho biết", an estimate ("ước"), a measured quantity
//     ("đạt 91%", "tăng 13,86%"), a forecast ("dự báo", "có mưa", "dự kiến đạt 500 tỷ đồng"), and
//     a request marker itself when "đã" or "vừa" stands before it ("đã hoàn thành"), unless it
//     directs someone else: "đã yêu cầu", "vừa chỉ đạo", "đã giao" relay a directive;
//   - "thường xuyên" says the work is ongoing: no deadline, unless the date is a cycle.
//
// With no marker, a sentence that opens with a narrative date ("Ngày 16/7/2021, Thủ tướng …",
// "Chiều 21/10, …") tells a story, except in a typed command (Reader.Typed); any other sentence is neutral, and a typed task ("Phòng KTHT
// nộp báo cáo 15/12") keeps its date.

// mood is what a clause says of the work around a date: it asks for work (moodRequest), tells
// what was done, measured or forecast (moodReport), says the work goes on with no end
// (moodOngoing), or shows none of these (moodNeutral). moodAt and clauseMood read it.
type mood int

const (
	moodNeutral mood = iota
	moodRequest
	moodReport
	moodOngoing
)

// requestMarkers ask for work, as written (lower-case, with diacritics; markerMatch also reads
// those of two or more syllables typed without them).
var requestMarkers = [][]string{
	{"phải"}, {"cần"}, {"đề", "nghị"}, {"yêu", "cầu"}, {"giao"}, {"chỉ", "đạo"}, {"đôn", "đốc"},
	{"nhắc", "nhở"}, {"khẩn", "trương"}, {"phấn", "đấu"}, {"sẽ"}, {"dự", "kiến"}, {"kết", "luận"},
	{"tham", "mưu"}, {"đề", "xuất"}, {"chủ", "động"}, {"hoàn", "thành"}, {"trực"}, {"quyết", "tâm"},
}

// directing are the first words of the request markers that direct someone else: even told in
// the past ("đã yêu cầu", "vừa chỉ đạo", "đã giao"), what they direct is work to come.
var directing = map[string]bool{"yêu": true, "đề": true, "giao": true, "chỉ": true, "đôn": true, "nhắc": true, "kết": true}

// planMarkers name a plan or a goal: the dates in it are of work to come, even when the sentence
// tells that the plan was made.
var planMarkers = [][]string{{"kế", "hoạch"}, {"mục", "tiêu"}}

// notPlanBefore are the words before a plan marker that make it the measure of a result: "đạt
// 24% kế hoạch", "so với mục tiêu".
var notPlanBefore = []string{"%", "với", "đạt", "bằng", "vượt"}

// reportMarkers tell what was done or said, or forecast the weather.
var reportMarkers = [][]string{{"đã"}, {"vừa"}, {"cho", "biết"}, {"ước"}, {"dự", "báo"}, {"có", "mưa"}, {"mưa", "to"}, {"mưa", "rất"}}

// forecastMarkers tell a forecast: the weather, a storm's course ("Trong 24 giờ tới, áp thấp
// nhiệt đới di chuyển …").
var forecastMarkers = [][]string{
	{"dự", "báo"}, {"bão"}, {"áp", "thấp"}, {"mưa"}, {"gió"}, {"lũ"}, {"triều", "cường"},
	{"nắng", "nóng"}, {"không", "khí", "lạnh"}, {"rét"}, {"nhiệt", "độ"},
}

// forecast reports whether the clause of token i forecasts rather than asks for work, so that
// "trong 24 giờ tới" there is the forecast's window: a forecast marker is written in it, no
// word of obligation ("phải", "hạn") in the text, and the text is not a typed command.
func (p *parser) forecast(i int) bool {
	if p.typed || p.obliged() {
		return false
	}
	for b := i - 1; b >= 0 && b >= i-moodReach && !p.sentenceEnd(b); b-- {
		if p.markerMatch(b, forecastMarkers) > 0 {
			return true
		}
	}
	for n := i; n < len(p.toks) && n < i+moodReach && !p.sentenceEnd(n); n++ {
		if p.markerMatch(n, forecastMarkers) > 0 {
			return true
		}
	}
	return false
}

// quantityMarkers followed by a number tell a measured quantity: "đạt 91%", "tăng 1,34%".
var quantityMarkers = []string{"đạt", "tăng", "giảm"}

// notRequest are the words after "giao" or "yêu cầu" and "trực" that make them another word:
// "giao ban" (a meeting), "giao thông", "trực tiếp", "trực tuyến".
var notRequest = map[string][]string{
	"giao": {"ban", "thông", "lưu", "dịch", "tiếp", "nhận", "thương", "diện", "hữu", "thoa"},
	"trực": {"tiếp", "thuộc", "tuyến", "quan", "diện"},
}

// notRequestBefore are the words before a request marker that make it a noun: "theo yêu cầu",
// "so với yêu cầu", "bàn giao", "thường trực", "được giao" (what was assigned).
var notRequestBefore = map[string][]string{
	"yêu":   {"theo", "với", "các", "ứng", "những", "của"},
	"giao":  {"bàn", "được", "đã"},
	"trực":  {"thường", "ban"},
	"kết":   {"các", "những", "theo", "thông", "báo"},
	"chỉ":   {"sự", "theo", "các", "những", "của"},
	"quyết": {"với", "sự", "có", "những", "các"}, // "với quyết tâm cao": a noun
}

// strongLeads govern a date as a deadline whatever the sentence tells.
var strongLeads = phrases(
	"truoc", "cham nhat", "muon nhat", "han", "han chot", "han cuoi", "thoi han", "thoi han hoan thanh",
	"thoi gian hoan thanh", "deadline", "kip", "khong qua", "toi da", "trong thoi han", "trong vong khong qua",
	"trong thoi han khong qua", "hoan thanh", "hoan tat", "xong", "thuc hien xong",
)

// stronglyLed reports whether a deadline word governs c.
func (p *parser) stronglyLed(c *cand) bool {
	return c.lead && p.match(c.first, strongLeads) > 0
}

// sentenceEnd reports whether token i ends a sentence: a full stop, "!", "?" or ";" that is not
// inside a number or a date ("20.7.2020", "10.473").
func (p *parser) sentenceEnd(i int) bool {
	if !p.oneOf(i, ".", "!", "?", ";") {
		return false
	}
	return i+1 >= len(p.toks) || !p.glued(i+1) || !p.toks[i+1].isWord()
}

// moodAt returns the mood a marker starting at token i sets, computed once per token.
func (p *parser) moodAt(i int) mood {
	if i < 0 || i >= len(p.toks) {
		return moodNeutral
	}
	if p.marks == nil {
		p.marks = make([]int8, len(p.toks))
	}
	if p.marks[i] == 0 {
		m, _ := p.markerAt(i)
		p.marks[i] = int8(m) + 1
	}
	return mood(p.marks[i] - 1)
}

// markerAt returns the mood a marker starting at token i sets, and the marker's length.
func (p *parser) markerAt(i int) (mood, int) {
	w := p.original(i)
	if w == "" {
		return moodNeutral, 0
	}
	if w == "thường" && p.original(i+1) == "xuyên" {
		return moodOngoing, 2
	}
	if p.quantityAt(i) {
		if p.markerMatch(i-2, requestMarkers) == 2 && p.original(i-2) != "dự" || p.markerMatch(i-1, requestMarkers) == 1 && p.original(i-1) != "sẽ" {
			return moodRequest, 1 // "phấn đấu đạt 100%", "phải đạt 95%": a target; "dự kiến đạt" a forecast
		}
		return moodReport, 1
	}
	if n := p.markerMatch(i, planMarkers); n > 0 {
		before := p.original(i - 1)
		for _, x := range notPlanBefore {
			if before == x {
				return moodNeutral, 0
			}
		}
		if p.isNum(i - 1) {
			return moodNeutral, 0
		}
		return moodRequest, n
	}
	if n := p.markerMatch(i, reportMarkers); n > 0 {
		return moodReport, n
	}
	n := p.markerMatch(i, requestMarkers)
	if n == 0 {
		return moodNeutral, 0
	}
	for _, x := range notRequest[w] {
		if p.original(i+n) == x {
			return moodNeutral, 0
		}
	}
	for _, x := range notRequestBefore[w] {
		if p.original(i-1) == x {
			return moodNeutral, 0
		}
	}
	if !directing[w] {
		for b := i - 1; b >= i-2 && b >= 0; b-- {
			if o := p.original(b); o == "đã" || o == "vừa" {
				return moodReport, n // "đã hoàn thành", "đã chủ động": done, not asked
			}
		}
	}
	if w == "dự" || w == "sẽ" {
		for k := i + n; k <= i+n+1; k++ {
			if p.quantityAt(k) {
				return moodReport, n // "dự kiến đạt 500 tỷ đồng", "sẽ tăng 10%": a forecast figure
			}
		}
	}
	return moodRequest, n
}

// quantityAt reports whether a measured quantity is written at token i: "đạt 91%", "tăng 1,34%".
func (p *parser) quantityAt(i int) bool {
	w := p.original(i)
	for _, q := range quantityMarkers {
		if w == q && p.isNum(i+1) {
			return true
		}
	}
	return false
}

// markerMatch returns the length of the phrase of list written at token i, or 0. A phrase of
// two or more syllables is also read in a text typed without diacritics ("de nghi", "du bao",
// "khan truong"): such a pair is not ambiguous. A single syllable must be written with its
// diacritics ("đã", "vừa", "cần"): "da", "vua", "can" are too many other words.
func (p *parser) markerMatch(i int, list [][]string) int {
	for _, ws := range list {
		ok := true
		for k, w := range ws {
			if o := p.original(i + k); o != w && (len(ws) == 1 || !p.bare(i+k) || p.toks[i+k].s != vntext.Fold(w)) {
				ok = false
				break
			}
		}
		if ok {
			return len(ws)
		}
	}
	return 0
}

// bare reports whether token i is written without diacritics ("de", "nghi"): its folded form
// is the word as written, lower-cased.
func (p *parser) bare(i int) bool {
	return i >= 0 && i < len(p.toks) && p.original(i) == p.toks[i].s
}

// moodReach bounds, in tokens, how far a marker is looked for on each side of a date.
const moodReach = 60

// symbol reports whether token i holds no letter and no digit: an emoji or a sign.
func (p *parser) symbol(i int) bool {
	for _, r := range p.original(i) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// clauseMood returns the mood of the sentence around c (see the package comment above). A typed
// command (Reader.Typed) is always a request: "dự báo thời tiết trong 24 giờ tới, gửi bản tin"
// asks for the bulletin within 24 hours.
func (p *parser) clauseMood(c *cand) mood {
	if p.typed {
		return moodRequest
	}
	for b := c.first - 1; b >= 0 && b >= c.first-moodReach && !p.sentenceEnd(b); b-- {
		if m := p.moodAt(b); m != moodNeutral {
			return m
		}
	}
	for n := c.last; n < len(p.toks) && n < c.last+moodReach && !p.sentenceEnd(n); n++ {
		if m := p.moodAt(n); m != moodNeutral {
			return m
		}
	}
	if p.narrativeOpening(c) {
		return moodReport
	}
	return moodNeutral
}

// narrativeOpening reports whether the sentence of c opens with a date that sets the scene, the
// date written with "ngày" or a part of the day and followed by a comma and the subject of what is
// told ("Ngày 16/07/2021, Thủ tướng …", "Chiều 21/10, …"), c being that date or lying after it. Only the clauseReach tokens
// before c are looked at.
func (p *parser) narrativeOpening(c *cand) bool {
	if p.typed {
		return false // a typed command tells no story
	}
	i := c.first - 1
	for i >= 0 && !p.sentenceEnd(i) {
		if i < c.first-moodReach {
			return false
		}
		i--
	}
	i = p.sceneStart(i+1, c.first)
	part := p.oneOf(i, dayparts...)
	if part {
		i++
	}
	if !part && !p.is(i, "ngay") || p.obliged() {
		return false // "ngày 20/2, hạn 17h gửi báo cáo" is a task
	}
	o, ok := p.parseAt(i)
	if ok && part && c.partFirst && c.first == i-1 && o.last == c.last {
		o.first = c.first // "Sáng nay, …": the part of the day opens the candidate itself
	}
	if !ok || o.lead || o.e.rec != nil || len(o.e.days) == 0 || o.has(kDuration) || o.first > c.first || o.last > c.first && o.first != c.first {
		return false
	}
	if o.relativeDay() && o.e.days[0].date.After(p.spokenToday()) {
		return false // "Sáng mai, Phòng Nội vụ trình …": the writer's tomorrow sets no scene of a story
	}
	// A scene is set by a day without its hour and its subject: a name ("Ngày 16/7/2021, Thủ tướng
	// …") or any word but a verb of work ("Ngày 30/10, tập thể lãnh đạo …"). A day with its hour is
	// an appointment ("ngày 1/1/2025 0h, gửi về …"; opening() alone judges that day itself), and
	// "Ngày 15/12, gửi báo cáo …" is a task.
	k := o.last + 1
	if !p.is(o.last, ",") || o.e.clk != nil {
		return false
	}
	return p.namedSubject(k) || p.match(k, dailyVerbs) < 0 && p.match(k, leadVerbs) < 0 && p.match(k, taskVerbs) < 0
}

// taskVerbs, after a day that opens a sentence, make it the day of a task: "Ngày 15/12, nộp …".
var taskVerbs = phrases("nop", "gui", "hoan thanh", "trien khai", "bao cao", "tong hop", "xay dung", "de xuat", "tham muu")

// moodVeto reports whether the sentence shows that c, which no deadline word governs, is the time
// of a story, a measure or an ongoing duty rather than a deadline.
func (p *parser) moodVeto(c *cand) bool {
	if p.stronglyLed(c) {
		return false
	}
	switch p.clauseMood(c) {
	case moodReport:
		return true
	case moodOngoing:
		return c.e.rec == nil
	}
	return false
}

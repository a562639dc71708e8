package directives

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

type extractor struct {
	dir *tasks.Directory
	ref time.Time
	// trace, when set (tests), is told what became of every piece.
	trace func(piece string, kept bool, v verdict, a analysis)
}

// piece is a clause of the conclusion that may be a directive.
type piece struct {
	text string
	// cont marks a piece cut out of the clause before it by a second
	// deadline or a parallel weekday: it continues that clause's subject.
	cont bool
	// weekly is the deadline of a parallel weekday ("…vào thứ 4 hàng tuần,
	// ngày thứ 7 …"), found when the clause was cut.
	weekly *deadline.Deadline
}

// verdict is what a clause is, on its own.
type verdict int

const (
	vNone      verdict = iota // no cue: not a directive, and the mode stays
	vDirective                // asks for work
	vNarrative                // reports
	vFollow                   // starts with a verb: like the clause before
)

func (a analysis) verdict() verdict {
	switch a.pred {
	case predRequest, predModal:
		return vDirective
	case predNarrative:
		return vNarrative
	case predVerb:
		if a.past {
			return vNarrative
		}
		if a.subjectMention || a.unknownLead != "" {
			return vDirective // "Thường trực HĐND xã giám sát …": a body acts, known or not
		}
		return vFollow
	}
	if a.past {
		return vNarrative
	}
	return vNone
}

// headingState holds the owners a heading gives the items below it: a line
// that ends with a colon holds for the list items and paragraphs after it,
// until a sibling item (same marker as the heading), a paragraph with its
// own subject, or a report; a colon inside a sentence ("… như: Triển khai
// …") holds to the end of its paragraph.
type headingState struct {
	owners *headOwners
	// unknown is the body a heading named that the directory does not
	// know: the items below it have no owner, and say why.
	unknown string
	mark    markKind
	para    int
	inline  bool
	// depth is the list depth of the heading's line (-1 outside a list);
	// depths number the kinds of list marker in the order they first
	// appear, outer lists first.
	depth  int
	depths map[markKind]int
}

func (h *headingState) set(o *headOwners, s sentence, inline bool) {
	h.owners, h.mark, h.para, h.inline, h.unknown = o, s.marker, s.para, inline, ""
	h.depth = h.depthOf(s)
	if inline {
		h.mark = markNone
	}
}

// depthOf is the list depth of a sentence: -1 outside a list.
func (h *headingState) depthOf(s sentence) int {
	if !s.listItem {
		return -1
	}
	if h.depths == nil {
		h.depths = map[markKind]int{}
	}
	d, ok := h.depths[s.marker]
	if !ok {
		d = len(h.depths)
		h.depths[s.marker] = d
	}
	return d
}

// outside reports whether sentence s is a list item of the same list as
// an item at depth, or of an outer one: past that item's reach.
func (h *headingState) outside(s sentence, depth int) bool {
	return s.listItem && depth >= 0 && h.depthOf(s) <= depth
}

// enter ends the heading before a sentence that is out of its reach.
func (h *headingState) enter(s sentence) {
	h.depthOf(s)
	if h.unknown != "" && s.para != h.para && (!s.listItem || s.marker == h.mark || h.outside(s, h.depth)) {
		h.unknown = ""
	}
	if h.owners == nil || s.para == h.para {
		return
	}
	switch {
	case h.outside(s, h.depth):
		h.owners = nil // "3. …" after the items of "2. Phòng Kinh tế:", or "d) …" after "c) Công an xã: …"
	case h.depth >= 0 && !s.listItem && !h.inline && (s.heading || s.intro[0]):
		h.owners = nil // a paragraph out of the list that opens a list of its own, after "- UBND các xã, thị trấn:" and its items
	case h.inline && !s.listItem:
		h.owners = nil
	case s.listItem && h.mark != markNone && s.marker == h.mark:
		h.owners = nil
	}
}

// opened ends the heading at a paragraph that has its own subject or
// reports, unless it is a list item under the heading.
func (h *headingState) opened(s sentence, ownSubject bool, v verdict) {
	if h.owners == nil || s.para == h.para || s.listItem {
		return
	}
	if ownSubject || v == vNarrative {
		h.owners = nil
	}
}

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

// dashDate is a day and month written with a dash or a dot: "4-10", "4.10".
var dashDate = regexp.MustCompile(`(\d{1,2})[-.](\d{1,2})\b`)

// purposeOnly reports whether the clause is only a purpose ("Nhằm nâng cao
// chất lượng …", "Để kịp thời tổng hợp …") with no main clause after it.
func (c *clause) purposeOnly() bool {
	if k, _ := c.cue(0); c.at(0, purposeWords) == 0 || k != cueNone || c.word(1) == "nghi" || c.word(1) == "xuat" || c.word(1) == "ra" {
		return false
	}
	if _, named := c.byFirst[1]; named {
		return false // "để Sở thẩm định …": the unit served acts
	}
	return !c.asksAfterFrame()
}

// asksAfterFrame reports whether, after the comma that ends an opening
// frame, the clause has a subject or a request: "Để …, UBND xã yêu cầu …".
func (c *clause) asksAfterFrame() bool {
	comma := -1
	for i, t := range c.toks {
		if t.punct && t.w == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return false
	}
	for i := comma + 1; i < len(c.toks); i++ {
		if k, _ := c.cue(i); k == cueRequest || k == cueModal {
			return true
		}
		if _, ok := c.byFirst[i]; ok {
			return true
		}
	}
	return false
}

// documentOnly reports whether the clause only names the document it
// carries out ("Thực hiện Công văn số 891/UBND ngày …"), with no main
// clause after it.
func (c *clause) documentOnly() bool {
	if c.at(0, documentFrames) == 0 {
		return false
	}
	return !c.asksAfterFrame()
}

// narrativeHeading reports whether a heading reports or advises rather
// than asks: "UBND xã Nam Xuân khuyến cáo:".
func (x *extractor) narrativeHeading(text string) bool {
	c := newClause(strings.TrimRight(text, " :"), x.dir)
	a := c.analyze()
	return a.pred == predNarrative
}

// namedPerson reports whether the clause opens with a person's name
// ("Bà Nguyễn Thị Thảo ở thôn Giữa"), not a title ("Đồng chí Chủ tịch").
func (c *clause) namedPerson() bool {
	k := c.at(0, personWords)
	if k == 0 || k >= len(c.toks) || c.at(k, titleWords) > 0 || c.toks[k].punct {
		return false
	}
	name := c.text[c.toks[k].start:c.toks[k].end]
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// newsAboutPerson reports whether the clause tells what a named person
// did ("Đồng chí Trần Văn A, Chủ tịch UBND xã cùng các cơ quan chức năng
// kiểm tra …"): news, not a directive, unless that person asks someone.
func (c *clause) newsAboutPerson() bool {
	if !c.namedPerson() {
		return false
	}
	for i := range c.toks {
		if kind, _ := c.cue(i); kind == cueRequest || kind == cueSpeech {
			return false
		}
	}
	return true
}

// subjectLine reports whether the clause is the subject line of a letter
// ("V/v xin chủ trương …", "Về việc …") or its addressee line ("Kính gửi").
func (c *clause) subjectLine() bool {
	if c.word(0) == "v" && c.word(2) == "v" || c.at(0, [][]string{{"ve", "viec"}, {"kinh", "gui"}}) > 0 {
		return true
	}
	if c.at(0, noticeTitles) > 0 && !c.has(requestVerbs) && !strings.Contains(c.text, ":") {
		return true // "Kết luận của Chủ tịch UBND xã tại buổi làm việc với các thôn …": the notice's title
	}
	return false
}

// nounList reports whether a clause that opens with a verb is a list of
// nouns instead ("tổ chức, biên chế, học sinh, …"): the first word is
// followed by a comma and the next is no verb.
func (c *clause) nounList() bool {
	_, n := c.cue(0)
	if n == 0 || n >= len(c.toks)-1 || !c.toks[n].punct || c.toks[n].w != "," {
		return false
	}
	k, _ := c.cue(n + 1)
	return k != cueVerb && k != cueModal && k != cueWeakModal && k != cueRequest
}

// isAside reports whether a clause is all inside parentheses: a reference
// ("(Theo Công văn số …)"), never a directive.
func isAside(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "./"))
	return strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")
}

func withoutTopic(ws []Warning, t Topic) []Warning {
	var out []Warning
	for _, w := range ws {
		if w.About != t {
			out = append(out, w)
		}
	}
	return out
}

// headOwners are the lead and coordinators a heading names for the items below it.
type headOwners struct {
	lead   Owner
	coords []Owner
	phrase string
}

// headingOwner reads a line that ends with a colon. A heading that only
// names who does the items below it ("3. UBND các xã, thị trấn:", "Đề nghị
// Giám đốc các sở, ngành; Chủ tịch UBND các xã, phường:") gives their
// headOwners and is not a directive itself (skip); a directive that announces a
// list ("Giao Phòng KTHT thực hiện các nội dung sau:") gives its headOwners too;
// any other heading ("Kết luận như sau:") gives none.
func (x *extractor) headingOwner(text string) (o *headOwners, skip bool) {
	c := newClause(strings.TrimRight(text, " :"), x.dir)
	a := c.analyze()
	if k := c.at(0, topicWords); k > 0 && (!c.hasAction() || !c.requestAt(k) && !c.hasSubjectAt(k)) {
		if _, named := c.byFirst[k]; !named {
			return nil, true // "Về đề nghị của UBND phường A:": a topic, not who acts
		}
		// "Đối với Sở Y tế:": the unit the items below are for
	}
	if a.lead != nil {
		o = &headOwners{lead: *a.lead, coords: withoutOwner(uniqueOwners(a.coords), a.lead.Key())}
		names := []string{a.lead.Name()}
		for _, co := range o.coords {
			names = append(names, co.Name())
		}
		o.phrase = strings.Join(names, ", ")
	}
	switch {
	case a.lead != nil && !c.hasAction():
		return o, true
	case a.lead != nil:
		return o, announcesList(c)
	case len(c.mentions) == 0 && a.pred != predModal, announcesList(c):
		return nil, true
	}
	return nil, false
}

// takeLead makes o, carried from another sentence, the lead of d: the
// coordinators carried with it come first, then d's own, without o.
func (d *Directive) takeLead(o Owner, coords []Owner) {
	d.Lead = &o
	d.Coordinators = withoutOwner(uniqueOwners(append(append([]Owner(nil), coords...), d.Coordinators...)), o.Key())
}

func uniqueOwners(os []Owner) []Owner {
	seen := map[string]bool{}
	var out []Owner
	for _, o := range os {
		if !seen[o.Key()] {
			seen[o.Key()] = true
			out = append(out, o)
		}
	}
	return out
}

// carry gives a clause without a subject the lead of the clause it was cut
// from, or of the request that opened its sentence, and that request's
// time frame.
func (x *extractor) carry(d *Directive, a analysis, p piece, prev *Directive, firstLead *Owner, frame *deadline.Deadline) {
	if d.Lead == nil && a.unknownLead == "" {
		var from *Owner
		switch {
		case p.cont && prev != nil:
			from = prev.Lead
		case firstLead != nil:
			from = firstLead
		}
		if from != nil {
			o := *from
			d.Lead = &o
			d.Coordinators = withoutOwner(d.Coordinators, o.Key())
			d.warn(AboutOwner, warnCarriedLead, o.Name())
			d.Why.Lead = fmt.Sprintf(whyLeadCarried, o.Name())
		}
	}
	if d.Deadline == nil && d.DeadlineText == "" && frame != nil && !p.cont {
		f := *frame
		d.Deadline, d.DeadlineText = &f, f.Text
		d.warn(AboutDeadline, warnCarriedPeriod, f.Text)
		d.Why.Deadline = fmt.Sprintf(whyDeadlineCarried, f.Text)
	}
}

func (x *extractor) ownerWarnings(d *Directive, a analysis) {
	switch {
	case d.Lead == nil && a.unknownLead != "":
		d.warn(AboutOwner, warnUnknownLead, a.unknownLead)
	case d.Lead == nil:
		d.warn(AboutOwner, warnNoLead)
	}
	for _, name := range a.unknownCoords {
		d.warn(AboutOwner, warnUnknownCoord, name)
	}
	retiredWarnings(d)
}

// directive builds the directive of an analysed clause.
func (x *extractor) directive(c *clause, a analysis, p piece) (d Directive) {
	d = Directive{Text: taskText(c.text, a)}
	d.Why.Lead = whyLeadNone
	switch {
	case a.lead != nil && a.leadFromRequest:
		d.Why.Lead = fmt.Sprintf(whyLeadAsked, a.lead.Phrase, a.requestWord)
	case a.lead != nil:
		d.Why.Lead = fmt.Sprintf(whyLeadSubject, a.lead.Phrase)
	case a.unknownLead != "":
		d.Why.Lead = fmt.Sprintf(whyLeadUnknown, a.unknownLead)
	}
	if a.lead != nil {
		o := *a.lead
		d.Lead = &o
	}
	seen := map[string]bool{}
	if d.Lead != nil {
		seen[d.Lead.Key()] = true
	}
	for _, o := range a.coords {
		if !seen[o.Key()] {
			seen[o.Key()] = true
			d.Coordinators = append(d.Coordinators, o)
		}
	}
	if p.weekly != nil {
		w := *p.weekly
		d.Deadline, d.DeadlineText = &w, w.Text
		return d
	}
	dl, ok, err := x.findDeadline(c.text)
	if end, dated := x.datedOpeningEnd(c); dated && ok && dl.Start < end {
		// "Ngày 04/8, UBND tỉnh yêu cầu …": the day of the letter, not a deadline
		dl, ok, err = x.findDeadline(strings.Repeat(" ", end) + c.text[end:])
	}
	if !ok && err == nil {
		if p := x.taskPeriod(c.text); p != nil {
			dl, ok = *p, true // "tập trung thực hiện các nhiệm vụ trọng tâm tháng 9": by the end of that month
		}
	}
	var de *deadline.Error
	defer func() {
		if d.DeadlineText != "" {
			d.Why.Deadline = fmt.Sprintf(whyDeadline, d.DeadlineText)
		}
	}()
	switch {
	case errors.As(err, &de):
		d.DeadlineText = de.Phrase
		d.warn(AboutDeadline, warnBadDeadline, de.Phrase, de.Reason)
	case !ok:
	case x.manyCycles(c.text, dl):
		d.warn(AboutDeadline, warnManyCycles, strings.TrimSpace(c.text[dl.Start:cycleListEnd(c.text, dl)]))
	case dl.Rule == nil && dl.Time.Before(x.ref):
		// a deadline before the meeting is a typing error the reader must fix: kept as written, not set
		d.DeadlineText = dl.Text
		d.warn(AboutDeadline, warnPastDeadline, dl.Text, deadline.FormatDate(dl.Time), deadline.FormatDate(x.ref))
	default:
		d.Deadline, d.DeadlineText = &dl, dl.Text
	}
	return d
}

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

// taskText is the clause without the speaker's preamble, keeping a topic
// frame ("Về tiêu chí điện, …"), capitalised, without final punctuation.
func taskText(text string, a analysis) string {
	body := strings.TrimSpace(text[a.textStart:])
	if a.frame != "" && a.textStart >= len(a.frame) {
		body = a.frame + ", " + body
	}
	body = strings.TrimRight(body, " .;,:")
	r, n := utf8.DecodeRuneInString(body)
	if n == 0 {
		return ""
	}
	return vntext.Clean(string(unicode.ToUpper(r)) + body[n:])
}

// split cuts an item where a new request starts ("… và đề nghị xã Quảng
// Lâm …"), where a second piece of work gets its own deadline, and at a
// weekday parallel to a weekly deadline.
func (x *extractor) split(item string) []piece {
	var out []piece
	for _, part := range x.splitRequests(item) {
		out = append(out, x.splitDeadlines(part)...)
	}
	return out
}

// maxPieces bounds how many pieces one item is cut into: real sentences
// hold a few, and a pathological text must not make cutting quadratic.
const maxPieces = 16

func (x *extractor) splitRequests(text string) []string {
	var out []string
	for len(out) < maxPieces {
		c := newClause(text, x.dir)
		cut := -1
		body := 0
		if c.at(0, documentFrames) > 0 {
			body = c.frameEnd() // "Căn cứ Công văn …, giao Phòng X …": the basis is no work of its own
		}
		for i := max(1, body); i+1 < len(c.toks) && cut < 0; i++ {
			t := c.toks[i]
			if !(t.punct && t.w == ",") && t.w != "va" {
				continue
			}
			if k, n := c.cue(i + 1); k == cueRequest && (c.mentionWithin(i+1+n, 3) && (c.hasPredicate(body, i) || t.punct && c.hasCue(body, i, cueNarrative)) ||
				c.at(i+1+n, orgHeads) > 0 && c.hasCue(body, i, cueNarrative) && !c.requestEndsAt(i)) {
				// "… đánh giá cao …, đồng thời chỉ ra … và yêu cầu cơ quan soạn thảo …"; not "đã chỉ đạo và giao …", one request
				cut = i
			}
			if t.punct && c.newSubjectAt(i+1) && !c.endsMention(i) && c.hasAct(0, i) {
				cut = i // "Sở Y tế chỉ đạo các bệnh viện sẵn sàng, Sở Tài chính bố trí kinh phí"
			}
			if n := c.at(i+1, rhythmOpeners); t.punct && t.w == "," && n > 0 && c.hasAct(body, i) && (c.actionAt(i+1+n) || c.at(i+1+n, phrases("bao cao", "tong hop")) > 0) {
				cut = i // "… giải quyết kiến nghị của cử tri, định kỳ hàng quý báo cáo kết quả": a second work, with its rhythm
			}
		}
		if cut < 0 {
			return append(out, text)
		}
		out = append(out, strings.TrimSpace(text[:c.toks[cut].start]))
		text = strings.TrimSpace(text[c.toks[cut+1].start:])
	}
	return append(out, text)
}

// hasPredicate reports whether tokens [i, j) hold a verb, a modal, or a
// request with words after it ("đã chỉ đạo và giao …" is one request).
func (c *clause) hasPredicate(i, j int) bool {
	for k := i; k < j; k++ {
		kind, n := c.cue(k)
		if kind == cueVerb || kind == cueModal || kind == cueRequest && c.hasWords(k+n, j) {
			return true
		}
	}
	return false
}

// directsWork reports whether the clause opens with a verb of directing
// followed by the work itself, no one named: "chỉ đạo phòng trừ sâu bệnh".
func (c *clause) directsWork() bool {
	k := c.frameEnd()
	n := c.at(k, directingVerbs)
	return n > 0 && c.at(k+n, personWords) == 0 && c.at(k+n, titleWords) == 0 && c.mentionLen(k+n) == 0
}

// requestEndsAt reports whether a request verb ends right before token i,
// however it is used: "đã chỉ đạo và giao …" is one request.
func (c *clause) requestEndsAt(i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if n := c.at(j, requestVerbs); n > 0 && j+n >= i { // "chỉ đạo và giao nhiệm vụ cho" is one request verb
			return true
		}
	}
	return false
}

// hasCue reports whether tokens [i, j) hold a cue of kind k.
func (c *clause) hasCue(i, j int, k cueKind) bool {
	for n := i; n < j; n++ {
		if kind, _ := c.cue(n); kind == k {
			return true
		}
	}
	return false
}

// hasAction reports whether the clause holds a verb or a modal.
func (c *clause) hasAction() bool {
	for k := range c.toks {
		if kind, _ := c.cue(k); kind == cueVerb || kind == cueModal || kind == cueWeakModal {
			return true
		}
	}
	return false
}

// startsClause reports whether token i can open a clause of its own.
func (c *clause) startsClause(i int) bool {
	if _, ok := c.byFirst[i]; ok {
		return true
	}
	switch kind, _ := c.cue(i); kind {
	case cueVerb, cueModal, cueRequest, cueCoord:
		return true
	}
	return c.at(i, imperativeReports) > 0 // "…, báo cáo kết quả về Văn phòng trước ngày 22"
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

// isTitle reports whether a clause is written in capitals, as the titles of
// an official notice are ("THÔNG BÁO KẾT LUẬN").
func isTitle(s string) bool {
	if w := strings.Fields(s); len(w) >= 4 && upperWord(w[0]) && upperWord(w[1]) && upperWord(w[2]) && !strings.HasSuffix(strings.TrimSpace(s), ".") {
		return true // "THÔNG BÁO KHẨN Về ảnh hưởng của mưa bão số 5"
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

func withoutOwner(os []Owner, key string) []Owner {
	var out []Owner
	for _, o := range os {
		if o.Key() != key {
			out = append(out, o)
		}
	}
	return out
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

// opensWithUnit reports whether the clause opens with a unit or group of the
// directory followed by a word: the unit is the subject of what follows
// ("Công an xã trả lời đơn …"), whatever the verb.
func (c *clause) opensWithUnit() bool {
	i := c.frameEnd()
	mi, ok := c.byFirst[i]
	if !ok || c.mentions[mi].agentOnly {
		return false
	}
	next := c.mentions[mi].last
	if next >= len(c.toks) || c.toks[next].punct {
		return false
	}
	kind, _ := c.cue(next)
	return kind != cueSpeech && kind != cueNarrative && kind != cueOther
}

// announcesList reports whether a heading only announces the items below
// it ("… thực hiện nghiêm một số nội dung sau:", "… các nhiệm vụ trọng tâm
// sau đây:"): the items are the directives, not the heading.
func announcesList(c *clause) bool {
	n := len(c.toks)
	for n > 0 && c.toks[n-1].punct {
		n--
	}
	if n == 0 {
		return false
	}
	last := c.toks[n-1].w
	if last == "sau" || last == "day" && c.word(n-2) == "sau" || last == "nhu" || last == "gom" {
		return true
	}
	for i := range c.toks {
		if c.at(i, listNouns) > 0 {
			return true
		}
	}
	return false
}

// findDeadline finds the one deadline of a clause (deadline.FindOne: two
// different ones are an error that becomes a warning), passing over dates that
// set none: the date of a document ("Công văn số 6917/UBND ngày
// 19/12/2020"), a period a noun speaks of ("những tháng cuối năm") and
// the length of an event ("diễn ra trong 2 ngày 13-14/7").
func (x *extractor) findDeadline(text string) (deadline.Deadline, bool, error) {
	text = dateRange.ReplaceAllStringFunc(text, func(r string) string {
		i := strings.IndexAny(r, "-–")
		return strings.Repeat(" ", i+len(string([]rune(r[i:])[0]))) + r[i+len(string([]rune(r[i:])[0])):]
	})
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

// dateRange is a span of days, "28/9/2019-29/9/2019", "13-14/7": its
// deadline is its last day, so the first is blanked out (same length, so
// that offsets hold).
var dateRange = regexp.MustCompile(`\b\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?\s*[-–]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`)

// docNumber ends a document's number, with "ngày" after it or not:
// "số 6917/UBND-KTTC ngày", "số 31/TB-VPCP,".
var docNumber = regexp.MustCompile(`(?i)(?:số\s*)?\d+[/-][\p{L}\d/&.-]*[\s,]*(?:ngày|ngay)?\s*$`)

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
	after := strings.TrimLeft(text[dl.End:], " ")
	if openEnded.MatchString(vntext.Fold(after)) {
		return true // "trong năm 2018 và những năm tiếp theo": an aim with no end, not a deadline
	}
	if strings.HasPrefix(vntext.Fold(dl.Text), "trong") && after != "" && after[0] >= '0' && after[0] <= '9' {
		return true
	}
	return false
}

// has reports whether the clause holds one of the phrases.
func (c *clause) has(list [][]string) bool {
	for i := range c.toks {
		if c.at(i, list) > 0 {
			return true
		}
	}
	return false
}

// explain writes why the directive is one and where its coordinators come
// from; the lead and the deadline were explained where they were decided.
func (x *extractor) explain(d *Directive, a analysis, c *clause, underHeading bool) {
	switch {
	case a.pred == predRequest:
		d.Why.Directive = fmt.Sprintf(whyAsked, a.predWord)
	case a.pred == predModal:
		d.Why.Directive = fmt.Sprintf(whyModal, a.predWord)
	case a.pred == predVerb && (a.subjectMention || a.unknownLead != ""):
		d.Why.Directive = fmt.Sprintf(whyVerb, a.predWord)
	case a.pred == predVerb:
		d.Why.Directive = fmt.Sprintf(whyFollow, a.predWord)
	case x.setsDeadline(*d):
		d.Why.Directive = fmt.Sprintf(whySetsDeadline, d.DeadlineText)
	case c.opensWithUnit():
		d.Why.Directive = fmt.Sprintf(whyUnitSubject, c.mentions[c.byFirst[c.frameEnd()]].owner.Phrase)
	case underHeading:
		d.Why.Directive = whyUnderHeading
	default:
		d.Why.Directive = whyOther
	}
	var parts []string
	for _, o := range d.Coordinators {
		switch w, ok := a.why[o.Key()]; {
		case ok && w != "":
			parts = append(parts, fmt.Sprintf(whyCoord, o.Phrase, w))
		case ok:
			parts = append(parts, fmt.Sprintf(whyCoordWith, o.Phrase))
		case d.Why.Coordinators != "":
			parts = append(parts, d.Why.Coordinators)
		default:
			parts = append(parts, fmt.Sprintf(whyCoordWith, o.Name()))
		}
	}
	d.Why.Coordinators = whyNoCoords
	if len(parts) > 0 {
		d.Why.Coordinators = strings.Join(uniqueStrings(parts), "; ")
	}
	if d.Why.Deadline == "" {
		d.Why.Deadline = whyNoDeadline
	}
}

// because notes where a coordinator taken from a heading comes from.
func (x *extractor) because(d *Directive, o Owner, why string) {
	if d.Why.Coordinators == "" {
		d.Why.Coordinators = why
	} else {
		d.Why.Coordinators += "; " + why
	}
}

func uniqueStrings(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// opensWithNoun reports whether the clause opens with a noun phrase that
// names no body: the goods of a list cut by semicolons ("…; toàn bộ hồ
// sơ, tài liệu … trước ngày 25/10").
func (c *clause) opensWithNoun() bool {
	i := c.frameEnd()
	if i != 0 || i >= len(c.toks) || c.toks[i].punct {
		return false
	}
	if _, ok := c.byFirst[i]; ok {
		return false
	}
	k, _ := c.cue(i)
	return k == cueNone && c.at(i, orgHeads) == 0 && c.word(i) != "cac" && c.at(i, goOnWords) == 0 && c.at(i, frameWords) == 0
}

func upperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// personReports reports whether the clause tells that a person, named by
// title, reported at the meeting: "Đồng chí Giám đốc Sở Y tế báo cáo tình
// hình …" (a title in a news sentence is not an owner).
func (c *clause) personReports() bool {
	k := c.at(0, personWords)
	if k == 0 || c.word(0) != "dong" || c.at(k, titleWords) == 0 {
		return false
	}
	for i := k; i < len(c.toks) && i < k+12; i++ {
		if c.at(i, reportVerbs) > 0 {
			return true
		}
		if kind, _ := c.cue(i); kind == cueRequest || kind == cueModal {
			return false
		}
	}
	return false
}

// coordinatorsOnly reports whether the clause only names units that
// coordinate: "Phòng B, Công an xã phối hợp (thực hiện)".
func (c *clause) coordinatorsOnly() bool {
	i, named := c.skipUnits(0)
	n := c.at(i, coordCues)
	if !named || n == 0 {
		return false
	}
	for i += n; i < len(c.toks); {
		switch k := c.at(i, coordFillers); {
		case c.toks[i].punct:
			i++
		case k > 0:
			i += k
		default:
			return false
		}
	}
	return true
}

// coordinatorsFirst reports whether the clause opens with units followed
// by "phối hợp": "Công an xã, các thôn phối hợp kiểm tra …".
func (c *clause) coordinatorsFirst() bool {
	i, named := c.skipUnits(0)
	return named && c.at(i, phrases("phoi hop")) > 0
}

// skipUnits returns the first token at or after i that is neither a
// named unit, punctuation nor glue, and whether a unit was passed.
func (c *clause) skipUnits(i int) (int, bool) {
	named := false
	for i < len(c.toks) {
		if mi, ok := c.byFirst[i]; ok {
			named = true
			i = c.mentions[mi].last
			continue
		}
		if c.toks[i].punct || c.at(i, glueWords) > 0 {
			i++
			continue
		}
		break
	}
	return i, named
}

// joinCoordinators adds the units of a "… phối hợp" piece to the
// coordinators of the directive before it.
func joinCoordinators(prev *Directive, d Directive) {
	add := append([]Owner{*d.Lead}, d.Coordinators...)
	cs := append(append([]Owner(nil), prev.Coordinators...), add...)
	if prev.Lead != nil {
		cs = withoutOwner(cs, prev.Lead.Key())
	}
	prev.Coordinators = uniqueOwners(cs)
	prev.Text += "; " + d.Text
}

// newSubjectAt reports whether a unit that acts opens the words at token
// i: a mention followed by a verb or a modal.
func (c *clause) newSubjectAt(i int) bool {
	mi, ok := c.byFirst[i]
	if !ok || c.mentions[mi].agentOnly || c.mentions[mi].generic {
		return false
	}
	kind, _ := c.cue(c.mentions[mi].last)
	return kind == cueVerb || kind == cueModal || kind == cueWeakModal
}

// endsMention reports whether token i-1 is the last of a mention: the
// comma at i then goes on with a list of units ("phối hợp với Sở A, Sở B …").
func (c *clause) endsMention(i int) bool {
	for _, m := range c.mentions {
		if m.last == i {
			return true
		}
	}
	return false
}

// notWork reports whether a clause, though worded as a request, sets no
// work: it only restates the requests above ("… đề nghị … thực hiện
// nghiêm nội dung trên"), says how to deliver ("Gửi kèm file vào hòm
// thư …"), states a consequence ("đơn vị nào không nộp hồ sơ thì …") or
// advises the people ("Bà con hãy …").
func (c *clause) notWork(a analysis) bool {
	body := &clause{text: c.text[a.textStart:], toks: tokenize(c.text[a.textStart:])}
	n := len(body.toks)
	for n > 0 && body.toks[n-1].punct {
		n--
	}
	switch {
	case n >= 5 && body.at(n-3, restateEnds) == 3 && (body.at(n-5, phrases("thuc hien")) == 2 || body.at(n-6, phrases("thuc hien")) == 2):
		return true // "… thực hiện (nghiêm) nội dung trên"
	case c.at(c.frameEnd(), deliveryWords) > 0:
		return true
	case c.restatesTheNotice():
		return true // "… đề nghị các tổ dân phố thực hiện tốt nội dung trong thông báo"
	case c.at(c.frameEnd(), petitioners) > 0 && a.pred == predRequest:
		return true // "Cử tri đề nghị …", "Nhiều ý kiến kiến nghị …": what citizens ask, not work given
	case (c.has(consequenceWords) || c.whicheverThen()) && !c.asksAfterThen():
		return true
	case c.answersFor():
		return true // "Chịu trách nhiệm toàn diện trước Ban Chỉ đạo nếu để … vi phạm": what follows a failure
	case c.at(c.frameEnd(), citizenWords) > 0 && !c.has(requestVerbs):
		return true
	}
	return false
}

// headingPeriod returns the time frame a heading sets for the items below
// it ("Nhiệm vụ trọng tâm trong tháng 9/2025 gồm:"), or nil: a period
// or a deadline with a lead word, not a recurrence.
func (x *extractor) headingPeriod(text string) *deadline.Deadline {
	dl, ok, err := x.findDeadline(text)
	if p := x.taskPeriod(text); p != nil && (err == nil || !ok) {
		dl, ok, err = *p, true, nil // "… kết quả trong tháng 6 và giao nhiệm vụ tháng 7 …": the month the tasks are for
	}
	if err != nil || !ok || dl.Rule != nil || dl.Time.Before(x.ref) {
		return nil
	}
	c := newClause(text, x.dir)
	for i := range c.toks {
		if (c.at(i, speechVerbs) > 0 || c.at(i, requestVerbs) > 0) && c.toks[i].start > dl.Start {
			return nil // "Sau khi nghe … báo cáo tiến độ trong tuần, đồng chí Chủ tịch chỉ đạo:": narration
		}
	}
	if c.hasPast() {
		return nil
	}
	return &dl
}

// namedUnits are the units a text has named so far, by the noun their
// name opens with ("phong", "so"): a bare "phòng" after "lãnh đạo, công
// chức" is the one phòng the text named, if it named only one.
type namedUnits map[string]map[string]Owner

func (n namedUnits) note(c *clause) {
	for _, m := range c.mentions {
		u := m.owner.Unit
		if u == nil {
			continue
		}
		w := strings.Fields(vntext.Fold(u.Name))
		if len(w) == 0 {
			continue
		}
		keys := []string{w[0]}
		if committeeName(u.Name) && len(w) > 2 {
			keys = append(keys, w[len(strings.Fields(vntext.Fold(strings.SplitN(u.Name, " ", 2)[0]))):][0]) // "UBND phường An Phú" is "phường" too
		}
		for _, k := range keys {
			if n[k] == nil {
				n[k] = map[string]Owner{}
			}
			n[k][u.Code] = m.owner
		}
	}
}

// bareKind reports whether an unknown addressee is only a kind noun
// ("phường") that names a unit named before.
func (n namedUnits) bareKind(name string) bool {
	f := strings.Fields(vntext.Fold(name))
	return len(f) == 1 && len(n[f[0]]) == 1
}

// bareHead finds "lãnh đạo, công chức phòng" (a head noun with no name)
// and returns the only unit of that noun named before.
func (n namedUnits) bareHead(c *clause) (Owner, bool) {
	for i := range c.toks {
		k := c.at(i, staffWords)
		if kind, n := c.cue(i); k == 0 && kind == cueRequest {
			k = n // "yêu cầu phường chủ động …" after "phường An Phú" was named: that ward
		}
		if k == 0 {
			continue
		}
		j := i + k
		for j < len(c.toks) && (c.toks[j].punct && c.toks[j].w == "," || c.at(j, staffWords) > 0 || c.word(j) == "va") {
			if s := c.at(j, staffWords); s > 0 {
				j += s
			} else {
				j++
			}
		}
		head := c.word(j)
		if head == "" || n[head] == nil || len(n[head]) != 1 {
			continue
		}
		if _, named := c.byFirst[j]; named {
			continue
		}
		if next := c.word(j + 1); next != "" {
			if kind, _ := c.cue(j + 1); kind == cueNone || kind == cueNominal {
				continue // "công chức phòng khám …": the noun goes on, it names something else
			}
		}
		for _, o := range n[head] {
			return o, true
		}
	}
	return Owner{}, false
}

// hasAct reports whether tokens [i, j) hold a verb or a modal, not only a
// request and its addressees ("yêu cầu các sở, đơn vị thuộc UBND tỉnh,
// UBND các huyện triển khai …" is one request).
func (c *clause) hasAct(i, j int) bool {
	for k := i; k < j; k++ {
		if kind, _ := c.cue(k); kind == cueVerb || kind == cueModal || kind == cueWeakModal {
			return true
		}
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

// genericVerbs name no particular work: sharing them does not make two
// sentences the same work.
var genericVerbs = phrases("thuc hien", "trien khai", "to chuc", "dam bao", "bao dam", "tiep tuc thuc hien", "thuc hien nghiem")

// sameWork reports whether a clause without a subject goes on with the
// work of an earlier directive (text): its first verb is one that
// directive uses ("… yêu cầu các ban ngành chủ động tuyên truyền …. Tuyên
// truyền trên hệ thống truyền thanh của xã").
func (c *clause) sameWork(text string) bool {
	other := &clause{text: text, toks: tokenize(text)}
	for i := c.frameEnd(); i < len(c.toks); i++ {
		kind, n := c.cue(i)
		if kind != cueVerb {
			continue
		}
		if c.at(i, genericVerbs) > 0 {
			return false
		}
		verb := c.toks[i : i+n]
		for j := 0; j+n <= len(other.toks); j++ {
			same := true
			for k := range verb {
				if other.toks[j+k].w != verb[k].w {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
		return false
	}
	return false
}

// nameLine reads a line that only names who does the items below it, with
// no colon: "1. Phòng Văn hóa và Thông tin", "2. Giao Văn phòng HĐND và
// UBND huyện", "Đối với UBND các xã". It returns their owners, or the
// name of a body the directory does not know ("3. Giao Trung tâm Truyền
// thông huyện"), and whether the line is such a line.
func (x *extractor) nameLine(text string) (o *headOwners, unknown string, ok bool) {
	text = strings.TrimRight(strings.TrimSpace(text), " .;")
	c := newClause(text, x.dir)
	if c.words() > 14 || c.hasAction() {
		return nil, "", false
	}
	if dl, found, _ := x.findDeadline(text); found && dl.Text != "" {
		return nil, "", false
	}
	i := 0
	if k, n := c.cue(0); k == cueRequest {
		i = n
	} else if n := c.at(0, phrases("doi voi", "ve phia")); n > 0 {
		i = n
	}
	start := i
	named := false
	for i < len(c.toks) {
		if mi, found := c.byFirst[i]; found {
			if c.mentions[mi].generic {
				return nil, "", false
			}
			named = true
			i = c.mentions[mi].last
			continue
		}
		if c.toks[i].punct && (c.toks[i].w == "," || c.toks[i].w == "-" || c.toks[i].w == "&") || c.at(i, glueWords) > 0 {
			i++
			continue
		}
		break
	}
	if i == len(c.toks) && named {
		h, _ := x.headingOwner(text)
		return h, "", h != nil
	}
	if named || i != start {
		return nil, "", false
	}
	if name := c.orgName(start, len(c.toks)); name != "" && c.span(start, len(c.toks)) == name && c.at(start, determiners) == 0 {
		return nil, name, true
	}
	return nil, "", false
}

// pointsBack reports whether a group phrase is followed by a word that
// points back to units named before: "các địa phương này", "các đơn vị
// nói trên", "các xã đó".
func pointsBack(text, phrase string) bool {
	i := strings.Index(text, phrase)
	if phrase == "" || i < 0 {
		return false
	}
	rest := strings.Fields(strings.ToLower(text[i+len(phrase):]))
	return len(rest) > 0 && (rest[0] == "này" || rest[0] == "đó" || rest[0] == "trên" || len(rest) > 1 && rest[0] == "nói" && rest[1] == "trên")
}

// noticeTitles open the title of a notice of conclusions.
var noticeTitles = phrases("ket luan cua", "thong bao ket luan", "y kien ket luan", "ket luan cuoc hop", "ket luan hoi nghi", "ket luan phien hop")

// Field labels of a plan written as a table: who leads, who takes part,
// by when.
var (
	leadFields  = phrases("don vi thuc hien", "don vi chu tri", "co quan chu tri", "co quan thuc hien", "trach nhiem thuc hien", "chu tri thuc hien", "chu tri")
	coordFields = phrases("don vi phoi hop", "co quan phoi hop", "phoi hop thuc hien", "phoi hop")
	timeFields  = phrases("thoi gian thuc hien", "thoi gian hoan thanh", "thoi gian", "thoi han", "thoi han hoan thanh")
)

// fieldLines reads a line of field labels and values that completes the
// work above it ("Trách nhiệm thực hiện: Phòng Giáo dục và Đào tạo",
// "Đơn vị thực hiện: Trung tâm Y tế huyện; thời gian: quý IV năm 2025"),
// and gives d the lead, coordinators or deadline it lacks. It reports
// whether the line was such a line; a line with anything else is not.
func (x *extractor) fieldLines(s sentence, d *Directive) bool {
	type field struct {
		kind  int // 1 lead, 2 coordinators, 3 time
		value string
	}
	kindOf := func(label string) int {
		c := newClause(strings.TrimSpace(label), x.dir)
		switch l := c.words(); {
		case l == 0:
			return 0
		case c.at(0, leadFields) == l:
			return 1
		case c.at(0, coordFields) == l:
			return 2
		case c.at(0, timeFields) == l:
			return 3
		}
		return 0
	}
	var fs []field
	pending := 0
	for n, it := range s.items {
		switch {
		case s.intro[n]:
			if pending != 0 {
				return false
			}
			if pending = kindOf(it); pending == 0 {
				return false
			}
		case pending != 0:
			fs = append(fs, field{pending, strings.TrimSpace(it)})
			pending = 0
		default:
			// "thời gian: quý IV năm 2025" left whole: a label in lower case before its colon
			i := strings.IndexByte(it, ':')
			if i < 0 || kindOf(it[:i]) == 0 {
				return false
			}
			fs = append(fs, field{kindOf(it[:i]), strings.TrimSpace(it[i+1:])})
		}
	}
	if pending != 0 || len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		vc := newClause(f.value, x.dir)
		owners := vc.namedOwners()
		switch {
		case f.kind == 1 && d.Lead == nil && len(owners) > 0:
			o := owners[0]
			d.Lead = &o
			d.Coordinators = withoutOwner(uniqueOwners(append(append([]Owner(nil), d.Coordinators...), owners[1:]...)), o.Key())
			d.Warnings = withoutTopic(d.Warnings, AboutOwner)
			d.Why.Lead = fmt.Sprintf(whyLeadField, o.Phrase)
		case f.kind == 2 && len(owners) > 0:
			cs := append(append([]Owner(nil), d.Coordinators...), owners...)
			if d.Lead != nil {
				cs = withoutOwner(cs, d.Lead.Key())
			}
			d.Coordinators = uniqueOwners(cs)
			var why []string
			for _, o := range d.Coordinators {
				why = append(why, fmt.Sprintf(whyCoordWith, o.Phrase))
			}
			d.Why.Coordinators = strings.Join(why, "; ")
		case f.kind == 3 && d.Deadline == nil && d.DeadlineText == "":
			if dl, ok, err := x.findDeadline(f.value); err == nil && ok && dl.Rule == nil {
				d.Deadline, d.DeadlineText = &dl, dl.Text
				d.Warnings = withoutTopic(d.Warnings, AboutDeadline)
				d.Why.Deadline = fmt.Sprintf(whyDeadlineNext, dl.Text)
			}
		}
	}
	return true
}

// agendaTime opens an entry of an agenda: "7 giờ 30 phút", "14h00", folded.
var agendaTime = regexp.MustCompile(`^\d{1,2}\s*(?:gio|h|g)\b`)

// agendaTitles open a leader's entry in a weekly agenda.
var agendaTitles = phrases("chu tich", "pho chu tich", "bi thu", "pho bi thu", "giam doc", "pho giam doc", "lanh dao")

// leaderAgenda reports whether a line is a leader's entry in an agenda:
// a title (and a name), a colon, then a time ("Phó Chủ tịch Đỗ Văn Lô: 8
// giờ, kiểm tra …"). It is the leader's own work, not work given.
func leaderAgenda(line string) bool {
	colon := strings.Index(line, ":")
	if colon <= 0 {
		return false
	}
	head := &clause{text: line[:colon], toks: tokenize(line[:colon])}
	return head.at(0, agendaTitles) > 0 && head.words() <= 9 && agendaTime.MatchString(vntext.Fold(strings.TrimSpace(line[colon+1:])))
}

// reviewedPeriod is a time frame that opens a clause and names a month:
// "Trong tháng 8 (năm 2020)", "Tháng 8/2020", folded.
var reviewedPeriod = regexp.MustCompile(`^(?:trong )?thang (\d{1,2})(?:(?: nam |/)(\d{4}))?\s*,`)

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

// requirementWords end a clause that announces the work asked as its
// requirements: "… được triển khai với yêu cầu …", "yêu cầu đặt ra là …".
var requirementWords = phrases("voi yeu cau", "voi cac yeu cau", "yeu cau dat ra la", "voi yeu cau la", "voi phuong cham")

// splitRequirements cuts an item after the words that announce the work
// asked as requirements, so that what follows reads as that work.
func splitRequirements(items []string, intro []bool) ([]string, []bool) {
	var out []string
	var outIn []bool
	for n, it := range items {
		c := &clause{text: it, toks: tokenize(it)}
		cut := -1
		for i := 1; i < len(c.toks) && cut < 0; i++ {
			if k := c.at(i, requirementWords); k > 0 && c.hasWords(i+k, len(c.toks)) && i+k+2 <= len(c.toks) {
				if c.toks[i+k].punct && c.toks[i+k].w == ":" {
					k++
				}
				cut = i + k
			}
		}
		if cut < 0 || cut >= len(c.toks) {
			out, outIn = append(out, it), append(outIn, intro[n])
			continue
		}
		out = append(out, strings.TrimSpace(it[:c.toks[cut].start]), strings.TrimSpace(it[c.toks[cut].start:]))
		outIn = append(outIn, true, intro[n])
	}
	return out, outIn
}

// requirementIntro reports whether an intro ends with the words that
// announce the work asked as requirements.
func requirementIntro(text string) bool {
	c := &clause{text: text, toks: tokenize(strings.TrimRight(strings.TrimSpace(text), " :"))}
	for i := range c.toks {
		if k := c.at(i, requirementWords); k > 0 && i+k == len(c.toks) {
			return true
		}
	}
	return false
}

// leadLine reads a line that only says who leads and who takes part,
// with no work of its own ("Sở Công Thương chủ trì, phối hợp với các sở,
// ngành liên quan"): when items follow it, they are that work.
func (x *extractor) leadLine(text string) *headOwners {
	c := newClause(strings.TrimRight(strings.TrimSpace(text), " .;:"), x.dir)
	a := c.analyze()
	if a.lead == nil || !a.subjectMention || a.past || c.at(0, topicWords) > 0 {
		return nil
	}
	leads := false
	for i := 0; i < len(c.toks); {
		if mi, ok := c.byFirst[i]; ok {
			i = c.mentions[mi].last
			continue
		}
		if c.toks[i].punct {
			i++
			continue
		}
		if n := c.at(i, phrases("chu tri")); n > 0 {
			leads = true
			i += n
			continue
		}
		if n := c.at(i, leadLineWords); n > 0 {
			i += n
			continue
		}
		return nil
	}
	if !leads {
		return nil
	}
	o := &headOwners{lead: *a.lead, coords: withoutOwner(uniqueOwners(a.coords), a.lead.Key())}
	names := []string{a.lead.Name()}
	for _, co := range o.coords {
		names = append(names, co.Name())
	}
	o.phrase = strings.Join(names, ", ")
	return o
}

// asksInCaption reports whether a line that reads as a title or a caption
// is a request all the same ("Đồng chí Chủ tịch yêu cầu các thôn …"): a
// request verb with someone asked.
func (x *extractor) asksInCaption(text string) bool {
	c := newClause(text, x.dir)
	a := c.analyze()
	return a.pred == predRequest && a.leadFromRequest && (a.lead != nil || a.unknownLead != "")
}

// actionWithin reports whether a verb or a modal comes within the first n
// words: "kiên quyết xử lý nghiêm …" is work, not a list of nouns.
func (c *clause) actionWithin(n int) bool {
	for i := 0; i < len(c.toks) && i < n; i++ {
		if kind, _ := c.cue(i); kind == cueVerb || kind == cueModal || kind == cueWeakModal || kind == cueRequest {
			return true
		}
	}
	return false
}

// joinAddressees joins the semicolon items that only name who is asked
// with the item after them: "yêu cầu các Sở: Y tế, Công Thương; Công an
// tỉnh; UBND các huyện, thành phố tăng cường …" is one request to all of
// them, not four directives.
func (x *extractor) joinAddressees(items []string, intro []bool) ([]string, []bool) {
	var (
		out    []string
		outIn  []bool
		carry  string
		joined bool
	)
	for n, it := range items {
		if carry != "" {
			it = carry + "; " + it
			carry = ""
		}
		if n+1 < len(items) && !intro[n] && !intro[n+1] && x.onlyAddressees(items[n]) {
			carry, joined = it, true
			continue
		}
		out = append(out, it)
		outIn = append(outIn, intro[n])
	}
	if carry != "" {
		out = append(out, carry)
		outIn = append(outIn, false)
	}
	if !joined {
		return items, intro
	}
	return out, outIn
}

// onlyAddressees reports whether an item names units (known or not), after
// a request verb or alone, and holds no work: no verb, no modal, no deadline.
func (x *extractor) onlyAddressees(text string) bool {
	c := newClause(text, x.dir)
	if c.words() > 40 {
		return false
	}
	if k0, _ := c.cue(0); k0 != cueVerb && k0 != cueModal && k0 != cueWeakModal && k0 != cueRequest {
		if name := c.orgName(0, len(c.toks)); name != "" && len(c.mentions) == 0 && c.words() <= 8 && strings.TrimSpace(c.span(0, len(c.toks))) == name {
			head := c.at(0, orgHeads)
			verbAfter := false
			for i := head + 1; i < len(c.toks); i++ {
				if kind, _ := c.cue(i); kind == cueVerb || kind == cueModal || kind == cueRequest {
					verbAfter = true
				}
			}
			if !verbAfter {
				return true // "Cục Quản lý thị trường tỉnh": a name, with the verb that names its work
			}
		}
	}
	i := c.frameEnd()
	for k := i; k < len(c.toks); k++ {
		if kind, _ := c.cue(k); kind == cueVerb || kind == cueModal || kind == cueWeakModal {
			return false // work, not only addressees ("Để chủ động ứng phó, …" is the frame, passed over)
		}
	}
	if _, found, _ := x.findDeadline(c.text[c.startAt(i):]); found {
		return false
	}
	asked := false
	for i < len(c.toks) {
		if kind, n := c.cue(i); kind == cueRequest {
			asked = true
			i += n
			break
		}
		if _, ok := c.byFirst[i]; ok {
			break
		}
		i++
	}
	if !asked {
		i = 0
	}
	named := false
	for i < len(c.toks) {
		if mi, ok := c.byFirst[i]; ok {
			named = true
			i = c.mentions[mi].last
			continue
		}
		if c.toks[i].punct || c.at(i, glueWords) > 0 || c.word(i) == "cho" {
			i++
			continue
		}
		if q := c.at(i, groupQualifiers); q > 0 {
			i += q // "các cơ quan, đơn vị trực thuộc UBND huyện"
			continue
		}
		if c.word(i) == "thuoc" || c.at(i, phrases("theo chuc nang", "theo chuc nang nhiem vu")) > 0 {
			i++
			continue
		}
		if name := c.orgName(i, len(c.toks)); name != "" {
			named = true
			i += len(tokenize(name))
			continue
		}
		return false
	}
	return named
}

// taskPeriodWords name the tasks of a period: "nhiệm vụ trọng tâm tháng
// 8/2019", "công việc trọng tâm trong tháng 9 năm 2020".
var taskPeriodWords = phrases("nhiem vu", "trong tam", "cong viec", "noi dung")

// taskPeriod reads the month that tasks are named for ("nhiệm vụ tháng 11",
// "nội dung trọng tâm tháng 8/2019"): the end of that month, which the
// deadline package leaves to the reader when no lead word comes before it.
func (x *extractor) taskPeriod(text string) *deadline.Deadline {
	c := &clause{text: text, toks: tokenize(text)}
	for i := range c.toks {
		n := c.at(i, taskPeriodWords)
		if n == 0 {
			continue
		}
		for k := i + n; k < len(c.toks) && k <= i+n+4; k++ {
			if c.toks[k].punct {
				break
			}
			if c.word(k) != "thang" {
				continue
			}
			m := monthPhrase.FindStringSubmatchIndex(text[c.toks[k].start:])
			if m == nil {
				break
			}
			phrase := text[c.toks[k].start : c.toks[k].start+m[1]]
			dl, err := deadline.Parse("trong "+phrase, x.ref)
			if err != nil || dl.Rule != nil || dl.Time.Year() > x.ref.Year() && !yearWritten.MatchString(phrase) {
				break // "nhiệm vụ tháng 8" said in September speaks of the month past
			}
			if openEnded.MatchString(vntext.Fold(strings.TrimLeft(text[c.toks[k].start+m[1]:], " "))) {
				break // "các nhiệm vụ trong tháng 5 và các tháng tiếp theo"
			}
			dl.Text = phrase
			dl.Start, dl.End = c.toks[k].start, c.toks[k].start+m[1]
			return &dl
		}
	}
	return nil
}

// yearWritten is a year written in a month phrase.
var yearWritten = regexp.MustCompile(`\d{4}`)

// monthPhrase is a month, with its year or not: "tháng 11", "tháng 8/2019", "tháng 9 năm 2020".
var monthPhrase = regexp.MustCompile(`^(?i)th[áa]ng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+n[ăa]m\s+\d{4})?`)

// openEnded follows a period that goes on: "và các tháng tiếp theo".
var openEnded = regexp.MustCompile(`^(?:va|den)\s+(?:cac|nhung)\s+(?:thang|nam|quy|tuan|ngay)\s+(?:tiep theo|sau|toi)`)

// personNews reports whether a person named by name, near the start of the
// clause, reports or answers at the meeting ("Thay mặt Thường trực HĐND
// phường bà Nguyễn Thị Loan báo cáo hoạt động tháng 7"): news of the
// meeting, not work given, unless a request comes first.
func (c *clause) personNews() bool {
	for k := 0; k < len(c.toks) && k < 10; k++ {
		n := c.at(k, personWords)
		if n == 0 || k+n >= len(c.toks) || c.toks[k+n].punct || c.at(k+n, titleWords) > 0 {
			continue
		}
		name := c.text[c.toks[k+n].start:c.toks[k+n].end]
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
			continue
		}
		for i := k + n; i < len(c.toks); i++ {
			if kind, _ := c.cue(i); kind == cueRequest {
				return false
			}
			if c.at(i, reportVerbs) > 0 || c.at(i, phrases("tiep thu", "tra loi", "chu tri")) > 0 {
				return true
			}
		}
		return false
	}
	return false
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

// attendance reports whether the clause says who attends: "(Tham) dự (và
// chỉ đạo) hội nghị có đồng chí …", "…; tham dự có lãnh đạo …".
func (c *clause) attendance() bool {
	for i := range c.toks {
		n := c.at(i, phrases("tham du", "du"))
		if n == 0 || c.word(i) == "du" && i > 0 && !c.toks[i-1].punct && c.word(i-1) != "va" {
			continue // "dự" after a word is another word ("dự án", "dự kiến" are folded apart; "đại biểu dự" is narrative)
		}
		j := i + n
		j += c.at(j, phrases("va chi dao", "va phat bieu chi dao"))
		j += c.at(j, meetingNouns)
		if c.word(j) == "co" && c.at(j+1, attendeeWords) > 0 {
			return true
		}
	}
	return false
}

// restatesTheNotice reports whether the clause only asks to carry out
// what the notice itself says: "thực hiện (tốt, nghiêm) (các) nội dung
// (trong, của) (thông báo, văn bản) (này, trên)" at its end.
func (c *clause) restatesTheNotice() bool {
	n := len(c.toks)
	for n > 0 && c.toks[n-1].punct {
		n--
	}
	for i := 0; i < n; i++ {
		k := c.at(i, phrases("thuc hien", "trien khai thuc hien", "trien khai"))
		if k == 0 {
			if kind, _ := c.cue(i); kind == cueVerb || kind == cueModal {
				return false // "hướng dẫn các tổ thực hiện các nội dung trong Thông báo": other work first
			}
			continue
		}
		j := i + k
		j += c.at(j, phrases("tot", "nghiem", "nghiem tuc", "nghiem chinh", "dung"))
		j += c.at(j, phrases("cac", "nhung"))
		if c.at(j, phrases("noi dung")) == 0 {
			continue
		}
		j += 2
		j += c.at(j, phrases("trong", "cua", "tai", "neu tai", "neu trong"))
		j += c.at(j, documentNouns)
		j += c.at(j, phrases("nay", "tren"))
		if j == n {
			return true
		}
	}
	return false
}

// answersFor reports whether the clause says who answers for a failure:
// "chịu trách nhiệm (toàn diện) trước X" with a condition ("nếu", "để xảy
// ra", "khi để"), a consequence, not work. "chịu trách nhiệm quản lý …"
// is a duty, and stays work.
func (c *clause) answersFor() bool {
	for i := range c.toks {
		n := c.at(i, phrases("chiu trach nhiem"))
		if n == 0 {
			continue
		}
		j := i + n
		j += c.at(j, phrases("toan dien", "hoan toan", "ca nhan"))
		if c.word(j) != "truoc" {
			return false
		}
		return c.has(answerConditions)
	}
	return false
}

// asksAfterThen reports whether, in "đơn vị nào chưa thu thì khẩn trương
// thu …", what follows "thì" asks for work (a modal or a verb at its head)
// rather than stating a consequence ("thì không được xét", "sẽ bị …").
func (c *clause) asksAfterThen() bool {
	for i := range c.toks {
		if c.word(i) != "thi" || !c.asWritten(i) {
			continue
		}
		j := i + 1
		if c.at(j, phrases("khong duoc", "se", "bi", "khong", "phai chiu")) > 0 && c.at(j, phrases("khong de")) == 0 {
			return false
		}
		for ; j < len(c.toks) && j < i+6; j++ {
			if kind, _ := c.cue(j); kind == cueModal || kind == cueWeakModal || kind == cueVerb {
				return true
			}
		}
		return false
	}
	return false
}

// whicheverThen reports whether the clause reads "… nào … thì …":
// "thôn nào không nộp thì …".
func (c *clause) whicheverThen() bool {
	nao := false
	for i := range c.toks {
		switch {
		case c.word(i) == "nao" && strings.ToLower(c.text[c.toks[i].start:c.toks[i].end]) == "nào":
			nao = true
		case nao && c.word(i) == "thi" && c.asWritten(i):
			return true
		}
	}
	return false
}

// directingVerbs, opening an item, direct the owner's own subordinates
// rather than give the work away: "Chỉ đạo các bệnh viện …".
var directingVerbs = phrases("chi dao", "don doc")

// isMonthEnd reports whether a deadline is the last moment of a month.
func isMonthEnd(d deadline.Deadline) bool {
	next := d.Time.Add(time.Second)
	return next.Day() == 1 && next.Hour() == 0 && next.Minute() == 0
}

// pageLine reports whether a line is furniture of the web page: a word of
// pageFurniture with a colon after it, or only dates and times after it.
func (c *clause) pageLine() bool {
	if c.letterhead() {
		return true
	}
	n := c.at(0, pageFurniture)
	if n == 0 || c.words() > 12 {
		return false
	}
	if n < len(c.toks) && c.toks[n].punct && (c.toks[n].w == ":" || c.toks[n].w == "|") {
		return true
	}
	for _, t := range c.toks[n:] {
		if !t.punct && (t.w[0] < '0' || t.w[0] > '9') && !timeWords[t.w] {
			return false
		}
	}
	return true
}

// letterhead reports whether the line is part of an official letter's
// heading: the national motto, the document's number, its place and date
// ("Đức Hợp, ngày ….. tháng 12 năm 2021").
func (c *clause) letterhead() bool {
	if w := strings.Join(strings.FieldsFunc(vntext.Fold(c.text), func(r rune) bool { return !unicode.IsLetter(r) }), " "); w == "cong hoa xa hoi chu nghia viet nam" || w == "doc lap tu do hanh phuc" {
		return true
	}
	if c.word(0) == "so" && len(c.toks) > 1 && c.toks[1].punct && c.toks[1].w == ":" && c.words() <= 6 {
		return true // "Số: 12/TB-UBND"
	}
	for i := range c.toks {
		if c.word(i) == "ngay" && i > 0 && c.toks[i-1].punct && c.toks[i-1].w == "," && i <= 5 && c.words() <= 14 {
			rest := c.text[c.toks[i].start:]
			return letterDate.MatchString(vntext.Fold(rest)) // "Hà Nội, ngày 05 tháng 3 năm 2025"
		}
	}
	return false
}

// letterDate is the date of a letter's heading, folded.
var letterDate = regexp.MustCompile(`^ngay[ .…0-9]*thang[ .…0-9]*nam[ .…0-9]*$`)

// timeWords may stand with the dates and times of a page line: "lúc 08:07,
// Thứ Sáu, 12/01/2018 (GMT+7)".
var timeWords = map[string]bool{"luc": true, "thu": true, "hai": true, "ba": true, "tu": true, "nam": true, "sau": true, "bay": true,
	"chu": true, "nhat": true, "gmt": true, "ngay": true, "sang": true, "chieu": true, "toi": true, "gio": true, "h": true}

// hasSubjectAt reports whether a unit of the directory opens the words at
// token i: "Đối với Sở Y tế: …" names whom the items are for.
func (c *clause) hasSubjectAt(i int) bool {
	_, ok := c.byFirst[i]
	return ok
}

// topicWords open a topic heading: "Về công tác y tế:", "Đối với dự án X:".
var topicWords = phrases("ve", "doi voi")

// requestAt reports whether a request verb that asks someone stands at token i.
func (c *clause) requestAt(i int) bool {
	kind, _ := c.cue(i)
	return kind == cueRequest
}

// nounHead reports whether the clause opens with a noun of a list of
// things (its first word is no cue and no body), as the goods of a list cut
// by semicolons do: "…; toàn bộ hồ sơ, tài liệu có liên quan …".
func (c *clause) nounHead() bool {
	return c.opensWithNoun() && c.commaBefore(c.firstAction())
}

// firstAction returns the token of the first verb or modal, or len(toks).
func (c *clause) firstAction() int {
	for i := range c.toks {
		if kind, _ := c.cue(i); kind == cueVerb || kind == cueModal || kind == cueWeakModal || kind == cueRequest {
			return i
		}
	}
	return len(c.toks)
}

// commaBefore reports whether a comma stands before token i.
func (c *clause) commaBefore(i int) bool {
	return c.commaBetween(0, i)
}

// taskNouns name the tasks a list announces.
var taskNouns = phrases("nhiem vu", "cong viec", "giai phap", "bien phap", "noi dung", "cong tac trong tam")

// announcesTasks reports whether a heading or the clause before a colon
// announces a list of tasks: it speaks of tasks ("nhiệm vụ trọng tâm",
// "các giải pháp") and reports nothing.
func (x *extractor) announcesTasks(text string) bool {
	c := newClause(strings.TrimRight(strings.TrimSpace(text), " :"), x.dir)
	return c.has(taskNouns) && !c.hasPast() && (announcesList(c) || endsWithList(c.text) || c.at(0, taskNouns) > 0)
}

// mentionLen returns how many tokens the mention at token i spans, or 0.
func (c *clause) mentionLen(i int) int {
	if mi, ok := c.byFirst[i]; ok {
		return c.mentions[mi].last - i
	}
	return 0
}

package directives

// Headings and addressee lines: the owners, period and list of tasks a line
// ending with a colon (or a line that only names who does the items below)
// gives the items after it.

import (
	"regexp"
	"strings"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

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

// narrativeHeading reports whether a heading reports or advises rather
// than asks: "UBND xã Nam Xuân khuyến cáo:".
func (x *extractor) narrativeHeading(text string) bool {
	c := newClause(strings.TrimRight(text, " :"), x.dir)
	a := c.analyze()
	return a.pred == predNarrative
}

// headOwners are the lead and coordinators a heading names for the items below it.
type headOwners struct {
	lead   Owner
	coords []Owner
	phrase string
	// asked marks owners taken from the request just before a heading
	// that names no one ("… yêu cầu phòng X …. Đồng chí nhấn mạnh một số
	// nhiệm vụ trọng tâm cần thực hiện:"), not from the heading itself.
	asked bool
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
	case len(c.mentions) == 0 && c.at(0, taskHeads) > 0:
		return nil, true // "Các nhiệm vụ cần hoàn thành trước ngày 30/9:": the tasks are the items below
	}
	return nil, false
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
	if n >= 2 && c.at(n-2, phrases("thuc hien", "trien khai")) == 2 {
		return true // "Phòng Nội vụ tham mưu Hội đồng Thi đua huyện thực hiện:": the items below are the work
	}
	for i := range c.toks {
		if c.at(i, listNouns) > 0 {
			return true
		}
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
		if (c.at(i, speechVerbs) > 0 || c.at(i, requestVerbs) > 0 || c.at(i, instructionEnds) > 0 && endsWithSpeech(text)) && c.toks[i].start > dl.Start {
			return nil // "Sau khi nghe … báo cáo tiến độ trong tuần, đồng chí Chủ tịch chỉ đạo:": narration
		}
	}
	if c.hasPast() && !c.deliberatedTasks() {
		return nil // "… đã bàn các giải pháp … trong tháng 9 như:": the tasks are still ahead
	}
	return &dl
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

// noticeTitles open the title of a notice of conclusions.
var noticeTitles = phrases("ket luan cua", "thong bao ket luan", "y kien ket luan", "ket luan cuoc hop", "ket luan hoi nghi", "ket luan phien hop")

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
		if cut < 0 || cut >= len(c.toks) || strings.HasPrefix(strings.TrimSpace(it[c.toks[cut].start:]), "“") || strings.HasPrefix(strings.TrimSpace(it[c.toks[cut].start:]), "\"") {
			// "… bảo đảm tuyển chọn đúng quy định, với phương châm “tuyển người nào, chắc người đó”": a motto, no list
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
	for {
		var passed bool
		i, passed = c.skipUnits(i, "cho")
		named = named || passed
		if i >= len(c.toks) {
			break
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
var taskPeriodWords = phrases("nhiem vu", "trong tam", "cong viec", "noi dung", "de nghi", "yeu cau") // "đề nghị tháng 12/2018 các ban …": the month of the work asked

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
			if err != nil || dl.Rule != nil {
				break
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

// monthPhrase is a month, with its year or not: "tháng 11", "tháng 8/2019", "tháng 9 năm 2020".
var monthPhrase = regexp.MustCompile(`^(?i)th[áa]ng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+n[ăa]m\s+\d{4})?`)

// openEnded follows a period that goes on: "và các tháng tiếp theo".
var openEnded = regexp.MustCompile(`^(?:va|den)\s+(?:cac|nhung)\s+(?:thang|nam|quy|tuan|ngay)\s+(?:tiep theo|sau|toi)`)

// topicWords open a topic heading: "Về công tác y tế:", "Đối với dự án X:".
var topicWords = phrases("ve", "doi voi")

// taskNouns name the tasks a list announces.
// taskHeads open a heading whose subject is the tasks listed below it.
var taskHeads = phrases("cac nhiem vu", "nhung nhiem vu", "nhiem vu", "cac cong viec", "nhung cong viec", "cong viec", "cac noi dung", "nhung noi dung")

var taskNouns = phrases("nhiem vu", "cong viec", "giai phap", "bien phap", "noi dung", "cong tac trong tam")

// announcesTasks reports whether a heading or the clause before a colon
// announces a list of tasks: it speaks of tasks ("nhiệm vụ trọng tâm",
// "các giải pháp") and reports nothing.
func (x *extractor) announcesTasks(text string) bool {
	c := newClause(strings.TrimRight(strings.TrimSpace(text), " :"), x.dir)
	return c.has(taskNouns) && (!c.hasPast() || c.deliberatedTasks()) && (announcesList(c) || endsWithList(c.text) || c.at(0, taskNouns) > 0)
}

// deliberated tell that a meeting discussed or set the tasks it then lists:
// "các đại biểu đã bàn các giải pháp … như: …" is past, its tasks are ahead.
var deliberated = phrases("da ban", "da ban bac", "da thong nhat", "da thao luan", "da de ra", "da xac dinh")

// plannedWork name the tasks a meeting sets, not the drafts it reads ("đã
// thảo luận cho ý kiến vào các nội dung: Dự thảo …").
var plannedWork = phrases("nhiem vu", "giai phap", "bien phap")

// deliberatedTasks reports whether the clause tells, in the past, that the
// meeting discussed or set tasks or solutions: they are still ahead.
func (c *clause) deliberatedTasks() bool {
	return c.has(deliberated) && c.has(plannedWork) || c.has(tasksAhead)
}

// tasksAhead name tasks still to be done, whatever was said of them before:
// "đã phát biểu triển khai các nhiệm vụ trọng tâm cần thực hiện trong tháng 12".
var tasksAhead = phrases("nhiem vu trong tam can thuc hien", "nhiem vu can thuc hien", "nhiem vu can trien khai", "nhiem vu can tap trung",
	"nhiem vu phai thuc hien", "nhiem vu trong tam can tap trung", "cong viec can thuc hien", "nhiem vu trong tam can trien khai")

// taskTitleWords in a title in capitals name the tasks of the part it opens.
var taskTitleWords = phrases("nhiem vu", "phuong huong", "giai phap", "ke hoach cong tac")

// titleOfTasks reports whether a title ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG
// 9/2025") opens the part of a text that gives the tasks ahead, not a
// report of the past.
func (x *extractor) titleOfTasks(title string) bool {
	c := newClause(title, x.dir)
	return c.has(taskTitleWords) && !c.hasPast() && !c.has(resultTitleWords)
}

// resultTitleWords in a title in capitals name a report of what was done.
var resultTitleWords = phrases("ket qua", "tinh hinh", "danh gia")

// titleOfResults reports whether a title opens the report of a period
// ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8/2025"): its items report.
func (x *extractor) titleOfResults(title string) bool {
	c := newClause(title, x.dir)
	k := 0
	for k < len(c.toks) && k < 3 && (c.toks[k].punct || isNumber(c.toks[k].w) || romanNumeral(c.toks[k].w)) {
		k++ // "I. KẾT QUẢ …", "2. Tình hình …": the title's number
	}
	return c.at(k, resultTitleWords) > 0
}

// instructionEnds close a preamble whose words before are the reason, not
// the time frame of the work: "Vì vậy, để … trong năm 2015, Chủ tịch UBND
// tỉnh chỉ thị:".
var instructionEnds = phrases("chi thi", "quyet dinh")

// announcingEnds close a request whose work is listed after it: "… tập
// trung thực hiện quyết liệt một số nhiệm vụ trọng tâm."
var announcingEnds = phrases("mot so nhiem vu trong tam", "mot so nhiem vu", "cac nhiem vu trong tam", "nhung nhiem vu trong tam",
	"cac nhiem vu sau", "mot so noi dung", "mot so noi dung sau", "cac noi dung sau", "mot so giai phap", "cac giai phap sau", "mot so viec sau")

// announcesWorkAtEnd reports whether a sentence ends with the work it
// announces, not names: "… một số nhiệm vụ trọng tâm."
func announcesWorkAtEnd(text string) bool {
	c := &clause{text: text, toks: tokenize(text)}
	n := len(c.toks)
	for n > 0 && c.toks[n-1].punct {
		n--
	}
	for _, p := range announcingEnds {
		if k := n - len(p); k >= 0 && c.at(k, [][]string{p}) == len(p) {
			return true
		}
	}
	return false
}

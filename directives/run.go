package directives

// The extractor's walk through a text: state carried across sentences and
// the named steps that read each sentence and piece.

import (
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// run reads a conclusion sentence by sentence (runState.sentence) and returns
// its directives. What one sentence hands on to the next (the heading's
// owners, the owner of the sentence before, a time frame, whether the text
// is directing or reporting) lives in runState.
func (x *extractor) run(text string) []Directive {
	r := &runState{x: x, directive: true, lastPara: -1, periodDepth: -1, seen: namedUnits{}, agendaPara: -1, letter: -1, reviewPara: -1}
	ss := sentencesOf(text)
	for si, s := range ss {
		r.sentence(ss, si, s)
	}
	return withCaught(r.out, r.caught)
}

// runState is what the extractor carries across the sentences of a text,
// and, reset at each sentence, across the pieces of one sentence.
type runState struct {
	x         *extractor
	out       []Directive
	directive bool
	advice    bool // under a heading that advises: subjectless clauses are advice too
	h         headingState
	last      *Directive // the last directive, for a sentence that goes on with its subject
	lastPara  int
	// lastParaStart is the index in out of the first directive of lastPara's paragraph.
	lastParaStart int
	// listStart is the index in out of the first directive of the list
	// whose item gave the last directive (lastListItem).
	listStart    int
	lastListItem bool
	// lastFrame is the time frame that opened the request of the last
	// directive ("Trong tháng 9, … đề nghị …"), for a sentence that goes on with it.
	lastFrame *deadline.Deadline
	// lastUnknown is the body outside the directory the last directive was
	// asked of ("các đơn vị thi công"), for "các đơn vị" right after it.
	lastUnknown string
	// scope is the addressee of a request, for the sentence without a
	// subject right after it that goes on with the same work ("… yêu
	// cầu các ban ngành chủ động tuyên truyền …. Tuyên truyền trên hệ
	// thống truyền thanh của xã").
	scope *headOwners
	// asked is the addressee of the last request of paragraph askedPara,
	// for "Đồng chí cũng yêu cầu …" later in it.
	asked     *headOwners
	askedPara int
	// chain is the owner of the directive sentence just before, for a
	// directive sentence with no subject of its own (issue 10; see
	// sentenceOwner).
	chain *sentenceOwner
	// weekly marks a text that has just said "hằng tuần": a line that
	// opens with a weekday and a colon is that day of every week.
	weekly     bool
	weeklyPara int
	// periodList marks a period set by a heading that gives out the
	// work of the period ("… giao nhiệm vụ tháng 7 cho các bộ phận:"):
	// it holds for the paragraphs after it until a report or another heading.
	periodList bool
	// tasks marks the items after a line or a clause that announces a
	// list of tasks ("Nhiệm vụ trọng tâm thời gian tới:", "… các nhiệm vụ
	// trọng tâm, bao gồm: công tác thu ngân sách; …"): each item is work,
	// even written as a noun phrase, until a report or a paragraph of its own.
	tasks     bool
	tasksPara int
	tasksLine bool // announced by a line of its own: it holds for the list items below

	period     *deadline.Deadline // the time frame a heading gives the items below it
	periodPara int
	// periodDepth is the list depth of the item that set the period
	// (-1 outside a list): an item of the same or an outer list ends it.
	periodDepth int
	seen        namedUnits
	agendaPara  int // the paragraph of a leader's agenda
	// caught are the rows kept beside the walk, put among out at the end:
	// the safety net's drafts (net.go), work given in parentheses (parens.go).
	caught []caught
	// day is the day a schedule's line named last (parens.go).
	day *time.Time
	// reviewPara is the paragraph opened by the period the meeting reviews
	// ("Trong tháng 10, …"): what it says with a weak modal still reports.
	reviewPara int
	// letter is the index in out of the news of a letter that named no
	// one, in paragraph letterPara, or -1 (letters.go).
	letter, letterPara int

	sentenceState
}

// sentenceState is what the pieces of one sentence hand on to each other.
type sentenceState struct {
	sentenceStart int // the index in out of the sentence's first directive
	firstLead     *Owner
	firstCo       []Owner // units asked together with firstLead
	// firstUnknown is the body outside the directory the sentence's request
	// named first (it leads, unknown; firstCo are asked with it).
	firstUnknown string
	// firstSubject marks a firstLead that is the subject of a sentence,
	// not a list item: it goes on to the items that continue the
	// sentence in lower case ("UBND các huyện có trách nhiệm …; chịu
	// trách nhiệm …"), not to an item in capitals that starts afresh.
	firstSubject bool
	attendance   bool // the sentence lists who attends the meeting
	nounTasks    bool // the items of this sentence are tasks written as noun phrases
	relayed      bool // a piece relays the chair's instructions: what follows is asked
	frame        *deadline.Deadline
	prev         *Directive
	pieceIndex   int
	prevPast     bool // a piece before that reports the past: "… đã chỉ đạo …; yêu cầu các xã …" is that report still
	// narrated marks a sentence with a piece read as a report: a piece
	// after it with no subject of its own goes on with the report (net.go).
	narrated bool
}

// pieceState is one piece of a sentence as it is read.
type pieceState struct {
	p     piece
	c     *clause
	a     analysis
	v     verdict
	d     Directive
	noCue bool // no cue made the piece a directive: it may only go on with the one before
	// intent marks the plan of the issuer or of a body that commits itself
	// ("UBND xã sẽ giải quyết … trong vòng 5 ngày"): its deadline makes it no work.
	intent bool
	// permission marks what may also be done ("Có thể kiểm tra …"): the
	// owner of the work before goes on past it.
	permission bool
	// modeBefore is whether the text was directing before this piece (net.go).
	modeBefore bool
	// letter marks the news of a letter that directs work and names no one (letters.go).
	letter bool
}

// sentence reads one sentence: lines that are not the text or only name
// owners, a heading, then each item and each piece of it.
func (r *runState) sentence(ss []sentence, si int, s sentence) {
	r.h.enter(s)
	r.endPeriod(s)
	r.sentenceState = sentenceState{sentenceStart: len(r.out)}
	r.noteDay(s)
	s = r.parenWork(s)
	if r.skipLine(ss, si, s) {
		return
	}
	if s.heading && r.heading(s) {
		return
	}
	if len(s.items) == 1 && isTitle(s.items[0]) {
		switch {
		case r.x.titleOfTasks(s.items[0]):
			r.directive = true // "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 9/2025" after the report: the items below are work
		case r.x.titleOfResults(s.items[0]):
			r.directive = false // "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8": the items below report
		}
	}
	s = r.prepareItems(s)
	for n, item := range s.items {
		skip, stop := r.intro(s, n, item)
		if stop {
			break
		}
		if skip {
			continue
		}
		if n > 0 && newClause(item, r.x.dir).at(0, phrases("de nghi", "yeu cau", "giao")) > 0 {
			r.prevPast = false // "Qua kiểm tra, … phát hiện 5 trường hợp vi phạm; đề nghị Công an xã …": a new request after the report
		}
		for _, p := range r.x.split(item) {
			r.piece(s, p)
		}
	}
	r.announceAskedWork(s)
}

// announceAskedWork makes the addressee of a request that ends its
// paragraph by announcing work ("UBND tỉnh đã có công văn yêu cầu Sở
// NN&PTNT, UBND các huyện tập trung thực hiện một số nhiệm vụ trọng tâm.")
// the owner of the work listed in the paragraphs after it, as a heading's.
func (r *runState) announceAskedWork(s sentence) {
	if r.scope == nil || len(r.out) <= r.sentenceStart || s.heading || r.h.owners != nil || !announcesWorkAtEnd(s.items[len(s.items)-1]) {
		return
	}
	o := *r.scope
	o.asked = true
	r.h.set(&o, s, false)
}

// endPeriod ends the time frame of a heading past its reach.
func (r *runState) endPeriod(s sentence) {
	if r.period != nil && s.para != r.periodPara && !s.listItem && r.h.owners == nil && !r.periodList {
		r.period = nil
	}
	if r.period != nil && s.para != r.periodPara && r.h.outside(s, r.periodDepth) {
		r.period, r.periodList = nil, false // "3. Giao Trưởng các thôn: …" after the items of "2. Nhiệm vụ tháng 3:"
	}
}

// skipLine handles the lines that are not work of their own: the page's
// title, captions and page lines, the fields of the work above, a leader's
// agenda, a schedule of who works which day (its directives are added here),
// and lines that only name the owners of the items below.
func (r *runState) skipLine(ss []sentence, si int, s sentence) bool {
	x := r.x
	if s.caption && !x.asksInCaption(s.items[0]) {
		return true // the title of the page or the caption of a photo
	}
	if fc := (&clause{text: s.items[0], toks: tokenize(s.items[0])}); fc.pageLine() {
		return true // "Cập nhật: 10:20 | 12/09/2024", "Lượt xem: 128", "Ảnh: …": the page, not the text
	}
	if r.last != nil && s.para-r.lastPara <= 1 {
		had := r.last.Deadline != nil || r.last.DeadlineText != ""
		lead, coords := r.last.Why.Lead, len(r.last.Coordinators)
		if x.fieldLines(s, r.last) {
			// "Đơn vị thực hiện: Trung tâm Y tế huyện; thời gian: quý IV": the fields of the work above
			onlyTime := r.last.Why.Lead == lead && len(r.last.Coordinators) == coords
			if !had && onlyTime && r.last.Deadline != nil && r.lastListItem && !s.listItem {
				r.shareDeadline(r.last) // "Thời hạn: trước ngày 28/8" after a list: the time limit of every item
			}
			return true
		}
	}
	if leaderAgenda(strings.Join(s.items, ": ")) || s.para == r.agendaPara && agendaTime.MatchString(vntext.Fold(s.items[0])) {
		r.agendaPara = s.para // "Chủ tịch: 7 giờ 30 phút, dự …": a leader's own agenda, not work given
		return true
	}
	if s.listItem && !s.heading && len(s.items) <= 2 {
		line := s.items[0]
		if len(s.items) == 2 {
			line += ": " + s.items[1]
		}
		if ds := x.scheduleLine(line); len(ds) > 0 {
			// "- Ngày 07/8/2017: buổi sáng xã Vĩnh Phú, buổi chiều xã Vĩnh Điều": who works which day
			r.out = append(r.out, ds...)
			r.last, r.lastPara, r.chain = &r.out[len(r.out)-1], s.para, nil
			return true
		}
	}
	if !s.heading && len(s.items) == 1 && si+1 < len(ss) && ss[si+1].para != s.para && ss[si+1].listItem && !r.h.outside(ss[si+1], r.h.depthOf(s)) {
		if o := x.leadLine(s.items[0]); o != nil {
			// "1. Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan" above its items: their owners
			r.h.set(o, s, false)
			r.directive = true
			return true
		}
	}
	if !s.heading && len(s.items) == 1 {
		if o, unknown, ok := x.nameLine(s.items[0]); ok {
			// "1. Giao Phòng Văn hóa và Thông tin huyện" on a line of its own: the owner of the items below
			r.h.set(o, s, false)
			r.h.unknown = unknown
			r.directive = true
			return true
		}
	}
	return false
}

// heading reads a line that ends with a colon: the period, rhythm, list of
// tasks and owners it gives the items below. It reports whether the line
// is only a heading (no directive of its own).
func (r *runState) heading(s sentence) bool {
	x := r.x
	line := strings.Join(s.items, "; ")
	r.advice = false
	r.chain = nil // a heading starts other work
	if p := x.headingPeriod(line); p != nil || !s.listItem || r.period == nil {
		r.period, r.periodPara = p, s.para
		r.periodDepth = r.h.depthOf(s)
		r.periodList = p != nil && !s.listItem
	} // else "- Đề nghị UBND phường:" within the month's tasks: the month holds
	if hasWeekly(line) {
		r.weekly, r.weeklyPara = true, s.para
	}
	if x.announcesTasks(line) {
		r.tasks, r.tasksPara, r.tasksLine = true, s.para, true
		r.directive = true // "Nhiệm vụ thời gian tới:" after a report: the items below are the work
	}
	o, skip := x.headingOwner(line)
	if o == nil && endsWithSpeech(line) && !x.narrativeHeading(line) {
		r.directive = true // "Để hoàn thành kế hoạch năm, đồng chí Chủ tịch chỉ đạo:" after a report: what follows is asked
		skip = true        // "Vì vậy, để chủ động …, Chủ tịch UBND tỉnh chỉ thị:": it announces the work, it is none
	}
	if o == nil && !s.listItem && r.last != nil && r.last.Lead != nil && r.lastPara == s.para && x.announcesTasks(line) &&
		newClause(line, x.dir).at(0, topicWords) == 0 {
		// "… yêu cầu lãnh đạo, công chức phòng …. Đồng chí nhấn mạnh một số nhiệm vụ trọng tâm cần thực hiện:":
		// the tasks listed are those of the unit just asked
		o = &headOwners{lead: *r.last.Lead, coords: r.last.Coordinators, phrase: leadWords(*r.last.Lead), asked: true}
	}
	if o != nil || !s.listItem || r.h.owners == nil || r.h.mark != markNone || newClause(line, x.dir).analyze().unknownLead != "" {
		r.h.set(o, s, false)
	} // else "1. Tuyên truyền cổ động trực quan:" under the owners' heading: a topic, the owners hold
	if o != nil {
		r.directive = true
	} else if x.narrativeHeading(line) && !x.announcesTasks(line) {
		r.directive = false // "UBND xã khuyến cáo:": advice to the people, not work for units
		r.advice = true
	}
	return skip
}

// prepareItems ends a list of tasks or a weekly rhythm past its reach, and
// joins or cuts the sentence's items: addressees alone with their work,
// "với yêu cầu:" from the work it announces.
func (r *runState) prepareItems(s sentence) sentence {
	if r.tasks && s.para != r.tasksPara && !(r.tasksLine && s.listItem) {
		r.tasks = false
	}
	s.items, s.intro = r.x.joinAddressees(s.items, s.intro)
	s.items, s.intro = r.x.joinPartners(s.items, s.intro)
	s.items, s.intro = splitRequirements(s.items, s.intro)
	if r.weekly && s.para != r.weeklyPara && !(s.intro[0] && r.x.weekdayOnly(s.items[0]) != nil) {
		r.weekly = false
	}
	return s
}

// intro reads an item that ends with a colon inside a sentence: a weekday
// under "hằng tuần", "với yêu cầu:", a period, a list of tasks, the owners
// of what follows. It reports whether the item is only that (skip), or
// whether the rest of the sentence is no work (stop: a citizen's petition).
func (r *runState) intro(s sentence, n int, item string) (skip, stop bool) {
	x := r.x
	if s.intro[n] && r.weekly {
		if w := x.weekdayOnly(item); w != nil {
			// "… hằng tuần, gồm: Vào chiều thứ Sáu: Tổ chức làm vệ sinh …": that day, every week
			r.period, r.periodPara, r.weeklyPara = w, s.para, s.para
			r.periodDepth = r.h.depthOf(s)
			return true, false
		}
	}
	if hasWeekly(item) {
		r.weekly, r.weeklyPara = true, s.para
	}
	if s.intro[n] && requirementIntro(item) {
		// "… được triển khai với yêu cầu: bảo đảm …; chăm lo …": what follows is the work asked
		r.tasks, r.tasksPara, r.tasksLine = true, s.para, false
		r.directive = true
		return true, false
	}
	if !s.intro[n] || s.heading {
		return false, false
	}
	if p := x.headingPeriod(item); p != nil {
		r.period, r.periodPara = p, s.para
		r.periodDepth = r.h.depthOf(s)
	}
	if x.announcesTasks(item) {
		r.tasks, r.tasksPara, r.tasksLine = true, s.para, false
		r.directive = true // "…. Nhiệm vụ thời gian tới gồm: đôn đốc …; rà soát …": the work, even after a report
	}
	if newClause(item, x.dir).namedPerson() {
		return false, true // "Bà Nguyễn Thị A ở thôn B: Đề nghị …": a citizen's petition
	}
	o, skip := x.headingOwner(item)
	if endsWithSpeech(item) {
		skip = true // "…, đồng chí Chủ tịch chỉ đạo: …" announces what follows
	}
	if o == nil && newClause(item, x.dir).at(0, topicWords) > 0 {
		r.chain, r.scope = nil, nil // "Về công tác giáo dục: Chuẩn bị …": a new topic, the owner before does not go on
	}
	if o == nil && !skip {
		return false, false
	}
	if ia := newClause(item, x.dir).analyze(); o != nil || r.h.owners == nil || ia.unknownLead != "" {
		r.h.set(o, s, true)
		r.h.unknown = ia.unknownLead
	} // else "…, gồm:" under the owners' heading names no one new: the owners hold
	if o != nil {
		r.firstLead = &o.lead
		r.directive = true
	}
	return skip, false
}

// piece reads one piece of an item: what it is (classify), whether it only
// completes the directive before it, then its owner, deadline and record.
func (r *runState) piece(s sentence, p piece) {
	ps := r.classify(s, p)
	if r.joinsPrevious(s, ps) {
		return
	}
	r.reclassify(s, ps)
	if r.mergesIntoPrevious(s, ps) {
		r.pieceIndex++
		return
	}
	if r.attendance {
		ps.v = vNone
	}
	ps.modeBefore = r.directive
	switch ps.v {
	case vDirective:
		r.directive = true
	case vNarrative:
		r.directive = false
		r.periodList = false
		r.tasks = false
	}
	r.prevPast = r.prevPast || ps.a.past
	isDirective := r.directive && ps.v != vNone
	r.chooseOwner(s, ps)
	r.applyPeriod(s, ps)
	r.finishOwner(s, ps)
	ps.letter = r.letterSender(ps)
	if r.x.trace != nil {
		r.x.trace(p.text, isDirective && len(strings.Fields(ps.d.Text)) >= 3, ps.v, ps.a)
	}
	r.record(s, ps, isDirective)
	r.narrated = r.narrated || ps.v == vNarrative
}

// classify analyses a piece and decides its verdict from its own words and
// the sentence so far: a request after another, a report of the past, a
// dated opening, attendance, advice, the issuer's intent.
func (r *runState) classify(s sentence, p piece) *pieceState {
	x := r.x
	c := newClause(p.text, x.dir)
	a := c.analyze()
	if a.pred == predNarrative && x.requestStillOpen(c, a, p) {
		c.openRequest = true // "Đã yêu cầu Phòng Tư pháp rà soát …, báo cáo trước ngày 30/9": still to be done
		a = c.analyze()
		a.past = false
	}
	v := a.verdict()
	if r.pieceIndex > 0 && a.pred == predRequest && a.requestBare && !(a.leadFromRequest && r.relayed) && !((a.leadFromRequest && a.lead != nil || a.unknownLead != "") && !a.past && !r.prevPast) {
		v = vFollow
	}
	r.relayed = r.relayed || c.has(relayWords)
	if v == vFollow && (c.words() < 3 || isTitle(c.text)) {
		v = vNone
	}
	agreed := false
	if (v == vNone || v == vFollow || v == vNarrative && !a.subjectMention) && !a.past && c.has(agreedTasks) {
		// "… thống nhất các giải pháp thực hiện nhiệm vụ trọng tâm tháng 9", "Cuộc họp còn đề ra một số nhiệm vụ
		// trọng tâm cần thực hiện trong tháng 2": what the meeting agreed to do
		v = vDirective
		// "… về đẩy nhanh giải ngân vốn; tiến độ thực hiện Chỉ thị số 02 …": the topics after it are more of that work
		r.tasks, r.tasksPara, r.tasksLine, r.nounTasks = true, s.para, false, true
		agreed = true
	}
	if !c.has(agreedTasks) && r.prevPast && v == vDirective && !a.subjectMention && a.unknownLead == "" && a.pred == predModal && c.at(c.frameEnd()+c.at(c.frameEnd(), glueWords), phrases("de ra")) > 0 {
		v = vNarrative // "Hội nghị đã đánh giá …; đồng thời đề ra phương hướng, nhiệm vụ năm 2026": what the meeting set, told
	}
	if v == vFollow && a.subjectless && !a.past && c.at(c.frameEnd(), strongImperatives) > 0 {
		v = vDirective // "Tăng cường kiểm tra …" asks for work even after a report
	}
	if v == vFollow && a.subjectless && !a.past && c.at(0, forwardFrames) > 0 {
		v = vDirective // "Dự báo …, theo dõi chặt chẽ …": what is ahead, then the work, even after a report
	}
	d := x.directive(c, a, p)
	if agreed && d.Deadline != nil && d.Deadline.Rule == nil {
		r.period, r.periodPara, r.periodDepth = d.Deadline, s.para, r.h.depthOf(s) // and in the period of that work
	}
	intent := false
	if v == vNarrative && a.subjectMention && !a.past && (s.listItem && c.at(c.frameEnd()+c.mentionLen(c.frameEnd()), phrases("bao cao ket qua", "bao cao")) > 0 ||
		x.recursAhead(d) && strings.HasPrefix(vntext.Fold(a.predWord), "bao cao")) {
		// "- Thứ Sáu: Các thôn báo cáo kết quả …", "Các thôn báo cáo kết quả hằng tuần vào thứ Sáu":
		// a unit reports by its day, not on what it did
		v = vDirective
	}
	if x.periodUnderReview(c) && a.pred != predRequest && a.pred != predModal && c.at(c.frameEnd(), strongImperatives) == 0 {
		v = vNarrative // "Trong tháng 8 năm 2020, Thường trực HĐND huyện tổ chức thành công kỳ họp …" at a meeting of 17/8
	}
	if x.periodUnderReview(c) && r.pieceIndex == 0 {
		r.reviewPara = s.para
	} else if s.para == r.reviewPara && v == vDirective && a.pred == predModal && !a.subjectMention && a.unknownLead == "" && !c.hasCue(0, len(c.toks), cueRequest) &&
		c.at(c.frameEnd()+c.at(c.frameEnd(), glueWords), weakModals) > 0 {
		v = vNarrative // "Trong tháng 10, UBND huyện đã lãnh đạo …; tích cực chỉ đạo cơ sở thu hoạch lúa mùa …. Chủ động phối hợp …": the month's report goes on
	}
	if x.toldNotAsked(c, a) ||
		(c.personReports() || c.reportsAtMeeting() && !s.listItem && r.period == nil) && !x.setsDeadline(d) && d.Deadline == nil {
		v = vNarrative
	}
	if r.pieceIndex == 0 && c.at(0, attendanceWords) > 0 || c.attendance() {
		r.attendance = true // "Dự hội nghị, có đồng chí …; lãnh đạo các cơ quan …": who came, not work
	}
	if c.subjectLine() || c.notWork(a) {
		v = vNone
	}
	permission := false
	if c.at(c.frameEnd(), phrases("co the")) > 0 && !a.subjectMention {
		v = vNone // "Có thể kiểm tra để làm rõ …": what may also be done, neither a task nor a report
		permission = true
	}
	if v == vFollow && c.nounList() {
		v = vNone
	}
	if a.subjectMention || a.pred == predRequest {
		r.advice = false
	} else if r.advice {
		v = vNone
	}
	if c.hasFrom(a.textStart, intentWords) && a.pred != predRequest && (!a.subjectMention || a.lead != nil && a.lead.Unit != nil && c.at(c.frameEnd(), issuers) > 0) &&
		(a.unknownLead != "" && a.pred != predModal || a.unknownLead == "" && c.at(c.frameEnd(), issuers) > 0 || c.intentOfIssuer()) {
		v = vNarrative // "UBND xã sẽ tổng hợp báo cáo cấp trên", "Chủ tịch UBND tỉnh sẽ chủ trì …": the issuer's own intent
		intent = true
	}
	return &pieceState{p: p, c: c, a: a, v: v, d: d, intent: intent, permission: permission}
}

// joinsPrevious reports whether a piece only completes the directive before
// it: coordinators ("…; Phòng B, Công an xã phối hợp"), or a deadline
// ("…; hoàn thành trước ngày 10/12"), which it then gives to that directive
// (and to the others of the same work that have none).
func (r *runState) joinsPrevious(s sentence, ps *pieceState) bool {
	c, d, p := ps.c, ps.d, ps.p
	if len(r.out) > r.sentenceStart && r.pieceIndex > 0 && d.Lead != nil && c.coordinatorsOnly() {
		joinCoordinators(&r.out[len(r.out)-1], d) // "Phòng A chủ trì; Phòng B, Công an xã phối hợp"
		r.pieceIndex++
		return true
	}
	if len(r.out) > r.sentenceStart && r.pieceIndex > 0 && d.Lead != nil && c.coordinatorsFirst() && r.x.leadLine(r.out[len(r.out)-1].Text) != nil {
		// "Phòng A chủ trì; Phòng B, các thôn phối hợp kiểm tra …": one work, led by A
		p := &r.out[len(r.out)-1]
		joinCoordinators(p, d)
		if p.Deadline == nil && d.Deadline != nil {
			p.Deadline, p.DeadlineText, p.Why.Deadline = d.Deadline, d.DeadlineText, d.Why.Deadline
		}
		var why []string
		for _, o := range p.Coordinators {
			why = append(why, fmt.Sprintf(whyCoordJoined, o.Phrase))
		}
		p.Why.Coordinators = strings.Join(why, "; ")
		r.pieceIndex++
		return true
	}
	restates := false
	if r.prev == nil && r.pieceIndex == 0 && r.last != nil && (r.lastPara == s.para || r.lastPara+1 == s.para && !s.heading) && r.x.onlyDeadline(c, d) {
		r.prev = r.last // "… ra quân dọn vệ sinh. Đồng loạt vào sáng ngày 24/8/2025 (Chủ nhật)"
		restates = true
	}
	if r.prev == nil || !r.x.onlyDeadline(c, d) {
		return false
	}
	prev := r.prev
	if prev.Deadline == nil && d.Deadline != nil {
		targets := []*Directive{prev}
		if restates {
			// "… rà soát …. Đơn vị nào chưa thu thì khẩn trương thu …\nCác đơn vị thực hiện trước ngày 24/3",
			// "… tổng vệ sinh trường lớp. Đảm bảo … . Thời gian hoàn thành trước ngày 28/8":
			// the time limit of all the work asked just before, in its paragraph or its list
			from := r.lastParaStart
			if r.lastListItem && !s.listItem {
				from = min(from, r.listStart)
			}
			for k := from; k < len(r.out); k++ {
				if o := &r.out[k]; o != prev && o.Deadline == nil && o.DeadlineText == "" {
					targets = append(targets, o)
				}
			}
		}
		if r.pieceIndex > 0 && p.text == s.items[len(s.items)-1] && prev.Lead != nil {
			// "Giao Sở A kiểm tra …; thông báo kết quả …; hoàn thành trước ngày 15/5": the whole work of A
			for k := r.sentenceStart; k < len(r.out); k++ {
				if o := &r.out[k]; o != prev && o.Deadline == nil && o.DeadlineText == "" && o.Lead != nil && o.Lead.Key() == prev.Lead.Key() {
					targets = append(targets, o)
				}
			}
		}
		for _, t := range targets {
			t.Deadline, t.DeadlineText = d.Deadline, d.DeadlineText
			t.Warnings = withoutTopic(t.Warnings, AboutDeadline)
			t.Why.Deadline = fmt.Sprintf(whyDeadlineNext, d.DeadlineText)
		}
	}
	return true
}

// reclassify weighs the piece again with what it holds: a deadline ahead or
// a unit as subject makes it work; an item of a list of tasks or under its
// owners' heading is work whatever its verb.
func (r *runState) reclassify(s sentence, ps *pieceState) {
	x, c, a := r.x, ps.c, ps.a
	if (ps.v == vNarrative || ps.v == vNone) && !a.past && x.setsDeadline(ps.d) && !x.datedOpening(c) && !c.citizensAsked() && !ps.intent ||
		ps.v == vNone && !a.past && c.opensWithUnit() && c.words() >= 5 && !isTitle(c.text) || isAside(c.text) {
		ps.v = vDirective
		if isAside(c.text) {
			ps.v = vNone
		}
	}
	ps.noCue = ps.v == vNone
	if r.tasks && ps.v == vNone && !a.past && c.words() >= 2 && !isTitle(c.text) && !isAside(c.text) && (r.pieceIndex == 0 || r.nounTasks) {
		ps.v, ps.noCue = vDirective, false // "công tác thu ngân sách" in a list of tasks: a task
		r.nounTasks = true
	} else if r.pieceIndex == 0 {
		r.nounTasks = false
	}
	if ps.v == vNone && !a.past && !a.subjectMention && a.unknownLead == "" && r.h.owners != nil && (s.listItem || r.h.inline) && c.words() >= 3 && !isTitle(c.text) {
		ps.v = vDirective // an item under its owners' heading asks for work, whatever its verb
	}
}

// mergesIntoPrevious reports whether a piece only goes on with the objects
// of the directive before it in the sentence, and adds it there.
func (r *runState) mergesIntoPrevious(s sentence, ps *pieceState) bool {
	c, a, v := ps.c, ps.a, ps.v
	if r.pieceIndex > 0 && len(r.out) > r.sentenceStart && c.words() >= 2 && !a.subjectMention && a.unknownLead == "" &&
		c.at(0, goOnWords) == 0 && !c.actionWithin(3) && !(c.hasAction() && !c.nounHead()) &&
		(v == vNone || ps.noCue && a.pred == predNone || !ps.p.cont && c.opensWithNoun() && a.pred != predRequest && a.pred != predModal && !s.intro[0]) {
		mergeInto(&r.out[len(r.out)-1], ps.d) // "…; tài chính, tài sản; toàn bộ hồ sơ … trước ngày 25/10"
		return true
	}
	return false
}

// record hands the piece's owner on (scope, chain) and keeps it as a
// directive when it is one with enough words.
func (r *runState) record(s sentence, ps *pieceState, isDirective bool) {
	c, a, v, d := ps.c, ps.a, ps.v, ps.d
	switch {
	case v == vNarrative || s.heading:
		r.scope = nil
	case isDirective && d.Lead != nil && a.leadFromRequest:
		r.scope = &headOwners{lead: *d.Lead, coords: a.coLeads, phrase: d.Text}
		r.asked, r.askedPara = r.scope, s.para
	case isDirective:
		r.scope = nil // only the sentence right after the request goes on with its work
	}
	if r.pieceIndex == 0 && r.chain != nil && c.answersFor() && a.subjectless {
		// "Chịu trách nhiệm trước … nếu để …; chỉ đạo kiểm tra …": who answers for a failure
		// is no work, and the work after it is still the owner's of the sentence before
		r.firstLead, r.firstCo = &r.chain.lead, r.chain.coords
		r.pieceIndex++
		return
	}
	kept := isDirective && len(strings.Fields(d.Text)) >= 3
	if ps.permission && !kept {
		r.pieceIndex++
		return
	}
	r.chain = r.chain.next(s, r.pieceIndex, v, kept, d, a, r.h.owners != nil)
	if kept {
		if r.last == nil || r.lastPara != s.para {
			r.lastParaStart = len(r.out)
		}
		if s.listItem && !r.lastListItem {
			r.listStart = len(r.out)
		}
		r.lastListItem = s.listItem
		r.out = append(r.out, d)
		r.lastFrame = r.frame
		r.lastUnknown = ""
		if d.Lead == nil {
			r.lastUnknown = a.unknownLead
		}
		r.prev = &r.out[len(r.out)-1]
		r.last, r.lastPara = r.prev, s.para
		if ps.letter {
			r.letter, r.letterPara = len(r.out)-1, s.para
		} else {
			r.fillLetter(s, c, d)
		}
	} else {
		r.prev = &ps.d
		r.catch(s, ps)
	}
	r.pieceIndex++
}

// shareDeadline gives the deadline of d, set by a line after a list, to
// the other directives of that list that have none.
func (r *runState) shareDeadline(d *Directive) {
	for k := r.listStart; k < len(r.out); k++ {
		if o := &r.out[k]; o != d && o.Deadline == nil && o.DeadlineText == "" {
			dl := *d.Deadline
			o.Deadline, o.DeadlineText = &dl, d.DeadlineText
			o.Warnings = withoutTopic(o.Warnings, AboutDeadline)
			o.Why.Deadline = fmt.Sprintf(whyDeadlineNext, d.DeadlineText)
		}
	}
}

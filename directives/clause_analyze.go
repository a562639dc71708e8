package directives

// How one clause is read: the reader that finds its subject, request,
// addressee, predicate and coordinators.

import (
	"strings"

	"github.com/dondoc/dondoc/tasks"
)

// analyze reads a clause left to right: a time or topic frame, the
// speaker, a request verb and its addressee or the subject, the main
// predicate, and in the predicate the units that coordinate. Each token is
// read by one step of a reader: a mention
// of a unit, punctuation, a prefix that is no cue (glue, "theo chức năng",
// a clause of time, "… nào … thì"), or a cue, first weighed in its context
// (cueInContext) and then acted on (onCue).
func (c *clause) analyze() analysis {
	r := c.newReader()
	for r.i < r.n {
		if r.readMention() || r.readPunct() || r.readPrefix() {
			continue
		}
		kind, k := r.cueInContext()
		k, skip := r.onCue(kind, k)
		if skip {
			continue
		}
		r.i += k
	}
	r.endScope(r.n)
	r.commit(r.n)
	return r.finish()
}

// reader is the state of analyze as it reads a clause's tokens.
type reader struct {
	c           *clause
	a           analysis
	n, i        int
	ph          phase
	regionStart int // where the words of the current subject or addressee start
	subj        []mention
	sc          scope
	gap         int
	scopeStart  int
	scopeFound  bool
	scopeCue    string
	subjOther   bool // a word such as "tại", "của" came after the subject
	nominal     bool
	when        bool      // inside "sau khi …", "khi …", "nếu …": its verbs are not the predicate
	whenComma   int       // the token after the last comma inside it, or 0
	asker       []mention // the units that ask, before a request verb: they lead when no unit is asked
	askerLead   bool
	lastSpeech  int
	requestTok  int
	predAt      int
	frameUnit   *mention // the unit a frame "Đối với X," names alone: the subject when the clause has none
	whichever   *mention // the group of "Đơn vị nào … thì …": the subject when the work after "thì" has none
}

// newReader starts reading after the clause's frame ("Về tiêu chí điện, …"),
// which it keeps as the analysis's frame.
func (c *clause) newReader() *reader {
	r := &reader{c: c, a: analysis{requestAt: -1}, n: len(c.toks), ph: phSubject, sc: scNone, lastSpeech: -1, requestTok: -1, predAt: -1}
	r.i = c.frameEnd()
	if r.i > 0 && (c.word(0) == "ve" || c.at(0, [][]string{{"doi", "voi"}}) > 0) {
		r.a.frame = strings.TrimSpace(c.text[:c.toks[r.i-1].start])
	}
	if mi, ok := c.byFirst[2]; ok && r.i > 0 && c.at(0, [][]string{{"doi", "voi"}}) == 2 && c.mentions[mi].last == r.i-1 && !c.mentions[mi].generic {
		m := c.mentions[mi]
		r.frameUnit = &m // "Đối với Phòng Kinh tế: rà soát …": the unit the work is for
	}
	limit := 0
	if r.i == 0 {
		limit = c.timeLimitEnd() // "Chậm nhất đến ngày 15/8 phải bàn giao …": a time limit, not a subject
		r.i = limit
	}
	r.regionStart = r.i
	if r.i > 0 && c.word(r.i) == "la" {
		r.i++ // "Thứ ba, là triển khai …"
	}
	r.a.textStart = c.startAt(r.i)
	if limit > 0 {
		r.a.textStart = c.startAt(0) // the task's text keeps its time limit
	}
	return r
}

// commit ends the subject (or addressee) at token at: the predicate starts
// there. It sets the lead, the units asked with it, or the name of an
// unknown body.
func (r *reader) commit(at int) {
	c, a := r.c, &r.a
	if r.ph == phPredicate {
		return
	}
	r.predAt = at
	if r.ph == phSubject && len(r.subj) == 0 && r.frameUnit != nil && !c.hasWords(r.regionStart, at) {
		r.subj = []mention{*r.frameUnit} // "Đối với các thôn, tổ chức họp dân …": the work of the units the frame names
		r.a.leadFromFrame = true
	}
	if r.ph == phSubject && len(r.subj) == 0 && r.whichever != nil && !c.hasWords(r.regionStart, at) {
		r.subj = []mention{*r.whichever} // "Đơn vị nào chưa thu thì khẩn trương thu": every unit that has not
	}
	if r.ph == phAddressee && len(r.subj) == 0 && r.frameUnit != nil && r.requestTok >= 0 &&
		!c.hasWords(r.requestTok+c.at(r.requestTok, requestVerbs), at) {
		r.subj = []mention{*r.frameUnit} // "Đối với Sở Y tế, UBND tỉnh yêu cầu tăng cường …": the request names no one, the frame does
		r.a.leadFromFrame = true
	}
	if r.ph == phAddressee && len(r.subj) == 0 && len(r.asker) > 0 {
		// "Sở Y tế chỉ đạo các bệnh viện …": no unit of the directory is asked, the unit that asks acts
		r.subj, r.ph, r.askerLead = r.asker, phSubject, true
	}
	if len(r.subj) > 0 {
		a.subjectMention = true
		a.lead = &r.subj[0].owner
		a.leadFromRequest = r.ph == phAddressee
		for _, m := range r.subj[1:] {
			if a.lead.Group == tasks.KindAll && a.lead.Unit == nil && m.owner.Unit == nil {
				continue // "các cơ quan, ban, ngành, UBND các xã": every unit already
			}
			a.coords = append(a.coords, m.owner)
			a.coLeads = append(a.coLeads, m.owner)
			a.because(m.owner, "")
		}
		name := c.unknownFirstName(r.regionStart, r.subj[0].first)
		if name == "" {
			name = c.unknownBodyBefore(r.regionStart, r.subj[0].first)
		}
		if name != "" {
			// "UBND các phường: Yên Thanh (not registered), Quang Trung, …": the first named leads, unknown
			a.coords = append([]Owner{*a.lead}, a.coords...)
			a.coLeads = append([]Owner{*a.lead}, a.coLeads...)
			a.because(*a.lead, "")
			a.lead, a.subjectMention, a.unknownLead = nil, false, name
		}
	} else if name := c.orgName(r.regionStart, at); name != "" {
		a.unknownLead = name
	}
	// "Việc tổ chức lễ hội phải bảo đảm …": the work that must be done is the subject, no body
	a.subjectless = r.ph == phSubject && len(r.subj) == 0 && (!c.hasWords(r.regionStart, at) || c.at(r.regionStart, difficultyTopics) > 0 || c.at(r.regionStart, phrases("viec")) > 0 && a.pred == predModal)
	r.ph = phPredicate
}

// endScope ends a scope of coordinators (or agents) at token at: a scope
// that found no unit of the directory names an unknown coordinator.
func (r *reader) endScope(at int) {
	if r.sc == scCoord && !r.scopeFound {
		if name := r.c.orgName(r.scopeStart, at); name != "" {
			r.a.unknownCoords = append(r.a.unknownCoords, name)
		}
	}
	r.sc = scNone
}

// openScope starts a scope of kind sc after the cue at tokens [i, i+k).
func (r *reader) openScope(sc scope, i, k int) {
	r.sc, r.gap, r.scopeStart, r.scopeFound, r.scopeCue = sc, 0, i+k, false, r.c.span(i, i+k)
}

// readMention reads a mention of a unit at the current token: a subject, an
// addressee, a coordinator or an agent, by where the reading stands.
func (r *reader) readMention() bool {
	c, a := r.c, &r.a
	mi, ok := c.byFirst[r.i]
	if !ok {
		return false
	}
	m := c.mentions[mi]
	switch {
	case m.agentOnly && r.sc != scAgent:
	case m.concerned && !m.generic && r.sc == scCoord && m.owner.Group != tasks.KindAll:
		// "phối hợp với các sở, ngành liên quan": those of a kind concerned are that kind's group
		a.coords = append(a.coords, m.owner)
		a.because(m.owner, r.scopeCue)
		r.scopeFound = true
	case m.generic || (m.concerned || m.subordinate) && (r.ph == phPredicate || len(r.subj) > 0) || m.subordinate && len(r.asker) > 0:
		r.scopeFound = true // "phối hợp với các đơn vị liên quan": no one to name, nothing unknown
	case r.sc == scNested && c.ownBodiesOf(m, a.lead):
		r.scopeFound = true // "UBND các xã chỉ đạo các ban, ngành, đoàn thể xã …": the communes' own bodies, no owners
	case r.sc == scCoord || r.sc == scNested:
		a.coords = append(a.coords, m.owner)
		a.because(m.owner, r.scopeCue)
		r.scopeFound = true
	case r.sc == scAgent && (r.gap > 0 || !c.actionAt(m.last)):
	case r.sc == scAgent:
		if a.lead == nil {
			a.lead = &m.owner
		} else {
			a.coords = append(a.coords, m.owner)
		}
		a.because(m.owner, r.scopeCue)
		r.scopeFound = true
	case r.sc == scOther:
	case r.ph == phSubject && r.subjOther:
		// "Trạm Y tế phun thuốc tại các thôn …": a place, not a second subject
	case r.ph == phSubject && len(r.subj) == 0 && r.nominal && c.word(m.first-1) == "cua":
		// "Kết quả này thể hiện những nỗ lực của cả hệ thống chính trị …": whose efforts, not who acts
	case r.ph != phPredicate && r.when && r.whenComma > 0 && c.toks[r.i-1].punct:
		// "khi có mưa lớn ở các thôn, Trạm Y tế …": the subject after the clause of time
		r.when, r.regionStart, r.subj = false, r.i, []mention{m}
	case r.ph != phPredicate:
		r.subj = append(r.subj, m)
	}
	r.gap = 0
	r.i = m.last
	return true
}

// readPunct reads an aside in parentheses (skipped) or a punctuation mark,
// which may end a scope.
func (r *reader) readPunct() bool {
	c := r.c
	t := c.toks[r.i]
	if t.punct && t.w == "(" {
		r.i = c.parenEnd(r.i) // an aside names no owner and sets no mood
		return true
	}
	if !t.punct {
		return false
	}
	if t.w == "," && r.when {
		r.whenComma = r.i + 1 // the subject or the predicate may start here
	}
	if t.w == "," && r.ph == phSubject && len(r.subj) > 0 && r.subjOther {
		r.nominal = false // "UBND các xã có công dân liên quan đến … vụ việc …, rà soát …": the qualifier ended
	}
	if _, named := c.byFirst[r.i+1]; t.w != "," && t.w != "-" && t.w != "&" && t.w != "/" &&
		!(t.w == ":" && named && r.sc == scCoord) && !(t.w == ";" && r.sc == scCoord && (named || r.i+1 < r.n && c.capitalized(r.i+1))) {
		// "phối hợp Sở Tài chính; Viễn thông tỉnh; UBND xã An Bình thực hiện …": the partners go on
		r.endScope(r.i) // but "phối hợp với … UBND các huyện: Đạ Huoai, Đạ Tẻh" goes on with the names
	}
	if t.w == "," && r.sc == scCoord {
		r.gap = 0 // "phối hợp với Sở A (unknown), UBND các huyện …": the list goes on
	}
	r.i++
	return true
}

// readPrefix passes over words that are no cue but change how what follows
// is read: glue, "cho" after a request, "theo chức năng, nhiệm vụ", the
// opening of a clause of time, and "… nào … thì".
func (r *reader) readPrefix() bool {
	c, a := r.c, &r.a
	t := c.toks[r.i]
	if k := c.at(r.i, continuations); k > 0 && r.ph == phSubject && len(r.subj) == 0 && r.i == r.regionStart {
		r.i += k // "Cùng với đó là tập trung phòng, chống dịch …": the request before goes on
		r.regionStart = r.i
		return true
	}
	if k := c.at(r.i, consequenceLinks); k > 0 && r.i > 0 && c.toks[r.i-1].punct && c.toks[r.i-1].w == "," && r.ph != phAddressee {
		// "Dự báo … sẽ có nhiều diễn biến phức tạp, vì thế UBND huyện chỉ đạo …": the reason, then the clause itself
		r.a = analysis{requestAt: -1}
		r.ph, r.subj, r.nominal, r.when, r.sc = phSubject, nil, false, false, scNone
		r.i += k
		r.regionStart, r.lastSpeech = r.i, r.i
		return true
	}
	if k := c.at(r.i, glueWords); k > 0 {
		r.i += k
		return true
	}
	if r.ph == phSubject && r.lastSpeech == r.i && c.at(r.i, concludedSessions) > 0 {
		// "Kết luận phiên tiếp công dân, đồng chí … yêu cầu …": the session concluded, then who speaks
		k := r.i
		for k < r.n && !c.toks[k].punct && c.at(k, personWords) == 0 && c.at(k, issuers) == 0 {
			k++
		}
		r.i, r.regionStart, r.lastSpeech = k, k, k
		return true
	}
	if r.ph == phSubject && len(r.subj) > 0 && r.i > 0 && c.toks[r.i-1].punct && c.toks[r.i-1].w == "," && c.at(r.i, asideOpeners) > 0 {
		// "Công an xã, qua kiểm tra thực tế …, cần tăng cường …": an aside between the subject and its predicate
		for k := r.i + 1; k < r.n && k < r.i+40; k++ {
			if c.toks[k].punct && c.toks[k].w == "," {
				if next, _ := c.cue(k + 1); next == cueModal || next == cueWeakModal {
					r.a.aside = [2]int{c.toks[r.i].start, c.toks[k].start}
					r.i = k
					return true
				}
			}
		}
	}
	if r.ph == phAddressee && t.w == "cho" {
		r.i++
		return true
	}
	if c.at(r.i, phrases("theo chuc nang", "theo linh vuc", "theo nhiem vu")) > 0 {
		r.i = c.pastDuty(r.i) // "theo chức năng, nhiệm vụ được giao": how, not a report
		if r.ph == phSubject && len(r.subj) == 0 && r.regionStart <= r.i {
			r.regionStart = r.i // and no subject either: "Theo chức năng, nhiệm vụ được giao, chủ động …"
		}
		return true
	}
	if r.ph == phSubject && len(r.subj) == 0 && c.at(r.i, whenWords) > 0 && !(c.word(r.i) == "neu" && !c.writtenAs(r.i, "nếu", "neu")) { // "nêu cao …" is no "nếu"
		r.when = true // "sau khi kiện toàn bộ máy, UBND xã cần …": a time, then the subject
		r.i += c.at(r.i, whenWords)
		return true
	}
	if r.ph == phSubject && a.pred == predNone && c.word(r.i) == "nao" && strings.ToLower(c.text[t.start:t.end]) == "nào" && c.thenAfter(r.i) > 0 {
		// "Đơn vị nào chưa thu thì khẩn trương thu …": a condition, then the work, of whichever unit it is
		r.whichever = c.whicheverGroup(r.regionStart, r.i)
		r.regionStart, r.subj = c.thenAfter(r.i), nil
		r.i = r.regionStart
		return true
	}
	return false
}

// cueInContext returns the cue at the current token and its length, as the
// context makes it: a verb inside a clause of time, after an organisation's
// noun or in a nominal subject is none; a weak modal is a modal or a
// narrative by the cue after it.
func (r *reader) cueInContext() (cueKind, int) {
	c, i := r.c, r.i
	t := c.toks[i]
	kind, k := c.cue(i)
	if k == 0 {
		k = 1
	}
	if r.when && r.ph == phSubject {
		switch {
		case kind == cueModal:
			r.when = false // "sau khi kiện toàn bộ máy UBND xã cần …": a modal ends the clause of time
		case kind == cueWeakModal && c.at(i, phrases("kip thoi", "khan truong", "ngay lap tuc")) > 0 && len(r.subj) == 0:
			r.when, r.regionStart = false, i // "nếu có vướng mắc kịp thời báo cáo …": the work, with no subject of its own
		case kind == cueRequest && r.whenComma > 0 && c.isRequest(i, k):
			// "Sau khi giải đáp, làm rõ …, ông A đề nghị Phòng B …": the request after the comma is the sentence
			r.when, r.regionStart, r.subj = false, r.whenComma, nil
		case (kind == cueVerb || kind == cueWeakModal) && r.whenComma > 0 && c.toks[i-1].punct && !c.verbEndsAt(i-1):
			// "nếu có vấn đề đột xuất, khẩn cấp, kịp thời báo cáo …": the clause of time ended at the comma,
			// and a noun phrase inside it ("Dự báo tình hình mưa lũ, theo dõi …") with it
			r.when, r.regionStart, r.subj, r.nominal = false, r.whenComma, nil, false
		case kind == cueVerb || kind == cueWeakModal || kind == cueNarrative:
			kind = cueNone
		}
	}
	if r.ph != phPredicate && (kind == cueVerb || kind == cueModal || kind == cueWeakModal || kind == cueRequest) &&
		(c.orgNounBefore(i) || r.nominal && (kind == cueVerb || kind == cueWeakModal)) {
		kind = cueNone
	}
	if kind == cueSpeech && (r.ph == phSubject || r.ph == phAddressee) && len(r.subj) > 0 && c.at(i, instructVerbs) > 0 {
		kind = cueVerb // "(yêu cầu) Thủ trưởng các đơn vị quán triệt cán bộ …": the units instruct their staff
	}
	if kind == cueSpeech && r.ph == phAddressee && len(r.subj) > 0 {
		kind = cueVerb // "giao Văn phòng thông báo kết luận này đến …": what the one asked says is its work
	}
	if kind == cueWeakModal && r.ph == phSubject {
		if d := c.documentRequest(i + k); d > 0 {
			return cueDocument, d - i // "UBND tỉnh tiếp tục có văn bản chỉ đạo các sở …": the document asks
		}
	}
	if kind == cueWeakModal {
		if next, _ := c.cue(i + k); next == cueNarrative {
			kind = cueNarrative
		} else {
			kind = cueModal
		}
	}
	if kind == cueModal && t.w == "chu" && c.at(i+k, hostingCues) > 0 {
		kind = cueNarrative
	}
	return kind, k
}

// onCue acts on the cue at tokens [i, i+k): it may start the subject over
// (speech), open the addressee (request), commit the predicate, or open a
// scope of coordinators. It returns the cue's length, which it may extend,
// and whether the reader has already moved on.
func (r *reader) onCue(kind cueKind, k int) (int, bool) {
	c, a, i := r.c, &r.a, r.i
	t := c.toks[i]
	switch kind {
	case cueDocument:
		r.i = i + k
		return k, true
	case cueSpeech:
		if r.ph != phPredicate {
			r.subj, r.ph, r.regionStart, r.lastSpeech = nil, phSubject, i+k, i+k
			r.nominal = false
		}
	case cueRequest:
		r.onRequest(i, k)
	case cueCoord:
		if r.ph == phSubject && c.at(i, [][]string{{"lam", "viec", "voi"}}) == 3 && (c.at(r.regionStart, chairWords) > 0 || c.at(r.regionStart, personWords) > 0) {
			// "Chủ tịch UBND xã làm việc với Phòng Kinh tế …": the meeting, not work given
			if a.pred == predNone {
				a.setPred(predNarrative, c.span(i, i+k))
			}
			r.commit(i)
			break
		}
		if a.pred == predNone {
			a.setPred(predVerb, c.span(i, i+k))
		}
		r.commit(i)
		r.endScope(i)
		r.openScope(scCoord, i, k)
	case cueAgent:
		if r.ph == phPredicate {
			r.endScope(i)
			r.openScope(scAgent, i, k)
		}
		if r.ph == phSubject && len(r.subj) > 0 {
			r.subjOther = true // "Trưởng thôn, … trên cơ sở danh sách do Công an xã cung cấp chịu trách nhiệm …": who made the list
		}
	case cueOther:
		if r.ph == phSubject && len(r.subj) == 0 && a.pred == predNone && i == r.regionStart && c.at(i, helpVerbs) > 0 {
			// "Tạo điều kiện cho Công an xã triển khai …": the clause opens with its verb; those helped are no subject
			a.setPred(predVerb, c.span(i, i+k))
			r.commit(i)
		}
		if r.ph == phPredicate {
			r.endScope(i)
			r.sc, r.gap = scOther, 0
		}
		if r.ph == phSubject && len(r.subj) > 0 {
			r.subjOther = true
		}
	case cueModal, cueVerb:
		if r.ph != phPredicate && a.pred == predNone || r.ph == phAddressee {
			if a.pred == predNone {
				a.setPred(predVerb, c.span(i, i+k))
				if kind == cueModal {
					a.setPred(predModal, c.span(i, i+k))
				}
			}
			r.commit(i)
		}
		r.endScope(i)
	case cueNarrative:
		k = r.onNarrative(t, i, k)
	case cueNominal:
		if r.ph != phPredicate {
			r.nominal = true
		}
	default:
		if r.sc == scCoord || r.sc == scNested || r.sc == scAgent {
			if r.gap == 0 && c.at(i, orgHeads) > 0 {
				r.gap = -5 // the name of a body the directory does not know: "Sở Nông nghiệp và Phát triển nông thôn"
			}
			if r.gap++; r.gap > 3 {
				r.endScope(i)
			}
		}
	}
	return k, false
}

// onRequest acts on a request verb at tokens [i, i+k): a request in the
// predicate nests a scope, a past one reports, one to the people petitions;
// otherwise the addressee starts after it, and the units before it may be
// the ones that ask.
func (r *reader) onRequest(i, k int) {
	c, a := r.c, &r.a
	if r.ph == phAddressee && len(r.subj) > 0 {
		r.commit(i) // "giao phường A yêu cầu Công ty B …": A acts by asking B
	}
	if r.ph == phPredicate && c.issuerBefore(i) {
		// "Nghiêm túc thực hiện …, Chủ tịch UBND huyện vừa có công văn yêu cầu các xã …":
		// what comes before the issuer is a preamble.
		r.a = analysis{requestAt: -1}
		r.ph, r.subj, r.nominal, r.lastSpeech = phSubject, nil, false, -1
		r.sc = scNone
	}
	if r.ph == phPredicate {
		r.endScope(i)
		if c.advisesIssuerBefore(i) {
			r.sc, r.gap = scOther, 0 // "Tham mưu UBND tỉnh chỉ đạo các sở …": whom the issuer will direct, not partners
			return
		}
		r.openScope(scNested, i, k)
		return
	}
	if p := c.word(i - 1); (p == "da" || p == "dang" || p == "vua" || p == "tung") && !c.chairInstructs(i) && !(p == "da" && c.openRequest) &&
		!(p == "vua" && c.issuerAsks(i-1)) {

		a.setPred(predNarrative, c.span(i, i+k))
		r.commit(i)
		return
	}
	if _, named := c.byFirst[i+k]; c.at(i+k, petitionTargets) > 0 && !named && c.toks[i].w != "giao" {
		if a.pred == predNone {
			a.setPred(predNarrative, c.span(i, i+k))
		}
		r.commit(i)
		return
	}
	a.requestBare = !c.hasWords(c.frameEnd(), i)
	opensSubject := len(r.subj) > 0 && c.titlesOnly(c.frameEnd(), r.subj[0].first)
	if r.ph == phSubject && len(r.subj) > 0 && !r.subj[0].generic && opensSubject && c.at(i, directingVerbs) == k && a.pred == predNone {
		// "Phòng Nông nghiệp chỉ đạo các xã chăm sóc lúa": the unit directs and leads, those it directs take part
		a.setPred(predVerb, c.span(i, i+k))
		r.commit(i)
		r.openScope(scNested, i, k)
		return
	}
	r.asker = nil
	if r.ph == phSubject && len(r.subj) > 0 && !r.subj[0].generic && opensSubject && c.at(i+k, citizenWords) == 0 {
		r.asker = r.subj // not when the people are asked: "UBND xã yêu cầu người dân …" is advice
	}
	r.subj, r.ph, r.regionStart, r.requestTok = nil, phAddressee, i+k, i
	r.nominal = false
	if a.pred == predNone {
		a.setPred(predRequest, c.span(i, i+k))
	}
}

// onNarrative acts on a narrative cue at tokens [i, i+k) ("đã", "có", …):
// most commit a narrative predicate, but "được yêu cầu" asks, "có văn bản
// chỉ đạo" is the document's request, and a "có" inside the subject's
// qualifier or object is none. It returns the cue's length.
func (r *reader) onNarrative(t token, i, k int) int {
	c, a := r.c, &r.a
	if next, _ := c.cue(i + k); t.w == "da" && (next == cueRequest || next == cueSpeech) && c.chairInstructs(i+k) || t.w == "da" && next == cueRequest && c.openRequest ||
		t.w == "vua" && next == cueRequest && c.issuerAsks(i) {
		return k
	}
	if n := c.at(i+k, passiveRequests); t.w == "duoc" && k == 1 && r.ph == phSubject && (len(r.subj) > 0 || c.orgName(r.regionStart, i) != "") && n > 0 && !c.pastBefore(i) &&
		c.at(i+k+n, phrases("chi tieu", "du toan")) == 0 { // "xã Mường Ảng được giao chỉ tiêu tuyển chọn 40 công dân": a quota received, told
		// "Các cơ quan, đơn vị được yêu cầu chủ động …": the subject is the one asked, known or not
		// ("Ban Dân tộc tỉnh được giao rà soát …")
		a.setPred(predRequest, c.span(i, i+k+n))
		r.ph = phAddressee
		r.commit(i)
		return k + n
	}
	if d := c.documentRequest(i); d > 0 && r.ph == phSubject && t.w == "co" {
		return d - i // "UBND tỉnh tiếp tục có văn bản chỉ đạo các sở …"
	}
	if d := c.documentRequest(i + k); d > 0 && r.ph == phSubject && (t.w == "da" || t.w == "vua") {
		return d - i // "UBND huyện đã có Công văn số … yêu cầu các xã …": the document asks, now
	}
	if t.w == "co" && k == 1 && r.ph == phSubject && len(r.subj) > 0 && i > r.subj[0].last {
		return k // "Trạm Y tế phun thuốc tại các thôn có ca bệnh": "có" inside the object
	}
	if t.w == "co" && k == 1 && r.ph == phSubject && len(r.subj) > 0 && i == r.subj[len(r.subj)-1].last && c.verbAfterComma(i) {
		return k // "UBND các xã, phường có công dân liên quan …, rà soát …": which communes, then their work
	}
	if r.ph != phPredicate {
		if a.pred == predNone {
			a.setPred(predNarrative, c.span(i, i+k))
		}
		r.commit(i)
	}
	return k
}

// finish sets whether the clause reports the past, where its request verb
// is, and where the task's text starts.
func (r *reader) finish() analysis {
	c, a := r.c, &r.a
	a.past = c.pastBefore(r.predAt) || c.datedEvent()
	if a.pred != predRequest && c.meetingProceeds() {
		a.setPred(predNarrative, c.span(c.frameEnd(), r.predAt+1)) // "Hội nghị tập trung đánh giá …": the story of the meeting
		a.past = true
	}
	switch {
	case r.askerLead:
		a.textStart = c.toks[r.asker[0].first].start
	case r.requestTok >= 0:
		a.requestAt = c.toks[r.requestTok].start
		a.requestWord = c.span(r.requestTok, r.requestTok+c.at(r.requestTok, requestVerbs))
		a.textStart = c.toks[r.requestTok].start
		if m := c.firstMentionFrom(r.requestTok); m < len(c.toks) && a.lead != nil && a.leadFromRequest && !c.hasWords(r.requestTok+c.at(r.requestTok, requestVerbs), m) {
			a.textStart = c.toks[m].start
		}
		if c.objectBefore(r.requestTok) {
			a.textStart = c.startAt(c.frameEnd()) // "Công tác tuyển quân năm 2026 giao cho Ban CHQS xã …": the work is named first
		}
	case r.lastSpeech >= 0:
		a.textStart = c.startAt(r.lastSpeech)
	}
	return *a
}

// helpVerbs open a clause whose units after them are helped, not the
// ones who act: "Tạo điều kiện cho Công an xã …".
var helpVerbs = phrases("tao dieu kien cho", "tao dieu kien", "giup do", "giup")

// headTitles are the titles of the head of a unit, which stands for it:
// "Giám đốc Sở Y tế chỉ đạo …" is the Sở directing.
var headTitles = phrases("dong chi", "giam doc", "pho giam doc", "thu truong", "chu tich", "pho chu tich", "truong", "pho truong", "chanh", "lanh dao", "nguoi dung dau")

// titlesOnly reports whether tokens [i, j) hold nothing but the titles of
// a unit's head ("Giám đốc", "đồng chí Chủ tịch"), or nothing.
func (c *clause) titlesOnly(i, j int) bool {
	for i < j {
		k := c.at(i, headTitles)
		if k == 0 {
			return false
		}
		i += k
	}
	return i == j
}

// continuations open a sentence that goes on with the request before it:
// "Cùng với đó là …", "Bên cạnh đó là …".
var continuations = phrases("cung voi do la", "cung voi do", "ben canh do la", "dong thoi la", "tren co so do")

// concludedSessions name the session a speaker concludes: "Kết luận phiên tiếp
// công dân, …", "Kết luận buổi làm việc, …".
var concludedSessions = phrases("phien", "buoi", "hoi nghi", "cuoc hop", "ky hop", "cuoc lam viec")

// timeWordsOfLimit may stand inside a time limit that opens a clause.
var timeWordsOfLimit = map[string]bool{"ngay": true, "den": true, "het": true, "thang": true, "nam": true, "gio": true, "h": true,
	"truoc": true, "luc": true, "sang": true, "chieu": true, "toi": true, "la": true, "trua": true, "phut": true}

// timeLimitEnd returns the token after a time limit that opens the clause
// without a comma ("Chậm nhất đến ngày 15/8/2022 phải bàn giao …",
// "Trước ngày 30/9 hoàn thành …"), or 0: a lead word of a deadline, then
// only numbers and the words of a date or an hour.
func (c *clause) timeLimitEnd() int {
	k := c.at(0, deadlineLeads)
	if k == 0 {
		return 0
	}
	numbers := 0
	for k < len(c.toks) {
		t := c.toks[k]
		switch {
		case isNumber(t.w):
			numbers++
		case t.punct && (t.w == "/" || t.w == "-" || t.w == "." || t.w == ":"):
		case !t.punct && timeWordsOfLimit[t.w]:
		default:
			if numbers == 0 {
				return 0
			}
			if t.punct && t.w == "," {
				k++
			}
			return k
		}
		k++
	}
	return 0
}

// asideOpeners open words set between a subject and its predicate, between
// commas: "Công an xã, qua kiểm tra …, cần …".
var asideOpeners = phrases("qua", "thong qua", "tren co so", "can cu", "sau khi", "theo")

// difficultyTopics open a clause with the difficulties met, not who acts:
// "Mọi khó khăn, vướng mắc … cần kịp thời báo cáo …" is the work of whoever
// carries it out.
var difficultyTopics = phrases("moi kho khan", "cac kho khan", "nhung kho khan", "kho khan", "moi vuong mac", "vuong mac", "qua trinh thuc hien")

// issuerAsks reports whether the words before "vừa" at i are the issuer
// alone: "UBND tỉnh vừa yêu cầu …", "Chủ tịch UBND tỉnh vừa yêu cầu …" is
// the news of a request just made, and its work is still to be done.
func (c *clause) issuerAsks(i int) bool {
	f := c.frameEnd()
	n := c.at(f, issuers)
	if n == 0 {
		return false
	}
	if i-f > 8 {
		return false
	}
	for k := f; k < i; k++ {
		if c.toks[k].punct && c.toks[k].w != "." {
			return false // "UBND tỉnh, qua kiểm tra, vừa …": more than the issuer ("TP." kept)
		}
	}
	return true
}

// advisesIssuerBefore reports whether the request verb at i is what the
// issuer is advised to ask: "tham mưu (cho) UBND tỉnh chỉ đạo …".
func (c *clause) advisesIssuerBefore(i int) bool {
	for k := max(0, i-8); k < i; k++ {
		n := c.at(k, phrases("tham muu"))
		if n == 0 {
			continue
		}
		j := k + n
		j += c.at(j, phrases("cho"))
		if m := c.at(j, issuers); m > 0 {
			j += m
			for j < i && !c.toks[j].punct && c.at(j, placeWords) > 0 || j < i && !c.toks[j].punct && c.capitalized(j) {
				j++ // "UBND tỉnh", "UBND thành phố Hạ Long"
			}
			return j == i
		}
	}
	return false
}

// whicheverGroup returns, as a mention, the group that the words [i, nao)
// name before "nào" ("Đơn vị nào", "Các xã nào", "Thôn nào"), or nil.
func (c *clause) whicheverGroup(i, nao int) *mention {
	if c.dir == nil {
		return nil
	}
	k := i + c.at(i, groupDeterminers)
	for _, g := range groupNouns {
		if g.role || g.kind == kindBoard || c.at(k, [][]string{g.words}) != len(g.words) || k+len(g.words) != nao {
			continue
		}
		return &mention{first: i, last: nao + 1, owner: groupOwner(c.dir, g.kind, c.span(i, nao+1))}
	}
	return nil
}

// consequenceLinks open, after a comma, the clause that follows from the
// reason before it: "…, vì thế UBND huyện chỉ đạo …".
var consequenceLinks = phrases("vi the", "vi vay", "do do", "do vay", "boi vay", "cho nen")

// ownBodiesOf reports whether the group mentioned by m is the lead group's
// own bodies, named with the lead's level ("các ban, ngành, đoàn thể xã"
// directed by "UBND các xã"): they are not units of the directory.
func (c *clause) ownBodiesOf(m mention, lead *Owner) bool {
	if lead == nil || lead.Unit != nil || m.owner.Unit != nil || m.owner.Group == lead.Group {
		return false
	}
	end := m.last // the list goes on: "các ban, ngành, đoàn thể xã" is read as two groups
	for k := end; k < len(c.toks); {
		if c.toks[k].punct && c.toks[k].w == "," || c.word(k) == "va" {
			k++
			continue
		}
		mi, ok := c.byFirst[k]
		if !ok {
			break
		}
		end = c.mentions[mi].last
		k = end
	}
	levels := map[tasks.Kind][]string{tasks.KindXa: {"xa", "phuong", "thi tran", "dac khu"}, tasks.KindThon: {"thon", "ap", "ban", "to dan pho"}}[lead.Group]
	for _, l := range levels {
		p := strings.Fields(l)
		if k := end - len(p); k > m.first && c.at(k, [][]string{p}) == len(p) {
			return true
		}
	}
	return false
}

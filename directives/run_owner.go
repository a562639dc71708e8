package directives

// The owner and period steps of the walk through a text (run.go): the
// owner a piece without one is handed, the period that holds, and the
// owner's last resolution, warnings and explanation.

import (
	"fmt"
	"strings"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// chooseOwner gives a piece without an owner of its own the one the text
// hands on: the directive just before, the addressee of the request
// before, the sentence before (chain), the sentence's first subject
// (carry), or the heading's owners.
func (r *runState) chooseOwner(s sentence, ps *pieceState) {
	x, c, p := r.x, ps.c, ps.p
	a, v, d := &ps.a, ps.v, &ps.d
	r.directorLeads(s, ps)
	own := d.Lead != nil || a.unknownLead != ""
	if r.pieceIndex == 0 {
		r.h.opened(s, own, v)
		if a.leadFromRequest || a.subjectMention {
			r.firstLead = d.Lead
			r.firstCo = a.coLeads
			r.firstSubject = !a.leadFromRequest && !s.listItem
		}
		if a.unknownLead != "" && len(a.coLeads) > 0 {
			r.firstUnknown, r.firstCo = a.unknownLead, a.coLeads
		}
		if d.Deadline != nil && (a.requestAt >= 0 && d.Deadline.Start < a.requestAt || c.opensWithTime(*d.Deadline)) {
			r.frame = d.Deadline
		}
		if !own && r.last != nil && r.last.Lead != nil && (r.lastPara == s.para || c.at(0, goOnWords) > 0 && !s.listItem) && (c.at(0, goOnWords) > 0 || s.listItem && a.subjectless || a.subjectless && c.reportsUp()) {
			o := *r.last.Lead
			d.takeLead(o, r.last.Coordinators)
			d.warn(AboutOwner, warnPrevLead, o.Name())
			d.Why.Lead = fmt.Sprintf(whyLeadPrev, o.Name())
			r.firstLead, r.firstCo = d.Lead, r.last.Coordinators
			if f := r.lastFrame; f != nil && c.at(0, goOnWords) > 0 && d.Deadline == nil && d.DeadlineText == "" {
				// "Trong tháng 9, … đề nghị các sở … rà soát …. Cùng với đó là tập trung …; rà soát …": the same time frame, for every part
				dl := *f
				d.Deadline, d.DeadlineText = &dl, dl.Text
				d.warn(AboutDeadline, warnCarriedPeriod, dl.Text)
				d.Why.Deadline = fmt.Sprintf(whyDeadlineCarried, dl.Text)
				r.frame = &dl
			}
		} else if !own && r.asked != nil && r.askedPara == s.para && a.pred == predRequest && r.directive && c.alsoAsks() {
			// "… yêu cầu các thôn tăng cường …. Đồng chí cũng yêu cầu thành lập ngay …": those asked before
			o := r.asked.lead
			d.takeLead(o, r.asked.coords)
			d.warn(AboutOwner, warnAlsoAsked, o.Name())
			d.Why.Lead = fmt.Sprintf(whyLeadAlsoAsked, a.requestWord, o.Name())
			r.firstLead, r.firstCo = d.Lead, r.asked.coords
		} else if !own && r.chain.takes(s, *a, c, r.h.owners != nil, r.directive && (v == vFollow || v == vDirective)) {
			o := r.chain.lead
			d.takeLead(o, r.chain.coords)
			d.warn(AboutOwner, warnSentenceLead, o.Name())
			d.Why.Lead = fmt.Sprintf(whyLeadSentence, o.Name(), r.chain.words)
			r.firstLead, r.firstCo = d.Lead, r.chain.coords
		}
	} else if (a.leadFromRequest && d.Lead != nil || a.subjectMention || a.unknownLead != "") && v != vNone {
		// the nearest subject goes on: "Giao A …; Ban B (unknown) tham mưu …; chuẩn bị …" (B's)
		r.firstLead, r.firstCo = d.Lead, a.coLeads
		r.firstSubject = !a.leadFromRequest && !s.listItem
		if d.Deadline != nil && c.opensWithTime(*d.Deadline) {
			r.frame = d.Deadline
		}
	} else if a.subjectless || !a.subjectMention && a.unknownLead == "" && c.at(0, goOnWords) > 0 || a.requestBare && a.lead == nil && a.unknownLead == "" && !a.past && c.directsWork() {
		// the last: "…; chỉ đạo phòng trừ sâu bệnh kịp thời": the subject directs, no one else is named
		from := r.firstLead
		if r.firstSubject && !startsLower(p.text) && c.at(0, goOnWords) == 0 {
			from = nil
		}
		x.carry(d, *a, p, r.prev, from, r.frame)
		r.carryUnknown(d, a, from)
		if d.Lead != nil && r.firstLead != nil && d.Lead.Key() == r.firstLead.Key() {
			d.Coordinators = withoutOwner(uniqueOwners(append(append([]Owner(nil), r.firstCo...), d.Coordinators...)), d.Lead.Key())
		}
	}
	if d.Lead == nil && a.requestBare && a.unknownLead != "" && r.h.owners != nil && c.at(0, directingVerbs) > 0 {
		a.unknownLead = "" // "- Chỉ đạo các bệnh viện sẵn sàng …" under "1. Sở Y tế:": the Sở directs its own
	}
	if d.Lead == nil && (a.subjectless || v == vDirective && !a.subjectMention) && a.unknownLead == "" && r.h.owners != nil {
		o := r.h.owners.lead
		d.Lead = &o
		cs := append(append([]Owner(nil), r.h.owners.coords...), d.Coordinators...)
		d.Coordinators = withoutOwner(uniqueOwners(cs), o.Key())
		if r.h.owners.asked {
			d.warn(AboutOwner, warnListAsked, r.h.owners.phrase)
			d.Why.Lead = fmt.Sprintf(whyLeadListAsked, r.h.owners.phrase)
		} else {
			d.warn(AboutOwner, warnHeadingLead, r.h.owners.phrase)
			d.Why.Lead = fmt.Sprintf(whyLeadHeading, r.h.owners.phrase)
		}
		for _, co := range r.h.owners.coords {
			addCoordWhy(d, fmt.Sprintf(whyCoordHeading, co.Name()))
		}
	}
}

// applyPeriod ends or sets the period of the tasks ("Nhiệm vụ tháng 11 …")
// and gives a piece without a deadline the period that holds.
func (r *runState) applyPeriod(s sentence, ps *pieceState) {
	x, c, a, d := r.x, ps.c, ps.a, &ps.d
	if r.pieceIndex == 0 && r.periodList && s.para != r.periodPara && !s.listItem && a.pred == predRequest {
		r.period, r.periodList = nil, false // "Đồng chí cũng yêu cầu …": a new request, past the list of the month's work
	}
	if r.pieceIndex == 0 && !s.heading && (d.Deadline == nil && d.DeadlineText == "" || d.Deadline != nil && d.Deadline.Rule == nil && isMonthEnd(*d.Deadline)) {
		if p := x.taskPeriod(c.text); p != nil && p.Start < 40 && !p.Time.Before(x.ref) && !a.past && (d.Deadline == nil || d.Deadline.Time.Equal(p.Time)) {
			// "Nhiệm vụ tháng 11 tập trung …": the month of the tasks, for this paragraph
			r.period, r.periodPara = p, s.para
			r.periodDepth = r.h.depthOf(s)
		}
	}
	if d.Deadline == nil && d.DeadlineText == "" && r.period != nil {
		f := *r.period
		d.Deadline, d.DeadlineText = &f, f.Text
		d.warn(AboutDeadline, warnCarriedPeriod, f.Text)
		d.Why.Deadline = fmt.Sprintf(whyDeadlineCarried, f.Text)
	}
}

// finishOwner resolves a bare kind noun to the unit of that kind named
// before, and a group that points back to the units just named; then it
// writes the owner's warnings and the explanation.
func (r *runState) finishOwner(s sentence, ps *pieceState) {
	x, c := r.x, ps.c
	a, d := &ps.a, &ps.d
	if d.Lead == nil && (a.unknownLead == "" || r.seen.bareKind(a.unknownLead)) && !a.subjectMention {
		if o, ok := r.seen.bareHead(c); ok {
			a.unknownLead = "" // "yêu cầu phường chủ động …": the ward named before
			d.Lead = &o
			d.Coordinators = withoutOwner(d.Coordinators, o.Key())
			d.Why.Lead = fmt.Sprintf(whyLeadBareHead, o.Name())
		}
	}
	if d.Lead != nil && d.Lead.Unit == nil && d.Lead.Group == tasks.KindAll && r.lastUnknown != "" && s.para-r.lastPara <= 1 &&
		strings.HasPrefix(vntext.Fold(r.lastUnknown), vntext.Fold(d.Lead.Phrase)) {
		// "… yêu cầu các đơn vị thi công …. Đồng thời, các đơn vị cần …": those just asked, unknown, not every unit
		a.unknownLead = r.lastUnknown
		d.Lead = nil
		d.Why.Lead = fmt.Sprintf(whyLeadUnknown, r.lastUnknown)
	}
	r.seen.note(c)
	wa := *a // the owner's warnings may come from the heading: "3. Giao Trung tâm X (unknown)"
	if d.Lead == nil && a.unknownLead == "" && !a.subjectMention && r.h.unknown != "" {
		wa.unknownLead = r.h.unknown
		d.Why.Lead = fmt.Sprintf(whyLeadUnknown, r.h.unknown)
	}
	if d.Lead != nil && d.Lead.Unit == nil && pointsBack(c.text, d.Lead.Phrase) {
		if r.last != nil && r.last.Lead != nil && s.para-r.lastPara <= 1 {
			// "Các địa phương này phải báo cáo …": the units just named, not the whole group
			o, words := *r.last.Lead, d.Lead.Phrase
			d.takeLead(o, r.last.Coordinators)
			d.warn(AboutOwner, warnPrevLead, o.Name())
			d.Why.Lead = fmt.Sprintf(whyLeadPointsBack, words, o.Name())
		} else {
			// "các đơn vị được giao nhiệm vụ" with no units given work just before: not the whole group
			d.Why.Lead = fmt.Sprintf(whyLeadPointsNowhere, d.Lead.Phrase)
			d.Lead = nil
		}
	}
	x.ownerWarnings(d, wa)
	x.explain(d, *a, c, r.h.owners != nil)
}

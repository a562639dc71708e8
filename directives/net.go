package directives

// The safety net (issue 10, item 3: never drop a directive). After the
// rules have read a piece and kept no row for it, the net asks the
// declared lexicon of directs.go whether the piece directs work anyway; if
// it does, and the piece is none of what the extractor knows is no work
// (the past, the meeting's proceedings, the issuer's plans, captions, news
// leads …), the piece still becomes a draft row: without an owner unless
// its own words name one as subject or addressee, and with a warning
// saying what was not understood. The secretary drops a wrong one with one
// tap; a dropped directive would be lost work.

import (
	"fmt"
	"strings"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// caught is a row kept beside the walk (a draft of the net, or work given
// in parentheses, parens.go) and where it goes among the rows.
type caught struct {
	at int // the index in out before which it stands
	d  Directive
}

// catch looks again at a piece that gave no row, and keeps a draft row of
// it when it directs work, is known as no work by no rule, and no row of
// its sentence already holds its words.
func (r *runState) catch(s sentence, ps *pieceState) {
	if r.attendance || r.advice || ps.intent || ps.permission || s.heading || r.narrated && (ps.a.subjectless || ps.a.requestBare) {
		return
	}
	x, c, a := r.x, ps.c, ps.a // as classify read the piece
	if c.words() < 4 {
		return
	}
	d := x.directive(c, a, ps.p) // afresh: the rules may have changed ps.d
	if x.knownNoWork(c, a, d) {
		return
	}
	listItem := s.listItem && r.pieceIndex == 0 && (r.directive || r.h.owners != nil || r.tasks)
	why := c.directsWorkBy(listItem)
	if why.rule == dirNone && x.setsDeadline(d) {
		if k := c.netActionWithin(c.frameEnd(), 40); k >= 0 {
			why = directing{rule: dirDeadline, words: c.span(k, k+c.netActionAt(k)), named: true}
		}
	}
	if why.rule == dirNone && d.Deadline != nil && d.Deadline.Rule == nil && !d.Deadline.Time.Before(x.ref) {
		if k := c.datedWorkAt(*d.Deadline); k >= 0 {
			why = directing{rule: dirDeadline, words: c.span(k, k+c.netActionAt(k)), named: true}
		}
	}
	if why.rule == dirNone || !ps.modeBefore && !why.named || r.covered(s, ps.p.text) {
		return
	}
	wa := a
	if !(a.leadFromRequest || a.subjectMention) {
		// no owner named by the piece's own words: the whole piece, and no owner
		d.Text = taskText(c.text, analysis{})
		d.Lead, d.Coordinators = nil, nil
		d.Why.Lead = whyLeadNone
		if wa.unknownLead != "" && newClause(wa.unknownLead, x.dir).headAt(0) == 0 {
			wa.unknownLead = "" // "Để ngăn chặn vi phạm đất đai, môi trường dịp cuối năm, …": no body's name
		}
		if wa.unknownLead == "" && why.actor != "" && !c.mentionAt(c.frameEnd()) {
			wa.unknownLead = why.actor // "Bộ Tư lệnh Quân khu được giao …": a body the directory does not know
		}
		if wa.unknownLead != "" {
			d.Why.Lead = fmt.Sprintf(whyLeadUnknown, wa.unknownLead)
		}
	}
	x.ownerWarnings(&d, wa)
	x.explain(&d, wa, c, false)
	reason := why.explain(d.DeadlineText)
	d.Why.Directive = fmt.Sprintf(whyNet, reason)
	d.Warnings = append([]Warning{{About: AboutWork, Text: fmt.Sprintf(warnNet, reason)}}, d.Warnings...)
	r.caught = append(r.caught, caught{at: len(r.out), d: d})
}

// datedWorkAt returns the token of the action verb right after a deadline
// that opens the clause (after its frame, "từ", "đến"): "Từ ngày 26/1 -
// 30/12 ra quân tổng kiểm tra …", work over those days; or -1.
func (c *clause) datedWorkAt(dl deadline.Deadline) int {
	start := c.startAt(c.frameEnd())
	if before := strings.Fields(vntext.Fold(c.text[min(start, dl.Start):dl.Start])); len(before) > 2 {
		return -1
	}
	for k := range c.toks {
		if c.toks[k].start >= dl.End {
			if c.netActionAt(k) > 0 {
				return k
			}
			return -1
		}
	}
	return -1
}

// knownNoWork reports whether a clause is what the extractor already knows
// is no work: a report of the past, the story or the proceedings of the
// meeting, a dated news lead, a purpose or a document alone, news about a
// person, the issuer's own plans, a caption or a line of the page, the
// people advised, a petition, a consequence.
func (x *extractor) knownNoWork(c *clause, a analysis, d Directive) bool {
	return a.past || x.toldNotAsked(c, a) || x.periodUnderReview(c) || c.meetingProceeds() || c.personReports() ||
		c.subjectLine() || c.notWork(a) || c.attendance() || c.citizensAsked() || c.pageLine() ||
		c.hasFrom(a.textStart, intentWords) || c.intentOfIssuer() || isTitle(c.text) || isAside(c.text) || photoCredit(c.text) ||
		leaderAgenda(c.text) || d.DeadlineText != "" && d.Deadline == nil
}

// covered reports whether a row of the sentence, or the row just before
// it, already holds most of the piece's words.
func (r *runState) covered(s sentence, text string) bool {
	words := wordsOf(text)
	if len(words) == 0 {
		return true
	}
	from := max(r.sentenceStart-1, 0)
	for k := from; k < len(r.out); k++ {
		row := map[string]bool{}
		for _, w := range wordsOf(r.out[k].Text) {
			row[w] = true
		}
		in := 0
		for _, w := range words {
			if row[w] {
				in++
			}
		}
		if float64(in) >= 0.7*float64(len(words)) {
			return true
		}
	}
	return false
}

// wordsOf returns the folded words of a text.
func wordsOf(text string) []string {
	return strings.FieldsFunc(vntext.Fold(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// explain says, in Vietnamese, why the net kept the piece.
func (d directing) explain(deadlineText string) string {
	switch d.rule {
	case dirAsked:
		return fmt.Sprintf(whyNetAsked, d.words)
	case dirUrged:
		return fmt.Sprintf(whyNetUrged, d.words)
	case dirUnitActs:
		return fmt.Sprintf(whyNetUnitActs, d.words)
	case dirDuty:
		return fmt.Sprintf(whyNetDuty, d.words)
	case dirListItem:
		return fmt.Sprintf(whyNetListItem, d.words)
	case dirDeadline:
		return fmt.Sprintf(whyNetDeadline, d.words, deadlineText)
	}
	return ""
}

// withCaught returns the rows with the net's drafts in their places.
func withCaught(out []Directive, cs []caught) []Directive {
	if len(cs) == 0 {
		return out
	}
	all := make([]Directive, 0, len(out)+len(cs))
	k := 0
	for i := 0; i <= len(out); i++ {
		for k < len(cs) && cs[k].at == i {
			all = append(all, cs[k].d)
			k++
		}
		if i < len(out) {
			all = append(all, out[i])
		}
	}
	return all
}

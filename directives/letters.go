package directives

// The news of a letter that directs work and names no one ("Sở Nội vụ vừa
// có Công văn đôn đốc tổ chức tổng kết …"): the body that sent it is not
// the owner; those the next paragraph asks ("Theo đó, … đề nghị UBND các
// huyện …") are.

import (
	"fmt"
	"strings"
)

// letterAt returns the token of the verb of a letter that directs work
// with no one named after it ("(vừa) có Công văn (số 12) đôn đốc tổ chức
// …"), or -1.
func (c *clause) letterAt() int {
	for k := c.frameEnd(); k < len(c.toks); k++ {
		n := c.at(k, documentNouns)
		if n == 0 {
			continue
		}
		if c.at(k-1, phrases("co", "gui")) == 0 && c.at(k-2, phrases("ban hanh")) == 0 {
			return -1 // "thực hiện Công văn …": a basis, not a letter sent
		}
		j := k + n
		for j < len(c.toks) && j < k+n+10 && (isNumber(c.word(j)) || c.at(j, phrases("so", "ngay")) > 0 || c.toks[j].punct && c.toks[j].w != "," && c.toks[j].w != "." ||
			c.codeLetters(j)) {
			j++ // "Công văn số 4828/UBND-NN ngày 2/8", "Công văn số 1234/PNV-TĐKT"
		}
		v := c.at(j, directingVerbs) + c.at(j, phrases("yeu cau", "de nghi"))
		if v == 0 {
			return -1
		}
		if c.addresseeAt(j + v) {
			return -1 // "có công văn yêu cầu các xã …": those asked are named
		}
		return j
	}
	return -1
}

// letterSender drops, from a directive that reports a letter naming no
// one, the lead the subject gave it: the sender. It reports whether the
// directive is such a letter.
func (r *runState) letterSender(ps *pieceState) bool {
	at := ps.c.letterAt()
	if at < 0 {
		return false
	}
	if k := ps.c.issuerAfterComma(at); k > 0 && ps.c.toks[k].start > ps.a.textStart {
		// "Để kịp thời ngăn chặn vi phạm đất đai, môi trường, Chủ tịch UBND huyện vừa có công văn chỉ đạo …": the news starts at who sent it
		ps.d.Text = taskText(ps.c.text[ps.c.toks[k].start:], analysis{})
	}
	if !ps.a.subjectMention || ps.a.leadFromRequest || ps.d.Lead == nil {
		return true
	}
	ps.d.Why.Lead = fmt.Sprintf(whyLeadSender, ps.d.Lead.Phrase)
	ps.d.Lead, ps.d.Coordinators = nil, nil
	ps.d.Warnings = withoutTopic(ps.d.Warnings, AboutOwner)
	ps.d.warn(AboutOwner, warnNoLead)
	return true
}

// fillLetter gives the directive of a letter that named no one (at index
// r.letter) the owners of the directive d, asked in the paragraph right
// after it that opens with "Theo đó": those the letter was sent to.
func (r *runState) fillLetter(s sentence, c *clause, d Directive) {
	if r.letter < 0 || r.letter >= len(r.out) || d.Lead == nil || s.para != r.letterPara+1 && s.para != r.letterPara {
		return
	}
	if c.at(0, phrases("theo do")) == 0 {
		return
	}
	l := &r.out[r.letter]
	if l.Lead == nil {
		o := *d.Lead
		l.Lead, l.Coordinators = &o, append([]Owner(nil), d.Coordinators...)
		l.Warnings = withoutTopic(l.Warnings, AboutOwner)
		l.warn(AboutOwner, warnLetterLead, o.Name())
		l.Why.Lead = fmt.Sprintf(whyLeadLetter, o.Name())
		l.Why.Coordinators = whyNoCoords
		if len(l.Coordinators) > 0 {
			l.Why.Coordinators = fmt.Sprintf(whyCoordLetter, ownerNames(l.Coordinators))
		}
	}
	r.letter = -1
}

// ownerNames joins the names of owners.
func ownerNames(os []Owner) string {
	s := ""
	for i, o := range os {
		if i > 0 {
			s += ", "
		}
		s += o.Name()
	}
	return s
}

// issuerAfterComma returns the token of the issuer that opens the clause
// of the letter verb at i, after the last comma before it, or 0.
func (c *clause) issuerAfterComma(i int) int {
	for k := i - 1; k > 0; k-- {
		if c.toks[k].punct && c.toks[k].w == "," {
			if c.at(k+1, issuers) > 0 || c.mentionAt(k+1) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// codeLetters reports whether token i is the letters of a document's code
// ("UBND", "PNV-TĐKT" in "1234/PNV-TĐKT"): capitals only, right after the
// code's "/" or "-".
func (c *clause) codeLetters(i int) bool {
	if i == 0 || !c.toks[i-1].punct || c.toks[i-1].w != "/" && c.toks[i-1].w != "-" || c.toks[i].punct {
		return false
	}
	w := c.text[c.toks[i].start:c.toks[i].end]
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

package directives

import "github.com/dondoc/dondoc/tasks"

// sentenceOwner is the owner a directive sentence hands on to the directive
// sentences after it that name no one (issue 10, the corpus rule "subjectless
// sentences after a request are read as the rest of the same request and
// keep its owner"):
//
//	Đồng chí yêu cầu Phòng KTHT rà soát hồ sơ. Lập kế hoạch chỉnh trang.
//
// gives "Lập kế hoạch chỉnh trang" to Phòng KTHT, with a warning. The owner
// goes on from sentence to sentence, and to the paragraph right after, as
// long as every sentence read is a directive: it stops at
//   - a heading, a list item or the items under an owners' heading (they
//     have their own rule: the heading's owners);
//   - a narrative sentence or any other sentence that is not work (a report
//     of results, a caption kept as text, "Toàn cảnh hội nghị.");
//   - a directive with no owner or an unknown one (the chain is broken: what
//     follows cannot be told to be the same request);
//   - a sentence that opens a topic of its own ("Về …", "Đối với …"): a
//     different topic is not the rest of the request.
//
// A sentence that names its own subject or addressee keeps it and hands it
// on instead. A group of the whole meeting ("các cơ quan, đơn vị",
// group:all) is not handed on: the sentence after it is left without a lead
// (classes_carry_test.go, "not from a group of the whole meeting").
type sentenceOwner struct {
	lead   Owner
	coords []Owner // units asked together with the lead
	// words are the words of the text that named the lead, for --explain.
	words string
	para  int // the paragraph of the sentence that named the lead
}

// takes reports whether the directive sentence analysed as a takes the
// owner handed on. work says the sentence was read as a directive (a verb of
// work opening it, or a cue of a task); underHeading that the owners of a
// heading hold for it.
func (o *sentenceOwner) takes(s sentence, a analysis, c *clause, underHeading, work bool) bool {
	return o != nil && work && !underHeading && !s.listItem && !s.heading && o.lead.Group != tasks.KindAll &&
		a.subjectless && a.unknownLead == "" && !a.past && (c.at(0, topicWords) == 0 || c.at(0, caseFrames) > 0)
}

// next is the owner handed on after a piece (pieceIndex within its
// sentence) with verdict v has been read; kept says the piece became the
// directive d.
func (o *sentenceOwner) next(s sentence, pieceIndex int, v verdict, kept bool, d Directive, a analysis, underHeading bool) *sentenceOwner {
	switch {
	case s.heading || s.listItem || underHeading || v == vNarrative:
		return nil
	case !kept:
		if pieceIndex == 0 {
			return nil // a sentence that is not work
		}
		return o // a piece that only adds to the work before it
	case d.Lead == nil:
		return nil
	case a.leadFromRequest || a.subjectMention:
		return &sentenceOwner{lead: *d.Lead, coords: a.coLeads, words: leadWords(*d.Lead), para: s.para}
	case o != nil && o.lead.Key() == d.Lead.Key():
		return o
	default:
		return &sentenceOwner{lead: *d.Lead, words: leadWords(*d.Lead), para: s.para}
	}
}

// leadWords are the words that named lead in the text, or its name.
func leadWords(lead Owner) string {
	if lead.Phrase != "" {
		return lead.Phrase
	}
	return lead.Name()
}

package directives

// Explanations: which words decided each field of a directive (dondoc parse
// --explain).

import (
	"fmt"
	"strings"
)

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

// addCoordWhy adds to d's explanation where a coordinator taken from a
// heading comes from.
func addCoordWhy(d *Directive, why string) {
	if d.Why.Coordinators == "" {
		d.Why.Coordinators = why
	} else {
		d.Why.Coordinators += "; " + why
	}
}

package directives

// Field lines of a plan written as a table (who leads, who takes part, by
// when) that complete the work above them.

import (
	"fmt"
	"strings"
)

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
	type fieldKind int
	const (
		notAField fieldKind = iota
		leadField
		coordField
		timeField
	)
	type field struct {
		kind  fieldKind
		value string
	}
	kindOf := func(label string) fieldKind {
		c := newClause(strings.TrimSpace(label), x.dir)
		switch l := c.words(); {
		case l == 0:
			return notAField
		case c.at(0, leadFields) == l:
			return leadField
		case c.at(0, coordFields) == l:
			return coordField
		case c.at(0, timeFields) == l:
			return timeField
		}
		return notAField
	}
	var fs []field
	pending := notAField
	for n, it := range s.items {
		switch {
		case s.intro[n]:
			if pending != notAField {
				return false
			}
			if pending = kindOf(it); pending == notAField {
				return false
			}
		case pending != notAField:
			fs = append(fs, field{pending, strings.TrimSpace(it)})
			pending = notAField
		default:
			// "thời gian: quý IV năm 2025" left whole: a label in lower case before its colon
			i := strings.IndexByte(it, ':')
			if i < 0 || kindOf(it[:i]) == notAField {
				return false
			}
			fs = append(fs, field{kindOf(it[:i]), strings.TrimSpace(it[i+1:])})
		}
	}
	if pending != notAField || len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		vc := newClause(f.value, x.dir)
		owners := vc.namedOwners()
		switch {
		case f.kind == leadField && d.Lead == nil && len(owners) > 0:
			o := owners[0]
			d.Lead = &o
			d.Coordinators = withoutOwner(uniqueOwners(append(append([]Owner(nil), d.Coordinators...), owners[1:]...)), o.Key())
			d.Warnings = withoutTopic(d.Warnings, AboutOwner)
			d.Why.Lead = fmt.Sprintf(whyLeadField, o.Phrase)
		case f.kind == coordField && len(owners) > 0:
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
		case f.kind == timeField && d.Deadline == nil && d.DeadlineText == "":
			if dl, ok, err := x.findDeadline(f.value); err == nil && ok && dl.Rule == nil {
				d.Deadline, d.DeadlineText = &dl, dl.Text
				d.Warnings = withoutTopic(d.Warnings, AboutDeadline)
				d.Why.Deadline = fmt.Sprintf(whyDeadlineNext, dl.Text)
			}
		}
	}
	return true
}

package directives

import (
	"fmt"
	"strings"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// scheduleLine reads a line of a schedule the meeting agreed: a day, a
// colon, then who works that day, part of the day by part of the day:
//
//   - Ngày 07/8/2017: buổi sáng xã Vĩnh Phú, buổi chiều xã Vĩnh Điều
//   - Ngày 10/8/2017: Công an, Quân sự
//
// Each part of the day is the work of the units it names, due at the end
// of that part of the day (sáng 12:00, chiều 18:00), or at the end of the
// day. A line whose names do work of their own ("… : Phòng Kinh tế kiểm
// tra …") is no schedule line: it is read as any other sentence. It returns
// nil when the line is not a schedule line.
func (x *extractor) scheduleLine(text string) []Directive {
	colon := strings.Index(text, ":")
	if colon <= 0 {
		return nil
	}
	head, body := strings.TrimSpace(text[:colon]), text[colon+1:]
	hc := newClause(head, x.dir)
	if hc.words() == 0 || hc.words() > 7 || hc.hasAction() || len(hc.mentions) > 0 {
		return nil
	}
	date := dashDate.ReplaceAllString(head, "$1/$2")
	day, err := deadline.Parse(date, x.ref)
	if err != nil || day.Rule != nil {
		return nil
	}
	type group struct{ part, text string }
	var groups []group
	for _, seg := range strings.Split(body, ",") {
		seg = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(seg), ";."))
		if seg == "" {
			continue
		}
		if p := partOfDay(seg); p != "" || len(groups) == 0 {
			groups = append(groups, group{part: p, text: seg})
			continue
		}
		groups[len(groups)-1].text += ", " + seg
	}
	var out []Directive
	for n, g := range groups {
		gc := newClause(g.text, x.dir)
		if gc.hasAction() || gc.words() == 0 {
			return nil // names that do work: a sentence, not a line of the schedule
		}
		d := Directive{Text: g.text}
		if n == 0 {
			d.Text = head + ": " + g.text
		}
		dl := day
		d.DeadlineText = head
		if g.part != "" {
			f := strings.Fields(vntext.Fold(g.part))
			if t, err := deadline.Parse(f[len(f)-1]+" "+date, x.ref); err == nil { // "chiều 07/8/2017"
				dl = t
			}
			d.DeadlineText = g.part
			if n == 0 {
				d.DeadlineText = head + ": " + g.part
			}
		}
		dl.Text = d.DeadlineText
		d.Deadline = &dl
		d.Why = Explanation{Directive: fmt.Sprintf(whySchedule, head), Coordinators: whyNoCoords, Deadline: fmt.Sprintf(whyDeadline, d.DeadlineText)}
		owners := uniqueOwners(gc.namedOwners())
		if len(owners) == 0 {
			name := strings.TrimSpace(g.text[len(g.part):])
			d.Why.Lead = fmt.Sprintf(whyLeadUnknown, name)
			d.warn(AboutOwner, warnUnknownLead, name)
			out = append(out, d)
			continue
		}
		lead := owners[0]
		d.Lead = &lead
		d.Why.Lead = fmt.Sprintf(whyLeadScheduled, lead.Phrase)
		d.Coordinators = owners[1:]
		var why []string
		for _, o := range d.Coordinators {
			why = append(why, fmt.Sprintf(whyCoordWith, o.Phrase))
		}
		if len(why) > 0 {
			d.Why.Coordinators = strings.Join(why, "; ")
		}
		out = append(out, d)
	}
	return out
}

// partOfDay returns the part of the day a segment opens with, as written
// ("buổi sáng", "Buổi chiều", "sáng"), or "".
func partOfDay(seg string) string {
	f := strings.Fields(vntext.Fold(seg))
	w := strings.Fields(seg)
	switch {
	case len(f) >= 2 && f[0] == "buoi" && (f[1] == "sang" || f[1] == "chieu" || f[1] == "toi"):
		return w[0] + " " + w[1]
	case len(f) >= 1 && (f[0] == "sang" || f[0] == "chieu" || f[0] == "toi") && len(w) > 1:
		return w[0]
	}
	return ""
}

// namedOwners are the units the clause names by name: neither a generic
// group ("các đơn vị liên quan") nor an agent only.
func (c *clause) namedOwners() []Owner {
	var owners []Owner
	for _, m := range c.mentions {
		if !m.generic && !m.agentOnly {
			owners = append(owners, m.owner)
		}
	}
	return owners
}

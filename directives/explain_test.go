package directives

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/vntext"
)

// TestExplainIsTruthful: on every development text, each row says for each
// field which words decided it, and what it says matches the field: a lead
// is explained by its own words (the phrase written, or the owner's name
// when carried from a heading or an earlier clause), a missing lead as
// missing, a deadline by its phrase.
func TestExplainIsTruthful(t *testing.T) {
	for _, p := range realPassages(t, "dev") {
		text, err := os.ReadFile(filepath.Join(p.dir, p.name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		date, err := time.ParseInLocation("2006-01-02", p.meta.Date, hcm(t))
		if err != nil {
			t.Fatal(err)
		}
		units := p.meta.Units
		if units == "" {
			units = p.name + ".units.csv"
		}
		dir := loadDirectoryFile(t, filepath.Join(p.dir, units))
		for _, d := range Extract(string(text), dir, date) {
			w := d.Why
			if netKept(d) {
				// a row of the safety net says which words made it keep the piece, and they are the row's
				for _, q := range quoted(w.Directive) {
					if !strings.Contains(vntext.Fold(d.Text), vntext.Fold(q)) && q != d.DeadlineText {
						t.Errorf("%s %q: the net's words %q are not in the row (%q)", p.name, d.Text, q, w.Directive)
					}
				}
				if len(quoted(w.Directive)) == 0 || len(d.Warnings) == 0 || !strings.Contains(d.Warnings[0].Text, quoted(w.Directive)[0]) {
					t.Errorf("%s %q: the net's row does not say why it was kept: %q, warnings %+v", p.name, d.Text, w.Directive, d.Warnings)
				}
			}
			if w.Directive == "" || w.Lead == "" || w.Coordinators == "" || w.Deadline == "" {
				t.Errorf("%s %q: a field is not explained: %+v", p.name, d.Text, w)
				continue
			}
			switch {
			case d.Lead == nil && !strings.Contains(w.Lead, whyLeadNone) && !strings.Contains(w.Lead, "không có trong danh sách"):
				t.Errorf("%s %q: no lead, explained as %q", p.name, d.Text, w.Lead)
			case d.Lead != nil && !strings.Contains(w.Lead, d.Lead.Phrase) && !strings.Contains(w.Lead, d.Lead.Name()) &&
				!strings.Contains(w.Lead, "tiêu đề"):
				t.Errorf("%s %q: lead %s explained as %q", p.name, d.Text, d.Lead.Key(), w.Lead)
			}
			switch {
			case d.DeadlineText == "" && w.Deadline != whyNoDeadline:
				t.Errorf("%s %q: no deadline, explained as %q", p.name, d.Text, w.Deadline)
			case d.DeadlineText != "" && !strings.Contains(w.Deadline, d.DeadlineText):
				t.Errorf("%s %q: deadline %q explained as %q", p.name, d.Text, d.DeadlineText, w.Deadline)
			}
			if len(d.Coordinators) == 0 && w.Coordinators != whyNoCoords {
				t.Errorf("%s %q: no coordinators, explained as %q", p.name, d.Text, w.Coordinators)
			}
			for _, o := range d.Coordinators {
				if !strings.Contains(w.Coordinators, o.Phrase) && !strings.Contains(w.Coordinators, o.Name()) && !strings.Contains(w.Coordinators, "tiêu đề") {
					t.Errorf("%s %q: coordinator %s not in its explanation %q", p.name, d.Text, o.Key(), w.Coordinators)
				}
			}
		}
	}
}

// netKept reports whether a row was kept by the safety net: its
// explanation opens as whyNet does.
func netKept(d Directive) bool {
	prefix, _, _ := strings.Cut(whyNet, "%s")
	return strings.HasPrefix(d.Why.Directive, prefix)
}

// quoted returns the phrases between “ and ” in s.
func quoted(s string) []string {
	var out []string
	for {
		_, rest, ok := strings.Cut(s, "“")
		if !ok {
			return out
		}
		q, after, ok := strings.Cut(rest, "”")
		if !ok {
			return out
		}
		out = append(out, q)
		s = after
	}
}

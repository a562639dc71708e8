package directives

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// Fix is a correction of a draft directive typed by a person: "KTHT, phối
// hợp các xã, trước 30/1", "phối hợp TCKH", "bỏ thời hạn".
type Fix struct {
	// Lead, when set, replaces the lead; the coordinators are then replaced too.
	Lead *Owner
	// Coordinators replace the coordinators when SetCoordinators is true.
	Coordinators    []Owner
	SetCoordinators bool
	// Deadline replaces the deadline when SetDeadline is true; nil clears it.
	Deadline    *deadline.Deadline
	SetDeadline bool
}

// fixWords may stand in a fix besides the units and the deadline.
var fixWords = phrases(
	"chu tri", "phoi hop", "voi", "va", "cung", "giao", "cho", "la", "don vi", "sua", "thanh",
	"doi", "lai", "dv", "don vi chu tri", "don vi phoi hop", "han", "thoi han", "han chot",
)

// clearDeadline phrases remove a deadline.
var clearDeadline = phrases("bo thoi han", "khong thoi han", "khong co thoi han", "xoa thoi han", "bo han")

// ParseFix reads a correction of a draft directive: units from the
// directory (the first leads unless it follows "phối hợp"; the others
// coordinate) and a deadline read relative to ref, the meeting date. A
// person's mistake is a *tasks.InputError saying how to write it.
func ParseFix(text string, dir *tasks.Directory, ref time.Time) (Fix, error) {
	text = vntext.Clean(text)
	if text == "" {
		return Fix{}, &tasks.InputError{Msg: fixEmpty}
	}
	var f Fix
	rest := text
	folded := vntext.Fold(text)
	for _, p := range clearDeadline {
		if vntext.ContainsWord(folded, strings.Join(p, " ")) {
			f.SetDeadline = true
		}
	}
	if !f.SetDeadline {
		d, ok, err := deadline.Find(text, ref)
		var de *deadline.Error
		if errors.As(err, &de) {
			return Fix{}, &tasks.InputError{Msg: fmt.Sprintf(fixBadDeadline, de.Phrase, de.Reason)}
		}
		if ok {
			f.Deadline, f.SetDeadline = &d, true
			rest = text[:d.Start] + " " + text[d.End:]
		}
	}
	c := newClause(rest, dir)
	coord := false
	var unknown []string
	run := ""
	flush := func() {
		if run != "" {
			unknown = append(unknown, strings.TrimSpace(run))
			run = ""
		}
	}
	for i := 0; i < len(c.toks); {
		if mi, ok := c.byFirst[i]; ok && !c.mentions[mi].agentOnly {
			flush()
			o := c.mentions[mi].owner
			switch {
			case !coord && f.Lead == nil:
				f.Lead = &o
				f.SetCoordinators = true
			default:
				f.Coordinators = append(f.Coordinators, o)
				f.SetCoordinators = true
			}
			i = c.mentions[mi].last
			continue
		}
		t := c.toks[i]
		if t.punct {
			flush()
			i++
			continue
		}
		if k := c.at(i, coordCues); k > 0 {
			flush()
			coord = true
			i += k
			continue
		}
		if k := max(c.at(i, fixWords), c.at(i, clearDeadline)); k > 0 {
			flush()
			i += k
			continue
		}
		run += " " + c.text[t.start:t.end]
		i++
	}
	flush()
	switch {
	case len(unknown) > 0:
		return Fix{}, &tasks.InputError{Msg: fmt.Sprintf(fixUnknown, strings.Join(unknown, ", "))}
	case f.Lead == nil && !f.SetCoordinators && !f.SetDeadline:
		return Fix{}, &tasks.InputError{Msg: fmt.Sprintf(fixNone, text)}
	}
	if f.Lead != nil {
		f.Coordinators = withoutOwner(f.Coordinators, f.Lead.Key())
	}
	return f, nil
}

package tasks

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// Assignment is an /assign message understood: who leads, who coordinates,
// what is to be done and by when.
type Assignment struct {
	Leads        []Unit
	Coordinators []Unit
	Text         string
	Deadline     *deadline.Deadline
}

// NewTask returns the task to create for the assignment; origin makes the
// creation idempotent.
func (a Assignment) NewTask(origin string) NewTask {
	nt := NewTask{Text: a.Text, Origin: origin}
	for _, u := range a.Leads {
		nt.Leads = append(nt.Leads, u.ID)
	}
	for _, u := range a.Coordinators {
		nt.Coordinators = append(nt.Coordinators, u.ID)
	}
	if d := a.Deadline; d != nil {
		at := d.Time
		nt.Deadline, nt.DeadlineText, nt.DeadlineHasTime, nt.Rule = &at, d.Text, d.HasTime, d.Rule
	}
	return nt
}

// connectorWords may stand between the units of an assignment.
var connectorWords = map[string]bool{
	"chu": true, "tri": true, "phoi": true, "hop": true, "voi": true, "cung": true,
	"giao": true, "cho": true, "va": true, "la": true,
}

// ParseAssignment reads the text of an /assign command:
//
//	<chủ trì>[, phối hợp <đơn vị>, …]: <nội dung> [trước <thời hạn>]
//
// The colon may be left out when the units come first: "KTHT chủ trì, phối
// hợp với các xã lập kế hoạch … trước 15/1". The first unit named is the
// lead; a group ("các xã") named first makes each of its units a lead. Units
// named after "phối hợp", or after the first, coordinate.
func ParseAssignment(text string, dir *Directory, now time.Time) (Assignment, error) {
	return ParseAssignmentWith(deadline.Reader{}, text, dir, now)
}

// ParseAssignmentWith is ParseAssignment reading the deadline with dr, whose calendar
// (the organisation's) counts "N ngày làm việc". What /giao is given is a request typed
// by its assigner: the deadline is read in dr's typed mode (deadline.Reader.Typed), so that
// "Ngày 15/12/2031, Phòng KTHT nộp …" is due on that day rather than told as a story.
func ParseAssignmentWith(dr deadline.Reader, text string, dir *Directory, now time.Time) (Assignment, error) {
	dr.Typed = true
	text = strings.TrimSpace(text)
	if text == "" {
		return Assignment{}, &InputError{Msg: msgAssignEmpty}
	}
	firstLine, _, _ := strings.Cut(text, "\n")
	strict := false
	ownerEnd := len(text)
	if i := ownerColon(firstLine); i > 0 {
		strict, ownerEnd = true, i
	}
	mentions := dir.Mentions(text[:ownerEnd])
	toks := tokenize(text[:ownerEnd])
	var (
		a         Assignment
		coord     bool
		mi        int
		unknown   []string
		contentAt = -1
	)
	seen := map[int64]bool{}
	add := func(m Mention) {
		lead := !coord && len(a.Leads) == 0
		for _, u := range dir.Expand(m) {
			if seen[u.ID] {
				continue
			}
			seen[u.ID] = true
			if lead {
				a.Leads = append(a.Leads, u)
			} else {
				a.Coordinators = append(a.Coordinators, u)
			}
		}
	}
	for ti := 0; ti < len(toks); {
		tk := toks[ti]
		for mi < len(mentions) && mentions[mi].End <= tk.start {
			mi++
		}
		if mi < len(mentions) && mentions[mi].Start == tk.start {
			m := mentions[mi]
			add(m)
			for ti < len(toks) && toks[ti].start < m.End {
				ti++
			}
			continue
		}
		if tk.word == "phoi" && ti+1 < len(toks) && toks[ti+1].word == "hop" {
			coord = true
		}
		if connectorWords[tk.word] {
			ti++
			continue
		}
		if !strict {
			contentAt = tk.start
			break
		}
		unknown = append(unknown, text[tk.start:tk.end])
		ti++
	}
	if len(unknown) > 0 {
		return Assignment{}, inputErrorf(msgAssignUnknownUnit, strings.Join(unknown, " "))
	}
	if len(a.Leads) == 0 {
		return Assignment{}, &InputError{Msg: msgAssignNoUnit}
	}
	content := ""
	switch {
	case strict:
		content = text[ownerEnd+1:]
	case contentAt >= 0:
		content = text[contentAt:]
	}
	a.Text = vntext.Clean(content)
	if a.Text == "" {
		return Assignment{}, &InputError{Msg: msgAssignNoText}
	}
	d, ok, err := dr.FindOne(a.Text, now)
	var de *deadline.Error
	if errors.As(err, &de) {
		return Assignment{}, &InputError{Msg: fmt.Sprintf(msgAssignBadDeadline, de.Reason), Cause: de}
	}
	if err != nil {
		return Assignment{}, err
	}
	if ok {
		if d.Rule == nil && d.Time.Before(now) {
			return Assignment{}, inputErrorf(msgAssignPastDeadline, d.Text)
		}
		a.Deadline = &d
		if d.Rule == nil {
			a.Text = Title(a.Text, d.Text)
		}
	}
	return a, nil
}

// ownerColon returns the index of the colon that ends the owners, skipping
// the colons of times ("17:30"); -1 when there is none.
func ownerColon(line string) int {
	for i := 0; i < len(line); i++ {
		if line[i] != ':' {
			continue
		}
		if i > 0 && i+1 < len(line) && isDigit(line[i-1]) && isDigit(line[i+1]) {
			continue
		}
		return i
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

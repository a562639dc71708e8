package directives

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

type extractor struct {
	dir *tasks.Directory
	ref time.Time
	// trace, when set (tests), is told what became of every piece.
	trace func(piece string, kept bool, v verdict, a analysis)
}

// piece is a clause of the conclusion that may be a directive.
type piece struct {
	text string
	// cont marks a piece cut out of the clause before it by a second
	// deadline or a parallel weekday: it continues that clause's subject.
	cont bool
	// weekly is the deadline of a parallel weekday ("…vào thứ 4 hàng tuần,
	// ngày thứ 7 …"), found when the clause was cut.
	weekly *deadline.Deadline
}

// verdict is what a clause is, on its own.
type verdict int

const (
	vNone      verdict = iota // no cue: not a directive, and the mode stays
	vDirective                // asks for work
	vNarrative                // reports
	vFollow                   // starts with a verb: like the clause before
)

func (a analysis) verdict() verdict {
	switch a.pred {
	case predRequest, predModal:
		return vDirective
	case predNarrative:
		return vNarrative
	case predVerb:
		if a.past {
			return vNarrative
		}
		if a.subjectMention || a.unknownLead != "" {
			return vDirective // "Thường trực HĐND xã giám sát …": a body acts, known or not
		}
		return vFollow
	}
	if a.past {
		return vNarrative
	}
	return vNone
}

func withoutTopic(ws []Warning, t Topic) []Warning {
	var out []Warning
	for _, w := range ws {
		if w.About != t {
			out = append(out, w)
		}
	}
	return out
}

// directive builds the directive of an analysed clause.
func (x *extractor) directive(c *clause, a analysis, p piece) (d Directive) {
	d = Directive{Text: taskText(c.text, a)}
	text := c.text
	if k := c.statedAimAt(); k > 0 && c.toks[k].start > a.textStart {
		// "Tập trung lập lại trật tự đô thị là một trong những mục tiêu được … đề ra tại hội nghị … năm
		// 2026": the work is the aim; who set it, and when, is no part of it
		text = c.text[:c.toks[k].start]
		d.Text = taskText(text, a)
	}
	d.Why.Lead = whyLeadNone
	switch {
	case a.lead != nil && a.leadFromRequest:
		d.Why.Lead = fmt.Sprintf(whyLeadAsked, a.lead.Phrase, a.requestWord)
	case a.lead != nil && a.leadFromFrame:
		d.Why.Lead = fmt.Sprintf(whyLeadFrame, a.lead.Phrase)
	case a.lead != nil:
		d.Why.Lead = fmt.Sprintf(whyLeadSubject, a.lead.Phrase)
	case a.unknownLead != "":
		d.Why.Lead = fmt.Sprintf(whyLeadUnknown, a.unknownLead)
	}
	if a.lead != nil {
		o := *a.lead
		d.Lead = &o
	}
	seen := map[string]bool{}
	if d.Lead != nil {
		seen[d.Lead.Key()] = true
	}
	for _, o := range a.coords {
		if !seen[o.Key()] {
			seen[o.Key()] = true
			d.Coordinators = append(d.Coordinators, o)
		}
	}
	if p.weekly != nil {
		w := *p.weekly
		d.Deadline, d.DeadlineText = &w, w.Text
		return d
	}
	if a.aside[1] > a.aside[0] && a.aside[1] <= len(text) {
		// "Công an xã, qua kiểm tra trong tháng 8, cần …": the time of the aside is no deadline
		text = text[:a.aside[0]] + strings.Repeat(" ", a.aside[1]-a.aside[0]) + text[a.aside[1]:]
	}
	dl, ok, err := x.findDeadline(text)
	if end, dated := x.datedOpeningEnd(c); dated && ok && dl.Start < end {
		// "Ngày 04/8, UBND tỉnh yêu cầu …": the day of the letter, not a deadline
		dl, ok, err = x.findDeadline(strings.Repeat(" ", end) + text[end:])
	}
	if !ok && err == nil && a.textStart > 0 && a.textStart < len(text) {
		// "Đồng chí Chủ tịch đã phân công Phòng X kiểm tra, báo cáo trong tháng 9": the speaker's "đã"
		// tells when the work was given, not that the deadline is past
		dl, ok, err = x.findDeadline(strings.Repeat(" ", a.textStart) + text[a.textStart:])
	}
	if !ok && err == nil {
		dl, ok = x.openingDay(c) // "Ngày 25/8/2025, Phòng Kinh tế kiểm tra …": the day of the work
	}
	if !ok && err == nil {
		if p := x.taskPeriod(c.text); p != nil {
			dl, ok = *p, true // "tập trung thực hiện các nhiệm vụ trọng tâm tháng 9": by the end of that month
		}
	}
	var de *deadline.Error
	defer func() {
		if d.DeadlineText != "" {
			d.Why.Deadline = fmt.Sprintf(whyDeadline, d.DeadlineText)
		}
	}()
	switch {
	case errors.As(err, &de):
		d.DeadlineText = de.Phrase
		d.warn(AboutDeadline, warnBadDeadline, de.Phrase, de.Reason)
	case !ok:
	case x.manyCycles(c.text, dl):
		d.warn(AboutDeadline, warnManyCycles, strings.TrimSpace(c.text[dl.Start:cycleListEnd(c.text, dl)]))
	case dl.Rule == nil && dl.Time.Before(x.ref):
		// a deadline before the meeting is a typing error the reader must fix: kept as written, not set
		d.DeadlineText = dl.Text
		d.warn(AboutDeadline, warnPastDeadline, dl.Text, deadline.FormatDate(dl.Time), deadline.FormatDate(x.ref))
	default:
		d.Deadline, d.DeadlineText = &dl, dl.Text
	}
	return d
}

// taskText is the clause without the speaker's preamble, keeping a topic
// frame ("Về tiêu chí điện, …"), capitalised, without final punctuation.
func taskText(text string, a analysis) string {
	body := strings.TrimSpace(text[a.textStart:])
	if a.frame != "" && a.textStart >= len(a.frame) {
		body = a.frame + ", " + body
	}
	body = strings.TrimRight(body, " .;,:")
	r, n := utf8.DecodeRuneInString(body)
	if n == 0 {
		return ""
	}
	return vntext.Clean(string(unicode.ToUpper(r)) + body[n:])
}

// isTitle reports whether a clause is written in capitals, as the titles of
// an official notice are ("THÔNG BÁO KẾT LUẬN").
func isTitle(s string) bool {
	if w := strings.Fields(s); len(w) >= 4 && upperWord(w[0]) && upperWord(w[1]) && upperWord(w[2]) && !strings.HasSuffix(strings.TrimSpace(s), ".") {
		return true // "THÔNG BÁO KHẨN Về ảnh hưởng của mưa bão số 5"
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// has reports whether the clause holds one of the phrases.
func (c *clause) has(list [][]string) bool {
	for i := range c.toks {
		if c.at(i, list) > 0 {
			return true
		}
	}
	return false
}

func uniqueStrings(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func upperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

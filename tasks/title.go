package tasks

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/vntext"
)

// Title is the title of a task made from text whose deadline was written
// as phrase (deadline.Deadline.Text; "" for none): a phrase whose meaning
// depends on the day it was written ("trước 17h thứ 5 tuần sau", "trong 10
// ngày", "cuối tháng") is taken out, with the words that led to it
// ("…, hoàn thành trước …"), since the task keeps it as its deadline and
// it would read wrong later; a dated phrase ("trước 15/1/2031") stays. A
// leading "Cụ thể:" or list mark, left from a meeting's conclusion, goes
// too.
func Title(text, phrase string) string {
	text = vntext.Clean(text)
	if phrase = vntext.Clean(phrase); phrase != "" && relativePhrase(phrase) {
		if i := strings.Index(text, phrase); i >= 0 {
			before := strings.TrimRightFunc(text[:i], isTrimmed)
			before = trimLeadWords(before)
			after := strings.TrimLeftFunc(text[i+len(phrase):], isTrimmed)
			switch {
			case before == "":
				text = upperFirst(after)
			case strings.IndexFunc(after, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0:
				text = before + after
			default:
				text = before + ", " + after
			}
		}
	}
	for {
		t := strings.TrimLeftFunc(titleLead.ReplaceAllString(text, ""), isTrimmed)
		if t == text || t == "" {
			break
		}
		text = upperFirst(t)
	}
	return strings.TrimRightFunc(text, func(r rune) bool { return r == ',' || r == ';' || r == '-' || r == '–' || unicode.IsSpace(r) })
}

// titleLead is what a title made from a conclusion may start with and
// should not: "Cụ thể:", "Trong đó:", a list mark ("-", "a)", "2.").
var titleLead = regexp.MustCompile(`^(?i:(?:cụ thể|trong đó|theo đó|đồng thời)\s*[:,]|[-–•+*]\s|[a-zđ0-9]{1,2}[.)]\s)`)

// absoluteDate finds, in a folded phrase, what ties it to a day whoever
// reads it later: a day and month, a numbered month, quarter or year.
var absoluteDate = regexp.MustCompile(`\d{1,2}\s*[/.-]\s*\d{1,2}|thang\s+\d{1,2}|quy\s+[ivx0-9]+|nam\s+\d{4}|\b\d{4}\b`)

// relativePhrase reports whether a deadline phrase means a day only
// relative to when it was written.
func relativePhrase(phrase string) bool {
	return !absoluteDate.MatchString(vntext.Fold(phrase))
}

// leadWords may lead to a deadline phrase and go with it (folded).
var leadWords = []string{"hoan thanh", "xong", "va", "de"}

func trimLeadWords(s string) string {
	for changed := true; changed; {
		changed = false
		folded := vntext.Fold(s)
		for _, w := range leadWords {
			if strings.HasSuffix(folded, " "+w) || folded == w {
				s = strings.TrimRightFunc(s[:len(s)-len(lastWords(s, strings.Count(w, " ")+1))], isTrimmed)
				changed = true
				break
			}
		}
	}
	return s
}

// lastWords is the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[len(f)-n:], " ")
}

func isTrimmed(r rune) bool {
	return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '–'
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

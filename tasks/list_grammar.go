package tasks

import (
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/vntext"
)

// ListFilter is what a task list (/viec) was asked to show: overdue tasks,
// tasks due this week, those of a unit or of a meeting. It travels in page
// buttons as a short code (Code).
type ListFilter struct {
	Overdue, ThisWeek bool
	UnitID, MeetingID int64
	// Received keeps the tasks made from received tasks ("cấp trên giao").
	Received bool
}

// ListQuery is a list request as typed: the filter, and the words that
// name a unit, still to be found in the directory.
type ListQuery struct {
	ListFilter
	// Unit is the text naming a unit, as written; empty for none.
	Unit string
}

// ParseListQuery reads what follows /viec: "quahan" (quá hạn), "tuannay"
// (tuần này), "captren" / "cấp trên" / "cấp trên giao" (made from received
// tasks), "hop 3" / "cuộc họp 3" / "#3" (a meeting), and any other
// words as the name of a unit, in any order and combination: "quá hạn
// KTHT", "tuần này hop 3". Words may come without diacritics.
func ParseListQuery(args string) ListQuery {
	var q ListQuery
	orig := strings.Fields(args)
	words := make([]string, len(orig))
	for i, w := range orig {
		words[i] = vntext.Fold(w)
	}
	var rest []string
	for i := 0; i < len(words); i++ {
		w, next := words[i], ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "quahan" || w == "qua" && next == "han":
			q.Overdue = true
			if w == "qua" {
				i++
			}
		case w == "tuannay" || w == "tuan" && next == "nay":
			q.ThisWeek = true
			if w == "tuan" {
				i++
			}
		case w == "captren" || w == "cap" && next == "tren":
			q.Received = true
			if w == "cap" {
				i++
			}
			if i+1 < len(words) && words[i+1] == "giao" {
				i++
			}
		case (w == "hop" || w == "cuochop") && positive(next) > 0:
			q.MeetingID = positive(next)
			i++
		case w == "cuoc" && next == "hop" && i+2 < len(words) && positive(words[i+2]) > 0:
			q.MeetingID = positive(words[i+2])
			i += 2
		case positive(strings.TrimPrefix(w, "#")) > 0 && len(rest) == 0:
			q.MeetingID = positive(strings.TrimPrefix(w, "#"))
		default:
			rest = append(rest, orig[i])
		}
	}
	q.Unit = strings.Join(rest, " ")
	return q
}

// positive is s as a positive number, or 0.
func positive(s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0
	}
	return n
}

// Code writes the filter as a short code for a button: "q.w.u12.m3".
func (f ListFilter) Code() string {
	var parts []string
	if f.Overdue {
		parts = append(parts, "q")
	}
	if f.ThisWeek {
		parts = append(parts, "w")
	}
	if f.Received {
		parts = append(parts, "r")
	}
	if f.UnitID != 0 {
		parts = append(parts, "u"+strconv.FormatInt(f.UnitID, 10))
	}
	if f.MeetingID != 0 {
		parts = append(parts, "m"+strconv.FormatInt(f.MeetingID, 10))
	}
	return strings.Join(parts, ".")
}

// ParseListCode reads a code written by Code; ok is false for anything
// else.
func ParseListCode(code string) (f ListFilter, ok bool) {
	for _, p := range strings.Split(code, ".") {
		switch {
		case p == "":
		case p == "q":
			f.Overdue = true
		case p == "w":
			f.ThisWeek = true
		case p == "r":
			f.Received = true
		case p[0] == 'u' || p[0] == 'm':
			n := positive(p[1:])
			if n == 0 {
				return ListFilter{}, false
			}
			if p[0] == 'u' {
				f.UnitID = n
			} else {
				f.MeetingID = n
			}
		default:
			return ListFilter{}, false
		}
	}
	return f, true
}

package tasks

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// meetingDateWord opens the meeting's date in a folded header: "ngày".
var meetingDateWord = regexp.MustCompile(`(?:^|[\s,;(–-])(ngay)\s+\d`)

// meetingChairWord opens the chair in a folded header: "chủ trì", "do …
// chủ trì".
var meetingChairWord = regexp.MustCompile(`(?:^|[\s,;(–-])(?:do\s+)?chu\s+tri\b\s*:?`)

// hasMonth tells a date from a bare day number ("ngày 3" is not a date).
var hasMonth = regexp.MustCompile(`\d\s*[/.-]\s*\d|thang`)

// maxDateWords bounds the words of a written date ("ngày 5 tháng 3 năm 2021").
const maxDateWords = 6

// ParseMeetingHeader reads what follows /hop when a meeting is opened:
// "<tên> [ngày <ngày họp>] [chủ trì <họ tên>]", in any order after the
// title: "Giao ban tháng 1 ngày 07/01/2021 chủ trì đ/c Chủ tịch". The date
// is read by package deadline (07/01/2021, 7/1, 7-1-21, 5 tháng 3 năm
// 2021); without a year it is in today's year, and without a date the
// meeting is today's. A mistake is a *InputError.
func ParseMeetingHeader(header string, today time.Time) (NewMeeting, error) {
	header = vntext.Clean(header)
	f, offs := vntext.FoldMap(header)
	loc := today.Location()
	nm := NewMeeting{HeldOn: time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, loc)}
	titleEnd := len(header)
	dateStart := -1 // where "ngày" opens the date in f
	if m := meetingDateWord.FindStringSubmatchIndex(f); m != nil {
		dateStart = m[2]
		chair := meetingChairWord.FindStringIndex(f[dateStart:])
		limit := len(f)
		if chair != nil {
			limit = dateStart + chair[0]
		}
		day, found, err := meetingDate(header, f, offs, dateStart, limit, today)
		if err != nil {
			return nm, err
		}
		if found {
			nm.HeldOn = day
			titleEnd = offs[dateStart]
		} else {
			dateStart = -1
		}
	}
	if m := meetingChairWord.FindStringIndex(f); m != nil {
		titleEnd = min(titleEnd, offs[m[0]])
		end := len(f)
		if dateStart > m[1] {
			end = dateStart
		}
		nm.Chair = strings.Trim(header[offs[m[1]]:offs[end]], " ,;:–-")
	}
	nm.Title = strings.Trim(header[:titleEnd], " ,;:–-")
	if nm.Title == "" {
		return nm, &InputError{Msg: msgMeetingNoTitle}
	}
	return nm, nil
}

// meetingDate reads the date that starts at "ngày" (f[start:]), taking the
// longest run of words before limit that deadline.Parse reads as one day;
// found is false when the words are not a date.
func meetingDate(header, f string, offs []int, start, limit int, today time.Time) (day time.Time, found bool, err error) {
	ends := wordEnds(f[start:limit])
	if len(ends) > maxDateWords {
		ends = ends[:maxDateWords]
	}
	// A date without a year is in today's year: read it from 1 January.
	ref := time.Date(today.Year(), time.January, 1, 0, 0, 0, 0, today.Location())
	var firstErr *deadline.Error
	// ends[1] ends "ngày" itself; the date's words follow.
	for i := len(ends) - 1; i >= 2; i-- {
		phrase := header[offs[start]:offs[start+ends[i]]]
		if !hasMonth.MatchString(f[start : start+ends[i]]) {
			continue
		}
		d, err := deadline.Parse(phrase, ref)
		var de *deadline.Error
		switch {
		case err == nil && d.Rule == nil:
			y, m, dd := d.Time.Date()
			return time.Date(y, m, dd, 0, 0, 0, 0, today.Location()), true, nil
		case errors.As(err, &de) && de.Kind == deadline.Invalid && i == 2:
			firstErr = de
		}
	}
	if firstErr != nil {
		phrase := strings.TrimSpace(header[offs[start]:offs[start+ends[2]]])
		return time.Time{}, false, &InputError{Msg: fmt.Sprintf(msgMeetingBadDate, phrase, firstErr.Reason), Cause: firstErr}
	}
	return time.Time{}, false, nil
}

// wordEnds are the offsets in s where its words end, 0 first.
func wordEnds(s string) []int {
	ends := []int{0}
	in := false
	for i, r := range s {
		space := r == ' '
		if in && space {
			ends = append(ends, i)
		}
		in = !space
	}
	if in {
		ends = append(ends, len(s))
	}
	return ends
}

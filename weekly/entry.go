package weekly

import (
	"errors"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// EntryKind says whether an entry is a registration or a result.
type EntryKind string

// The two kinds of entry.
const (
	Registration EntryKind = "registration"
	Result       EntryKind = "result"
)

// Entry is one thing a unit registered to do in a week, or reported having
// done, as it stands after its latest edit.
type Entry struct {
	OrgID    int64      `db:"org_id" json:"-"`
	ID       int64      `db:"id" json:"id"`
	Kind     EntryKind  `db:"kind" json:"kind"`
	Week     string     `db:"week" json:"week"`
	UnitID   int64      `db:"unit_id" json:"unit_id"`
	Seq      int        `db:"seq" json:"seq"`
	Text     string     `db:"text" json:"text"`
	Day      *time.Time `db:"day" json:"day,omitempty"`
	Place    string     `db:"place" json:"place,omitempty"`
	People   *int       `db:"people" json:"people,omitempty"`
	RegID    *int64     `db:"registration_id" json:"registration_id,omitempty"`
	RegSeq   *int       `db:"registration_seq" json:"registration_seq,omitempty"`
	MemberID int64      `db:"member_id" json:"member_id"`
	Member   string     `db:"member_name" json:"member"`
	Updated  time.Time  `db:"updated_at" json:"updated_at"`
	Edited   bool       `db:"edited" json:"edited,omitempty"`
	Photos   int        `db:"photos" json:"photos,omitempty"`
	Files    int        `db:"files" json:"files,omitempty"`
}

// Details are what ParseDetails finds in an entry's free text.
type Details struct {
	// Day is the date named in the text (at 00:00 in the zone), if any.
	Day    *time.Time
	Place  string
	People *int
}

var (
	reNumDate = regexp.MustCompile(`(?:\b(ngay|hom)\s+)?\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b`)
	reWeekday = regexp.MustCompile(`\b(?:ngay\s+)?(?:thu\s*(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu\s*nhat)\b(?:\s+(?:tuan\s+)?(?:nay|sau|toi))?`)
	rePeople  = regexp.MustCompile(`\b(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:luot\s+)?(?:nguoi|dong chi|can bo|doan vien|hoi vien|dvtn|hoc sinh|chien si|thanh nien)\b`)
	reCount   = regexp.MustCompile(`\bso (?:nguoi|luong|nguoi tham gia|luot nguoi)\s*[:\-]?\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\b`)
	rePlace   = regexp.MustCompile(`\b(?:dia diem|tai)\s*[:\-]?\s+`)
	rePlaceTo = regexp.MustCompile(`[,;\n]|\.\s|\s(?:ngay|voi|luc|vao|thu|sang|chieu|toi|tu|khoang|gom|so nguoi|so luong)\s`)
)

// ParseDetails finds the date, place and number of people in an entry's text,
// leniently: "Ra quân dọn vệ sinh, thứ Bảy, tại thôn 3, 50 người". Dates are
// read with deadline.Parse relative to the week's Monday and must fall in the
// week. A date that is clearly written but impossible or outside the week is
// an *tasks.InputError explaining what to write.
func ParseDetails(text string, w Week, loc *time.Location) (Details, error) {
	f, offs := vntext.FoldMap(text)
	var d Details
	day, err := findDay(text, f, offs, w, loc)
	if err != nil {
		return Details{}, err
	}
	d.Day = day
	if m := reCount.FindStringSubmatch(f); m != nil {
		d.People = number(m[1])
	} else if m := rePeople.FindStringSubmatch(f); m != nil {
		d.People = number(m[1])
	}
	if loc := rePlace.FindStringIndex(f); loc != nil {
		start := loc[1]
		end := len(f)
		if m := rePlaceTo.FindStringIndex(f[start:]); m != nil {
			end = start + m[0]
		}
		place := strings.Trim(text[offs[start]:offs[end]], " .:-")
		if r := []rune(place); len(r) > 200 {
			place = string(r[:200])
		}
		d.Place = place
	}
	return d, nil
}

func findDay(text, f string, offs []int, w Week, loc *time.Location) (*time.Time, error) {
	ref := w.Start(loc)
	// A date without a year is read as the one nearest the week, a weekday
	// as that day of the week.
	numRef := ref.AddDate(0, -6, 0)
	type cand struct {
		start, end int
		clear      bool
		numeric    bool
	}
	var cands []cand
	for _, m := range reNumDate.FindAllStringSubmatchIndex(f, -1) {
		s := f[m[0]:m[1]]
		cands = append(cands, cand{m[0], m[1], m[2] >= 0 || strings.Count(strings.Map(sepOnly, s), "/") == 2, true})
	}
	for _, m := range reWeekday.FindAllStringIndex(f, -1) {
		cands = append(cands, cand{m[0], m[1], true, false})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].start < cands[j].start })
	for _, c := range cands {
		phrase := text[offs[c.start]:offs[c.end]]
		r := ref
		if c.numeric {
			r = numRef
		}
		dl, err := deadline.Parse(phrase, r)
		var de *deadline.Error
		switch {
		case errors.As(err, &de) && c.clear:
			return nil, &tasks.InputError{Msg: fmtMsg(msgBadDay, de.Error())}
		case err == nil && dl.Rule == nil:
			day := time.Date(dl.Time.Year(), dl.Time.Month(), dl.Time.Day(), 0, 0, 0, 0, loc)
			if !w.Contains(day, loc) {
				return nil, &tasks.InputError{Msg: fmtMsg(msgDayOutsideWeek, deadline.FormatDate(day), deadline.WeekdayName(day.Weekday()), WeekLabel(w, loc))}
			}
			return &day, nil
		}
		// Not a date after all ("15/20 tiêu chí"): try the next candidate.
	}
	return nil, nil
}

func sepOnly(r rune) rune {
	if r == '/' || r == '-' || r == '.' {
		return '/'
	}
	return -1
}

func number(s string) *int {
	s = strings.NewReplacer(".", "", ",", "").Replace(s)
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || n > 1_000_000 {
		return nil
	}
	return &n
}

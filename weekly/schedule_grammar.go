package weekly

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// ScheduleChange is what an admin asked /lichbaocao to change.
type ScheduleChange struct {
	// All puts the whole schedule back to the defaults.
	All  bool
	Kind Kind
	// Reset puts Kind back to its default; Off turns it off.
	Reset, Off bool
	// Day is the new day, nil to keep the current one.
	Day          *time.Weekday
	Hour, Minute int
}

// ScheduleItem is a run of the weekly schedule as admins name it.
type ScheduleItem struct {
	Kind Kind
	// Word is the keyword shown to admins; words are all the keywords
	// accepted, folded and without spaces.
	Word  string
	words []string
}

// ScheduleItems are the runs in the order of the week, as they are shown (a
// fresh slice at each call).
func ScheduleItems() []ScheduleItem { return slices.Clone(scheduleItems) }

// scheduleItems are the runs in the order of the week, as they are shown.
var scheduleItems = []ScheduleItem{
	{AskRegistration, "moidangky", []string{"moidangky", "ask_registration"}},
	{RemindRegistration, "nhacdangky", []string{"nhacdangky", "nhaclaidangky", "remind_registration"}},
	{Thursday, "dangky", []string{"dangky", "baocaodangky", "tonghop", "tonghopdangky", "thursday"}},
	{AskResult, "moiketqua", []string{"moiketqua", "moibaocaoketqua", "ask_result"}},
	{RemindResult, "nhacketqua", []string{"nhacketqua", "nhaclaiketqua", "nhacbaocaoketqua", "remind_result"}},
	{Monday, "ketqua", []string{"ketqua", "baocaoketqua", "monday"}},
}

// ScheduleWord is the keyword of a kind, as ScheduleItems shows it.
func ScheduleWord(k Kind) string {
	for _, it := range scheduleItems {
		if it.Kind == k {
			return it.Word
		}
	}
	return string(k)
}

// scheduleDayItems are the reports named by their day: "/lichbaocao thu5
// 17:00" is the Thursday report at 17:00 on Thursday.
var scheduleDayItems = map[time.Weekday]Kind{time.Thursday: Thursday, time.Monday: Monday}

var scheduleClock = regexp.MustCompile(`^(\d{1,2})(?:(?:[:.hg]|gio)(\d{1,2})?(?:p|ph|phut)?)?$`)

// ParseScheduleChange reads what an admin writes after /lichbaocao:
// "<mục> [<ngày>] <giờ>" (dangky thu6 16:30, thu2 10:00, nhacketqua 9h),
// "<mục> tat", "<mục> macdinh" or "macdinh". Words may come without
// diacritics or split ("thứ năm", "thu 5"). A mistake is a *tasks.InputError
// saying what was wrong, in HTML.
func ParseScheduleChange(args string) (ScheduleChange, error) {
	orig := strings.Fields(args)
	words := make([]string, len(orig))
	for i, w := range orig {
		words[i] = vntext.Fold(w)
	}
	if scheduleResetWords[strings.Join(words, "")] {
		return ScheduleChange{All: true}, nil
	}
	var c ScheduleChange
	var it ScheduleItem
	w, n := matchWords(words, 4, func(w string) bool {
		for _, x := range scheduleItems {
			for _, word := range x.words {
				if w == word {
					it = x
					return true
				}
			}
		}
		if d, ok := scheduleDay(w); ok && scheduleDayItems[d] != "" {
			for _, x := range scheduleItems {
				if x.Kind == scheduleDayItems[d] {
					it = x
				}
			}
			c.Day = &d
			return true
		}
		return false
	})
	if w == "" {
		return c, scheduleErrorf(msgScheduleUnknown, esc(upToDigit(orig)))
	}
	c.Kind = it.Kind
	orig, words = orig[n:], words[n:]
	rest := strings.Join(words, "")
	switch {
	case rest == "":
		return c, scheduleErrorf(msgScheduleNoTime, esc(it.Kind.Name()), it.Word)
	case scheduleResetWords[rest]:
		c.Reset = true
		return c, nil
	case scheduleOffWords[rest]:
		c.Off = true
		return c, nil
	}
	var day time.Weekday
	if _, n := matchWords(words, 2, func(w string) bool {
		var ok bool
		day, ok = scheduleDay(w)
		return ok
	}); n > 0 {
		c.Day = &day
		orig, words = orig[n:], words[n:]
	} else if !startsWithDigit(words[0]) {
		return c, scheduleErrorf(msgScheduleBadDay, esc(upToDigit(orig)))
	}
	if len(words) == 0 {
		return c, scheduleErrorf(msgScheduleNoTime, esc(it.Kind.Name()), it.Word)
	}
	m := scheduleClock.FindStringSubmatch(strings.Join(words, ""))
	if m == nil {
		return c, scheduleErrorf(msgScheduleBadTime, esc(strings.Join(orig, " ")))
	}
	c.Hour, _ = strconv.Atoi(m[1])
	c.Minute, _ = strconv.Atoi(m[2])
	if c.Hour > 23 || c.Minute > 59 {
		return c, scheduleErrorf(msgScheduleBadTime, esc(strings.Join(orig, " ")))
	}
	return c, nil
}

func scheduleErrorf(format string, args ...any) error {
	return &tasks.InputError{Msg: fmt.Sprintf(format, args...)}
}

func scheduleDay(w string) (time.Weekday, bool) {
	d, ok := scheduleDayWords[w]
	return d, ok
}

// matchWords finds the longest run of up to max leading words that, joined
// without spaces, ok accepts; n is how many words it took.
func matchWords(words []string, max int, ok func(string) bool) (string, int) {
	for n := min(max, len(words)); n > 0; n-- {
		if w := strings.Join(words[:n], ""); ok(w) {
			return w, n
		}
	}
	return "", 0
}

// upToDigit is the words before the first that starts with a digit (at
// least one): what a mistaken item or day was written as.
func upToDigit(orig []string) string {
	end := 1
	for end < len(orig) && !startsWithDigit(orig[end]) {
		end++
	}
	return strings.Join(orig[:end], " ")
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

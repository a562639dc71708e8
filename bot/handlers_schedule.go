package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
	"github.com/dondoc/dondoc/weekly"
)

// /lichbaocao shows the organisation's weekly schedule (the two reports and
// the four prompts to units) to those who get the reports: admins, leaders
// and secretaries. Only admins change it, as operators do with
// `dondoc report schedule --set`.
func (b *Bot) scheduleCommands() []command {
	return []command{
		{names: []string{"lichbaocao"}, help: helpSchedule, allow: reportViewers, run: b.cmdSchedule},
	}
}

// scheduleItem is a run of the weekly schedule as /lichbaocao names it.
type scheduleItem struct {
	kind weekly.Kind
	// word is the keyword shown to admins; words are all the keywords
	// accepted, folded and without spaces.
	word  string
	words []string
}

// scheduleItems are in the order of the week, as they are shown.
var scheduleItems = []scheduleItem{
	{weekly.AskRegistration, "moidangky", []string{"moidangky", "ask_registration"}},
	{weekly.RemindRegistration, "nhacdangky", []string{"nhacdangky", "nhaclaidangky", "remind_registration"}},
	{weekly.Thursday, "dangky", []string{"dangky", "baocaodangky", "tonghop", "tonghopdangky", "thursday"}},
	{weekly.AskResult, "moiketqua", []string{"moiketqua", "moibaocaoketqua", "ask_result"}},
	{weekly.RemindResult, "nhacketqua", []string{"nhacketqua", "nhaclaiketqua", "nhacbaocaoketqua", "remind_result"}},
	{weekly.Monday, "ketqua", []string{"ketqua", "baocaoketqua", "monday"}},
}

// scheduleDayItems are the reports named by their day: "/lichbaocao thu5
// 17:00" is the Thursday report at 17:00 on Thursday.
var scheduleDayItems = map[time.Weekday]weekly.Kind{time.Thursday: weekly.Thursday, time.Monday: weekly.Monday}

var scheduleClock = regexp.MustCompile(`^(\d{1,2})(?:(?:[:.hg]|gio)(\d{1,2})?(?:p|ph|phut)?)?$`)

// scheduleChange is what an admin asked /lichbaocao to change.
type scheduleChange struct {
	// all puts the whole schedule back to the defaults.
	all  bool
	kind weekly.Kind
	// reset puts kind back to its default; off turns it off.
	reset, off bool
	// day is the new day, nil to keep the current one.
	day          *time.Weekday
	hour, minute int
}

func scheduleDay(w string) (time.Weekday, bool) {
	if d, ok := weekdayWords[w]; ok {
		return d, true
	}
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

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// parseScheduleChange reads "<mục> [<ngày>] <giờ>", "<mục> tat",
// "<mục> macdinh" or "macdinh". A mistake is returned as the answer to give.
func parseScheduleChange(args string) (scheduleChange, string) {
	orig := strings.Fields(args)
	words := make([]string, len(orig))
	for i, w := range orig {
		words[i] = vntext.Fold(w)
	}
	if scheduleReset[strings.Join(words, "")] {
		return scheduleChange{all: true}, ""
	}
	var c scheduleChange
	var it scheduleItem
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
				if x.kind == scheduleDayItems[d] {
					it = x
				}
			}
			c.day = &d
			return true
		}
		return false
	})
	if w == "" {
		end := 1
		for end < len(orig) && !startsWithDigit(orig[end]) {
			end++
		}
		return c, fmt.Sprintf(msgScheduleUnknown, esc(strings.Join(orig[:end], " ")))
	}
	c.kind = it.kind
	orig, words = orig[n:], words[n:]
	rest := strings.Join(words, "")
	switch {
	case rest == "":
		return c, fmt.Sprintf(msgScheduleNoTime, esc(it.kind.Name()), it.word)
	case scheduleReset[rest]:
		c.reset = true
		return c, ""
	case scheduleOff[rest]:
		c.off = true
		return c, ""
	}
	var day time.Weekday
	if _, n := matchWords(words, 2, func(w string) bool {
		var ok bool
		day, ok = scheduleDay(w)
		return ok
	}); n > 0 {
		c.day = &day
		orig, words = orig[n:], words[n:]
	} else if !startsWithDigit(words[0]) {
		end := 1
		for end < len(orig) && !startsWithDigit(orig[end]) {
			end++
		}
		return c, fmt.Sprintf(msgScheduleBadDay, esc(strings.Join(orig[:end], " ")))
	}
	if len(words) == 0 {
		return c, fmt.Sprintf(msgScheduleNoTime, esc(it.kind.Name()), it.word)
	}
	m := scheduleClock.FindStringSubmatch(strings.Join(words, ""))
	if m == nil {
		return c, fmt.Sprintf(msgScheduleBadTime, esc(strings.Join(orig, " ")))
	}
	c.hour, _ = strconv.Atoi(m[1])
	c.minute, _ = strconv.Atoi(m[2])
	if c.hour > 23 || c.minute > 59 {
		return c, fmt.Sprintf(msgScheduleBadTime, esc(strings.Join(orig, " ")))
	}
	return c, ""
}

// weeklySpec reads a cron spec that fires once a week ("0 17 * * 4").
func weeklySpec(spec string) (day time.Weekday, hour, minute int, ok bool) {
	f := strings.Fields(spec)
	if len(f) != 5 || f[2] != "*" || f[3] != "*" {
		return 0, 0, 0, false
	}
	minute, err1 := strconv.Atoi(f[0])
	hour, err2 := strconv.Atoi(f[1])
	d, err3 := strconv.Atoi(f[4])
	if err1 != nil || err2 != nil || err3 != nil || minute < 0 || minute > 59 || hour < 0 || hour > 23 || d < 0 || d > 7 {
		return 0, 0, 0, false
	}
	return time.Weekday(d % 7), hour, minute, true
}

// specOf is the spec a kind runs by under the settings.
func specOf(st weekly.Settings, k weekly.Kind) string {
	if s := st.Specs[k]; s != "" {
		return s
	}
	return weekly.DefaultSpecs[k]
}

// applySchedule makes the change to the settings; a change that needs more
// from the admin is returned as the answer to give.
func applySchedule(st *weekly.Settings, c scheduleChange) string {
	if c.all {
		st.Specs = nil
		return ""
	}
	if st.Specs == nil {
		st.Specs = map[weekly.Kind]string{}
	}
	switch {
	case c.reset:
		delete(st.Specs, c.kind)
		return ""
	case c.off:
		st.Specs[c.kind] = weekly.SpecOff
		return ""
	}
	if c.day == nil {
		spec := specOf(*st, c.kind)
		if spec == weekly.SpecOff {
			spec = weekly.DefaultSpecs[c.kind]
		}
		day, _, _, ok := weeklySpec(spec)
		if !ok {
			for _, it := range scheduleItems {
				if it.kind == c.kind {
					return fmt.Sprintf(msgScheduleNeedDay, esc(it.kind.Name()), it.word)
				}
			}
		}
		c.day = &day
	}
	spec := fmt.Sprintf("%d %d * * %d", c.minute, c.hour, *c.day)
	if spec == weekly.DefaultSpecs[c.kind] {
		delete(st.Specs, c.kind)
	} else {
		st.Specs[c.kind] = spec
	}
	return ""
}

// describeSchedule lists the runs of the schedule with their next time.
func describeSchedule(st weekly.Settings, sch weekly.Schedule, now time.Time) string {
	lines := []string{msgSchedule}
	for _, it := range scheduleItems {
		next := sch.Next(it.kind, now)
		spec := specOf(st, it.kind)
		when := msgScheduleOff
		if day, hour, minute, ok := weeklySpec(spec); ok && !next.IsZero() {
			when = fmt.Sprintf(msgScheduleWeekly, deadline.WeekdayName(day), hour, minute, deadline.FormatDate(next.In(sch.Zone)))
		} else if !next.IsZero() {
			when = fmt.Sprintf(msgScheduleCustom, esc(spec), deadline.Format(next.In(sch.Zone)))
		}
		lines = append(lines, fmt.Sprintf(msgScheduleLine, it.kind.Name(), it.word, when))
	}
	return strings.Join(lines, "\n")
}

// cmdSchedule shows the weekly schedule or, for an admin, changes it:
//
//	/lichbaocao                     show it
//	/lichbaocao dangky thu6 16:30   a run on another day and time
//	/lichbaocao thu5 17:00          the report named by its day
//	/lichbaocao nhacketqua 9h       another time, same day
//	/lichbaocao nhacdangky tat      turn a run off
//	/lichbaocao ketqua macdinh      a run back to its default
//	/lichbaocao macdinh             the whole schedule back to the defaults
func (b *Bot) cmdSchedule(ctx context.Context, r *request) error {
	if strings.TrimSpace(r.args) == "" {
		return b.showSchedule(ctx, r, r.org.ID, "")
	}
	if !admins(r.member) {
		return b.reply(ctx, r.chatID, msgScheduleDenied, nil)
	}
	c, bad := parseScheduleChange(r.args)
	if bad != "" {
		return b.reply(ctx, r.chatID, bad+"\n\n"+msgScheduleUsage, nil)
	}
	st, err := weekly.OrgSettings(r.org)
	if err != nil {
		b.log.Warn("weekly settings unreadable", "org_id", r.org.ID, "err", err)
		if !c.all {
			return b.reply(ctx, r.chatID, msgScheduleBroken, nil)
		}
		st = weekly.Settings{}
	}
	if bad := applySchedule(&st, c); bad != "" {
		return b.reply(ctx, r.chatID, bad+"\n\n"+msgScheduleUsage, nil)
	}
	if _, err := b.weekly().SetSettings(ctx, r.org, st, r.now); err != nil {
		var bad *tasks.InputError
		if !errors.As(err, &bad) {
			return err
		}
		b.log.Warn("weekly schedule rejected", "org_id", r.org.ID, "err", err)
		return b.reply(ctx, r.chatID, msgScheduleRejected, nil)
	}
	b.log.Info("weekly schedule changed", "org_id", r.org.ID, "member_id", r.member.ID, "specs", fmt.Sprint(st.Specs))
	return b.showSchedule(ctx, r, r.org.ID, msgScheduleSaved)
}

// showSchedule answers with the organisation's schedule as stored, after
// head when given; admins are told how to change it.
func (b *Bot) showSchedule(ctx context.Context, r *request, orgID int64, head string) error {
	org, err := b.store.Org(ctx, orgID)
	if err != nil {
		return err
	}
	st, err := weekly.OrgSettings(org)
	var sch weekly.Schedule
	if err == nil {
		sch, err = st.Compile(org.Timezone, org.CreatedAt)
	}
	if err != nil {
		b.log.Warn("weekly schedule broken", "org_id", org.ID, "err", err)
		return b.reply(ctx, r.chatID, msgScheduleBroken, nil)
	}
	text := describeSchedule(st, sch, r.now)
	if head != "" {
		text = head + "\n\n" + text
	}
	if admins(r.member) {
		text += "\n\n" + msgScheduleUsage
	} else {
		text += "\n\n" + msgScheduleViewOnly
	}
	return b.reply(ctx, r.chatID, text, nil)
}

package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
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
func applySchedule(st *weekly.Settings, c weekly.ScheduleChange) string {
	if c.All {
		st.Specs = nil
		return ""
	}
	if st.Specs == nil {
		st.Specs = map[weekly.Kind]string{}
	}
	switch {
	case c.Reset:
		delete(st.Specs, c.Kind)
		return ""
	case c.Off:
		st.Specs[c.Kind] = weekly.SpecOff
		return ""
	}
	if c.Day == nil {
		spec := specOf(*st, c.Kind)
		if spec == weekly.SpecOff {
			spec = weekly.DefaultSpecs[c.Kind]
		}
		day, _, _, ok := weeklySpec(spec)
		if !ok {
			return fmt.Sprintf(msgScheduleNeedDay, esc(c.Kind.Name()), weekly.ScheduleWord(c.Kind))
		}
		c.Day = &day
	}
	spec := fmt.Sprintf("%d %d * * %d", c.Minute, c.Hour, *c.Day)
	if spec == weekly.DefaultSpecs[c.Kind] {
		delete(st.Specs, c.Kind)
	} else {
		st.Specs[c.Kind] = spec
	}
	return ""
}

// describeSchedule lists the runs of the schedule with their next time.
func describeSchedule(st weekly.Settings, sch weekly.Schedule, now time.Time) string {
	lines := []string{msgSchedule}
	for _, it := range weekly.ScheduleItems {
		next, scheduled := sch.NextRun(it.Kind, now)
		spec := specOf(st, it.Kind)
		when := msgScheduleOff
		if day, hour, minute, ok := weeklySpec(spec); ok && !next.IsZero() {
			when = fmt.Sprintf(msgScheduleWeekly, deadline.WeekdayName(day), hour, minute, deadline.FormatDate(next.In(sch.Zone)))
		} else if !next.IsZero() {
			when = fmt.Sprintf(msgScheduleCustom, esc(spec), deadline.Format(next.In(sch.Zone)))
		}
		if !next.Equal(scheduled) {
			when += fmt.Sprintf(msgScheduleCarried, deadline.WeekdayName(next.In(sch.Zone).Weekday()), deadline.FormatDate(scheduled.In(sch.Zone)))
		}
		lines = append(lines, fmt.Sprintf(msgScheduleLine, it.Kind.Name(), it.Word, when))
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
	c, err := weekly.ParseScheduleChange(r.args)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, ie.Msg+"\n\n"+msgScheduleUsage, nil)
	}
	if err != nil {
		return err
	}
	st, err := weekly.OrgSettings(r.org)
	if err != nil {
		b.log.Warn("weekly settings unreadable", "org_id", r.org.ID, "err", err)
		if !c.All {
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
	if err == nil {
		sch, err = weekly.WithOrgCalendar(ctx, b.store.DB(), org.ID, sch)
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

package bot

import (
	"context"
	"errors"
	"fmt"
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

// describeSchedule lists the runs of the schedule with their next time.
func describeSchedule(st weekly.Settings, sch weekly.Schedule, now time.Time) string {
	lines := []string{msgSchedule}
	for _, it := range weekly.ScheduleItems() {
		next, scheduled := sch.NextRun(it.Kind, now)
		spec := st.Spec(it.Kind)
		when := msgScheduleOff
		if t, ok := weekly.ParseWeeklySpec(spec); ok && !next.IsZero() {
			when = fmt.Sprintf(msgScheduleWeekly, deadline.WeekdayName(t.Day), t.Hour, t.Minute, deadline.FormatDate(next.In(sch.Zone)))
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
	if err := st.Apply(c); err != nil {
		if errors.As(err, &ie) {
			return b.reply(ctx, r.chatID, ie.Msg+"\n\n"+msgScheduleUsage, nil)
		}
		return err
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

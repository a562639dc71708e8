package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// HolidayStore changes an organisation's own days off and make-up working
// days, re-planning its reminders. The bot uses it when the PolicyStore of
// WithPolicies implements it too (reminders.Scheduler does).
type HolidayStore interface {
	SetOrgHoliday(ctx context.Context, orgID int64, h tasks.OrgHoliday, now time.Time) (int, error)
	RemoveOrgHoliday(ctx context.Context, orgID int64, day time.Time, now time.Time) (bool, error)
}

func (b *Bot) holidayCommands() []command {
	return []command{
		{names: []string{"ngaynghi", "holidays"}, help: helpHolidays, allow: members, run: b.cmdHolidays},
	}
}

// cmdHolidays shows the organisation's days off and make-up days, and lets
// admins add or remove its own:
//
//	/ngaynghi [2027]                     the year's days (this year by default)
//	/ngaynghi them 16/03/2026 [tên]      an extra day off
//	/ngaynghi lambu 21/03/2026 [tên]     a make-up working day
//	/ngaynghi bo 16/03/2026              remove one of the organisation's days
func (b *Bot) cmdHolidays(ctx context.Context, r *request) error {
	c, err := holidays.ParseCommand(r.args)
	if c.Action.Changes() {
		if !admins(r.member) {
			return b.reply(ctx, r.chatID, msgHolidayAdminsOnly, nil)
		}
		if _, ok := b.policies.(HolidayStore); !ok {
			return b.reply(ctx, r.chatID, msgHolidayOff, nil)
		}
	}
	var ie *holidays.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n\n"+holidayUsage(r.now.In(r.loc)), nil)
	}
	if err != nil {
		return err
	}
	switch c.Action {
	case holidays.List:
		year := c.Year
		if year == 0 {
			year = r.now.In(r.loc).Year()
		}
		return b.listHolidays(ctx, r, year)
	case holidays.Remove:
		return b.removeHoliday(ctx, r, c.Date)
	}
	return b.addHoliday(ctx, r, holidays.Override{Date: c.Date, Workday: c.Action == holidays.AddWorkday, Name: c.Name})
}

// addHoliday records one of the organisation's own days off or make-up
// days, refusing one that makes no sense against the national calendar.
func (b *Bot) addHoliday(ctx context.Context, r *request, o holidays.Override) error {
	var ie *holidays.InputError
	if err := holidays.Vietnam().CheckOverride(o); errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg), nil)
	}
	store := b.policies.(HolidayStore)
	n, err := store.SetOrgHoliday(ctx, r.org.ID, tasks.OrgHoliday{Day: o.Date.In(r.loc), Workday: o.Workday, Name: o.Name}, r.now)
	if err != nil {
		return err
	}
	what := msgHolidayKindOff
	if o.Workday {
		what = msgHolidayKindWork
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgHolidayAdded, what, o.Date.Label(), esc(o.Name), n), nil)
}

// removeHoliday removes one of the organisation's own days.
func (b *Bot) removeHoliday(ctx context.Context, r *request, d holidays.Date) error {
	store := b.policies.(HolidayStore)
	found, err := store.RemoveOrgHoliday(ctx, r.org.ID, d.In(r.loc), r.now)
	if err != nil {
		return err
	}
	if !found {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgHolidayNotFound, d.Label()), nil)
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgHolidayRemoved, d.Label()), nil)
}

// holidayUsage is how admins change the days off, its examples in the
// year of the next 16/03 so that a copied example is never a day gone by.
func holidayUsage(now time.Time) string {
	y := now.Year()
	if !now.Before(time.Date(y, time.March, 16, 0, 0, 0, 0, now.Location())) {
		y++
	}
	return fmt.Sprintf(msgHolidayUsage, y, y+1)
}

// listHolidays shows the year's days off and make-up days of the
// organisation, national and its own.
func (b *Bot) listHolidays(ctx context.Context, r *request, year int) error {
	cal, err := b.store.Calendar(ctx, r.org.ID)
	if err != nil {
		return err
	}
	rest, err := b.restDays(ctx, r.org.ID)
	if err != nil {
		return err
	}
	lines := []string{fmt.Sprintf(msgHolidayTitle, year, restDaysNote(rest))}
	if first, last := cal.Years(); year < first || year > last {
		lines = append(lines, fmt.Sprintf(msgHolidayNoData, first, last))
	}
	for _, d := range cal.Days(holidays.Date{Year: year, Month: time.January, Day: 1}, holidays.Date{Year: year, Month: time.December, Day: 31}) {
		line := fmt.Sprintf(msgHolidayLine, d.Date.Label(), esc(d.Name))
		if d.Workday {
			line = fmt.Sprintf(msgHolidayWorkLine, d.Date.Label(), esc(d.Name))
		}
		if d.Org {
			line += msgHolidayOwn
		}
		lines = append(lines, line)
	}
	if admins(r.member) {
		lines = append(lines, "", holidayUsage(r.now.In(r.loc)))
	}
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), nil)
}

// restDays are the organisation's weekly rest days, from its reminder
// policy (the default one when the bot has no policies).
func (b *Bot) restDays(ctx context.Context, orgID int64) ([]time.Weekday, error) {
	p := reminders.DefaultPolicy()
	if b.policies != nil {
		var err error
		if p, err = b.policies.Policy(ctx, orgID); err != nil {
			return nil, err
		}
	}
	return p.WithDefaults().RestDays, nil
}

// restDaysNote says which weekly days are rest days, Monday first:
// "thứ Bảy, Chủ nhật là ngày nghỉ hằng tuần".
func restDaysNote(days []time.Weekday) string {
	if len(days) == 0 {
		return msgHolidayNoWeeklyRest
	}
	days = slices.Clone(days)
	slices.SortFunc(days, func(a, b time.Weekday) int { return (int(a)+6)%7 - (int(b)+6)%7 })
	days = slices.Compact(days)
	names := make([]string, len(days))
	for i, d := range days {
		names[i] = deadline.WeekdayName(d)
	}
	return fmt.Sprintf(msgHolidayWeeklyRest, strings.Join(names, ", "))
}

package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
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
	fields := strings.Fields(r.args)
	year := r.now.In(r.loc).Year()
	if len(fields) == 1 {
		if y, err := strconv.Atoi(fields[0]); err == nil && y >= 1900 && y <= 2199 {
			return b.listHolidays(ctx, r, y)
		}
	}
	if len(fields) == 0 {
		return b.listHolidays(ctx, r, year)
	}
	action := vntext.Fold(fields[0])
	if len(fields) > 1 && action+vntext.Fold(fields[1]) == wordHolidayWork {
		fields = append([]string{wordHolidayWork}, fields[2:]...) // "làm bù" in two words
		action = wordHolidayWork
	}
	if action == wordHolidayRemoveToo {
		action = wordHolidayRemove
	}
	if action != wordHolidayAdd && action != wordHolidayWork && action != wordHolidayRemove {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgHolidayUnknown, esc(fields[0]))+"\n\n"+msgHolidayUsage, nil)
	}
	if !admins(r.member) {
		return b.reply(ctx, r.chatID, msgHolidayAdminsOnly, nil)
	}
	store, ok := b.policies.(HolidayStore)
	if !ok {
		return b.reply(ctx, r.chatID, msgHolidayOff, nil)
	}
	if len(fields) < 2 {
		return b.reply(ctx, r.chatID, msgHolidayNoDate+"\n\n"+msgHolidayUsage, nil)
	}
	d, err := holidays.ParseDate(fields[1])
	var ie *holidays.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n\n"+msgHolidayUsage, nil)
	}
	if err != nil {
		return err
	}
	if action == wordHolidayRemove {
		found, err := store.RemoveOrgHoliday(ctx, r.org.ID, d.In(r.loc), r.now)
		if err != nil {
			return err
		}
		if !found {
			return b.reply(ctx, r.chatID, fmt.Sprintf(msgHolidayNotFound, d.Label()), nil)
		}
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgHolidayRemoved, d.Label()), nil)
	}
	o := holidays.Override{Date: d, Workday: action == wordHolidayWork, Name: strings.Join(fields[2:], " ")}
	if o.Name == "" {
		o.Name = holidays.DefaultName(o.Workday)
	}
	if err := holidays.Vietnam().CheckOverride(o); errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg), nil)
	}
	n, err := store.SetOrgHoliday(ctx, r.org.ID, tasks.OrgHoliday{Day: d.In(r.loc), Workday: o.Workday, Name: o.Name}, r.now)
	if err != nil {
		return err
	}
	what := msgHolidayKindOff
	if o.Workday {
		what = msgHolidayKindWork
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgHolidayAdded, what, d.Label(), esc(o.Name), n), nil)
}

// listHolidays shows the year's days off and make-up days of the
// organisation, national and its own.
func (b *Bot) listHolidays(ctx context.Context, r *request, year int) error {
	cal, err := b.store.Calendar(ctx, r.org.ID)
	if err != nil {
		return err
	}
	lines := []string{fmt.Sprintf(msgHolidayTitle, year)}
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
		lines = append(lines, "", msgHolidayUsage)
	}
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), nil)
}

package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
)

// holidaysCmd shows an organisation's calendar of days off, and adds or
// removes its own days (extra days off, make-up working days):
//
//	dondoc holidays list --org X [--year 2026]
//	dondoc holidays add --org X [--workday] 16/03/2026 [tên]
//	dondoc holidays remove --org X 16/03/2026
func (c *console) holidaysCmd(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError("holidays")
	}
	sub, args := args[0], args[1:]
	var workday bool
	var year int
	org, rest, err := c.orgCommand(ctx, "holidays "+sub, args, func(fs *flag.FlagSet) {
		fs.BoolVar(&workday, "workday", false, "a make-up working day instead of a day off")
		fs.IntVar(&year, "year", time.Now().In(c.cfg.Location).Year(), "year to list")
	})
	if err != nil {
		return err
	}
	now := time.Now()
	switch sub {
	case "list":
		return c.listHolidays(ctx, org, year)
	case "add":
		if len(rest) == 0 {
			return usageError("holidays")
		}
		d, err := holidays.ParseDate(rest[0])
		if err != nil {
			return err
		}
		name := strings.TrimSpace(strings.Join(rest[1:], " "))
		if name == "" {
			name = holidays.DefaultName(workday)
		}
		if err := holidays.Vietnam().CheckOverride(holidays.Override{Date: d, Workday: workday}); err != nil {
			return err
		}
		loc, err := org.Location()
		if err != nil {
			return err
		}
		n, err := c.reminders.SetOrgHoliday(ctx, org.ID, tasks.OrgHoliday{Day: d.In(loc), Workday: workday, Name: name}, now)
		if err != nil {
			return err
		}
		what := outHolidayOff
		if workday {
			what = outHolidayWork
		}
		fmt.Fprintf(c.out, outHolidayAdded, what, d.Label(), name, n)
		return nil
	case "remove":
		if len(rest) != 1 {
			return usageError("holidays")
		}
		d, err := holidays.ParseDate(rest[0])
		if err != nil {
			return err
		}
		loc, err := org.Location()
		if err != nil {
			return err
		}
		found, err := c.reminders.RemoveOrgHoliday(ctx, org.ID, d.In(loc), now)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf(outHolidayNotFound, d.Label(), org.Slug)
		}
		fmt.Fprintf(c.out, outHolidayRemoved, d.Label())
		return nil
	}
	return usageError("holidays")
}

// listHolidays prints the year's days off and make-up days of the
// organisation, the national ones and its own.
func (c *console) listHolidays(ctx context.Context, org tasks.Org, year int) error {
	cal, err := c.store.Calendar(ctx, org.ID)
	if err != nil {
		return err
	}
	days := cal.Days(holidays.Date{Year: year, Month: time.January, Day: 1}, holidays.Date{Year: year, Month: time.December, Day: 31})
	if first, last := cal.Years(); year < first || year > last {
		fmt.Fprintf(c.out, outHolidaysNoData, year, first, last)
	}
	for _, d := range days {
		kind := outHolidayOff
		if d.Workday {
			kind = outHolidayWork
		}
		source := outHolidayNational
		if d.Org {
			source = outHolidayOwn
		}
		fmt.Fprintf(c.out, outHolidayRow, d.Date.Label(), kind, d.Name, source)
	}
	return nil
}

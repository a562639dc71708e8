package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// runWeekly makes the weekly reports and prompts that are due and wakes the
// sender. Cron calls it every minute in every process; the database lets
// one of them make each run.
func (a *app) runWeekly(ctx context.Context) {
	n, err := weekly.New(a.store).RunDue(ctx, time.Now())
	if err != nil {
		a.log.Error("weekly runs", "err", err)
	}
	if n > 0 {
		a.log.Info("weekly runs made", "runs", n)
		a.sender.Kick()
	}
}

// reportCmd runs `dondoc report`:
//
//	report thursday|monday --org ORG [--week 2021-W02] [--send [--force]] [--xlsx FILE] [--png FILE]
//	report scan                              make the runs due now, as cron does
//	report schedule --org ORG [--set JSON]   show or change the weekly schedule
func (c *console) reportCmd(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError("report")
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	orgRef := fs.String("org", "", "organisation id or slug")
	weekArg := fs.String("week", "", "ISO week, e.g. 2021-W02")
	send := fs.Bool("send", false, "record the run and queue its messages")
	force := fs.Bool("force", false, "with --send, send a week not over yet or a run before its time")
	xlsx := fs.String("xlsx", "", "write the workbook to this file")
	pngPath := fs.String("png", "", "write the chart (Monday) to this file")
	set := fs.String("set", "", "weekly settings as JSON")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	now := time.Now()
	if sub == "scan" {
		n, err := weekly.New(c.store).RunDue(ctx, now)
		fmt.Fprintf(c.out, outWeeklyScan, n)
		return err
	}
	org, err := c.findOrg(ctx, *orgRef)
	if err != nil {
		return err
	}
	if sub == "schedule" {
		return c.reportSchedule(ctx, org, *set, now)
	}
	kind, ok := weekly.ParseKind(sub)
	if !ok || !kind.IsReport() {
		return fmt.Errorf(outReportUnknown, sub, commandUsage("report"))
	}
	sch, err := weekly.OrgScheduleTx(ctx, c.store.DB(), org)
	if err != nil {
		return err
	}
	w := kind.WeekAt(now, sch.Zone)
	if *weekArg != "" {
		if w, err = weekly.ParseWeek(*weekArg); err != nil {
			return fmt.Errorf(outReportBadWeek, err)
		}
	}
	if *send {
		if why := sendCheck(kind, w, now, sch); why != "" && !*force {
			return errors.New(why)
		}
		res, err := weekly.New(c.store).Run(ctx, org, kind, w, now, now, false, weekly.TriggerCommand)
		if err != nil {
			return err
		}
		if !res.Claimed {
			fmt.Fprintf(c.out, outReportDone, kind.Name(), weekly.WeekLabel(w, sch.Zone), deadline.Format(res.Record.StartedAt.In(sch.Zone)), weekly.TriggerName(res.Record.Trigger), res.Record.Messages)
			return nil
		}
		fmt.Fprintf(c.out, outReportQueued, kind.Name(), weekly.WeekLabel(w, sch.Zone), res.Record.Messages)
		return nil
	}
	rep, err := weekly.Build(ctx, c.db, org, kind, w, now)
	if err != nil {
		return err
	}
	rep.Preview = true
	fmt.Fprintln(c.out, outbox.PlainText(rep.Text()))
	if *xlsx != "" {
		data, err := rep.Workbook()
		if err != nil {
			return err
		}
		if err := writeFile(*xlsx, data); err != nil {
			return err
		}
		fmt.Fprintf(c.out, outReportFile, *xlsx)
	}
	if *pngPath != "" {
		data, err := rep.Chart()
		if err != nil {
			return err
		}
		if data == nil {
			fmt.Fprint(c.out, outReportNoChart)
			return nil
		}
		if err := writeFile(*pngPath, data); err != nil {
			return err
		}
		fmt.Fprintf(c.out, outReportFile, *pngPath)
	}
	return nil
}

// sendCheck says why `report --send` must not record the run of kind for
// week w at now, or "" when it may: the results of a week not over yet
// would be partial, and a run recorded before its scheduled time takes the
// place of the scheduled one, which is then skipped. A run past its time
// (a report the bot missed) may be sent.
func sendCheck(kind weekly.Kind, w weekly.Week, now time.Time, sch weekly.Schedule) string {
	loc := sch.Zone
	if kind.Side() == weekly.Result && now.Before(w.End(loc)) {
		return fmt.Sprintf(outSendNotOver, weekly.WeekTitle(w), deadline.FormatDate(w.Last(loc)))
	}
	if due := sch.RunTime(kind, w, time.Time{}); !due.IsZero() && now.Before(due) {
		return fmt.Sprintf(outSendTooEarly, kind.Name(), weekly.WeekLabel(w, loc), deadline.Format(due.In(loc)))
	}
	return ""
}

// reportSchedule shows an organisation's weekly schedule as of now, after
// storing, changed at now, the changes that set makes when given: its
// fields are decoded onto the stored settings, so the others stay as they
// are.
func (c *console) reportSchedule(ctx context.Context, org tasks.Org, set string, now time.Time) error {
	sch, err := weekly.OrgSchedule(org)
	if set != "" {
		var st weekly.Settings
		if st, err = weekly.OrgSettings(org); err != nil {
			return err
		}
		dec := json.NewDecoder(strings.NewReader(set))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&st); err != nil {
			return fmt.Errorf(outWeeklyBadJSON, err)
		}
		if sch, err = weekly.New(c.store).SetSettings(ctx, org, st, now); err != nil {
			return err
		}
		fmt.Fprint(c.out, outWeeklySaved)
	}
	if err != nil {
		return err
	}
	if sch, err = weekly.WithOrgCalendar(ctx, c.store.DB(), org.ID, sch); err != nil {
		return err
	}
	fmt.Fprintf(c.out, outWeeklyZone, sch.Zone, catchUpText(sch.CatchUp))
	for _, k := range weekly.Kinds() {
		next, scheduled := sch.NextRun(k, now)
		if next.IsZero() {
			fmt.Fprintf(c.out, outWeeklyOff, k.Name(), k)
			continue
		}
		w := k.WeekAt(scheduled, sch.Zone)
		fmt.Fprintf(c.out, outWeeklyNext, k.Name(), k, deadline.Format(next.In(sch.Zone)), weekly.WeekTitle(w), w)
	}
	return nil
}

// catchUpText writes the catch-up window in hours, or minutes when it is
// not a whole number of hours: "24 giờ", "90 phút".
func catchUpText(d time.Duration) string {
	if d%time.Hour == 0 {
		return fmt.Sprintf(outCatchUpHours, int(d/time.Hour))
	}
	return fmt.Sprintf(outCatchUpMinutes, int(d.Round(time.Minute)/time.Minute))
}

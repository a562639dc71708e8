package weekly_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// withCalendar is the default schedule with the national calendar and an
// organisation's own days.
func withCalendar(t *testing.T, specs map[weekly.Kind]string, ovs ...holidays.Override) weekly.Schedule {
	t.Helper()
	s, err := weekly.Settings{Specs: specs}.Compile("Asia/Ho_Chi_Minh", at(2020, 1, 1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	return s.WithCalendar(holidays.Vietnam().WithOverrides(ovs...))
}

func runs(keys ...weekly.RunKey) map[weekly.RunKey]bool {
	done := map[weekly.RunKey]bool{}
	for _, k := range keys {
		done[k] = true
	}
	return done
}

// TestDueOnDaysOff: a report or prompt that falls on a day off goes out at
// the same hour of the next working day, for the week its own day covers,
// timed (and late or not) by that day. Quốc khánh 2026 runs from Saturday
// 29/08 to Wednesday 02/09 (Monday 31/08 swapped); Tết 2026 from Saturday
// 14/02 to Sunday 22/02.
func TestDueOnDaysOff(t *testing.T) {
	def := withCalendar(t, nil)
	dayOff := holidays.Override{Date: holidays.Date{Year: 2021, Month: time.January, Day: 14}, Name: "Nghỉ đại hội"}
	own := withCalendar(t, nil, dayOff)
	works := withCalendar(t, nil, holidays.Override{Date: holidays.Date{Year: 2026, Month: time.September, Day: 2}, Workday: true, Name: "Trực lễ"})
	saturday := withCalendar(t, map[weekly.Kind]string{weekly.Monday: "0 9 * * 6"})
	tests := []struct {
		name string
		s    weekly.Schedule
		now  time.Time
		done map[weekly.RunKey]bool
		want string
	}{
		{"Quốc khánh: Monday 31/08 10:05, nothing goes", def, at(2026, 8, 31, 10, 5), runs(key(weekly.AskResult, "2026-W35")), ""},
		{"Quốc khánh: Wednesday 02/09 08:05, nothing goes", def, at(2026, 9, 2, 8, 5), nil, ""},
		{"Thursday 03/09 07:59, not yet", def, at(2026, 9, 3, 7, 59), nil, ""},
		{"Thursday 03/09 08:00: Monday's and Wednesday's prompts, same weeks", def, at(2026, 9, 3, 8, 0), nil,
			"ask_registration:2026-W37@03/09 08:00, remind_result:2026-W35@03/09 08:00"},
		{"Thursday 03/09 10:00: the results report of last week, on time", def, at(2026, 9, 3, 10, 0),
			runs(key(weekly.AskRegistration, "2026-W37"), key(weekly.RemindResult, "2026-W35")),
			"monday:2026-W35@03/09 10:00"},
		{"Thursday 03/09 12:00 after a stop: late from 10:00", def, at(2026, 9, 3, 12, 0),
			runs(key(weekly.AskRegistration, "2026-W37"), key(weekly.RemindResult, "2026-W35")),
			"monday:2026-W35@03/09 10:00 late"},
		{"Thursday 03/09 17:00: the registration report as usual", def, at(2026, 9, 3, 17, 0),
			runs(key(weekly.AskRegistration, "2026-W37"), key(weekly.RemindResult, "2026-W35"), key(weekly.Monday, "2026-W35"), key(weekly.RemindRegistration, "2026-W37")),
			"thursday:2026-W37@03/09 17:00"},
		{"the organisation works 02/09: its prompt on time, Monday's comes then", works, at(2026, 9, 2, 8, 0), nil,
			"ask_registration:2026-W37@02/09 08:00, remind_result:2026-W35@02/09 08:00"},
		{"Tết: Monday 23/02 08:00, the prompts of two weeks and of Wednesday", def, at(2026, 2, 23, 8, 0), nil,
			"ask_registration:2026-W09@23/02 08:00, remind_result:2026-W07@23/02 08:00, remind_result:2026-W08@23/02 08:00"},
		{"Tết: Monday 23/02 10:00, the results of the week before Tết and of Tết", def, at(2026, 2, 23, 10, 0),
			runs(key(weekly.AskRegistration, "2026-W09"), key(weekly.RemindResult, "2026-W07"), key(weekly.RemindResult, "2026-W08")),
			"monday:2026-W07@23/02 10:00, monday:2026-W08@23/02 10:00"},
		{"Tết: Monday 23/02 17:00, Thursday's registrations; Friday's prompt comes after its report", def, at(2026, 2, 23, 17, 0),
			runs(key(weekly.AskRegistration, "2026-W09"), key(weekly.RemindResult, "2026-W07"), key(weekly.RemindResult, "2026-W08"),
				key(weekly.Monday, "2026-W07"), key(weekly.Monday, "2026-W08"), key(weekly.RemindRegistration, "2026-W09")),
			"thursday:2026-W09@23/02 17:00"},
		{"own day off Thursday 14/01: nothing at 17:00", own, at(2021, 1, 14, 17, 0), runs(key(weekly.AskRegistration, "2021-W03")), ""},
		{"own day off Thursday 14/01: the prompt on Friday at 14:00", own, at(2021, 1, 15, 14, 0), runs(key(weekly.AskRegistration, "2021-W03")),
			"remind_registration:2021-W03@15/01 14:00"},
		{"own day off Thursday 14/01: the report on Friday at 17:00", own, at(2021, 1, 15, 17, 0),
			runs(key(weekly.AskRegistration, "2021-W03"), key(weekly.RemindRegistration, "2021-W03"), key(weekly.AskResult, "2021-W02")),
			"thursday:2021-W03@15/01 17:00"},
		{"without the day off, Thursday at 17:00", def, at(2021, 1, 14, 17, 0), runs(key(weekly.AskRegistration, "2021-W03"), key(weekly.RemindRegistration, "2021-W03")),
			"thursday:2021-W03@14/01 17:00"},
		{"an admin's ordinary Saturday stays", saturday, at(2021, 1, 16, 9, 0), runs(key(weekly.AskResult, "2021-W02")),
			"monday:2021-W02@16/01 09:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dueString(weekly.Due(tt.now, tt.s, tt.done)); got != tt.want {
				t.Errorf("Due(%s)\n got  %s\n want %s", tt.now.In(hcm).Format("Mon 02/01/2006 15:04"), got, tt.want)
			}
		})
	}
}

// TestRunTimeAndEntryWeekOnDaysOff: the time a prompt names for its report
// is the carried-over one, and entries sent before a carried-over report go
// to its week.
func TestRunTimeAndEntryWeekOnDaysOff(t *testing.T) {
	s := withCalendar(t, nil)
	if got := s.RunTime(weekly.Monday, key(weekly.Monday, "2026-W35").Week, at(2026, 8, 28, 16, 0)); !got.Equal(at(2026, 9, 3, 10, 0)) {
		t.Errorf("results report of 2026-W35 at %s, want 03/09 10:00", got.In(hcm))
	}
	if got := s.RunTime(weekly.Thursday, key(weekly.Thursday, "2026-W09").Week, at(2026, 2, 18, 8, 0)); !got.Equal(at(2026, 2, 23, 17, 0)) {
		t.Errorf("registration report of 2026-W09 at %s, want 23/02 17:00", got.In(hcm))
	}
	tests := []struct {
		name string
		side weekly.EntryKind
		at   time.Time
		want string
	}{
		{"results on Thursday 03/09 09:00, before last week's report", weekly.Result, at(2026, 9, 3, 9, 0), "2026-W35"},
		{"results on Thursday 03/09 11:00, after it", weekly.Result, at(2026, 9, 3, 11, 0), "2026-W36"},
		{"registrations on Monday 23/02 09:00, before the Tết-delayed report", weekly.Registration, at(2026, 2, 23, 9, 0), "2026-W09"},
		{"registrations on Monday 23/02 18:00, after it", weekly.Registration, at(2026, 2, 23, 18, 0), "2026-W10"},
		{"results on Friday 28/08, an ordinary week", weekly.Result, at(2026, 8, 28, 9, 0), "2026-W35"},
	}
	for _, tt := range tests {
		if got := s.EntryWeek(tt.side, tt.at).String(); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestRunDueOnDaysOff runs the scan over Quốc khánh 2026 and an
// organisation's own day off: each run is made once, on the next working
// day, recorded for its week with that day's time, and the prompts name the
// carried-over report time.
func TestRunDueOnDaysOff(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if err := tasks.SetOrgHolidayTx(ctx, f.db, f.org.ID, tasks.OrgHoliday{Day: time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC), Name: "Nghỉ đại hội"}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		now  time.Time
		want int
	}{
		{at(2026, 8, 27, 17, 0), 1},  // thursday W36
		{at(2026, 8, 28, 16, 0), 1},  // ask_result W35
		{at(2026, 8, 31, 8, 0), 0},   // Monday 31/08 is off
		{at(2026, 8, 31, 10, 0), 0},  //
		{at(2026, 9, 2, 8, 0), 0},    // Wednesday 02/09 is off
		{at(2026, 9, 3, 8, 0), 2},    // remind_result W35, ask_registration W37
		{at(2026, 9, 3, 8, 1), 0},    //
		{at(2026, 9, 3, 10, 0), 1},   // monday W35
		{at(2026, 9, 3, 10, 30), 0},  //
		{at(2026, 9, 3, 14, 0), 1},   // remind_registration W37
		{at(2026, 9, 3, 17, 0), 1},   // thursday W37
		{at(2026, 9, 9, 8, 0), 1},    // ask_registration W38
		{at(2026, 9, 10, 14, 0), 0},  // the organisation's day off
		{at(2026, 9, 10, 17, 0), 0},  //
		{at(2026, 9, 11, 14, 0), 1},  // remind_registration W38
		{at(2026, 9, 11, 16, 0), 1},  // ask_result W37
		{at(2026, 9, 11, 17, 0), 1},  // thursday W38
		{at(2026, 9, 11, 17, 30), 0}, //
	}
	for _, st := range steps {
		n, err := f.svc.RunDue(ctx, st.now)
		if err != nil || n != st.want {
			t.Fatalf("RunDue(%s) made %d runs (%v), want %d", st.now.In(hcm).Format("Mon 02/01 15:04"), n, err, st.want)
		}
	}
	var rs []struct {
		Kind  string    `db:"kind"`
		Week  string    `db:"week"`
		DueAt time.Time `db:"due_at"`
		Late  bool      `db:"late"`
	}
	if err := f.db.Select(&rs, `SELECT kind, week, due_at, late FROM report_runs WHERE org_id = $1 AND kind IN ('monday', 'thursday') ORDER BY due_at`, f.org.ID); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rs {
		got = append(got, r.Kind+":"+r.Week+"@"+r.DueAt.In(hcm).Format("02/01 15:04"))
		if r.Late {
			t.Errorf("%s %s marked late", r.Kind, r.Week)
		}
	}
	want := []string{"thursday:2026-W36@27/08 17:00", "monday:2026-W35@03/09 10:00", "thursday:2026-W37@03/09 17:00", "thursday:2026-W38@11/09 17:00"}
	if len(got) != len(want) {
		t.Fatalf("reports %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("report %d: %s, want %s", i, got[i], want[i])
		}
	}
	by := map[string]time.Time{}
	for _, row := range f.outbox() {
		var p weekly.Payload
		if err := json.Unmarshal(row.Payload, &p); err != nil {
			t.Fatal(err)
		}
		if row.Kind == weekly.NoticePrompt && p.By != nil {
			by[string(p.Run)+":"+p.Week] = *p.By
		}
	}
	for run, want := range map[string]time.Time{
		"remind_result:2026-W35":       at(2026, 9, 3, 10, 0),
		"ask_registration:2026-W38":    at(2026, 9, 11, 17, 0),
		"remind_registration:2026-W38": at(2026, 9, 11, 17, 0),
	} {
		if got, ok := by[run]; !ok || !got.Equal(want) {
			t.Errorf("prompt %s names its report at %s, want %s", run, got.In(hcm).Format("02/01 15:04"), want.In(hcm).Format("02/01 15:04"))
		}
	}
}

// TestNextRunOnDaysOff: what the schedule shows as the next run is the
// carried-over one, with the time it was scheduled for.
func TestNextRunOnDaysOff(t *testing.T) {
	s := withCalendar(t, nil)
	tests := []struct {
		name          string
		k             weekly.Kind
		now           time.Time
		at, scheduled time.Time
	}{
		{"the results report before Quốc khánh", weekly.Monday, at(2026, 8, 28, 12, 0), at(2026, 9, 3, 10, 0), at(2026, 8, 31, 10, 0)},
		{"during Quốc khánh", weekly.Monday, at(2026, 9, 1, 12, 0), at(2026, 9, 3, 10, 0), at(2026, 8, 31, 10, 0)},
		{"after the carried-over run", weekly.Monday, at(2026, 9, 3, 10, 0), at(2026, 9, 7, 10, 0), at(2026, 9, 7, 10, 0)},
		{"an ordinary week", weekly.Thursday, at(2026, 9, 3, 17, 0), at(2026, 9, 10, 17, 0), at(2026, 9, 10, 17, 0)},
	}
	for _, tt := range tests {
		got, sched := s.NextRun(tt.k, tt.now)
		if !got.Equal(tt.at) || !sched.Equal(tt.scheduled) {
			t.Errorf("%s: %s (scheduled %s), want %s (scheduled %s)", tt.name, got.In(hcm), sched.In(hcm), tt.at.In(hcm), tt.scheduled.In(hcm))
		}
	}
	off, err := weekly.Settings{Specs: map[weekly.Kind]string{weekly.Monday: weekly.SpecOff}}.Compile("Asia/Ho_Chi_Minh", at(2020, 1, 1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := off.NextRun(weekly.Monday, at(2026, 9, 1, 12, 0)); !got.IsZero() {
		t.Errorf("a run turned off comes at %s", got)
	}
}

// BenchmarkDue is the scan's pure part for one organisation, once a minute:
// without a calendar, and with the national one on the Thursday after
// Quốc khánh 2026 (the look-back over the days off).
func BenchmarkDue(b *testing.B) {
	plain, err := weekly.Settings{}.Compile("Asia/Ho_Chi_Minh", at(2020, 1, 1, 0, 0))
	if err != nil {
		b.Fatal(err)
	}
	cal := plain.WithCalendar(holidays.Vietnam())
	now := at(2026, 9, 3, 17, 0)
	for _, bc := range []struct {
		name string
		s    weekly.Schedule
	}{{"no_calendar", plain}, {"calendar", cal}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if len(weekly.Due(now, bc.s, nil)) == 0 {
					b.Fatal("nothing due")
				}
			}
		})
	}
}

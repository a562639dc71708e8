package weekly_test

import (
	"testing"
	"time"

	"github.com/dondoc/dondoc/weekly"
)

func TestWeeks(t *testing.T) {
	tests := []struct {
		label      string
		start, end string // Monday and Sunday, dd/mm/yyyy
	}{
		{"2021-W02", "11/01/2021", "17/01/2021"},
		{"2020-W53", "28/12/2020", "03/01/2021"},
		{"2021-W01", "04/01/2021", "10/01/2021"},
		{"2020-W01", "30/12/2019", "05/01/2020"},
		{"2024-W52", "23/12/2024", "29/12/2024"},
	}
	for _, tt := range tests {
		w, err := weekly.ParseWeek(tt.label)
		if err != nil {
			t.Fatal(err)
		}
		if got := w.Start(hcm).Format("02/01/2006"); got != tt.start {
			t.Errorf("%s starts %s, want %s", tt.label, got, tt.start)
		}
		if got := w.Last(hcm).Format("02/01/2006"); got != tt.end {
			t.Errorf("%s ends %s, want %s", tt.label, got, tt.end)
		}
		if w.String() != tt.label {
			t.Errorf("String() = %s", w)
		}
		if !w.Contains(w.Start(hcm), hcm) || w.Contains(w.End(hcm), hcm) || !w.Contains(w.End(hcm).Add(-time.Nanosecond), hcm) {
			t.Errorf("%s: bounds wrong", tt.label)
		}
		if w.Next().Prev() != w {
			t.Errorf("%s: Next/Prev", tt.label)
		}
	}
	for _, bad := range []string{"2021-W54", "2021-W00", "2021-W53", "21-W02", "2021-02", "abc", ""} {
		if _, err := weekly.ParseWeek(bad); err == nil {
			t.Errorf("ParseWeek(%q) accepted", bad)
		}
	}
	if w, err := weekly.ParseWeek("2020w53"); err != nil || w.String() != "2020-W53" {
		t.Errorf("lenient label: %v %v", w, err)
	}
}

func TestWeekOfUsesZone(t *testing.T) {
	// Sunday 17/01/2021 23:30 in Hà Nội is Sunday 16:30 UTC: both W02.
	// Monday 18/01/2021 02:00 in Hà Nội is still Sunday in UTC.
	mon := at(2021, 1, 18, 2, 0)
	if got := weekly.WeekOf(mon, hcm).String(); got != "2021-W03" {
		t.Errorf("local week = %s", got)
	}
	if got := weekly.WeekOf(mon, time.UTC).String(); got != "2021-W02" {
		t.Errorf("UTC week = %s", got)
	}
}

func TestWeeksCovered(t *testing.T) {
	tests := []struct {
		at       time.Time
		reg, res string
		thuLabel string
	}{
		{at(2021, 1, 14, 17, 0), "2021-W03", "2021-W02", "Thursday"},
		{at(2021, 1, 18, 10, 0), "2021-W04", "2021-W02", "Monday"},
		{at(2021, 1, 13, 8, 0), "2021-W03", "2021-W02", "Wednesday"},
		{at(2021, 1, 15, 16, 0), "2021-W03", "2021-W02", "Friday"},
		{at(2021, 1, 17, 20, 0), "2021-W03", "2021-W02", "Sunday"},
		{at(2021, 1, 19, 9, 0), "2021-W04", "2021-W03", "Tuesday"},
		{at(2021, 1, 4, 10, 0), "2021-W02", "2020-W53", "Monday across the year"},
		{at(2020, 12, 31, 17, 0), "2021-W01", "2020-W53", "Thursday across the year"},
	}
	for _, tt := range tests {
		if got := weekly.RegistrationWeek(tt.at, hcm).String(); got != tt.reg {
			t.Errorf("%s: registration week %s, want %s", tt.thuLabel, got, tt.reg)
		}
		if got := weekly.ResultWeek(tt.at, hcm).String(); got != tt.res {
			t.Errorf("%s: result week %s, want %s", tt.thuLabel, got, tt.res)
		}
	}
}

// TestRunWeekEachWeekday fixes the week a run covers on every day it may be
// scheduled: results runs from Monday to Wednesday are about the week
// before, from Thursday the current week; registration runs on Monday and
// Tuesday are for the current week, from Wednesday the next week.
func TestRunWeekEachWeekday(t *testing.T) {
	days := []struct {
		name     string
		at       time.Time
		res, reg string
	}{
		{"Monday 00:00", at(2021, 1, 18, 0, 0), "2021-W02", "2021-W03"},
		{"Monday 10:00", at(2021, 1, 18, 10, 0), "2021-W02", "2021-W03"},
		{"Tuesday 10:00", at(2021, 1, 19, 10, 0), "2021-W02", "2021-W03"},
		{"Wednesday 08:00", at(2021, 1, 20, 8, 0), "2021-W02", "2021-W04"},
		{"Wednesday 23:59", at(2021, 1, 20, 23, 59), "2021-W02", "2021-W04"},
		{"Thursday 00:00", at(2021, 1, 21, 0, 0), "2021-W03", "2021-W04"},
		{"Thursday 17:00", at(2021, 1, 21, 17, 0), "2021-W03", "2021-W04"},
		{"Friday 16:00", at(2021, 1, 22, 16, 0), "2021-W03", "2021-W04"},
		{"Saturday 10:00", at(2021, 1, 23, 10, 0), "2021-W03", "2021-W04"},
		{"Sunday 23:59", at(2021, 1, 24, 23, 59), "2021-W03", "2021-W04"},
		{"Tuesday 05/01/2021, across the year", at(2021, 1, 5, 10, 0), "2020-W53", "2021-W01"},
		{"Tuesday 29/12/2020, across the year", at(2020, 12, 29, 10, 0), "2020-W52", "2020-W53"},
		{"Wednesday 31/12/2025, week 1 in December", at(2025, 12, 31, 10, 0), "2025-W52", "2026-W02"},
	}
	for _, d := range days {
		for _, k := range weekly.Kinds() {
			want := d.res
			if k.Side() == weekly.Registration {
				want = d.reg
			}
			if got := k.WeekAt(d.at, hcm).String(); got != want {
				t.Errorf("%s fired %s covers %s, want %s", k, d.name, got, want)
			}
		}
	}
}

// TestEntryWeek: /dangky and /ketqua record for the week as documented
// (registrations for next week; results for this week, on Monday last
// week), except while a report moved by the schedule is still to come
// for another week.
func TestEntryWeek(t *testing.T) {
	compile := func(specs map[weekly.Kind]string) weekly.Schedule {
		s, err := weekly.Settings{Specs: specs}.Compile("Asia/Ho_Chi_Minh", at(2020, 1, 1, 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	def := compile(nil)
	moved := compile(map[weekly.Kind]string{weekly.Monday: "0 10 * * 2", weekly.Thursday: "0 9 * * 1"})
	tests := []struct {
		name     string
		s        weekly.Schedule
		at       time.Time
		res, reg string
	}{
		{"default, Monday 09:00", def, at(2021, 1, 18, 9, 0), "2021-W02", "2021-W04"},
		{"default, Monday 11:00", def, at(2021, 1, 18, 11, 0), "2021-W02", "2021-W04"},
		{"default, Tuesday 09:00", def, at(2021, 1, 19, 9, 0), "2021-W03", "2021-W04"},
		{"default, Wednesday", def, at(2021, 1, 20, 9, 0), "2021-W03", "2021-W04"},
		{"default, Thursday 18:00", def, at(2021, 1, 21, 18, 0), "2021-W03", "2021-W04"},
		{"default, Friday", def, at(2021, 1, 22, 9, 0), "2021-W03", "2021-W04"},
		{"default, Saturday", def, at(2021, 1, 23, 9, 0), "2021-W03", "2021-W04"},
		{"default, Sunday", def, at(2021, 1, 24, 9, 0), "2021-W03", "2021-W04"},
		// Results report moved to Tuesday 10:00, registration report to
		// Monday 09:00.
		{"moved, Monday 08:00", moved, at(2021, 1, 18, 8, 0), "2021-W02", "2021-W03"},
		{"moved, Monday 11:00", moved, at(2021, 1, 18, 11, 0), "2021-W02", "2021-W04"},
		{"moved, Tuesday 09:00", moved, at(2021, 1, 19, 9, 0), "2021-W02", "2021-W04"},
		{"moved, Tuesday 11:00", moved, at(2021, 1, 19, 11, 0), "2021-W03", "2021-W04"},
		{"moved, Sunday", moved, at(2021, 1, 24, 9, 0), "2021-W03", "2021-W04"},
	}
	for _, tt := range tests {
		if got := tt.s.EntryWeek(weekly.Result, tt.at).String(); got != tt.res {
			t.Errorf("%s: results go to %s, want %s", tt.name, got, tt.res)
		}
		if got := tt.s.EntryWeek(weekly.Registration, tt.at).String(); got != tt.reg {
			t.Errorf("%s: registrations go to %s, want %s", tt.name, got, tt.reg)
		}
	}
	// With the default schedule the entry weeks are the documented ones.
	for d := 0; d < 14*24; d++ {
		tm := at(2021, 1, 11, 0, 30).Add(time.Duration(d) * time.Hour)
		if def.EntryWeek(weekly.Result, tm) != weekly.ResultWeek(tm, hcm) || def.EntryWeek(weekly.Registration, tm) != weekly.RegistrationWeek(tm, hcm) {
			t.Errorf("default schedule at %s: entry weeks differ from the documented ones", tm)
		}
	}
}

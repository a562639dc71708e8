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

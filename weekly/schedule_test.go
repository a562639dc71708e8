package weekly_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func defaultSchedule(t *testing.T, since time.Time) weekly.Schedule {
	t.Helper()
	s, err := weekly.Settings{}.Compile("Asia/Ho_Chi_Minh", since)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func dueString(ds []weekly.DueRun) string {
	var parts []string
	for _, d := range ds {
		s := fmt.Sprintf("%s@%s", d.RunKey, d.At.In(hcm).Format("02/01 15:04"))
		if d.Late {
			s += " late"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func key(k weekly.Kind, w string) weekly.RunKey {
	wk, err := weekly.ParseWeek(w)
	if err != nil {
		panic(err)
	}
	return weekly.RunKey{Kind: k, Week: wk}
}

func TestDue(t *testing.T) {
	long := at(2020, 1, 1, 0, 0)
	all := map[weekly.RunKey]bool{}
	tests := []struct {
		name string
		now  time.Time
		done map[weekly.RunKey]bool
		want string
	}{
		{"nothing mid-week", at(2021, 1, 13, 7, 59), nil, ""},
		// The 08:00 prompt missed, its report due: the prompt is not made.
		{"Monday, nothing done", at(2021, 1, 18, 10, 5), nil,
			"monday:2021-W02@18/01 10:00"},
		{"Monday 08:05, the report sent early by hand", at(2021, 1, 18, 8, 5), map[weekly.RunKey]bool{key(weekly.Monday, "2021-W02"): true}, ""},
		{"Monday 08:05, nothing done", at(2021, 1, 18, 8, 5), nil, "remind_result:2021-W02@18/01 08:00"},
		{"Monday, all done", at(2021, 1, 18, 10, 5), map[weekly.RunKey]bool{
			key(weekly.RemindResult, "2021-W02"): true, key(weekly.Monday, "2021-W02"): true}, ""},
		{"Wednesday prompt on time", at(2021, 1, 13, 8, 0), all,
			"ask_registration:2021-W03@13/01 08:00"},
		{"Wednesday prompt within grace", at(2021, 1, 13, 8, 9), all,
			"ask_registration:2021-W03@13/01 08:00"},
		{"Wednesday prompt late", at(2021, 1, 13, 8, 11), all,
			"ask_registration:2021-W03@13/01 08:00 late"},
		{"Thursday 17:00", at(2021, 1, 14, 17, 0), map[weekly.RunKey]bool{key(weekly.AskRegistration, "2021-W03"): true},
			"thursday:2021-W03@14/01 17:00"},
		{"Thursday 14:30, the 14:00 prompt late", at(2021, 1, 14, 14, 30), map[weekly.RunKey]bool{key(weekly.AskRegistration, "2021-W03"): true},
			"remind_registration:2021-W03@14/01 14:00 late"},
		{"Thursday 16:59 is not yet", at(2021, 1, 14, 16, 59), map[weekly.RunKey]bool{
			key(weekly.AskRegistration, "2021-W03"): true, key(weekly.RemindRegistration, "2021-W03"): true}, ""},
		{"bot down over Monday 10:00, back at 18:30", at(2021, 1, 18, 18, 30), map[weekly.RunKey]bool{
			key(weekly.AskResult, "2021-W02"): true},
			"monday:2021-W02@18/01 10:00 late"},
		{"back after the catch-up window", at(2021, 1, 19, 10, 1), map[weekly.RunKey]bool{}, ""},
		{"just inside the window", at(2021, 1, 19, 9, 59), map[weekly.RunKey]bool{key(weekly.RemindResult, "2021-W02"): true},
			"monday:2021-W02@18/01 10:00 late"},
		{"year boundary: Monday 04/01/2021 covers 2020-W53", at(2021, 1, 4, 10, 0), map[weekly.RunKey]bool{
			key(weekly.RemindResult, "2020-W53"): true}, "monday:2020-W53@04/01 10:00"},
		{"year boundary: Thursday 31/12/2020 covers 2021-W01", at(2020, 12, 31, 17, 0), map[weekly.RunKey]bool{
			key(weekly.RemindRegistration, "2021-W01"): true}, "thursday:2021-W01@31/12 17:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dueString(weekly.Due(tt.now, defaultSchedule(t, long), tt.done))
			if got != tt.want {
				t.Errorf("Due(%s)\n got  %s\n want %s", tt.now.In(hcm).Format("Mon 02/01/2006 15:04"), got, tt.want)
			}
		})
	}
}

func TestDueOfAMovedReport(t *testing.T) {
	// The results report moved to Tuesday 10:00 still covers last week, and
	// the registration report moved to Monday 09:00 covers the week begun.
	st := weekly.Settings{Specs: map[weekly.Kind]string{weekly.Monday: "0 10 * * 2", weekly.Thursday: "0 9 * * 1", weekly.RemindResult: weekly.SpecOff}}
	s, err := st.Compile("Asia/Ho_Chi_Minh", at(2020, 1, 1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if got := dueString(weekly.Due(at(2021, 1, 19, 10, 0), s, map[weekly.RunKey]bool{key(weekly.Thursday, "2021-W03"): true})); got != "monday:2021-W02@19/01 10:00" {
		t.Errorf("Tuesday: got %s", got)
	}
	if got := dueString(weekly.Due(at(2021, 1, 18, 9, 0), s, map[weekly.RunKey]bool{key(weekly.Monday, "2021-W01"): true})); got != "thursday:2021-W03@18/01 09:00" {
		t.Errorf("Monday: got %s", got)
	}
}

func TestDueNotBeforeOrgExisted(t *testing.T) {
	// An organisation created on Monday at 09:00 gets no catch-up of the
	// Monday prompt at 08:00 nor of reports before it existed.
	s := defaultSchedule(t, at(2021, 1, 18, 9, 0))
	if got := dueString(weekly.Due(at(2021, 1, 18, 10, 0), s, nil)); got != "monday:2021-W02@18/01 10:00" {
		t.Errorf("got %s", got)
	}
	if got := dueString(weekly.Due(at(2021, 1, 18, 9, 30), s, nil)); got != "" {
		t.Errorf("got %s", got)
	}
}

func TestDueAfterAChangeIsNotLate(t *testing.T) {
	// At 10:30 on Monday an admin moves the Monday report from 11:00 to
	// 09:00: the 09:00 run is made at once, and it was moved, not missed.
	changed := at(2021, 1, 18, 10, 30)
	st := weekly.Settings{Specs: map[weekly.Kind]string{weekly.Monday: "0 9 * * 1"}, ChangedAt: &changed}
	s, err := st.Compile("Asia/Ho_Chi_Minh", at(2020, 1, 1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	done := map[weekly.RunKey]bool{key(weekly.RemindResult, "2021-W02"): true}
	if got := dueString(weekly.Due(at(2021, 1, 18, 10, 31), s, done)); got != "monday:2021-W02@18/01 09:00" {
		t.Errorf("got %s", got)
	}
	// A run timed after the change and missed is late as usual.
	if got := dueString(weekly.Due(at(2021, 1, 25, 9, 30), s, map[weekly.RunKey]bool{key(weekly.RemindResult, "2021-W03"): true})); got != "monday:2021-W03@25/01 09:00 late" {
		t.Errorf("got %s", got)
	}
}

func TestSettings(t *testing.T) {
	since := at(2020, 1, 1, 0, 0)
	st := weekly.Settings{
		Timezone: "Asia/Bangkok",
		Specs:    map[weekly.Kind]string{weekly.Monday: "30 9 * * 1", weekly.AskResult: "off", weekly.RemindResult: weekly.SpecOff},
		CatchUp:  "2h",
	}
	s, err := st.Compile("UTC", since)
	if err != nil {
		t.Fatal(err)
	}
	if s.Zone.String() != "Asia/Bangkok" || s.CatchUp != 2*time.Hour {
		t.Errorf("zone %s catch-up %s", s.Zone, s.CatchUp)
	}
	if _, on := s.Jobs[weekly.AskResult]; on {
		t.Error("ask_result should be off")
	}
	got := dueString(weekly.Due(at(2021, 1, 18, 11, 0), s, nil))
	if got != "monday:2021-W02@18/01 09:30 late" {
		t.Errorf("got %s", got)
	}
	if got := dueString(weekly.Due(at(2021, 1, 18, 12, 0), s, nil)); got != "" {
		t.Errorf("outside a 2h window: %s", got)
	}
	for _, bad := range []weekly.Settings{
		{Specs: map[weekly.Kind]string{weekly.Monday: "0 25 * * 1"}},
		{Specs: map[weekly.Kind]string{weekly.Monday: "CRON_TZ=Asia/Ho_Chi_Minh"}},
		{Specs: map[weekly.Kind]string{"friday": "0 10 * * 5"}},
		{Timezone: "Mars/Olympus"},
		{CatchUp: "one day"},
	} {
		if _, err := bad.Compile("Asia/Ho_Chi_Minh", since); err == nil {
			t.Errorf("accepted %+v", bad)
		}
	}
}

func TestOrgSchedule(t *testing.T) {
	raw, _ := json.Marshal(map[string]any{"weekly": map[string]any{"specs": map[string]string{"thursday": "0 16 * * 4"}}})
	org := tasks.Org{ID: 1, Timezone: "Asia/Ho_Chi_Minh", Settings: raw, CreatedAt: at(2020, 1, 1, 0, 0)}
	s, err := weekly.OrgSchedule(org)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Next(weekly.Thursday, at(2021, 1, 14, 12, 0)).In(hcm).Format("02/01 15:04"); got != "14/01 16:00" {
		t.Errorf("thursday next = %s", got)
	}
	if got := s.Next(weekly.Monday, at(2021, 1, 14, 12, 0)).In(hcm).Format("02/01 15:04"); got != "18/01 10:00" {
		t.Errorf("monday next = %s", got)
	}
}

func TestRunTime(t *testing.T) {
	def := defaultSchedule(t, at(2020, 1, 1, 0, 0))
	moved, err := weekly.Settings{Specs: map[weekly.Kind]string{weekly.Monday: "0 10 * * 2", weekly.Thursday: weekly.SpecOff}}.Compile("Asia/Ho_Chi_Minh", at(2020, 1, 1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		s    weekly.Schedule
		k    weekly.Kind
		week string
		from time.Time
		want time.Time
	}{
		{"results of W02 from Friday", def, weekly.Monday, "2021-W02", at(2021, 1, 15, 16, 0), at(2021, 1, 18, 10, 0)},
		{"registrations for W03 from Wednesday", def, weekly.Thursday, "2021-W03", at(2021, 1, 13, 8, 0), at(2021, 1, 14, 17, 0)},
		{"results of W02 moved to Tuesday", moved, weekly.Monday, "2021-W02", at(2021, 1, 18, 8, 0), at(2021, 1, 19, 10, 0)},
		{"a report already made", def, weekly.Monday, "2021-W01", at(2021, 1, 13, 8, 0), time.Time{}},
		{"a report turned off", moved, weekly.Thursday, "2021-W03", at(2021, 1, 13, 8, 0), time.Time{}},
	}
	for _, tt := range tests {
		if got := tt.s.RunTime(tt.k, key(tt.k, tt.week).Week, tt.from); !got.Equal(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

package weekly_test

import (
	"errors"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func TestParseWeeklySpec(t *testing.T) {
	tests := []struct {
		spec string
		want weekly.WeeklyTime
		ok   bool
	}{
		{"0 17 * * 4", weekly.WeeklyTime{Day: time.Thursday, Hour: 17}, true},
		{"30 8 * * 0", weekly.WeeklyTime{Day: time.Sunday, Hour: 8, Minute: 30}, true},
		{"5 23 * * 7", weekly.WeeklyTime{Day: time.Sunday, Hour: 23, Minute: 5}, true},
		{"  59 0 * * 6 ", weekly.WeeklyTime{Day: time.Saturday, Minute: 59}, true},
		{"off", weekly.WeeklyTime{}, false},
		{"", weekly.WeeklyTime{}, false},
		{"0 17 1 * *", weekly.WeeklyTime{}, false},
		{"0 17 * 1 4", weekly.WeeklyTime{}, false},
		{"0 17 * * 1-5", weekly.WeeklyTime{}, false},
		{"0 24 * * 4", weekly.WeeklyTime{}, false},
		{"60 17 * * 4", weekly.WeeklyTime{}, false},
		{"0 17 * * 8", weekly.WeeklyTime{}, false},
		{"0 17 * *", weekly.WeeklyTime{}, false},
	}
	for _, tt := range tests {
		got, ok := weekly.ParseWeeklySpec(tt.spec)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseWeeklySpec(%q) = %+v, %v; want %+v, %v", tt.spec, got, ok, tt.want, tt.ok)
		}
		if ok && strings.Join(strings.Fields(tt.spec), " ") != got.Spec() && !strings.HasSuffix(tt.spec, "7") {
			t.Errorf("%+v.Spec() = %q, want %q", got, got.Spec(), tt.spec)
		}
	}
}

func TestSettingsApply(t *testing.T) {
	day := func(d time.Weekday) *time.Weekday { return &d }
	custom := map[weekly.Kind]string{weekly.Monday: "0 9 1 * *", weekly.Thursday: "0 16 * * 5"}
	tests := []struct {
		name    string
		specs   map[weekly.Kind]string
		change  weekly.ScheduleChange
		want    map[weekly.Kind]string
		wantErr string
	}{
		{"all back to the defaults", custom, weekly.ScheduleChange{All: true}, nil, ""},
		{"a day and a time", nil, weekly.ScheduleChange{Kind: weekly.Thursday, Day: day(time.Friday), Hour: 16, Minute: 30},
			map[weekly.Kind]string{weekly.Thursday: "30 16 * * 5"}, ""},
		{"a time keeps the default day", nil, weekly.ScheduleChange{Kind: weekly.RemindResult, Hour: 9},
			map[weekly.Kind]string{weekly.RemindResult: "0 9 * * 1"}, ""},
		{"a time keeps the stored day", custom, weekly.ScheduleChange{Kind: weekly.Thursday, Hour: 17, Minute: 15},
			map[weekly.Kind]string{weekly.Monday: "0 9 1 * *", weekly.Thursday: "15 17 * * 5"}, ""},
		{"the default is not stored", custom, weekly.ScheduleChange{Kind: weekly.Thursday, Day: day(time.Thursday), Hour: 17},
			map[weekly.Kind]string{weekly.Monday: "0 9 1 * *"}, ""},
		{"a run that is off takes its default day", map[weekly.Kind]string{weekly.AskResult: "off"}, weekly.ScheduleChange{Kind: weekly.AskResult, Hour: 15},
			map[weekly.Kind]string{weekly.AskResult: "0 15 * * 5"}, ""},
		{"off", nil, weekly.ScheduleChange{Kind: weekly.RemindRegistration, Off: true},
			map[weekly.Kind]string{weekly.RemindRegistration: "off"}, ""},
		{"reset", custom, weekly.ScheduleChange{Kind: weekly.Monday, Reset: true},
			map[weekly.Kind]string{weekly.Thursday: "0 16 * * 5"}, ""},
		{"a time for a custom spec needs a day", custom, weekly.ScheduleChange{Kind: weekly.Monday, Hour: 10},
			custom, "Mục “Báo cáo kết quả tuần” đang theo lịch riêng"},
		{"a custom spec with a day", custom, weekly.ScheduleChange{Kind: weekly.Monday, Day: day(time.Tuesday), Hour: 10},
			map[weekly.Kind]string{weekly.Monday: "0 10 * * 2", weekly.Thursday: "0 16 * * 5"}, ""},
	}
	for _, tt := range tests {
		st := weekly.Settings{Specs: maps.Clone(tt.specs), CatchUp: "12h"}
		err := st.Apply(tt.change)
		var ie *tasks.InputError
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.wantErr != "" && (!errors.As(err, &ie) || !strings.Contains(ie.Msg, tt.wantErr)):
			t.Errorf("%s: %v, want an InputError with %q", tt.name, err, tt.wantErr)
		}
		if !maps.Equal(st.Specs, tt.want) {
			t.Errorf("%s: specs %v, want %v", tt.name, st.Specs, tt.want)
		}
		if st.CatchUp != "12h" {
			t.Errorf("%s: the rest of the settings changed: %+v", tt.name, st)
		}
	}
	if custom[weekly.Thursday] != "0 16 * * 5" || len(custom) != 2 {
		t.Errorf("Apply changed a map it was given: %v", custom)
	}
}

func TestWeeklyTimeSpecCompiles(t *testing.T) {
	for _, wt := range []weekly.WeeklyTime{{Day: time.Sunday}, {Day: time.Saturday, Hour: 23, Minute: 59}} {
		if _, err := weekly.ParseSpec(wt.Spec()); err != nil {
			t.Errorf("%+v.Spec() = %q: %v", wt, wt.Spec(), err)
		}
	}
}

package weekly

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"time"
)

// WeeklyTime is the time of the week at which a run fires.
type WeeklyTime struct {
	Day          time.Weekday
	Hour, Minute int
}

// Spec is the cron spec that fires at t every week: "0 17 * * 4".
func (t WeeklyTime) Spec() string {
	return fmt.Sprintf("%d %d * * %d", t.Minute, t.Hour, t.Day)
}

// ParseWeeklySpec reads a cron spec that fires once a week ("0 17 * * 4",
// day 7 being Sunday too); ok is false for any other spec, "off" and the
// custom ones an operator may set ("0 17 1 * *").
func ParseWeeklySpec(spec string) (t WeeklyTime, ok bool) {
	f := strings.Fields(spec)
	if len(f) != 5 || f[2] != "*" || f[3] != "*" {
		return WeeklyTime{}, false
	}
	minute, err1 := strconv.Atoi(f[0])
	hour, err2 := strconv.Atoi(f[1])
	d, err3 := strconv.Atoi(f[4])
	if err1 != nil || err2 != nil || err3 != nil || minute < 0 || minute > 59 || hour < 0 || hour > 23 || d < 0 || d > 7 {
		return WeeklyTime{}, false
	}
	return WeeklyTime{Day: time.Weekday(d % 7), Hour: hour, Minute: minute}, true
}

// Spec is the spec kind k runs by under st: its own, or the default.
func (st Settings) Spec(k Kind) string {
	if s := st.Specs[k]; s != "" {
		return s
	}
	return defaultSpecs[k]
}

// Apply makes the change an admin asked for (ParseScheduleChange) to st.
// A time without a day keeps the run's day, or its default day when the run
// is off; a spec equal to the default is not stored. A change that needs
// more from the admin (a time without a day for a run on a custom spec) is
// a *tasks.InputError in HTML, and st is left as it was.
func (st *Settings) Apply(c ScheduleChange) error {
	if c.All {
		st.Specs = nil
		return nil
	}
	specs := maps.Clone(st.Specs)
	if specs == nil {
		specs = map[Kind]string{}
	}
	switch {
	case c.Reset:
		delete(specs, c.Kind)
	case c.Off:
		specs[c.Kind] = SpecOff
	default:
		t := WeeklyTime{Hour: c.Hour, Minute: c.Minute}
		if c.Day != nil {
			t.Day = *c.Day
		} else {
			spec := st.Spec(c.Kind)
			if spec == SpecOff {
				spec = defaultSpecs[c.Kind]
			}
			old, ok := ParseWeeklySpec(spec)
			if !ok {
				return scheduleErrorf(msgScheduleNeedDay, esc(c.Kind.Name()), ScheduleWord(c.Kind))
			}
			t.Day = old.Day
		}
		if spec := t.Spec(); spec == defaultSpecs[c.Kind] {
			delete(specs, c.Kind)
		} else {
			specs[c.Kind] = spec
		}
	}
	st.Specs = specs
	return nil
}

package weekly

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
)

// Kind is a scheduled run of the weekly cycle: one of the two reports or one
// of the four prompts to units.
type Kind string

// The kinds of run.
const (
	// Thursday is the summary of registrations for the coming week.
	Thursday Kind = "thursday"
	// Monday is the report of last week's results and task statistics.
	Monday Kind = "monday"
	// AskRegistration and RemindRegistration prompt the units that have not
	// registered for the coming week.
	AskRegistration    Kind = "ask_registration"
	RemindRegistration Kind = "remind_registration"
	// AskResult and RemindResult prompt the units that have not reported
	// their results for the week.
	AskResult    Kind = "ask_result"
	RemindResult Kind = "remind_result"
)

// Kinds lists every kind in the order runs due together are made (a fresh
// slice at each call).
func Kinds() []Kind { return slices.Clone(kinds) }

// kinds lists every kind in the order runs due together are made.
var kinds = []Kind{AskRegistration, RemindRegistration, Thursday, AskResult, RemindResult, Monday}

// ParseKind accepts a kind by name.
func ParseKind(s string) (Kind, bool) {
	for _, k := range kinds {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

// IsReport reports whether the kind is one of the two reports.
func (k Kind) IsReport() bool { return k == Thursday || k == Monday }

// Side is what the run is about: registrations or results.
func (k Kind) Side() EntryKind {
	if k == Thursday || k == AskRegistration || k == RemindRegistration {
		return Registration
	}
	return Result
}

// WeekAt is the week that a run of the kind firing at t covers, on whatever
// day an admin schedules it:
//
//   - results (the Monday report and the result prompts): fired Monday to
//     Wednesday, the week before, whose last results are still coming in;
//     Thursday to Sunday, the current week, mostly done by then. A results
//     report moved from Monday to Tuesday still reports last week.
//   - registrations (the Thursday report and the registration prompts):
//     fired Monday or Tuesday, the current week, which has just begun;
//     Wednesday to Sunday, the next week ("tuần tới").
//
// The default times (Wednesday, Thursday; Friday, Monday) are well inside
// these ranges.
func (k Kind) WeekAt(t time.Time, loc *time.Location) Week {
	d := t.In(loc)
	if k.Side() == Registration {
		return WeekOf(d.AddDate(0, 0, 5), loc)
	}
	return WeekOf(d.AddDate(0, 0, -3), loc)
}

// Settings are an organisation's weekly schedule as stored under the
// "weekly" key of its settings. Empty fields take the defaults; a spec of
// "off" turns that run off.
type Settings struct {
	// Timezone overrides the organisation's time zone for the schedule.
	Timezone string `json:"timezone,omitempty"`
	// Specs are cron specs (minute hour day-of-month month day-of-week) by kind.
	Specs map[Kind]string `json:"specs,omitempty"`
	// CatchUp is how long after its time a missed run is still made, marked
	// late ("24h").
	CatchUp string `json:"catch_up,omitempty"`
	// UnitKinds limits the units asked to register and report (phong, xa,
	// doanthe, khac); empty means every unit.
	UnitKinds []string `json:"unit_kinds,omitempty"`
	// ChangedAt is when an admin last changed the settings: a run whose time
	// came before it and that is made now was not missed but moved, so it
	// is not marked late.
	ChangedAt *time.Time `json:"changed_at,omitempty"`
}

// SettingsKey is the key of the weekly settings in an organisation's settings.
const SettingsKey = "weekly"

// defaultSpecs are the times of the weekly cycle unless an organisation
// sets its own: reports at 17:00 Thursday and 10:00 Monday, registration
// prompts at 08:00 Wednesday and 14:00 Thursday, result prompts at 16:00
// Friday and 08:00 Monday.
var defaultSpecs = map[Kind]string{
	Thursday:           "0 17 * * 4",
	Monday:             "0 10 * * 1",
	AskRegistration:    "0 8 * * 3",
	RemindRegistration: "0 14 * * 4",
	AskResult:          "0 16 * * 5",
	RemindResult:       "0 8 * * 1",
}

// Defaults of the schedule.
const (
	DefaultCatchUp = 24 * time.Hour
	// Grace is how long after its time a run still counts as on time: the
	// scan runs every minute and may be a little behind.
	Grace = 10 * time.Minute
	// SpecOff turns a run off.
	SpecOff = "off"
)

// Schedule is an organisation's parsed weekly schedule.
type Schedule struct {
	Zone    *time.Location
	Jobs    map[Kind]cron.Schedule
	CatchUp time.Duration
	// Since is when the schedule started (the organisation was created):
	// times before it are never due.
	Since time.Time
	// ChangedAt is when the settings last changed; runs timed before it are
	// not late.
	ChangedAt time.Time
	// Calendar, when set, carries a run that falls on a day off over to the
	// next working day (WithCalendar); nil keeps every run at its time.
	Calendar *holidays.Calendar
}

// ParseSpec parses a cron spec, turning the parser's panics on malformed
// input into errors.
func ParseSpec(spec string) (s cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cron spec %q: %v", spec, r)
		}
	}()
	s, err = cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("cron spec %q: %w", spec, err)
	}
	return s, nil
}

// Compile checks the settings and returns the schedule in the
// organisation's zone (or the settings' own). What is wrong is a
// *tasks.InputError saying, in Vietnamese, how to write it right.
func (st Settings) Compile(orgZone string, since time.Time) (Schedule, error) {
	zone := orgZone
	if st.Timezone != "" {
		zone = st.Timezone
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return Schedule{}, &tasks.InputError{Msg: fmtMsg(msgSettingsZone, zone)}
	}
	sch := Schedule{Zone: loc, Jobs: map[Kind]cron.Schedule{}, CatchUp: DefaultCatchUp, Since: since}
	if st.ChangedAt != nil {
		sch.ChangedAt = *st.ChangedAt
	}
	if st.CatchUp != "" {
		d, err := time.ParseDuration(st.CatchUp)
		if err != nil || d < 0 {
			return Schedule{}, &tasks.InputError{Msg: fmtMsg(msgSettingsCatchUp, st.CatchUp)}
		}
		sch.CatchUp = d
	}
	for k := range st.Specs {
		if _, ok := ParseKind(string(k)); !ok {
			return Schedule{}, &tasks.InputError{Msg: fmtMsg(msgSettingsKind, k, kindKeys())}
		}
	}
	for _, k := range kinds {
		spec := defaultSpecs[k]
		if s, ok := st.Specs[k]; ok && s != "" {
			spec = s
		}
		if spec == SpecOff {
			continue
		}
		s, err := ParseSpec(spec)
		if err != nil {
			return Schedule{}, &tasks.InputError{Msg: fmtMsg(msgSettingsSpec, k.Name(), k, spec)}
		}
		sch.Jobs[k] = s
	}
	return sch, nil
}

// kindKeys lists the kinds as they are written in the settings.
func kindKeys() string {
	keys := make([]string, len(kinds))
	for i, k := range kinds {
		keys[i] = string(k)
	}
	return strings.Join(keys, ", ")
}

// OrgSettings reads an organisation's weekly settings.
func OrgSettings(org tasks.Org) (Settings, error) {
	var st Settings
	if err := org.Setting(SettingsKey, &st); err != nil {
		return Settings{}, err
	}
	return st, nil
}

// OrgSchedule reads and compiles an organisation's weekly schedule.
func OrgSchedule(org tasks.Org) (Schedule, error) {
	st, err := OrgSettings(org)
	if err != nil {
		return Schedule{}, err
	}
	return st.Compile(org.Timezone, org.CreatedAt)
}

// Next returns the next time after t that a run of kind fires, or the zero
// time when the kind is off.
func (s Schedule) Next(k Kind, t time.Time) time.Time {
	job, ok := s.Jobs[k]
	if !ok {
		return time.Time{}
	}
	return job.Next(t.In(s.Zone))
}

// firstRun is the first time at or after from that a run of kind fires, or
// the zero time when the kind is off.
func (s Schedule) firstRun(k Kind, from time.Time) time.Time {
	return s.Next(k, from.Add(-time.Nanosecond))
}

// EntryWeek is the week that a registration or result recorded at t is for
// (what /dangky and /ketqua record, and what /baocao shows): as documented,
// registrations are for the next week (RegistrationWeek) and results for
// the current week, on Monday the week before (ResultWeek). Only while a
// report that an admin or a day off moved is still to come for another
// week do the entries go to that report's week: results sent on Tuesday
// morning before a results report moved to Tuesday 10:00 go to last week,
// registrations sent on Monday before a registration report moved to Monday
// 09:00 (or carried over Tết to Monday 17:00) go to the week begun. With
// the default schedule and no day off this never happens.
func (s Schedule) EntryWeek(side EntryKind, t time.Time) Week {
	cur := WeekOf(t, s.Zone)
	if side == Registration {
		if r := s.RunTime(Thursday, cur, cur.Start(s.Zone)); !r.IsZero() && t.Before(r) {
			return cur
		}
		return RegistrationWeek(t, s.Zone)
	}
	if r := s.RunTime(Monday, cur.Prev(), cur.Start(s.Zone)); !r.IsZero() && t.Before(r) {
		return cur.Prev()
	}
	return ResultWeek(t, s.Zone)
}

// RunKey names one run: a kind for a week.
type RunKey struct {
	Kind Kind
	Week Week
}

// String names the run: "monday:2021-W02".
func (k RunKey) String() string { return string(k.Kind) + ":" + k.Week.String() }

// DueRun is a run that should be made now.
type DueRun struct {
	RunKey
	// At is the scheduled time of the run.
	At time.Time
	// Late is set when the run is made more than Grace after its time,
	// because the bot was not running then.
	Late bool
}

// ReportOf is the report that the runs of kind k lead to: Thursday for the
// registration side, Monday for the results side.
func (k Kind) ReportOf() Kind {
	if k.Side() == Registration {
		return Thursday
	}
	return Monday
}

// RunTime is the first time at or after from that a run of kind k is made
// for week w (carried over to the next working day when its day is off),
// or the zero time when none is within the five weeks around w (the kind
// is off, or its schedule never covers w).
func (s Schedule) RunTime(k Kind, w Week, from time.Time) time.Time {
	if first := w.Start(s.Zone).AddDate(0, 0, -14); from.Before(first) {
		from = first
	}
	until := w.End(s.Zone).AddDate(0, 0, 14)
	var best time.Time
	for t := s.firstRun(k, s.scheduledFrom(from)); !t.IsZero() && t.Before(until); t = s.Next(k, t) {
		if !best.IsZero() && t.After(best) {
			break
		}
		if k.WeekAt(t, s.Zone) != w {
			continue
		}
		if at := s.madeAt(t); !at.Before(from) && (best.IsZero() || at.Before(best)) {
			best = at
		}
	}
	return best
}

// Due returns the runs that the schedule makes due at now and that done
// does not hold yet: for every kind, each time it fired (after Since) and
// was made in the catch-up window gives a run for the week its time covers.
// A run that fell on a day off is made at the same hour of the next working
// day (see WithCalendar), for the same week, and counts as timed then. Runs
// whose time is further back than the window are not made any more, and a
// prompt is not made once the report it asks units to be ready for is done
// or due in the same pass (a catch-up after the report's time). The result
// is ordered by time, then by kind as in kinds, then by week.
func Due(now time.Time, s Schedule, done map[RunKey]bool) []DueRun {
	from := s.dueFrom(now)
	start := s.scheduledFrom(from)
	if start.Before(s.Since) {
		start = s.Since
	}
	var out []DueRun
	for _, k := range kinds {
		job, ok := s.Jobs[k]
		if !ok {
			continue
		}
		latest := map[Week]time.Time{}
		for t := job.Next(start.Add(-time.Nanosecond).In(s.Zone)); !t.IsZero() && !t.After(now); t = job.Next(t) {
			at := s.madeAt(t)
			if at.Before(from) || at.After(now) {
				continue
			}
			if w := k.WeekAt(t, s.Zone); at.After(latest[w]) {
				latest[w] = at
			}
		}
		for w, at := range latest {
			key := RunKey{Kind: k, Week: w}
			if done[key] {
				continue
			}
			out = append(out, DueRun{RunKey: key, At: at, Late: now.Sub(at) > Grace && at.After(s.ChangedAt)})
		}
	}
	reports := map[RunKey]bool{}
	for _, d := range out {
		if d.Kind.IsReport() {
			reports[d.RunKey] = true
		}
	}
	kept := out[:0]
	for _, d := range out {
		report := RunKey{Kind: d.Kind.ReportOf(), Week: d.Week}
		if !d.Kind.IsReport() && (done[report] || reports[report]) {
			continue
		}
		kept = append(kept, d)
	}
	out = kept
	order := map[Kind]int{}
	for i, k := range kinds {
		order[k] = i
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].At.Equal(out[j].At) {
			return out[i].At.Before(out[j].At)
		}
		if out[i].Kind != out[j].Kind {
			return order[out[i].Kind] < order[out[j].Kind]
		}
		return out[i].Week.String() < out[j].Week.String()
	})
	return out
}

// dueFrom is the start of the catch-up window at now: runs made before it
// are not made any more, nor those scheduled before the organisation was.
func (s Schedule) dueFrom(now time.Time) time.Time {
	from := now.Add(-s.CatchUp)
	if s.Since.After(from) {
		from = s.Since
	}
	return from
}

// scanFrom is the earliest time Due at now looks at: a run scheduled then
// may still be made now when days off carried it over.
func (s Schedule) scanFrom(now time.Time) time.Time {
	return s.scheduledFrom(now.Add(-s.CatchUp))
}

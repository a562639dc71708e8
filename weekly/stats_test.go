package weekly_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

type lineWant struct {
	id   int64
	days int
	done bool
}

func checkLines(t *testing.T, name string, got []weekly.TaskLine, want []lineWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d tasks %v, want %d", name, len(got), got, len(want))
		return
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.id || g.Days != w.days || (g.DoneAt != nil) != w.done {
			t.Errorf("%s[%d] = #%d %d days done=%v, want #%d %d days done=%v", name, i, g.ID, g.Days, g.DoneAt != nil, w.id, w.days, w.done)
		}
	}
}

func TestStatsKnownCounts(t *testing.T) {
	f := newFixture(t)
	f.seed(knownTasks()...)
	w, _ := weekly.ParseWeek("2021-W01")
	s, err := weekly.ComputeStats(context.Background(), f.db, f.org.ID, w, at(2021, 1, 11, 10, 0), hcm)
	if err != nil {
		t.Fatal(err)
	}
	if !s.At.Equal(at(2021, 1, 11, 0, 0)) || !s.WeekFrom.Equal(at(2021, 1, 4, 0, 0)) || !s.YearFrom.Equal(at(2021, 1, 1, 0, 0)) {
		t.Errorf("periods %s %s %s", s.WeekFrom, s.YearFrom, s.At)
	}
	want := map[string][2]weekly.Counts{
		"ktht": {
			{Assigned: 8, DoneOnTime: 1, DoneLate: 1, OpenOnTime: 2, DueSoon: 2, Overdue: 4, OverdueDays: 42},
			{Assigned: 8, DoneOnTime: 2, DoneLate: 1, OpenOnTime: 2, DueSoon: 2, Overdue: 4, OverdueDays: 42},
		},
		"quanglam": {
			{Assigned: 4, DoneOnTime: 1, DoneLate: 1, OpenOnTime: 2, DueSoon: 1, Overdue: 2, OverdueDays: 52},
			{Assigned: 5, DoneOnTime: 1, DoneLate: 2, OpenOnTime: 2, DueSoon: 1, Overdue: 2, OverdueDays: 52},
		},
		"damha": {},
		"": {
			{Assigned: 11, DoneOnTime: 1, DoneLate: 2, OpenOnTime: 3, DueSoon: 3, Overdue: 6, OverdueDays: 52},
			{Assigned: 12, DoneOnTime: 2, DoneLate: 3, OpenOnTime: 3, DueSoon: 3, Overdue: 6, OverdueDays: 52},
		},
	}
	got := map[string][2]weekly.Counts{"": {s.Total.Week, s.Total.Year}}
	for _, u := range s.Units {
		got[u.Code] = [2]weekly.Counts{u.Week, u.Year}
	}
	if len(s.Units) != 3 {
		t.Errorf("%d units", len(s.Units))
	}
	for code, w := range want {
		if got[code] != w {
			t.Errorf("%q:\n got  week %+v\n      year %+v\n want week %+v\n      year %+v", code, got[code][0], got[code][1], w[0], w[1])
		}
	}
	rates := map[string]string{}
	for code, c := range got {
		wr, _ := c[0].Rate()
		yr, _ := c[1].Rate()
		rates[code] = fmt.Sprintf("%.1f/%.1f", wr, yr)
	}
	for code, r := range map[string]string{"ktht": "20.0/27.3", "quanglam": "28.6/37.5", "": "20.0/29.4"} {
		if rates[code] != r {
			t.Errorf("%q rates %s, want %s", code, rates[code], r)
		}
	}
	if _, ok := s.Units[2].Week.Rate(); ok {
		t.Errorf("a unit without tasks has a rate")
	}
	checkLines(t, "became overdue", s.BecameOverdue, []lineWant{{2, 2, true}, {10, 4, false}, {12, 3, false}, {9, 1, true}})
	checkLines(t, "longest overdue", s.LongestOverdue, []lineWant{{19, 52, false}, {20, 42, false}, {5, 17, false}, {14, 9, false}, {10, 4, false}})
	if s.LongestOverdue[0].Units != "UBND xã Quảng Lâm" {
		t.Errorf("lead of #19 = %q", s.LongestOverdue[0].Units)
	}
}

// TestStatsAcrossTheYear takes week 2020-W53 (28/12/2020 – 03/01/2021),
// whose year is 2020 although it ends in 2021: its year figures run from
// 01/01/2020.
func TestStatsAcrossTheYear(t *testing.T) {
	f := newFixture(t)
	f.seed(knownTasks()...)
	w, _ := weekly.ParseWeek("2020-W53")
	s, err := weekly.ComputeStats(context.Background(), f.db, f.org.ID, w, at(2021, 1, 4, 10, 0), hcm)
	if err != nil {
		t.Fatal(err)
	}
	if !s.YearFrom.Equal(at(2020, 1, 1, 0, 0)) || !s.At.Equal(at(2021, 1, 4, 0, 0)) {
		t.Errorf("periods %s %s", s.YearFrom, s.At)
	}
	want := map[string][2]weekly.Counts{
		"ktht": {
			{Assigned: 1, DoneOnTime: 1, Overdue: 2, OverdueDays: 35},
			{Assigned: 3, DoneOnTime: 1, Overdue: 2, OverdueDays: 35},
		},
		"quanglam": {
			{Assigned: 1, DoneLate: 1, OpenOnTime: 1, Overdue: 2, OverdueDays: 45},
			{Assigned: 5, DoneOnTime: 1, DoneLate: 1, OpenOnTime: 1, Overdue: 2, OverdueDays: 45},
		},
	}
	for _, u := range s.Units {
		if w, ok := want[u.Code]; ok && (u.Week != w[0] || u.Year != w[1]) {
			t.Errorf("%s:\n got  week %+v\n      year %+v\n want week %+v\n      year %+v", u.Code, u.Week, u.Year, w[0], w[1])
		}
	}
	// #13 was done at 20:00 on its deadline's day (17:00): 3 hours late,
	// not a day (tasks.LateBy).
	checkLines(t, "became overdue", s.BecameOverdue, []lineWant{{14, 2, false}, {13, 0, true}})
	if len(s.BecameOverdue) == 2 && s.BecameOverdue[1].Hours != 3 {
		t.Errorf("#13 late by %d hours, want 3", s.BecameOverdue[1].Hours)
	}
}

// TestStatsFollowStatusAt checks the SQL against tasks.StatusAt on random
// tasks, at several moments, including weeks not over yet.
func TestStatsFollowStatusAt(t *testing.T) {
	f := newFixture(t)
	rng := rand.New(rand.NewPCG(7, 11))
	codes := []string{"ktht", "quanglam", "damha"}
	base := at(2020, 11, 1, 0, 0)
	var seeds []seedTask
	for i := int64(1); i <= 400; i++ {
		created := base.Add(time.Duration(rng.Int64N(int64(100 * 24 * time.Hour))))
		s := seedTask{id: i, created: created, reported: map[string]time.Time{}}
		if rng.IntN(6) > 0 {
			d := created.Add(time.Duration(rng.Int64N(int64(20 * 24 * time.Hour))))
			s.deadline = &d
		}
		perm := rng.Perm(3)
		s.leads = []string{codes[perm[0]]}
		if rng.IntN(3) == 0 {
			s.coords = []string{codes[perm[1]]}
		}
		for _, c := range append(append([]string{}, s.leads...), s.coords...) {
			if rng.IntN(2) == 0 {
				s.reported[c] = created.Add(time.Duration(rng.Int64N(int64(30 * 24 * time.Hour))))
			}
		}
		if rng.IntN(15) == 0 {
			s.cancelled = ptr(created.Add(time.Duration(rng.Int64N(int64(30 * 24 * time.Hour)))))
		}
		seeds = append(seeds, s)
	}
	f.seed(seeds...)
	for _, asOf := range []time.Time{at(2021, 1, 11, 10, 0), at(2021, 1, 4, 10, 0), at(2021, 1, 20, 15, 30), at(2020, 12, 2, 8, 0)} {
		w := weekly.ResultWeek(asOf, hcm)
		if asOf.Equal(at(2021, 1, 20, 15, 30)) {
			w = weekly.WeekOf(asOf, hcm) // a week not over yet
		}
		s, err := weekly.ComputeStats(context.Background(), f.db, f.org.ID, w, asOf, hcm)
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range s.Units {
			ww, wy := oracle(seeds, u.Code, s)
			if u.Week != ww || u.Year != wy {
				t.Errorf("%s as of %s, unit %s:\n got  %+v | %+v\n want %+v | %+v", w, asOf, u.Code, u.Week, u.Year, ww, wy)
			}
		}
		ww, wy := oracle(seeds, "", s)
		if s.Total.Week != ww || s.Total.Year != wy {
			t.Errorf("%s total:\n got  %+v | %+v\n want %+v | %+v", w, s.Total.Week, s.Total.Year, ww, wy)
		}
	}
}

// oracle counts, in Go, a unit's parts (or, for unit "", the tasks) the way
// the statistics define them, classifying each with tasks.StatusAt.
func oracle(seeds []seedTask, unit string, s weekly.Stats) (week, year weekly.Counts) {
	at := s.At
	for _, sd := range seeds {
		if !sd.created.Before(at) || (sd.cancelled != nil && sd.cancelled.Before(at)) {
			continue
		}
		var done *time.Time
		if unit == "" {
			for _, l := range sd.leads {
				r, ok := sd.reported[l]
				if !ok {
					done = nil
					break
				}
				if done == nil || r.After(*done) {
					done = ptr(r)
				}
			}
		} else {
			in := false
			for _, c := range append(append([]string{}, sd.leads...), sd.coords...) {
				in = in || c == unit
			}
			if !in {
				continue
			}
			if r, ok := sd.reported[unit]; ok {
				done = ptr(r)
			}
		}
		if done != nil && done.Before(s.YearFrom) {
			continue
		}
		task := tasks.Task{Deadline: sd.deadline, State: tasks.StateInProgress}
		if done != nil && done.Before(at) {
			task.State, task.ReportedAt = tasks.StateReported, done
		}
		st := task.StatusAt(at, hcm)
		for i, c := range []*weekly.Counts{&week, &year} {
			from := s.YearFrom
			if i == 0 {
				from = s.WeekFrom
			}
			if !sd.created.Before(from) {
				c.Assigned++
			}
			switch st.Kind {
			case tasks.StatusDoneOnTime:
				if !done.Before(from) {
					c.DoneOnTime++
				}
			case tasks.StatusDoneLate:
				if !done.Before(from) {
					c.DoneLate++
				}
			case tasks.StatusOnTime:
				c.OpenOnTime++
			case tasks.StatusDueSoon:
				c.DueSoon++
			case tasks.StatusOverdue:
				c.Overdue++
				c.OverdueDays = max(c.OverdueDays, st.Days)
			}
		}
	}
	return week, year
}

// TestStatsWeekOneInDecember takes week 2026-W01 (29/12/2025 – 04/01/2026):
// its year starts on 1 January, so what was given or done on 29–31/12
// counts in the week but not in the year 2026; week 2026-W02 keeps that
// start.
func TestStatsWeekOneInDecember(t *testing.T) {
	f := newFixture(t)
	f.seed(weekOneInDecember()...)
	w, _ := weekly.ParseWeek("2026-W01")
	s, err := weekly.ComputeStats(context.Background(), f.db, f.org.ID, w, at(2026, 1, 5, 10, 0), hcm)
	if err != nil {
		t.Fatal(err)
	}
	if !s.WeekFrom.Equal(at(2025, 12, 29, 0, 0)) || !s.YearFrom.Equal(at(2026, 1, 1, 0, 0)) || !s.At.Equal(at(2026, 1, 5, 0, 0)) {
		t.Errorf("periods %s %s %s", s.WeekFrom, s.YearFrom, s.At)
	}
	want := map[string][2]weekly.Counts{
		"ktht": {
			{Assigned: 3, DoneOnTime: 2, DoneLate: 1, DueSoon: 1, Overdue: 1, OverdueDays: 16},
			{Assigned: 1, DoneLate: 1, DueSoon: 1, Overdue: 1, OverdueDays: 16},
		},
		"quanglam": {
			{DoneLate: 1, OpenOnTime: 1, Overdue: 1, OverdueDays: 6},
			{OpenOnTime: 1, Overdue: 1, OverdueDays: 6},
		},
		"damha": {
			{Assigned: 2, DoneOnTime: 1, DoneLate: 1, OpenOnTime: 1},
			{Assigned: 1, DoneLate: 1, OpenOnTime: 1},
		},
		"": {
			{Assigned: 5, DoneOnTime: 3, DoneLate: 3, OpenOnTime: 2, DueSoon: 1, Overdue: 1, OverdueDays: 16},
			{Assigned: 2, DoneLate: 2, OpenOnTime: 2, DueSoon: 1, Overdue: 1, OverdueDays: 16},
		},
	}
	got := map[string][2]weekly.Counts{"": {s.Total.Week, s.Total.Year}}
	for _, u := range s.Units {
		got[u.Code] = [2]weekly.Counts{u.Week, u.Year}
	}
	for code, w := range want {
		if got[code] != w {
			t.Errorf("%q:\n got  week %+v\n      year %+v\n want week %+v\n      year %+v", code, got[code][0], got[code][1], w[0], w[1])
		}
	}
	checkLines(t, "became overdue", s.BecameOverdue, []lineWant{{2, 1, true}, {11, 0, true}})
	if len(s.BecameOverdue) == 2 && s.BecameOverdue[1].Hours != 8 {
		t.Errorf("#11 late by %d hours, want 8 (due 12:00, done 20:00)", s.BecameOverdue[1].Hours)
	}
	checkLines(t, "longest overdue", s.LongestOverdue, []lineWant{{6, 16, false}})

	// A week later the year still starts on 01/01/2026.
	w2, _ := weekly.ParseWeek("2026-W02")
	s, err = weekly.ComputeStats(context.Background(), f.db, f.org.ID, w2, at(2026, 1, 12, 10, 0), hcm)
	if err != nil {
		t.Fatal(err)
	}
	if !s.YearFrom.Equal(at(2026, 1, 1, 0, 0)) {
		t.Errorf("2026-W02 year from %s", s.YearFrom)
	}
	if want := (weekly.Counts{Assigned: 2, DoneLate: 2, OpenOnTime: 1, Overdue: 3, OverdueDays: 23}); s.Total.Year != want {
		t.Errorf("2026-W02 year total %+v, want %+v", s.Total.Year, want)
	}
	if want := (weekly.Counts{OpenOnTime: 1, Overdue: 3, OverdueDays: 23}); s.Total.Week != want {
		t.Errorf("2026-W02 week total %+v, want %+v", s.Total.Week, want)
	}
}

// TestBecameOverdueCapped: the list of tasks that became overdue keeps the
// first 1,000 by deadline, and the report says how many there were.
func TestBecameOverdueCapped(t *testing.T) {
	f := newFixture(t)
	if _, err := f.db.Exec(`
		INSERT INTO tasks (org_id, id, text, deadline, state, assigned_by, created_at)
		SELECT $1, g, 'Nhiệm vụ số ' || g, timestamptz '2021-01-05 08:00+07' + make_interval(mins => g), 'in_progress', $2, timestamptz '2021-01-01 08:00+07'
		FROM generate_series(1, 1005) g`, f.org.ID, f.leader.ID); err != nil {
		t.Fatal(err)
	}
	w, _ := weekly.ParseWeek("2021-W01")
	s, err := weekly.ComputeStats(context.Background(), f.db, f.org.ID, w, at(2021, 1, 11, 10, 0), hcm)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.BecameOverdue) != 1000 || s.BecameOverdueTotal != 1005 || s.BecameOverdue[999].ID != 1000 {
		t.Fatalf("became overdue: %d listed of %d", len(s.BecameOverdue), s.BecameOverdueTotal)
	}
	rep := weekly.Report{Kind: weekly.Monday, Week: w, OrgName: "UBND huyện Đầm Hà", Zone: "Asia/Ho_Chi_Minh", AsOf: at(2021, 1, 11, 10, 0), Stats: &s}
	text := outbox.PlainText(rep.Text())
	for _, want := range []string{"IV. Nhiệm vụ trở thành quá hạn trong tuần (1.005)", "… và 965 mục khác", "chỉ liệt kê 1.000 nhiệm vụ có thời hạn sớm nhất"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	data, err := rep.Workbook()
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := x.GetRows("Quá hạn trong tuần")
	if len(rows) != 1002 || rows[1000][0] != "1000" || !strings.Contains(rows[1001][0], "1.000") || !strings.Contains(rows[1001][0], "1.005") {
		t.Errorf("sheet has %d rows, last %q", len(rows), rows[len(rows)-1])
	}
}

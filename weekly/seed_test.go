package weekly_test

import (
	"context"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// fixture is an organisation in a fresh database with three units (ktht, a
// phòng; quanglam and damha, xã) and members.
type fixture struct {
	t      testing.TB
	db     *sqlx.DB
	store  *tasks.Store
	svc    *weekly.Service
	org    tasks.Org
	units  map[string]int64
	leader tasks.Member
	staff  map[string]tasks.Member // a member of each unit, by code
}

var fixtureUnits = []tasks.Unit{
	{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong},
	{Code: "quanglam", Name: "UBND xã Quảng Lâm", Kind: tasks.KindXa},
	{Code: "damha", Name: "UBND xã Đầm Hà", Kind: tasks.KindXa},
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	return newFixtureOn(t, pgtest.New(t))
}

func newFixtureOn(t testing.TB, db *sqlx.DB) *fixture {
	t.Helper()
	ctx := context.Background()
	st := tasks.NewStore(db)
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", at(2020, 1, 1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, fixtureUnits); err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, db: db, store: st, svc: weekly.New(st), org: org, units: map[string]int64{}, staff: map[string]tasks.Member{}}
	units, err := st.Units(ctx, org.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		f.units[u.Code] = u.ID
	}
	f.leader = f.member(100, "Trần Lãnh Đạo", tasks.RoleLeader, "")
	f.staff["ktht"] = f.member(201, "Nguyễn Văn Hạ", tasks.RoleMember, "ktht")
	f.staff["quanglam"] = f.member(301, "Hoàng Quảng", tasks.RoleMember, "quanglam")
	f.staff["damha"] = f.member(401, "Lê Đầm", tasks.RoleMember, "damha")
	return f
}

// member adds a member (with a unit, unless unit is "") and returns them.
func (f *fixture) member(tgID int64, name string, role tasks.Role, unit string) tasks.Member {
	f.t.Helper()
	ctx := context.Background()
	var id int64
	if err := f.db.Get(&id, `INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at) VALUES ($1, $2, $2, $3, $4, $5) RETURNING id`,
		f.org.ID, tgID, name, role, at(2020, 1, 1, 0, 0)); err != nil {
		f.t.Fatal(err)
	}
	if unit != "" {
		if _, err := f.db.Exec(`INSERT INTO member_units (org_id, member_id, unit_id) VALUES ($1, $2, $3)`, f.org.ID, id, f.units[unit]); err != nil {
			f.t.Fatal(err)
		}
	}
	m, err := f.store.Member(ctx, f.org.ID, id)
	if err != nil {
		f.t.Fatal(err)
	}
	return m
}

// seedTask is a task written straight into the tables, with the history
// the statistics read: when it was given, its deadline, when each unit
// reported its part, whether it was cancelled.
type seedTask struct {
	id        int64
	created   time.Time
	deadline  *time.Time
	leads     []string
	coords    []string
	removed   []string
	reported  map[string]time.Time
	cancelled *time.Time
}

func ptr(t time.Time) *time.Time { return &t }

func (f *fixture) seed(ts ...seedTask) {
	f.t.Helper()
	for _, s := range ts {
		state := "in_progress"
		var taskReported *time.Time
		all := len(s.leads) > 0
		for _, l := range s.leads {
			r, ok := s.reported[l]
			if !ok {
				all = false
				break
			}
			if taskReported == nil || r.After(*taskReported) {
				taskReported = ptr(r)
			}
		}
		if !all {
			taskReported = nil
		} else {
			state = "reported"
		}
		if s.cancelled != nil {
			state = "cancelled"
		}
		if _, err := f.db.Exec(`
			INSERT INTO tasks (org_id, id, text, deadline, state, assigned_by, created_at, reported_at, cancelled_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			f.org.ID, s.id, "Nhiệm vụ thử số "+itoa(s.id), s.deadline, state, f.leader.ID, s.created, taskReported, s.cancelled); err != nil {
			f.t.Fatal(err)
		}
		add := func(codes []string, role string) {
			for _, c := range codes {
				st := "assigned"
				var rep *time.Time
				if r, ok := s.reported[c]; ok {
					st, rep = "reported", ptr(r)
				}
				for _, x := range s.removed {
					if x == c {
						st = "removed"
					}
				}
				if _, err := f.db.Exec(`INSERT INTO task_units (org_id, task_id, unit_id, role, state, reported_at) VALUES ($1, $2, $3, $4, $5, $6)`,
					f.org.ID, s.id, f.units[c], role, st, rep); err != nil {
					f.t.Fatal(err)
				}
			}
		}
		add(s.leads, "lead")
		add(s.coords, "coord")
	}
	if _, err := f.db.Exec(`UPDATE orgs SET next_task_no = (SELECT coalesce(max(id), 0) + 1 FROM tasks WHERE org_id = $1) WHERE id = $1`, f.org.ID); err != nil {
		f.t.Fatal(err)
	}
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// knownTasks is the data set of the statistics tests, around week 2021-W01
// (04/01/2021 – 10/01/2021) and the turn of the year. Comments say what each
// task is for; deadlines are at 17:00 unless written.
func knownTasks() []seedTask {
	r := func(pairs ...any) map[string]time.Time {
		m := map[string]time.Time{}
		for i := 0; i < len(pairs); i += 2 {
			m[pairs[i].(string)] = pairs[i+1].(time.Time)
		}
		return m
	}
	return []seedTask{
		// Given this week, reported early.
		{id: 1, created: at(2021, 1, 5, 9, 0), deadline: ptr(at(2021, 1, 8, 17, 0)), leads: []string{"ktht"}, reported: r("ktht", at(2021, 1, 7, 10, 0))},
		// Given this week, reported two days late within the week.
		{id: 2, created: at(2021, 1, 5, 9, 0), deadline: ptr(at(2021, 1, 6, 17, 0)), leads: []string{"ktht"}, reported: r("ktht", at(2021, 1, 8, 9, 0))},
		// Given last year; the lead reported on 02/01 (this year, not this
		// week); the coordinating xã has not reported, due in 4 days.
		{id: 3, created: at(2020, 12, 20, 9, 0), deadline: ptr(at(2021, 1, 15, 17, 0)), leads: []string{"ktht"}, coords: []string{"quanglam"}, reported: r("ktht", at(2021, 1, 2, 9, 0))},
		// Done last year: out of this year's figures.
		{id: 4, created: at(2020, 12, 1, 9, 0), deadline: ptr(at(2020, 12, 31, 17, 0)), leads: []string{"quanglam"}, reported: r("quanglam", at(2020, 12, 20, 9, 0))},
		// Given last year, overdue since 25/12/2020: 17 days at 11/01.
		{id: 5, created: at(2020, 12, 10, 9, 0), deadline: ptr(at(2020, 12, 25, 17, 0)), leads: []string{"quanglam"}},
		// Given this week, due in 2 days: due soon.
		{id: 6, created: at(2021, 1, 6, 10, 0), deadline: ptr(at(2021, 1, 13, 17, 0)), leads: []string{"quanglam"}},
		// Due in 3 calendar days (at noon): still due soon.
		{id: 7, created: at(2021, 1, 7, 10, 0), deadline: ptr(at(2021, 1, 14, 12, 0)), leads: []string{"ktht"}},
		// No deadline: on time.
		{id: 8, created: at(2021, 1, 8, 10, 0), leads: []string{"ktht"}},
		// Due Saturday, reported Sunday night: one day late, within the week.
		{id: 9, created: at(2021, 1, 9, 8, 0), deadline: ptr(at(2021, 1, 9, 17, 0)), leads: []string{"quanglam"}, reported: r("quanglam", at(2021, 1, 10, 23, 0))},
		// Reported on Monday morning, after the week: overdue at its end.
		{id: 10, created: at(2021, 1, 5, 9, 0), deadline: ptr(at(2021, 1, 7, 17, 0)), leads: []string{"ktht"}, reported: r("ktht", at(2021, 1, 11, 8, 0))},
		// Withdrawn within the week: counts nowhere.
		{id: 11, created: at(2021, 1, 5, 9, 0), deadline: ptr(at(2021, 1, 20, 17, 0)), leads: []string{"ktht"}, cancelled: ptr(at(2021, 1, 6, 9, 0))},
		// Withdrawn after the week: open and overdue at its end (3 days).
		{id: 12, created: at(2021, 1, 5, 9, 0), deadline: ptr(at(2021, 1, 8, 17, 0)), leads: []string{"ktht"}, cancelled: ptr(at(2021, 1, 12, 9, 0))},
		// Given and reported late (1 day) this year before the week.
		{id: 13, created: at(2021, 1, 2, 9, 0), deadline: ptr(at(2021, 1, 3, 17, 0)), leads: []string{"quanglam"}, reported: r("quanglam", at(2021, 1, 3, 20, 0))},
		// Given last year, overdue since 02/01: 9 days.
		{id: 14, created: at(2020, 12, 28, 9, 0), deadline: ptr(at(2021, 1, 2, 17, 0)), leads: []string{"ktht"}},
		// The coordinating xã reported its part on time; the lead has not: the
		// task is open, due in 1 day.
		{id: 15, created: at(2021, 1, 6, 9, 0), deadline: ptr(at(2021, 1, 12, 17, 0)), leads: []string{"ktht"}, coords: []string{"quanglam"}, reported: r("quanglam", at(2021, 1, 7, 9, 0))},
		// Given after the week: not counted.
		{id: 16, created: at(2021, 1, 11, 9, 0), deadline: ptr(at(2021, 1, 12, 17, 0)), leads: []string{"ktht"}},
		// Reported exactly at the end of the week: open then, on time.
		{id: 17, created: at(2021, 1, 5, 9, 0), deadline: ptr(at(2021, 1, 20, 17, 0)), leads: []string{"quanglam"}, reported: r("quanglam", at(2021, 1, 11, 0, 0))},
		// A unit removed from the task does not count it.
		{id: 18, created: at(2021, 1, 5, 9, 0), deadline: ptr(at(2021, 1, 20, 17, 0)), leads: []string{"ktht"}, coords: []string{"damha"}, removed: []string{"damha"}},
		// Long overdue: 52 and 42 days at 11/01.
		{id: 19, created: at(2020, 11, 15, 9, 0), deadline: ptr(at(2020, 11, 20, 17, 0)), leads: []string{"quanglam"}},
		{id: 20, created: at(2020, 10, 1, 9, 0), deadline: ptr(at(2020, 11, 30, 17, 0)), leads: []string{"ktht"}},
	}
}

// weekOneInDecember is the data set of week 2026-W01, which starts on
// Monday 29/12/2025, before the ISO year 2026 it belongs to. Deadlines are
// at 17:00 unless written; the statistics are taken at the end of the week,
// 05/01/2026 00:00, when "due soon" runs to 08/01/2026.
func weekOneInDecember() []seedTask {
	r := func(unit string, t time.Time) map[string]time.Time { return map[string]time.Time{unit: t} }
	return []seedTask{
		// Given and reported early in the week, before 01/01.
		{id: 1, created: at(2025, 12, 29, 9, 0), deadline: ptr(at(2025, 12, 31, 17, 0)), leads: []string{"ktht"}, reported: r("ktht", at(2025, 12, 30, 10, 0))},
		// Given before 01/01, reported one day late after it.
		{id: 2, created: at(2025, 12, 30, 9, 0), deadline: ptr(at(2026, 1, 2, 17, 0)), leads: []string{"ktht"}, reported: r("ktht", at(2026, 1, 3, 9, 0))},
		// Given before the week, reported late within it, on 31/12.
		{id: 3, created: at(2025, 12, 15, 9, 0), deadline: ptr(at(2025, 12, 26, 17, 0)), leads: []string{"quanglam"}, reported: r("quanglam", at(2025, 12, 31, 8, 0))},
		// Given before the week, due after "due soon": open on time.
		{id: 4, created: at(2025, 12, 20, 9, 0), deadline: ptr(at(2026, 1, 10, 17, 0)), leads: []string{"quanglam"}},
		// Given in the week, due in 2 days: due soon.
		{id: 5, created: at(2026, 1, 2, 9, 0), deadline: ptr(at(2026, 1, 7, 17, 0)), leads: []string{"ktht"}},
		// Overdue since 20/12/2025: 16 days at 05/01/2026.
		{id: 6, created: at(2025, 12, 1, 9, 0), deadline: ptr(at(2025, 12, 20, 17, 0)), leads: []string{"ktht"}},
		// Done before the week: out of the figures.
		{id: 7, created: at(2025, 12, 1, 9, 0), deadline: ptr(at(2025, 12, 15, 17, 0)), leads: []string{"quanglam"}, reported: r("quanglam", at(2025, 12, 20, 9, 0))},
		// Given the Sunday before; the lead reported on Monday 29/12 on time,
		// the coordinating xã not at all: 6 days overdue.
		{id: 8, created: at(2025, 12, 28, 9, 0), deadline: ptr(at(2025, 12, 30, 17, 0)), leads: []string{"ktht"}, coords: []string{"quanglam"}, reported: r("ktht", at(2025, 12, 29, 8, 0))},
		// Given on New Year's Eve at 23:00, without a deadline.
		{id: 9, created: at(2025, 12, 31, 23, 0), leads: []string{"damha"}},
		// Withdrawn in the week: counts nowhere.
		{id: 10, created: at(2025, 12, 29, 9, 0), deadline: ptr(at(2026, 1, 9, 17, 0)), leads: []string{"ktht"}, cancelled: ptr(at(2025, 12, 30, 9, 0))},
		// Due Sunday 12:00, reported Sunday 20:00: one day late.
		{id: 11, created: at(2026, 1, 3, 8, 0), deadline: ptr(at(2026, 1, 4, 12, 0)), leads: []string{"damha"}, reported: r("damha", at(2026, 1, 4, 20, 0))},
		// Given before the week, reported on time at 07:00 on 29/12.
		{id: 12, created: at(2025, 12, 10, 9, 0), deadline: ptr(at(2026, 1, 15, 17, 0)), leads: []string{"damha"}, reported: r("damha", at(2025, 12, 29, 7, 0))},
	}
}

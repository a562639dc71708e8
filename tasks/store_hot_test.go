package tasks_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// describeTask writes down everything a list shows of a task, times in UTC,
// so that two reads of it compare whatever their time zones.
func describeTask(t tasks.Task) string {
	at := func(p *time.Time) string {
		if p == nil {
			return "-"
		}
		return p.UTC().Format(time.RFC3339Nano)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d/%d %q %s %q %v %s by %d %q %s %s %v %s %s %v", t.OrgID, t.ID, t.Text, at(t.Deadline), t.DeadlineText,
		t.DeadlineHasTime, t.State, t.AssignedBy, t.AssignerName, t.CreatedAt.UTC().Format(time.RFC3339Nano),
		at(t.ReportedAt), t.ReportedBy != nil, at(t.ConfirmedAt), at(t.CancelledAt), t.MeetingID != nil)
	for _, u := range t.Units {
		fmt.Fprintf(&b, " [%d %s %q %s %s %s %s]", u.UnitID, u.Code, u.Name, u.Role, u.State, at(u.AcceptedAt), at(u.ReportedAt))
	}
	return b.String()
}

// TestTaskPageMatchesTasksAndCount checks that the one-statement page of
// /viec gives the same tasks, units and total as Tasks and CountTasks, for
// every kind of viewer, filter and page, past the last page included.
func TestTaskPageMatchesTasksAndCount(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	ktht, tckh, xa := f.units["ktht"].ID, f.units["tckh"].ID, f.units["quanglam"].ID
	for i := range 23 {
		nt := tasks.NewTask{Text: fmt.Sprintf("Việc số %d", i), Leads: []int64{[]int64{ktht, tckh, xa}[i%3]}, Origin: fmt.Sprintf("t:%d", i)}
		if i%4 != 0 {
			d := t0.AddDate(0, 0, i%7-2)
			nt.Deadline, nt.DeadlineText, nt.DeadlineHasTime = &d, "hạn", i%2 == 0
		}
		if i%5 == 1 {
			nt.Coordinators = []int64{xa, tckh}[:1+i%2]
			if nt.Leads[0] == xa {
				nt.Coordinators = []int64{ktht}
			}
		}
		task, _, err := f.store.CreateTask(ctx, f.leader, nt, t0)
		if err != nil {
			t.Fatal(err)
		}
		switch i % 6 {
		case 1:
			if _, err := f.store.Undo(ctx, f.leader, task.ID, t0); err != nil {
				t.Fatal(err)
			}
		case 2:
			if nt.Leads[0] == ktht {
				if _, err := f.store.Accept(ctx, f.ktht, task.ID, t0.Add(time.Hour)); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	scoped := f.leader
	scoped.ScopeUnit = ktht
	nothing := f.ktht
	nothing.ScopeUnit = tasks.ScopeNothing
	overdue := t0.AddDate(0, 0, 2)
	from, to := t0.AddDate(0, 0, -1), t0.AddDate(0, 0, 3)
	viewers := map[string]tasks.Member{"leader": f.leader, "ktht": f.ktht, "xa": f.xa, "leader in ktht's group": scoped, "unlinked group": nothing}
	filters := map[string]tasks.TaskFilter{
		"open":      {Open: true},
		"all":       {},
		"unit":      {Open: true, UnitID: xa},
		"overdue":   {Open: true, OverdueAt: &overdue},
		"this week": {Open: true, DueFrom: &from, DueBefore: &to},
	}
	for vn, v := range viewers {
		for fn, tf := range filters {
			for _, offset := range []int{0, 5, 10, 20, 40} {
				t.Run(fmt.Sprintf("%s/%s/%d", vn, fn, offset), func(t *testing.T) {
					tf := tf
					tf.Limit, tf.Offset = 5, offset
					want, err := f.store.Tasks(ctx, v, tf)
					if err != nil {
						t.Fatal(err)
					}
					wantTotal, err := f.store.CountTasks(ctx, v, tf)
					if err != nil {
						t.Fatal(err)
					}
					got, total, err := f.store.TaskPage(ctx, v, tf)
					if err != nil {
						t.Fatal(err)
					}
					if total != wantTotal {
						t.Errorf("total = %d, want %d", total, wantTotal)
					}
					describe := func(ts []tasks.Task) []string {
						out := make([]string, len(ts))
						for i, t := range ts {
							out[i] = describeTask(t)
						}
						return out
					}
					if g, w := describe(got), describe(want); !slices.Equal(g, w) {
						t.Errorf("page:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
					}
				})
			}
		}
	}
}

// TestMembershipsWithOrgs checks the one-statement read of a person's
// memberships against the member and organisation read one by one: units,
// heads, order of choice, and each membership's organisation.
func TestMembershipsWithOrgs(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	db := f.store.DB()
	if _, err := db.Exec(`INSERT INTO member_units (org_id, member_id, unit_id, is_head) VALUES ($1, $2, $3, true), ($1, $2, $4, false)`,
		f.org.ID, f.ktht.ID, f.units["quanglam"].ID, f.units["tckh"].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.BindOrgIfUnbound(ctx, f.org.ID, 7001); err != nil {
		t.Fatal(err)
	}
	other, err := f.store.CreateOrg(ctx, "UBND xã Quảng Lâm", "Asia/Ho_Chi_Minh", t0)
	if err != nil {
		t.Fatal(err)
	}
	inv, err := f.store.CreateInvite(ctx, other.ID, tasks.NewInvite{Role: tasks.RoleSecretary}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Join(ctx, inv.Code, tasks.TelegramUser{ID: 200, ChatID: 200, FullName: "Người ktht"}, t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		tgID  int64
		orgs  []int64
		setup func()
	}{
		{"no unit", 100, []int64{f.org.ID}, nil},
		{"stranger", 999, nil, nil},
		{"two organisations, the one joined last first", 200, []int64{other.ID, f.org.ID}, nil},
		{"chose the first again with /org", 200, []int64{f.org.ID, other.ID}, func() {
			if err := f.store.SelectOrg(ctx, 200, f.org.ID, t0.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.setup != nil {
				c.setup()
			}
			ms, orgs, _, err := f.store.MembershipsWithOrgs(ctx, c.tgID)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) != len(c.orgs) || len(orgs) != len(ms) {
				t.Fatalf("got %d memberships and %d organisations, want %d", len(ms), len(orgs), len(c.orgs))
			}
			for i, m := range ms {
				if m.OrgID != c.orgs[i] || orgs[i].ID != c.orgs[i] {
					t.Errorf("membership %d is in %d (organisation %d), want %d", i, m.OrgID, orgs[i].ID, c.orgs[i])
				}
				want, err := f.store.Member(ctx, m.OrgID, m.ID)
				if err != nil {
					t.Fatal(err)
				}
				if deref(m.OrgBotID) != deref(want.OrgBotID) {
					t.Errorf("member's bot %v, want %v", deref(m.OrgBotID), deref(want.OrgBotID))
				}
				m.OrgBotID, want.OrgBotID = nil, nil
				if fmt.Sprintf("%+v", m) != fmt.Sprintf("%+v", want) {
					t.Errorf("member:\n%+v\nwant\n%+v", m, want)
				}
				wantOrg, err := f.store.Org(ctx, m.OrgID)
				if err != nil {
					t.Fatal(err)
				}
				if g, w := fmt.Sprintf("%v %q %q %q %s %s %v", orgs[i].ID, orgs[i].Slug, orgs[i].Name, orgs[i].Timezone, orgs[i].Settings, orgs[i].Level, orgs[i].ParentID),
					fmt.Sprintf("%v %q %q %q %s %s %v", wantOrg.ID, wantOrg.Slug, wantOrg.Name, wantOrg.Timezone, wantOrg.Settings, wantOrg.Level, wantOrg.ParentID); g != w {
					t.Errorf("organisation:\n%s\nwant\n%s", g, w)
				}
				if g, w := fmt.Sprint(deref(orgs[i].BotID)), fmt.Sprint(deref(wantOrg.BotID)); g != w {
					t.Errorf("organisation's bot %s, want %s", g, w)
				}
				if !orgs[i].CreatedAt.Equal(wantOrg.CreatedAt) {
					t.Errorf("organisation created at %v, want %v", orgs[i].CreatedAt, wantOrg.CreatedAt)
				}
			}
			if c.tgID == 200 {
				var heads int
				for _, m := range ms {
					heads += len(m.HeadOf)
					if m.OrgID == f.org.ID && len(m.UnitIDs) != 3 {
						t.Errorf("units = %v, want 3", m.UnitIDs)
					}
				}
				if heads != 1 {
					t.Errorf("heads %d units, want 1", heads)
				}
			}
		})
	}
}

// TestMembershipFingerprint: the fingerprint read with the memberships
// changes with anything read about the person, and with nothing else (an
// organisation's counters, another person).
func TestMembershipFingerprint(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	db := f.store.DB()
	fp := func() string {
		t.Helper()
		_, _, got, err := f.store.MembershipsWithOrgs(ctx, 200)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if _, _, stranger, err := f.store.MembershipsWithOrgs(ctx, 999); err != nil || stranger != "" {
		t.Fatalf("a stranger's fingerprint = %q, %v", stranger, err)
	}
	for _, c := range []struct {
		name    string
		sql     string
		changes bool
	}{
		{"nothing", `SELECT 1`, false},
		{"the organisation's task counter", `UPDATE orgs SET next_task_no = next_task_no + 1`, false},
		{"the organisation's meeting counter", `UPDATE orgs SET next_meeting_no = next_meeting_no + 1`, false},
		{"the organisation's received-task counter", `UPDATE orgs SET next_received_no = next_received_no + 1`, false},
		{"another person's role", `UPDATE members SET role = 'secretary' WHERE tg_user_id = 300`, false},
		{"a task created", `SELECT 1`, false},
		{"their role", `UPDATE members SET role = 'secretary' WHERE tg_user_id = 200`, true},
		{"the same role written again", `UPDATE members SET role = 'secretary' WHERE tg_user_id = 200`, false},
		{"the organisation chosen", `UPDATE members SET selected_at = now() WHERE tg_user_id = 200`, true},
		{"unreachable", `UPDATE members SET unreachable_at = now() WHERE tg_user_id = 200`, true},
		{"a unit added", `INSERT INTO member_units (org_id, member_id, unit_id) SELECT org_id, id, (SELECT id FROM units WHERE code = 'tckh') FROM members WHERE tg_user_id = 200`, true},
		{"head of it", `UPDATE member_units SET is_head = true WHERE member_id = (SELECT id FROM members WHERE tg_user_id = 200)`, true},
		{"a unit taken away", `DELETE FROM member_units WHERE unit_id = (SELECT id FROM units WHERE code = 'tckh')`, true},
		{"the organisation renamed", `UPDATE orgs SET name = 'UBND huyện Đầm Hà (mới)'`, true},
		{"the organisation's settings", `UPDATE orgs SET settings = '{"x": 1}'`, true},
		{"the organisation's zone", `UPDATE orgs SET timezone = 'Asia/Bangkok'`, true},
		{"removed", `UPDATE members SET removed_at = now() WHERE tg_user_id = 200`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := fp()
			if c.name == "a task created" {
				if _, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{Text: "Việc", Leads: []int64{f.units["ktht"].ID}}, t0); err != nil {
					t.Fatal(err)
				}
			} else if _, err := db.Exec(c.sql); err != nil {
				t.Fatal(err)
			}
			if after := fp(); (after != before) != c.changes {
				t.Errorf("fingerprint %q → %q, want changed = %v", before, after, c.changes)
			}
		})
	}
}

// deref is what p points to, or nil.
func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

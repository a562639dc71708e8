package tasks_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// TestMergeInProvinceKeepsCommuneReports: the province merges the unit
// standing for a commune into a new one, while the commune's progress is on
// its way up; the commune's progress, request and "done" still reach the
// province's part, now the new unit's, and the province confirms.
func TestMergeInProvinceKeepsCommuneReports(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_a", Name: "UBND xã A", Kind: tasks.KindXa},
		{Code: "x_ab", Name: "UBND xã A-B", Kind: tasks.KindXa},
	})
	xa := newTier(t, st, tasks.NewOrg{Name: "UBND xã A-B", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, []tasks.Unit{
		{Code: "vp", Name: "Văn phòng", Kind: tasks.KindPhong},
	})
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_a", xa.org.ID, t0); err != nil {
		t.Fatal(err)
	}
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	leader := xa.join(t, st, 200, tasks.RoleLeader, "")
	vp := xa.join(t, st, 210, tasks.RoleMember, "vp")
	dl := time.Date(2021, 2, 26, 23, 59, 59, 0, t0.Location())
	parent, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Rà soát đất công", Deadline: &dl, Leads: []int64{tinh.units["x_a"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	rs, err := st.ReceivedTasks(ctx, xa.org.ID, true)
	if err != nil || len(rs) != 1 {
		t.Fatalf("received %d, %v", len(rs), err)
	}
	own, err := st.AssignReceived(ctx, leader, rs[0].ID, tasks.NewTask{Leads: []int64{xa.units["vp"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	// progress made before the merge, applied after it
	pct := 30
	if _, err := st.ReportProgress(ctx, vp, own.ID, tasks.Progress{Text: "Đã đo 3 thửa", Percent: &pct}, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.MergeUnits(ctx, tinh.org.ID, "x_ab", []string{"x_a"}, t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	ab := tinh.units["x_ab"].ID
	p, _ := st.Task(ctx, tinh.org.ID, parent.ID)
	if got := partState(p, ab); got != "in_progress" {
		t.Errorf("after the merge the new unit's part is %q, want in_progress (the commune's progress reached it)", got)
	}
	if r, _ := st.Received(ctx, xa.org.ID, rs[0].ID); r.ParentUnitID != ab {
		t.Errorf("the received task still answers for unit %d, want %d", r.ParentUnitID, ab)
	}

	// a request for a later deadline after the merge is the new unit's
	later := dl.AddDate(0, 0, 7)
	if err := st.RequestReceivedExtension(ctx, leader, rs[0].ID, tasks.ExtensionAsk{
		Deadline: deadline.Deadline{Time: later, Text: "05/03/2021"}, Reason: "chờ bản đồ"}, t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if n := count(t, db, `SELECT count(*) FROM task_extensions WHERE org_id = $1 AND task_id = $2 AND unit_id = $3 AND status = 'pending'`,
		tinh.org.ID, parent.ID, ab); n != 1 {
		t.Errorf("the province has %d pending requests of the new unit, want 1", n)
	}

	// the commune finishes; the province's part is reported; it confirms
	at := t0.Add(24 * time.Hour)
	if _, err := st.ReportDone(ctx, vp, own.ID, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.Confirm(ctx, leader, own.ID, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	p, _ = st.Task(ctx, tinh.org.ID, parent.ID)
	if p.State != tasks.StateReported || partState(p, ab) != "reported" {
		t.Fatalf("after the commune's done the province's task is %q, the new unit's part %q", p.State, partState(p, ab))
	}
	if _, err := st.Confirm(ctx, chairman, parent.ID, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if p, _ := st.Task(ctx, tinh.org.ID, parent.ID); p.State != tasks.StateDone {
		t.Errorf("the province's task is %q after its confirmation", p.State)
	}
	if b, err := tasks.CascadeSteps(ctx, db, at.Add(48*time.Hour)); err != nil || b.Pending != 0 {
		t.Errorf("steps left: %+v, %v", b, err)
	}
}

// TestMergeBeforeHandOn: the province merges the commune's unit into a new
// one before the commune hands its received task on; the commune hands it
// on and finishes, and the province confirms the new unit's part.
func TestMergeBeforeHandOn(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_a", Name: "UBND xã A", Kind: tasks.KindXa},
		{Code: "x_ab", Name: "UBND xã A-B", Kind: tasks.KindXa},
		{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
	})
	xa := newTier(t, st, tasks.NewOrg{Name: "UBND xã A-B", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, []tasks.Unit{
		{Code: "vp", Name: "Văn phòng", Kind: tasks.KindPhong},
	})
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_a", xa.org.ID, t0); err != nil {
		t.Fatal(err)
	}
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	leader := xa.join(t, st, 200, tasks.RoleLeader, "")
	vp := xa.join(t, st, 210, tasks.RoleMember, "vp")
	parent, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Sắp xếp trụ sở sau sáp nhập",
		Leads: []int64{tinh.units["x_a"].ID}, Coordinators: []int64{tinh.units["snv"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.MergeUnits(ctx, tinh.org.ID, "x_ab", []string{"x_a"}, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	rs, err := st.ReceivedTasks(ctx, xa.org.ID, true)
	if err != nil || len(rs) != 1 {
		t.Fatalf("after the merge the commune has %d open received tasks (%v), want the one", len(rs), err)
	}
	own, err := st.AssignReceived(ctx, leader, rs[0].ID, tasks.NewTask{Leads: []int64{xa.units["vp"].ID}}, t0.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.ReportDone(ctx, vp, own.ID, t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Confirm(ctx, leader, own.ID, t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	ab := tinh.units["x_ab"].ID
	p, _ := st.Task(ctx, tinh.org.ID, parent.ID)
	if p.State != tasks.StateReported || partState(p, ab) != "reported" {
		t.Fatalf("after the commune's done the province's task is %q, the new unit's part %q", p.State, partState(p, ab))
	}
	if _, err := st.Confirm(ctx, chairman, parent.ID, t0.Add(4*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if r, _ := st.Received(ctx, xa.org.ID, rs[0].ID); r.State != tasks.ReceivedDone {
		t.Errorf("the commune's received task is %q after the province confirmed", r.State)
	}
	if b, err := tasks.CascadeSteps(ctx, db, t0.Add(48*time.Hour)); err != nil || b.Pending != 0 {
		t.Errorf("steps left: %+v, %v", b, err)
	}
}

// TestUpStepWithoutPartFails: an up step that finds no part of the
// province's task for the commune is an error, kept and tried again, and
// counted as failing; never dropped in silence.
func TestUpStepWithoutPartFails(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_a", Name: "UBND xã A", Kind: tasks.KindXa},
		{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
	})
	xa := newTier(t, st, tasks.NewOrg{Name: "UBND xã A", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, nil)
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	parent, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Việc của Sở", Leads: []int64{tinh.units["snv"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	for _, kind := range []string{"done", "progress"} {
		payload := `{"parent_task_id": ` + itoa(parent.ID) + `, "unit_id": ` + itoa(tinh.units["x_a"].ID) + `, "received_id": 1, "progress": [{"note": "x"}]}`
		if _, err := db.Exec(`INSERT INTO cascade_steps (org_id, kind, dest_org_id, payload, at, due_at) VALUES ($1, $2, $3, $4, $5, $5)`,
			xa.org.ID, kind, tinh.org.ID, payload, t0); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.ApplyCascadeSteps(ctx, t0.Add(time.Minute)); err == nil {
		t.Fatal("up steps finding no part of the province's task were applied without an error")
	}
	b, err := tasks.CascadeSteps(ctx, db, t0.Add(time.Minute))
	if err != nil || b.Pending != 2 || b.Failing != 2 {
		t.Errorf("backlog %+v, %v; want both steps pending and failing", b, err)
	}
	if n := count(t, db, `SELECT count(*) FROM cascade_applied WHERE org_id = $1`, tinh.org.ID); n != 0 {
		t.Errorf("%d failed steps were recorded as applied", n)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestReceivedNumbersPerOrganisation: each organisation numbers the tasks
// it receives from 1, whatever the others received.
func TestReceivedNumbersPerOrganisation(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_a", Name: "UBND xã A", Kind: tasks.KindXa},
		{Code: "x_b", Name: "UBND xã B", Kind: tasks.KindXa},
	})
	orgs := map[string]tier{}
	for _, code := range []string{"x_a", "x_b"} {
		orgs[code] = newTier(t, st, tasks.NewOrg{Name: "UBND xã " + code, Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, nil)
		if _, err := st.LinkUnit(ctx, tinh.org.ID, code, orgs[code].org.ID, t0); err != nil {
			t.Fatal(err)
		}
	}
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	give := func(text string, codes ...string) {
		t.Helper()
		nt := tasks.NewTask{Text: text}
		for _, c := range codes {
			nt.Leads = append(nt.Leads, tinh.units[c].ID)
		}
		if _, _, err := st.CreateTask(ctx, chairman, nt, t0); err != nil {
			t.Fatal(err)
		}
		drain(t, st)
	}
	give("Việc 1 của xã A", "x_a")
	give("Việc 2 của xã A", "x_a")
	give("Việc chung", "x_a", "x_b")
	give("Việc 2 của xã B", "x_b")
	for code, want := range map[string][]string{
		"x_a": {"1:Việc 1 của xã A", "2:Việc 2 của xã A", "3:Việc chung"},
		"x_b": {"1:Việc chung", "2:Việc 2 của xã B"},
	} {
		rs, err := st.ReceivedTasks(ctx, orgs[code].org.ID, false)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rs {
			got = append(got, strconv.FormatInt(r.ID, 10)+":"+r.Text)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s numbers its received tasks %q, want %q", code, got, want)
		}
	}
}

// TestRelinkRefusedWhileTasksOpen: a province unit linked to one commune
// is not linked to another while tasks it gave the first are open there:
// the refusal names them and says what to do; once they are closed, it is.
func TestRelinkRefusedWhileTasksOpen(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_a", Name: "UBND xã A", Kind: tasks.KindXa},
	})
	a := newTier(t, st, tasks.NewOrg{Name: "UBND xã A", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, nil)
	ab := newTier(t, st, tasks.NewOrg{Name: "UBND xã A-B", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, nil)
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_a", a.org.ID, t0); err != nil {
		t.Fatal(err)
	}
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	task, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Rà soát hộ nghèo", Leads: []int64{tinh.units["x_a"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	_, err = st.LinkUnit(ctx, tinh.org.ID, "x_a", ab.org.ID, t0.Add(time.Hour))
	var ie *tasks.InputError
	if !errors.As(err, &ie) || !strings.Contains(ie.Msg, "UBND xã A") || !strings.Contains(ie.Msg, fmt.Sprintf("#%d", task.ID)) || !strings.Contains(ie.Msg, "/chuyen") {
		t.Fatalf("re-linking with a task open in the first commune: %v", err)
	}
	drain(t, st)
	if rs, _ := st.ReceivedTasks(ctx, ab.org.ID, false); len(rs) != 0 {
		t.Errorf("the refused link gave the second commune %d tasks", len(rs))
	}
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_a", a.org.ID, t0.Add(time.Hour)); err != nil {
		t.Errorf("linking again to the same commune: %v", err)
	}
	if _, err := st.Cancel(ctx, chairman, task.ID, "Không còn phù hợp", t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_a", ab.org.ID, t0.Add(3*time.Hour)); err != nil {
		t.Errorf("re-linking once the task was cancelled: %v", err)
	}
}

// TestPreviewMergeChangesNothing: the preview of a merge counts what the
// merge moves, and moves nothing.
func TestPreviewMergeChangesNothing(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	org := newTier(t, st, tasks.NewOrg{Name: "UBND xã A-B", Timezone: "Asia/Ho_Chi_Minh", Level: tasks.LevelXa}, []tasks.Unit{
		{Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Kind: tasks.KindPhong},
		{Code: "t1", Name: "Thôn 1", Kind: tasks.KindThon},
	})
	leader := org.join(t, st, 100, tasks.RoleLeader, "")
	org.join(t, st, 200, tasks.RoleMember, "t1")
	org.join(t, st, 300, tasks.RoleMember, "t1")
	if _, _, err := st.CreateTask(ctx, leader, tasks.NewTask{Text: "Dọn vệ sinh", Leads: []int64{org.units["t1"].ID}}, t0); err != nil {
		t.Fatal(err)
	}
	before := count(t, db, `SELECT count(*) FROM outbox`)
	pre, err := st.PreviewMerge(ctx, org.org.ID, "vhxh", []string{"t1"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if pre.Tasks != 1 || pre.Members != 2 || pre.Into.Code != "vhxh" || len(pre.Retired) != 1 || pre.Retired[0].Code != "t1" {
		t.Errorf("preview = %+v", pre)
	}
	if n := count(t, db, `SELECT count(*) FROM units WHERE org_id = $1 AND retired_at IS NOT NULL`, org.org.ID); n != 0 {
		t.Errorf("the preview retired %d units", n)
	}
	if n := count(t, db, `SELECT count(*) FROM member_units WHERE org_id = $1 AND unit_id = $2`, org.org.ID, org.units["t1"].ID); n != 2 {
		t.Errorf("after the preview Thôn 1 has %d members, want 2", n)
	}
	if n := count(t, db, `SELECT count(*) FROM outbox`); n != before {
		t.Errorf("the preview queued %d messages", n-before)
	}
	if _, err := st.PreviewMerge(ctx, org.org.ID, "vhxh", []string{"vhxh"}, t0); err == nil {
		t.Error("a preview of a merge that would be refused was not refused")
	}
	res, err := st.MergeUnits(ctx, org.org.ID, "vhxh", []string{"t1"}, t0)
	if err != nil || res.Tasks != pre.Tasks || res.Members != pre.Members || res.Groups != pre.Groups {
		t.Errorf("merge %+v, %v; the preview said %+v", res, err, pre)
	}
}

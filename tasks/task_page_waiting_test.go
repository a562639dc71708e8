package tasks_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// TestTaskPageWaiting checks the count of received tasks waiting that a
// leader's /viec reads with its page against ReceivedWaiting, and the page
// against TaskPage: with tasks on the page and without, past the last
// page, overdue or not, and in an organisation that received nothing.
func TestTaskPageWaiting(t *testing.T) {
	ctx := context.Background()
	st := tasks.NewStore(pgtest.New(t))
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
		{Code: "x_damha", Name: "UBND phường Đầm Hà", Kind: tasks.KindXa},
	})
	damha := newTier(t, st, tasks.NewOrg{Name: "UBND phường Đầm Hà", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, []tasks.Unit{
		{Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Kind: tasks.KindPhong},
	})
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_damha", damha.org.ID, t0); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	dhLeader := damha.join(t, st, 200, tasks.RoleLeader, "")
	dhVhxh := damha.join(t, st, 210, tasks.RoleMember, "vhxh")

	// The province sends three tasks down, one due soon, two later.
	soon, later := t0.AddDate(0, 0, 2), t0.AddDate(0, 1, 0)
	for i, dl := range []time.Time{soon, later, later} {
		nt := tasks.NewTask{Text: fmt.Sprint("Rà soát hồ sơ số ", i), Deadline: &dl, DeadlineText: "trước " + dl.Format("02/01/2006"),
			Leads: []int64{tinh.units["x_damha"].ID}, Origin: fmt.Sprint("tg:", i)}
		if _, _, err := st.CreateTask(ctx, chairman, nt, t0); err != nil {
			t.Fatal(err)
		}
	}
	drain(t, st)

	overdue := t0.AddDate(0, 0, 5)
	cases := []struct {
		name   string
		viewer tasks.Member
		filter tasks.TaskFilter
	}{
		{"commune, nothing assigned yet", dhLeader, tasks.TaskFilter{Open: true, Limit: 10}},
		{"commune, overdue, nothing assigned yet", dhLeader, tasks.TaskFilter{Open: true, Limit: 10, OverdueAt: &overdue}},
		{"province, own tasks", chairman, tasks.TaskFilter{Open: true, Limit: 10}},
		{"province, past the last page", chairman, tasks.TaskFilter{Open: true, Limit: 10, Offset: 10}},
	}
	check := func(t *testing.T, v tasks.Member, f tasks.TaskFilter) {
		t.Helper()
		got, err := st.TaskPageWaiting(ctx, v, f)
		if err != nil {
			t.Fatal(err)
		}
		wantWaiting, err := st.ReceivedWaiting(ctx, v.OrgID, f.OverdueAt)
		if err != nil {
			t.Fatal(err)
		}
		wantTasks, wantTotal, err := st.TaskPage(ctx, v, f)
		if err != nil {
			t.Fatal(err)
		}
		if got.ReceivedWaiting != wantWaiting || got.Total != wantTotal || len(got.Tasks) != len(wantTasks) {
			t.Errorf("waiting %d, total %d, %d tasks; want %d, %d, %d", got.ReceivedWaiting, got.Total, len(got.Tasks), wantWaiting, wantTotal, len(wantTasks))
		}
		for i := range min(len(got.Tasks), len(wantTasks)) {
			if got.Tasks[i].ID != wantTasks[i].ID || len(got.Tasks[i].Units) != len(wantTasks[i].Units) {
				t.Errorf("task %d: #%d with %d units, want #%d with %d", i, got.Tasks[i].ID, len(got.Tasks[i].Units), wantTasks[i].ID, len(wantTasks[i].Units))
			}
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.viewer, c.filter) })
	}

	// The commune hands one on: a task of its own on the page, two still
	// waiting (one overdue).
	rs, err := st.ReceivedTasks(ctx, damha.org.ID, true)
	if err != nil || len(rs) != 3 {
		t.Fatalf("received %d tasks, %v; want 3", len(rs), err)
	}
	if _, err := st.AssignReceived(ctx, dhLeader, rs[len(rs)-1].ID, tasks.NewTask{Leads: []int64{damha.units["vhxh"].ID}, Origin: "tg:10"}, t0); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	for _, c := range []struct {
		name        string
		viewer      tasks.Member
		filter      tasks.TaskFilter
		wantWaiting int
	}{
		{"commune, one handed on", dhLeader, tasks.TaskFilter{Open: true, Limit: 10}, 2},
		{"commune, overdue", dhLeader, tasks.TaskFilter{Open: true, Limit: 10, OverdueAt: &overdue}, 1},
		{"commune, past the last page", dhLeader, tasks.TaskFilter{Open: true, Limit: 10, Offset: 10}, 2},
		{"commune member", dhVhxh, tasks.TaskFilter{Open: true, Limit: 10}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.viewer, c.filter)
			if got, err := st.TaskPageWaiting(ctx, c.viewer, c.filter); err != nil || got.ReceivedWaiting != c.wantWaiting {
				t.Errorf("waiting %d, %v; want %d", got.ReceivedWaiting, err, c.wantWaiting)
			}
		})
	}
}

package weekly_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// TestProvinceCountsCommunesByTheirReceivedTasks: a province's Monday
// report counts a linked commune's part as the commune's received task
// stands (done when the commune's own tasks were all done), and lists the
// communes with overdue received tasks.
func TestProvinceCountsCommunesByTheirReceivedTasks(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	start := at(2021, 1, 4, 8, 0)
	mk := func(no tasks.NewOrg, units ...tasks.Unit) (tasks.Org, map[string]int64) {
		org, err := st.CreateOrgAt(ctx, no, start)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := st.ImportUnits(ctx, org.ID, units); err != nil {
			t.Fatal(err)
		}
		all, _ := st.Units(ctx, org.ID)
		ids := map[string]int64{}
		for _, u := range all {
			ids[u.Code] = u.ID
		}
		return org, ids
	}
	join := func(org int64, tg int64, role tasks.Role, unit int64) tasks.Member {
		ni := tasks.NewInvite{Role: role}
		if unit != 0 {
			ni.UnitID = &unit
		}
		inv, err := st.CreateInvite(ctx, org, ni, start)
		if err != nil {
			t.Fatal(err)
		}
		m, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: tg, ChatID: tg, FullName: fmt.Sprint("Người ", tg)}, start)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	tinh, tu := mk(tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: hcm.String(), Level: tasks.LevelTinh},
		tasks.Unit{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
		tasks.Unit{Code: "x_a", Name: "UBND xã An", Kind: tasks.KindXa},
		tasks.Unit{Code: "x_b", Name: "UBND xã Bình", Kind: tasks.KindXa})
	a, au := mk(tasks.NewOrg{Name: "UBND xã An", Timezone: hcm.String(), Level: tasks.LevelXa, ParentID: &tinh.ID},
		tasks.Unit{Code: "vp", Name: "Văn phòng", Kind: tasks.KindPhong})
	b, _ := mk(tasks.NewOrg{Name: "UBND xã Bình", Timezone: hcm.String(), Level: tasks.LevelXa, ParentID: &tinh.ID})
	for code, child := range map[string]int64{"x_a": a.ID, "x_b": b.ID} {
		if _, err := st.LinkUnit(ctx, tinh.ID, code, child, start); err != nil {
			t.Fatal(err)
		}
	}
	chairman := join(tinh.ID, 1, tasks.RoleLeader, 0)
	aLeader := join(a.ID, 2, tasks.RoleLeader, 0)
	aStaff := join(a.ID, 3, tasks.RoleMember, au["vp"])
	give := func(unit string, due int) tasks.Task {
		dl := at(2021, 1, due, 23, 59, 59)
		task, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: fmt.Sprint("Việc hạn ", due), Deadline: &dl, Leads: []int64{tu[unit]}}, start)
		if err != nil {
			t.Fatal(err)
		}
		return task
	}
	give("x_a", 6)
	give("x_b", 7)
	give("x_a", 8)
	applySteps(t, st)
	rs, err := st.ReceivedTasks(ctx, a.ID, true)
	if err != nil || len(rs) != 2 {
		t.Fatalf("xã An received %d tasks, %v", len(rs), err)
	}
	own, err := st.AssignReceived(ctx, aLeader, rs[0].ID, tasks.NewTask{Leads: []int64{au["vp"]}}, at(2021, 1, 5, 8, 0))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.ReportDone(ctx, aStaff, own.ID, at(2021, 1, 5, 9, 0)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Confirm(ctx, aLeader, own.ID, at(2021, 1, 5, 10, 0)); err != nil {
		t.Fatal(err)
	}
	applySteps(t, st)

	w, _ := weekly.ParseWeek("2021-W01")
	r, err := weekly.Build(ctx, db, tinh, weekly.Monday, w, at(2021, 1, 11, 9, 0))
	if err != nil {
		t.Fatal(err)
	}
	byCode := map[string]weekly.Counts{}
	for _, u := range r.Stats.Units {
		byCode[u.Code] = u.Week
	}
	for code, want := range map[string]weekly.Counts{
		"x_a": {Assigned: 2, DoneOnTime: 1, Overdue: 1, OverdueDays: 3},
		"x_b": {Assigned: 1, Overdue: 1, OverdueDays: 4},
	} {
		if got := byCode[code]; got != want {
			t.Errorf("%s: week %+v, want %+v", code, got, want)
		}
	}
	got := r.Stats.CommunesOverdue
	if len(got) != 2 || got[0].Name != "UBND xã Bình" || got[0].Tasks != 1 || got[1].Name != "UBND xã An" || got[1].Tasks != 1 {
		t.Fatalf("communes overdue = %+v", got)
	}
	text := r.Text()
	for _, want := range []string{
		"VI. Xã, phường có nhiệm vụ cấp trên giao quá hạn</b> (2)",
		"UBND xã Bình: 1 nhiệm vụ, lâu nhất quá hạn 4 ngày",
		"UBND xã An: 1 nhiệm vụ, lâu nhất quá hạn 3 ngày",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q:\n%s", want, text)
		}
	}
	// A commune's report has no communes, but counts what it received.
	plain, err := weekly.Build(ctx, db, a, weekly.Monday, w, at(2021, 1, 11, 9, 0))
	if err != nil {
		t.Fatal(err)
	}
	pt := plain.Text()
	if strings.Contains(pt, "Xã, phường có nhiệm vụ") || !strings.Contains(pt, "VI. Nhiệm vụ cấp trên giao</b>\nĐã nhận 2: chưa phân công 1; đã phân công, đang thực hiện 0; đã xong, đã báo lên 1; quá hạn 1.") {
		t.Errorf("xã An's report:\n%s", pt)
	}
	// It lists what it received and has not finished, with where it stands.
	if !strings.Contains(pt, "(UBND tỉnh Quảng Ninh): chưa phân công · hạn 08/01/2021, quá hạn 3 ngày") || strings.Contains(pt, "Việc hạn 6 (") {
		t.Errorf("xã An's report does not list its open received task alone:\n%s", pt)
	}
	if strings.Contains(text, "Nhiệm vụ cấp trên giao</b>\nĐã nhận") {
		t.Errorf("the province's report counts received tasks it has none of")
	}
}

// TestMergedUnitsLeaveLaterWeeks: a week before a merge keeps the old unit
// and its name; a week after it lists only the successor.
func TestMergedUnitsLeaveLaterWeeks(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", hcm.String(), at(2021, 1, 1, 8, 0))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, []tasks.Unit{
		{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong},
		{Code: "kt", Name: "Phòng Kinh tế", Kind: tasks.KindPhong},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.MergeUnits(ctx, org.ID, "kt", []string{"ktht"}, at(2021, 1, 13, 8, 0)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		week string
		want []string
	}{
		{"2021-W01", []string{"Phòng Kinh tế", "Phòng Kinh tế và Hạ tầng"}},
		{"2021-W02", []string{"Phòng Kinh tế", "Phòng Kinh tế và Hạ tầng"}},
		{"2021-W03", []string{"Phòng Kinh tế"}},
	} {
		w, _ := weekly.ParseWeek(tc.week)
		r, err := weekly.Build(ctx, db, org, weekly.Monday, w, w.End(hcm).Add(9*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, u := range r.Units {
			got = append(got, u.Name)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s lists %q, want %q", tc.week, got, tc.want)
		}
	}
}

// applySteps applies the cascade steps between the organisations until
// none is left, as the running bot does.
func applySteps(t *testing.T, st *tasks.Store) {
	t.Helper()
	for {
		n, err := st.ApplyCascadeSteps(context.Background(), time.Now().AddDate(100, 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
}

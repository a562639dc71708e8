package tasks_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// tier is one organisation of a cascade test with its units by code.
type tier struct {
	org   tasks.Org
	units map[string]tasks.Unit
}

func newTier(t *testing.T, st *tasks.Store, no tasks.NewOrg, units []tasks.Unit) tier {
	t.Helper()
	ctx := context.Background()
	org, err := st.CreateOrgAt(ctx, no, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, units); err != nil {
		t.Fatal(err)
	}
	all, err := st.Units(ctx, org.ID)
	if err != nil {
		t.Fatal(err)
	}
	tr := tier{org: org, units: map[string]tasks.Unit{}}
	for _, u := range all {
		tr.units[u.Code] = u
	}
	return tr
}

func (tr tier) join(t *testing.T, st *tasks.Store, tg int64, role tasks.Role, unit string) tasks.Member {
	t.Helper()
	ctx := context.Background()
	ni := tasks.NewInvite{Role: role}
	if unit != "" {
		id := tr.units[unit].ID
		ni.UnitID = &id
	}
	inv, err := st.CreateInvite(ctx, tr.org.ID, ni, t0)
	if err != nil {
		t.Fatal(err)
	}
	m, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: tg, ChatID: tg, FullName: fmt.Sprint("Người ", tg)}, t0)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// drain applies the cascade steps until none is left, as the running
// bot's cascade loop does.
func drain(t *testing.T, st *tasks.Store) {
	t.Helper()
	if err := drainSteps(st); err != nil {
		t.Fatal(err)
	}
}

// drainSteps is drain for another goroutine than the test's.
func drainSteps(st *tasks.Store) error {
	for {
		n, err := st.ApplyCascadeSteps(context.Background(), time.Now().AddDate(100, 0, 0))
		if err != nil || n == 0 {
			return err
		}
	}
}

func outboxCount(t *testing.T, db *sqlx.DB, orgID int64, kind string, chat int64) int {
	t.Helper()
	var n int
	if err := db.Get(&n, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2 AND chat_id = $3`, orgID, kind, chat); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCascadeProvinceToTwoCommunes(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
		{Code: "x_damha", Name: "UBND phường Đầm Hà", Kind: tasks.KindXa},
		{Code: "x_quangtan", Name: "UBND xã Quảng Tân", Kind: tasks.KindXa},
	})
	damha := newTier(t, st, tasks.NewOrg{Name: "UBND phường Đầm Hà", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, []tasks.Unit{
		{Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Kind: tasks.KindPhong},
		{Code: "t1", Name: "Khu phố 1", Kind: tasks.KindThon},
	})
	quangtan := newTier(t, st, tasks.NewOrg{Name: "UBND xã Quảng Tân", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, []tasks.Unit{
		{Code: "kt", Name: "Phòng Kinh tế", Kind: tasks.KindPhong},
	})
	for code, child := range map[string]tier{"x_damha": damha, "x_quangtan": quangtan} {
		if _, err := st.LinkUnit(ctx, tinh.org.ID, code, child.org.ID, t0); err != nil {
			t.Fatal(err)
		}
		drain(t, st)
	}
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	snv := tinh.join(t, st, 110, tasks.RoleMember, "snv")
	dhLeader := damha.join(t, st, 200, tasks.RoleLeader, "")
	dhVhxh := damha.join(t, st, 210, tasks.RoleMember, "vhxh")
	dhT1 := damha.join(t, st, 220, tasks.RoleMember, "t1")
	qtLeader := quangtan.join(t, st, 300, tasks.RoleLeader, "")
	qtKt := quangtan.join(t, st, 310, tasks.RoleMember, "kt")

	dl := time.Date(2021, 1, 29, 23, 59, 59, 0, t0.Location())
	nt := tasks.NewTask{
		Text: "Rà soát hộ nghèo trên địa bàn", Deadline: &dl, DeadlineText: "trước 29/01/2021",
		Leads:        []int64{tinh.units["x_damha"].ID},
		Coordinators: []int64{tinh.units["x_quangtan"].ID, tinh.units["snv"].ID},
		Origin:       "tg:1",
	}
	parent, created, err := st.CreateTask(ctx, chairman, nt, t0)
	if err != nil || !created {
		t.Fatal(err)
	}
	drain(t, st)
	if _, again, err := st.CreateTask(ctx, chairman, nt, t0.Add(time.Minute)); err != nil || again {
		t.Fatalf("the same assignment again: created %v, %v", again, err)
	}
	drain(t, st)

	// Each commune receives it once, with what it needs to show copied.
	received := map[string]tasks.Received{}
	for name, child := range map[string]tier{"damha": damha, "quangtan": quangtan} {
		rs, err := st.ReceivedTasks(ctx, child.org.ID, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != 1 {
			t.Fatalf("%s received %d tasks, want 1", name, len(rs))
		}
		r := rs[0]
		if r.Text != nt.Text || r.Deadline == nil || !r.Deadline.Equal(dl) || r.AssignerName != "Người 100" ||
			r.ParentOrgName != "UBND tỉnh Quảng Ninh" || r.State != tasks.ReceivedNew || r.ParentTaskID != parent.ID {
			t.Errorf("%s received %+v", name, r)
		}
		received[name] = r
	}
	for _, m := range []tasks.Member{dhLeader, qtLeader} {
		if n := outboxCount(t, db, m.OrgID, tasks.NoticeReceived, m.ChatID); n != 1 {
			t.Errorf("leader %d got %d notices of the received task, want 1", m.TgUserID, n)
		}
	}
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeReceived, dhVhxh.ChatID); n != 0 {
		t.Errorf("a commune's member was told of the received task before any assignment")
	}
	if _, err := st.AssignReceived(ctx, snv, received["damha"].ID, tasks.NewTask{Leads: []int64{damha.units["vhxh"].ID}}, t0); !errors.Is(err, tasks.ErrForbidden) && !errors.Is(err, tasks.ErrNotFound) {
		t.Errorf("a province member assigned the commune's received task: %v", err)
	}
	drain(t, st)
	// Numbers are each organisation's own: the same number in Quảng Tân is
	// Quảng Tân's own received task; one it does not have is not found.
	notQT := received["quangtan"].ID + 1
	if _, err := st.AssignReceived(ctx, qtLeader, notQT, tasks.NewTask{Leads: []int64{quangtan.units["kt"].ID}}, t0); !errors.Is(err, tasks.ErrNotFound) {
		t.Errorf("another commune's leader reached Đầm Hà's received task: %v", err)
	}
	drain(t, st)

	// Đầm Hà hands it on in two parts, Quảng Tân whole.
	at := t0.Add(time.Hour)
	partA, err := st.AssignReceived(ctx, dhLeader, received["damha"].ID, tasks.NewTask{
		Text: "Rà soát hộ nghèo khu phố 1", Leads: []int64{damha.units["t1"].ID}, Origin: "tg:2"}, at)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	partB, err := st.AssignReceived(ctx, dhLeader, received["damha"].ID, tasks.NewTask{
		Text: "Tổng hợp kết quả rà soát", Leads: []int64{damha.units["vhxh"].ID}, Origin: "tg:3"}, at)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if partB.Deadline == nil || !partB.Deadline.Equal(dl) || partB.OrgID != damha.org.ID {
		t.Errorf("a part keeps the received deadline in the commune: %+v", partB)
	}
	whole, err := st.AssignReceived(ctx, qtLeader, received["quangtan"].ID, tasks.NewTask{Leads: []int64{quangtan.units["kt"].ID}}, at)
	if err != nil || whole.Text != nt.Text {
		t.Fatalf("whole = %+v, %v", whole, err)
	}
	drain(t, st)
	if r, _ := st.Received(ctx, damha.org.ID, received["damha"].ID); r.State != tasks.ReceivedAssigned {
		t.Errorf("after assignment the received state is %q", r.State)
	}

	// Progress in a commune reaches the province as the commune unit's, without the commune's member.
	pct := 50
	if _, err := st.ReportProgress(ctx, dhT1, partA.ID, tasks.Progress{Text: "Đã rà soát 40 hộ", Percent: &pct}, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	hist, err := st.History(ctx, tinh.org.ID, parent.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range hist {
		if e.Kind == tasks.EventProgress {
			found = true
			if e.Note != "Đã rà soát 40 hộ" || e.Unit != "UBND phường Đầm Hà" || e.MemberID != nil || e.Progress == nil || e.Progress.Percent == nil || *e.Progress.Percent != 50 {
				t.Errorf("progress on the province's task = %+v (progress %+v)", e.Event, e.Progress)
			}
		}
	}
	if p, _ := st.Task(ctx, tinh.org.ID, parent.ID); !found || partState(p, tinh.units["x_damha"].ID) != "in_progress" {
		t.Errorf("the commune's progress did not reach the province (found %v, part %q)", found, partState(p, tinh.units["x_damha"].ID))
	}

	// Đầm Hà asks the province for a later deadline; approved, it comes down; a second, refused, is told too.
	later := time.Date(2021, 2, 15, 23, 59, 59, 0, t0.Location())
	ask := tasks.ExtensionAsk{Deadline: deadline.Deadline{Time: later, Text: "15/02/2021"}, Reason: "chờ số liệu dân cư"}
	if err := st.RequestReceivedExtension(ctx, qtLeader, notQT, ask, at); !errors.Is(err, tasks.ErrNotFound) {
		t.Errorf("another commune asked for Đầm Hà's extension: %v", err)
	}
	drain(t, st)
	if err := st.RequestReceivedExtension(ctx, dhT1, received["damha"].ID, ask, at); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("a commune member asked the province directly: %v", err)
	}
	drain(t, st)
	if err := st.RequestReceivedExtension(ctx, dhLeader, received["damha"].ID, ask, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if n := outboxCount(t, db, tinh.org.ID, tasks.NoticeExtensionAsked, chairman.ChatID); n != 1 {
		t.Fatalf("the chairman got %d extension requests, want 1", n)
	}
	var extID int64
	if err := db.Get(&extID, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = $2`, tinh.org.ID, parent.ID); err != nil {
		t.Fatal(err)
	}
	if e, err := st.Extension(ctx, tinh.org.ID, parent.ID, extID); err != nil || e.RequesterName != "UBND phường Đầm Hà" || e.UnitName != "UBND phường Đầm Hà" {
		t.Errorf("the request reads %+v, %v", e, err)
	}
	if _, err := st.DecideExtension(ctx, chairman, parent.ID, extID, true, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if r, _ := st.Received(ctx, damha.org.ID, received["damha"].ID); r.Deadline == nil || !r.Deadline.Equal(later) {
		t.Errorf("the new deadline did not come down: %v", r.Deadline)
	}
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeReceivedExtended, dhLeader.ChatID); n != 1 {
		t.Errorf("Đầm Hà's leader got %d notices of the extension, want 1", n)
	}
	ask.Deadline = deadline.Deadline{Time: later.AddDate(0, 1, 0), Text: "15/03/2021"}
	if err := st.RequestReceivedExtension(ctx, dhLeader, received["damha"].ID, ask, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if err := db.Get(&extID, `SELECT max(id) FROM task_extensions WHERE org_id = $1 AND task_id = $2`, tinh.org.ID, parent.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.RejectExtension(ctx, chairman, parent.ID, extID, "Không gia hạn thêm", at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeReceivedExtensionRejected, dhLeader.ChatID); n != 1 {
		t.Errorf("Đầm Hà's leader got %d notices of the refusal, want 1", n)
	}

	// Quảng Tân (coordinating) finishes: its part of the province's task is reported.
	at = at.Add(24 * time.Hour)
	if _, err := st.ReportDone(ctx, qtKt, whole.ID, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.Confirm(ctx, qtLeader, whole.ID, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	p, _ := st.Task(ctx, tinh.org.ID, parent.ID)
	if state := partState(p, tinh.units["x_quangtan"].ID); state != "reported" || p.State == tasks.StateReported {
		t.Errorf("after Quảng Tân's done: its part %q, the task %q", state, p.State)
	}
	if n := outboxCount(t, db, tinh.org.ID, tasks.NoticeReported, chairman.ChatID); n != 1 {
		t.Errorf("the chairman got %d notices of a part reported, want 1", n)
	}

	// Đầm Hà: one part done is not enough.
	if _, err := st.ReportDone(ctx, dhT1, partA.ID, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.Confirm(ctx, dhLeader, partA.ID, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if p, _ := st.Task(ctx, tinh.org.ID, parent.ID); partState(p, tinh.units["x_damha"].ID) == "reported" {
		t.Error("the lead commune's part was reported with one of its two tasks open")
	}
	if _, err := st.ReportDone(ctx, dhVhxh, partB.ID, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.Confirm(ctx, dhLeader, partB.ID, at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	p, _ = st.Task(ctx, tinh.org.ID, parent.ID)
	if p.State != tasks.StateReported || partState(p, tinh.units["x_damha"].ID) != "reported" {
		t.Fatalf("after Đầm Hà's done the province's task is %q", p.State)
	}
	if n := outboxCount(t, db, tinh.org.ID, tasks.NoticeToConfirm, chairman.ChatID); n != 1 {
		t.Errorf("the chairman was asked %d times to confirm, want 1", n)
	}

	// The province returns it: Đầm Hà's received task opens again and its leaders are told.
	if _, err := st.Rework(ctx, chairman, parent.ID, "Bổ sung danh sách hộ cận nghèo", at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if r, _ := st.Received(ctx, damha.org.ID, received["damha"].ID); r.State != tasks.ReceivedAssigned || r.ReturnReason != "Bổ sung danh sách hộ cận nghèo" {
		t.Errorf("after the return the received state is %q, its reason %q", r.State, r.ReturnReason)
	}
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeReceivedReturned, dhLeader.ChatID); n != 1 {
		t.Errorf("Đầm Hà's leader got %d notices of the return, want 1", n)
	}
	fix, err := st.AssignReceived(ctx, dhLeader, received["damha"].ID, tasks.NewTask{
		Text: "Bổ sung hộ cận nghèo", Leads: []int64{damha.units["vhxh"].ID}}, at.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.ReportDone(ctx, dhVhxh, fix.ID, at.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.Confirm(ctx, dhLeader, fix.ID, at.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if p, _ = st.Task(ctx, tinh.org.ID, parent.ID); p.State != tasks.StateReported {
		t.Fatalf("after the rework the province's task is %q", p.State)
	}
	if _, err := st.Confirm(ctx, chairman, parent.ID, at.Add(4*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.AssignReceived(ctx, dhLeader, received["damha"].ID, tasks.NewTask{Leads: []int64{damha.units["vhxh"].ID}}, at.Add(5*time.Hour)); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("a done received task was assigned again: %v", err)
	}
	drain(t, st)

	// Taken from a commune and given back, a task is received again, still once.
	again, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Kiểm tra an toàn thực phẩm", Leads: []int64{tinh.units["x_quangtan"].ID}}, at)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.Reassign(ctx, chairman, again.ID, []int64{tinh.units["snv"].ID}, nil, "Sở Nội vụ làm", at); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if rs, _ := st.ReceivedTasks(ctx, quangtan.org.ID, true); len(rs) != 0 {
		t.Errorf("a task taken from Quảng Tân is still open there: %+v", rs)
	}
	if n := outboxCount(t, db, quangtan.org.ID, tasks.NoticeReceivedCancelled, qtLeader.ChatID); n != 1 {
		t.Errorf("Quảng Tân's leader got %d notices of the cancellation, want 1", n)
	}
	if _, err := st.Reassign(ctx, chairman, again.ID, []int64{tinh.units["x_quangtan"].ID}, nil, "Giao lại xã", at.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if rs, _ := st.ReceivedTasks(ctx, quangtan.org.ID, false); len(rs) != 2 || rs[1].State != tasks.ReceivedNew && rs[0].State != tasks.ReceivedNew {
		t.Errorf("Quảng Tân's received tasks after the task came back: %+v", rs)
	}
	if n := outboxCount(t, db, quangtan.org.ID, tasks.NoticeReceived, qtLeader.ChatID); n != 3 {
		t.Errorf("Quảng Tân's leader got %d notices of received tasks, want 3 (two tasks, one given twice)", n)
	}

	// The commune sees nothing of the province's other tasks, and the
	// province nothing of the commune's members.
	other, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Việc riêng của Sở", Leads: []int64{tinh.units["snv"].ID}}, at)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if rs, _ := st.ReceivedTasks(ctx, damha.org.ID, false); len(rs) != 1 {
		t.Errorf("Đầm Hà has %d received tasks after a task for a sở, want 1", len(rs))
	}
	if d, err := st.Task(ctx, damha.org.ID, other.ID); err == nil && d.Text == other.Text {
		t.Errorf("the province's task %d can be read in the commune", other.ID)
	}
	var leak int
	if err := db.Get(&leak, `SELECT count(*) FROM outbox WHERE org_id = $1 AND chat_id IN ($2, $3, $4)`, tinh.org.ID, dhVhxh.ChatID, dhT1.ChatID, qtKt.ChatID); err != nil || leak != 0 {
		t.Errorf("the province queued %d messages to commune members (%v)", leak, err)
	}
}

// partState returns the state of a unit's part of a task.
func partState(t tasks.Task, unit int64) string {
	for _, u := range t.Units {
		if u.UnitID == unit {
			return u.State
		}
	}
	return ""
}

// TestCascadeUpOnceUnderConcurrentConfirms: the commune's last two tasks
// confirmed at the same time report the province's part exactly once.
func TestCascadeUpOnceUnderConcurrentConfirms(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_damha", Name: "UBND phường Đầm Hà", Kind: tasks.KindXa},
	})
	damha := newTier(t, st, tasks.NewOrg{Name: "UBND phường Đầm Hà", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, []tasks.Unit{
		{Code: "a", Name: "Tổ dân phố 1", Kind: tasks.KindThon},
		{Code: "b", Name: "Tổ dân phố 2", Kind: tasks.KindThon},
	})
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_damha", damha.org.ID, t0); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	leader := damha.join(t, st, 200, tasks.RoleLeader, "")
	ma := damha.join(t, st, 210, tasks.RoleMember, "a")
	mb := damha.join(t, st, 220, tasks.RoleMember, "b")
	for round := 0; round < 5; round++ {
		parent, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: fmt.Sprint("Việc ", round), Leads: []int64{tinh.units["x_damha"].ID}}, t0)
		if err != nil {
			t.Fatal(err)
		}
		drain(t, st)
		var rid int64
		if err := db.Get(&rid, `SELECT id FROM received_tasks WHERE org_id = $1 AND parent_task_id = $2`, damha.org.ID, parent.ID); err != nil {
			t.Fatal(err)
		}
		var own []tasks.Task
		for _, m := range []tasks.Member{ma, mb} {
			task, err := st.AssignReceived(ctx, leader, rid, tasks.NewTask{Leads: m.UnitIDs}, t0)
			if err != nil {
				t.Fatal(err)
			}
			drain(t, st)
			if _, err := st.ReportDone(ctx, m, task.ID, t0); err != nil {
				t.Fatal(err)
			}
			drain(t, st)
			own = append(own, task)
		}
		errs := make(chan error, 2)
		for _, task := range own {
			go func(id int64) {
				_, err := st.Confirm(ctx, leader, id, t0.Add(time.Hour))
				errs <- err
			}(task.ID)
		}
		for range own {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		// two workers apply the steps at once
		other := make(chan error)
		go func() { other <- drainSteps(st) }()
		drain(t, st)
		if err := <-other; err != nil {
			t.Fatal(err)
		}
		p, _ := st.Task(ctx, tinh.org.ID, parent.ID)
		var reports int
		if err := db.Get(&reports, `SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = $3`,
			tinh.org.ID, parent.ID, tasks.EventReported); err != nil {
			t.Fatal(err)
		}
		if p.State != tasks.StateReported || reports != 1 {
			t.Fatalf("round %d: the province's task is %q with %d reports, want reported once", round, p.State, reports)
		}
	}
}

// TestLinkDeliversOpenTasks: linking a unit gives the child the unit's open
// tasks, once, and not its closed ones.
func TestLinkDeliversOpenTasks(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_damha", Name: "UBND phường Đầm Hà", Kind: tasks.KindXa},
	})
	damha := newTier(t, st, tasks.NewOrg{Name: "UBND phường Đầm Hà", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, nil)
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	staff := tinh.join(t, st, 110, tasks.RoleMember, "x_damha")
	leader := damha.join(t, st, 200, tasks.RoleLeader, "")
	meeting, _, err := st.OpenMeeting(ctx, chairman, tasks.NewMeeting{Title: "Giao ban UBND tỉnh tháng 1", HeldOn: t0}, t0)
	if err != nil {
		t.Fatal(err)
	}
	open, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Việc đang làm", Leads: []int64{tinh.units["x_damha"].ID}, MeetingID: &meeting.ID}, t0)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	closed, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Việc đã xong", Leads: []int64{tinh.units["x_damha"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.ReportDone(ctx, staff, closed.ID, t0); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if rs, _ := st.ReceivedTasks(ctx, damha.org.ID, false); len(rs) != 0 {
		t.Fatalf("tasks arrived before the link: %+v", rs)
	}
	for i := 0; i < 2; i++ {
		if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_damha", damha.org.ID, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		drain(t, st)
	}
	rs, err := st.ReceivedTasks(ctx, damha.org.ID, false)
	if err != nil || len(rs) != 1 || rs[0].ParentTaskID != open.ID {
		t.Fatalf("received after the link = %+v, %v; want the open task once", rs, err)
	}
	if rs[0].MeetingTitle != "Giao ban UBND tỉnh tháng 1" || rs[0].AssignerName != chairman.FullName {
		t.Errorf("the received task shows meeting %q, assigner %q", rs[0].MeetingTitle, rs[0].AssignerName)
	}
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeReceived, leader.ChatID); n != 1 {
		t.Errorf("the commune's leader got %d notices, want 1", n)
	}
}

// TestMemberExtensionGoesUpBeyondTheReceivedDeadline: a commune member's
// request for a later deadline is decided by the commune's leader while it
// stays within what the province gave; approved beyond it, it goes up to
// the province, and the province's decision settles it in the commune.
func TestMemberExtensionGoesUpBeyondTheReceivedDeadline(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_damha", Name: "UBND phường Đầm Hà", Kind: tasks.KindXa},
	})
	damha := newTier(t, st, tasks.NewOrg{Name: "UBND phường Đầm Hà", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, []tasks.Unit{
		{Code: "vp", Name: "Văn phòng", Kind: tasks.KindPhong},
	})
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_damha", damha.org.ID, t0); err != nil {
		t.Fatal(err)
	}
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	leader := damha.join(t, st, 200, tasks.RoleLeader, "")
	vp := damha.join(t, st, 210, tasks.RoleMember, "vp")
	dl := time.Date(2021, 2, 26, 23, 59, 59, 0, t0.Location())
	parent, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Tổng kết công tác dân vận", Deadline: &dl, Leads: []int64{tinh.units["x_damha"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	rs, err := st.ReceivedTasks(ctx, damha.org.ID, true)
	if err != nil || len(rs) != 1 {
		t.Fatalf("received %d, %v", len(rs), err)
	}
	own := dl.AddDate(0, 0, -14)
	task, err := st.AssignReceived(ctx, leader, rs[0].ID, tasks.NewTask{Text: "Dự thảo báo cáo tổng kết", Deadline: &own, Leads: []int64{damha.units["vp"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	ask := func(d time.Time) tasks.Extension {
		t.Helper()
		e, err := st.RequestExtension(ctx, vp, task.ID, tasks.ExtensionAsk{Deadline: deadline.Deadline{Time: d, Text: d.Format("02/01/2006")}, Reason: "chờ số liệu"}, t0)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}

	// Within the province's deadline: the commune's leader decides alone.
	within := dl.AddDate(0, 0, -3)
	e, err := st.DecideExtension(ctx, leader, task.ID, ask(within).ID, true, t0)
	if err != nil || e.Status != tasks.ExtensionApproved || e.ForwardedAt != nil {
		t.Fatalf("a request within the received deadline: %+v, %v", e, err)
	}
	drain(t, st)
	if n := count(t, db, `SELECT count(*) FROM task_extensions WHERE org_id = $1`, tinh.org.ID); n != 0 {
		t.Fatalf("a request within the received deadline reached the province (%d)", n)
	}

	// Beyond it: the approval goes up; the commune's task keeps its deadline meanwhile.
	beyond := dl.AddDate(0, 0, 10)
	e, err = st.DecideExtension(ctx, leader, task.ID, ask(beyond).ID, true, t0.Add(time.Hour))
	if err != nil || e.Status != tasks.ExtensionPending || e.ForwardedAt == nil {
		t.Fatalf("a request beyond the received deadline: %+v, %v", e, err)
	}
	if again, err := st.DecideExtension(ctx, leader, task.ID, e.ID, true, t0.Add(time.Hour)); err != nil || again.Status != tasks.ExtensionPending {
		t.Errorf("approving a forwarded request again: %+v, %v", again, err)
	}
	if got, _ := st.Task(ctx, damha.org.ID, task.ID); !got.Deadline.Equal(within) {
		t.Errorf("the commune's task moved to %v before the province decided", got.Deadline)
	}
	drain(t, st)
	var up int64
	if err := db.Get(&up, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = $2 AND status = 'pending'`, tinh.org.ID, parent.ID); err != nil {
		t.Fatalf("no request reached the province: %v", err)
	}
	if pe, _ := st.Extension(ctx, tinh.org.ID, parent.ID, up); pe.RequesterName != "UBND phường Đầm Hà" || pe.Reason != "chờ số liệu" || !pe.NewDeadline.Equal(beyond) {
		t.Errorf("the province reads %+v", pe)
	}
	if n := outboxCount(t, db, tinh.org.ID, tasks.NoticeExtensionAsked, chairman.ChatID); n != 1 {
		t.Errorf("the chairman got %d requests, want 1", n)
	}
	if _, err := st.DecideExtension(ctx, chairman, parent.ID, up, true, t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if got, _ := st.Extension(ctx, damha.org.ID, task.ID, e.ID); got.Status != tasks.ExtensionApproved {
		t.Errorf("after the province's approval the commune's request is %q", got.Status)
	}
	if got, _ := st.Task(ctx, damha.org.ID, task.ID); got.Deadline == nil || !got.Deadline.Equal(beyond) {
		t.Errorf("the commune's task is due %v, want %v", got.Deadline, beyond)
	}
	if r, _ := st.Received(ctx, damha.org.ID, rs[0].ID); r.Deadline == nil || !r.Deadline.Equal(beyond) {
		t.Errorf("the received task is due %v, want %v", r.Deadline, beyond)
	}
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeExtensionDecided, vp.ChatID); n != 2 {
		t.Errorf("the member was told %d decisions, want 2 (the leader's, the province's)", n)
	}

	// Refused by the province: the commune's request is refused, the deadline stays.
	further := beyond.AddDate(0, 0, 10)
	e, err = st.DecideExtension(ctx, leader, task.ID, ask(further).ID, true, t0.Add(3*time.Hour))
	if err != nil || e.ForwardedAt == nil {
		t.Fatalf("%+v, %v", e, err)
	}
	drain(t, st)
	if err := db.Get(&up, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = $2 AND status = 'pending'`, tinh.org.ID, parent.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.RejectExtension(ctx, chairman, parent.ID, up, "Không gia hạn thêm", t0.Add(4*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if got, _ := st.Extension(ctx, damha.org.ID, task.ID, e.ID); got.Status != tasks.ExtensionRejected {
		t.Errorf("after the province's refusal the commune's request is %q", got.Status)
	}
	if got, _ := st.Task(ctx, damha.org.ID, task.ID); !got.Deadline.Equal(beyond) {
		t.Errorf("the commune's task moved to %v after a refusal", got.Deadline)
	}
}

func count(t *testing.T, db *sqlx.DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := db.Get(&n, q, args...); err != nil {
		t.Fatal(err)
	}
	return n
}

package tasks_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// TestParentDecisionsReachCommuneTasks: the province's new deadline moves
// the commune's tasks made from the received task that kept its deadline,
// pulls those now beyond an earlier one, and leaves the commune's own
// earlier deadlines; the province's cancellation, or taking the task away,
// cancels the commune's open tasks made from it, with a history line and
// a notice to their units.
func TestParentDecisionsReachCommuneTasks(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db, tasks.WithScheduler(reminders.New(db, slog.New(slog.NewTextHandler(io.Discard, nil)))))
	const tz = "Asia/Ho_Chi_Minh"
	tinh := newTier(t, st, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, []tasks.Unit{
		{Code: "x_damha", Name: "UBND phường Đầm Hà", Kind: tasks.KindXa},
		{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
	})
	damha := newTier(t, st, tasks.NewOrg{Name: "UBND phường Đầm Hà", Timezone: tz, Level: tasks.LevelXa, ParentID: &tinh.org.ID}, []tasks.Unit{
		{Code: "vp", Name: "Văn phòng", Kind: tasks.KindPhong},
		{Code: "t1", Name: "Khu phố 1", Kind: tasks.KindThon},
		{Code: "t2", Name: "Khu phố 2", Kind: tasks.KindThon},
	})
	if _, err := st.LinkUnit(ctx, tinh.org.ID, "x_damha", damha.org.ID, t0); err != nil {
		t.Fatal(err)
	}
	chairman := tinh.join(t, st, 100, tasks.RoleLeader, "")
	snv := tinh.join(t, st, 110, tasks.RoleMember, "snv")
	leader := damha.join(t, st, 200, tasks.RoleLeader, "")
	vp := damha.join(t, st, 210, tasks.RoleMember, "vp")
	t1 := damha.join(t, st, 220, tasks.RoleMember, "t1")
	t2 := damha.join(t, st, 230, tasks.RoleMember, "t2")
	dl := time.Date(2021, 2, 26, 23, 59, 59, 0, t0.Location())
	give := func(text string) (tasks.Task, tasks.Received) {
		t.Helper()
		parent, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: text, Deadline: &dl, DeadlineText: "26/02/2021",
			Leads: []int64{tinh.units["x_damha"].ID}, Coordinators: []int64{tinh.units["snv"].ID}}, t0)
		if err != nil {
			t.Fatal(err)
		}
		drain(t, st)
		var rid int64
		if err := db.Get(&rid, `SELECT id FROM received_tasks WHERE org_id = $1 AND parent_task_id = $2`, damha.org.ID, parent.ID); err != nil {
			t.Fatal(err)
		}
		r, err := st.Received(ctx, damha.org.ID, rid)
		if err != nil {
			t.Fatal(err)
		}
		return parent, r
	}
	handOn := func(r tasks.Received, unit string, own *time.Time) tasks.Task {
		t.Helper()
		task, err := st.AssignReceived(ctx, leader, r.ID, tasks.NewTask{Text: "Phần của " + unit, Deadline: own, Leads: []int64{damha.units[unit].ID}}, t0)
		if err != nil {
			t.Fatal(err)
		}
		drain(t, st)
		return task
	}
	due := func(id int64) time.Time {
		t.Helper()
		task, err := st.Task(ctx, damha.org.ID, id)
		if err != nil || task.Deadline == nil {
			t.Fatalf("task %d: %+v, %v", id, task, err)
		}
		return *task.Deadline
	}

	// A later deadline approved by the province.
	parent, r := give("Tổng kết công tác dân vận")
	whole := handOn(r, "vp", nil)
	early := dl.AddDate(0, 0, -14)
	own := handOn(r, "t1", &early)
	later := dl.AddDate(0, 0, 10)
	if err := st.RequestReceivedExtension(ctx, leader, r.ID, tasks.ExtensionAsk{
		Deadline: deadline.Deadline{Time: later, Text: "08/03/2021"}, Reason: "chờ số liệu"}, t0); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	var ext int64
	if err := db.Get(&ext, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = $2`, tinh.org.ID, parent.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.DecideExtension(ctx, chairman, parent.ID, ext, true, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if got := due(whole.ID); !got.Equal(later) {
		t.Errorf("the task that kept the received deadline is due %v, want %v", got, later)
	}
	if got := due(own.ID); !got.Equal(early) {
		t.Errorf("the task with its own earlier deadline is due %v, want %v", got, early)
	}
	// its reminders follow: none says overdue before the new deadline
	if n := count(t, db, `SELECT count(*) FROM reminders WHERE org_id = $1 AND task_id = $2 AND status = 'pending'`, damha.org.ID, whole.ID); n == 0 {
		t.Error("the moved task has no reminder planned")
	}
	if n := count(t, db, `SELECT count(*) FROM reminders WHERE org_id = $1 AND task_id = $2 AND status = 'pending' AND kind = 'overdue' AND due_at < $3`,
		damha.org.ID, whole.ID, later); n != 0 {
		t.Errorf("the moved task keeps %d overdue reminders of the old deadline", n)
	}
	if n := count(t, db, `SELECT count(*) FROM reminders WHERE org_id = $1 AND task_id = $2 AND status = 'pending' AND kind = 'overdue' AND due_at > $3`,
		damha.org.ID, whole.ID, later); n == 0 {
		t.Error("the moved task has no overdue reminder planned after its new deadline")
	}
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeParentDeadline, vp.ChatID); n != 1 {
		t.Errorf("the moved task's member was told %d times, want 1", n)
	}
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeParentDeadline, t1.ChatID); n != 0 {
		t.Errorf("the member whose task kept its deadline was told %d times", n)
	}
	hist, err := st.History(ctx, damha.org.ID, whole.ID)
	if err != nil {
		t.Fatal(err)
	}
	last := hist[len(hist)-1]
	if last.Kind != tasks.EventParentDeadline || last.Change == nil || !last.Change.New.Equal(later) || last.Change.Old == nil || !last.Change.Old.Equal(dl) {
		t.Errorf("the moved task's last history line is %+v (change %+v)", last.Event, last.Change)
	}
	original := func() *time.Time {
		t.Helper()
		moved, err := st.Task(ctx, damha.org.ID, whole.ID)
		if err != nil {
			t.Fatal(err)
		}
		return moved.OriginalDeadline
	}
	if got := original(); got == nil || !got.Equal(dl) {
		t.Errorf("the moved task's original deadline is %v, want the received one, %v", got, dl)
	}

	// An earlier deadline (the province's task moved back) pulls the
	// tasks beyond it; those before it keep theirs.
	sooner := dl.AddDate(0, 0, -7)
	if _, err := db.Exec(`UPDATE tasks SET deadline = $3 WHERE org_id = $1 AND id = $2`, tinh.org.ID, parent.ID, sooner); err != nil {
		t.Fatal(err)
	}
	if _, err := st.ReportProgress(ctx, snv, parent.ID, tasks.Progress{Text: "Sở đã gửi hướng dẫn"}, t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if got := due(whole.ID); !got.Equal(sooner) {
		t.Errorf("the task beyond the new earlier deadline is due %v, want %v", got, sooner)
	}
	if got := original(); got == nil || !got.Equal(dl) {
		t.Errorf("moved twice, the task's original deadline is %v, want the first, %v", got, dl)
	}
	if got := due(own.ID); !got.Equal(early) {
		t.Errorf("the task due before the new deadline is due %v, want %v", got, early)
	}

	// The province cancels: the commune's open tasks made from it are cancelled.
	if _, err := st.Cancel(ctx, chairman, parent.ID, "Không còn phù hợp", t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	for _, id := range []int64{whole.ID, own.ID} {
		if task, _ := st.Task(ctx, damha.org.ID, id); task.State != tasks.StateCancelled {
			t.Errorf("after the province's cancellation the commune's task %d is %q", id, task.State)
		}
	}
	if n := count(t, db, `SELECT count(*) FROM reminders WHERE org_id = $1 AND task_id = ANY(ARRAY[$2, $3]::bigint[]) AND status = 'pending'`,
		damha.org.ID, whole.ID, own.ID); n != 0 {
		t.Errorf("%d reminders still pending for the cancelled tasks", n)
	}
	for _, m := range []tasks.Member{vp, t1} {
		if n := outboxCount(t, db, damha.org.ID, tasks.NoticeCancelled, m.ChatID); n != 1 {
			t.Errorf("member %d was told %d times of the cancellation, want 1", m.TgUserID, n)
		}
	}
	hist, err = st.History(ctx, damha.org.ID, own.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := hist[len(hist)-1]; last.Kind != tasks.EventCancelled || last.Note == "" {
		t.Errorf("the cancelled task's last history line is %+v", last.Event)
	}

	// The province takes the task away from the commune: the same.
	parent, r = give("Kiểm tra an toàn thực phẩm")
	taken := handOn(r, "t2", nil)
	done := handOn(r, "vp", nil)
	if _, err := st.ReportDone(ctx, vp, done.ID, t0); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Confirm(ctx, leader, done.ID, t0); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if _, err := st.Reassign(ctx, chairman, parent.ID, []int64{tinh.units["snv"].ID}, nil, "Sở Nội vụ làm", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	drain(t, st)
	if task, _ := st.Task(ctx, damha.org.ID, taken.ID); task.State != tasks.StateCancelled {
		t.Errorf("after the task was taken away the commune's open task is %q", task.State)
	}
	if task, _ := st.Task(ctx, damha.org.ID, done.ID); task.State != tasks.StateDone {
		t.Errorf("a done task of the commune became %q", task.State)
	}
	if n := outboxCount(t, db, damha.org.ID, tasks.NoticeCancelled, t2.ChatID); n != 1 {
		t.Errorf("the taken task's member was told %d times, want 1", n)
	}
}

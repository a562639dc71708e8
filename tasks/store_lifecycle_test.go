package tasks_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// newTask gives a task led by KTHT with Quảng Lâm coordinating, due in a week.
func (f fixture) newTask(t *testing.T) tasks.Task {
	t.Helper()
	due := t0.Add(7 * 24 * time.Hour)
	task, _, err := f.store.CreateTask(context.Background(), f.leader, tasks.NewTask{
		Text: "Lập kế hoạch chỉnh trang lề đường", Deadline: &due,
		Leads: []int64{f.units["ktht"].ID}, Coordinators: []int64{f.units["quanglam"].ID},
	}, t0)
	if err != nil {
		t.Fatal(err)
	}
	return task
}

func (f fixture) outboxCount(t *testing.T, kind string, member int64) int {
	t.Helper()
	var n int
	if err := f.store.DB().Get(&n, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2 AND member_id = $3`, f.org.ID, kind, member); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestProgressAndEvidence(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.newTask(t)
	tckh := f.join(t, 400, tasks.RoleMember, "tckh")
	if _, err := f.store.ReportProgress(ctx, tckh, task.ID, tasks.Progress{Text: "x"}, t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("outsider progress: %v", err)
	}
	var ie *tasks.InputError
	if _, err := f.store.ReportProgress(ctx, f.ktht, task.ID, tasks.Progress{}, t0); !errors.As(err, &ie) {
		t.Errorf("empty progress: %v", err)
	}
	sixty := 60
	p := tasks.Progress{Text: "Đạt 60%", Percent: &sixty, Files: []tasks.FileRef{
		{FileID: "photo-1", Kind: tasks.FilePhoto, Size: 10},
		{FileID: "doc-1", Kind: tasks.FileDocument, Name: "bao-cao.pdf", MIME: "application/pdf"},
	}}
	got, err := f.store.ReportProgress(ctx, f.ktht, task.ID, p, t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if got.State != tasks.StateInProgress {
		t.Errorf("task state = %s, want in_progress", got.State)
	}
	for _, u := range got.Units {
		want := "assigned"
		if u.UnitID == f.units["ktht"].ID {
			want = "in_progress"
		}
		if u.State != want {
			t.Errorf("unit %s state = %s, want %s", u.Code, u.State, want)
		}
	}
	files, err := f.store.TaskFiles(ctx, f.org.ID, task.ID)
	if err != nil || len(files) != 2 || files[1].Name != "bao-cao.pdf" || files[0].Member == "" {
		t.Errorf("files = %+v, %v", files, err)
	}
	h, err := f.store.History(ctx, f.org.ID, task.ID)
	if err != nil {
		t.Fatal(err)
	}
	last := h[len(h)-1]
	if last.Kind != tasks.EventProgress || last.Progress == nil || *last.Progress.Percent != 60 || last.Note != "Đạt 60%" {
		t.Errorf("last history line = %+v", last)
	}
	// Evidence may follow a report of done, but not a confirmed task.
	if _, err := f.store.ReportDone(ctx, f.ktht, task.ID, t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.ReportProgress(ctx, f.ktht, task.ID, tasks.Progress{Text: "Bổ sung biên bản"}, t0.Add(3*time.Hour)); err != nil {
		t.Errorf("evidence after report: %v", err)
	}
	if _, err := f.store.Confirm(ctx, f.leader, task.ID, t0.Add(4*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.ReportProgress(ctx, f.ktht, task.ID, tasks.Progress{Text: "muộn"}, t0.Add(5*time.Hour)); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("progress on a done task: %v", err)
	}
}

func TestConfirmAndRework(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.newTask(t)
	if _, err := f.store.Confirm(ctx, f.leader, task.ID, t0); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("confirm before report: %v", err)
	}
	if _, err := f.store.ReportDone(ctx, f.xa, task.ID, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n := f.outboxCount(t, tasks.NoticeToConfirm, f.leader.ID); n != 0 {
		t.Errorf("a coordinator's report asked for confirmation %d times", n)
	}
	got, err := f.store.ReportDone(ctx, f.ktht, task.ID, t0.Add(2*time.Hour))
	if err != nil || got.State != tasks.StateReported {
		t.Fatalf("lead report: %v %v", got.State, err)
	}
	if n := f.outboxCount(t, tasks.NoticeToConfirm, f.leader.ID); n != 1 {
		t.Errorf("confirmation asked %d times, want 1", n)
	}
	if _, err := f.store.Rework(ctx, f.ktht, task.ID, "tự trả lại", t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("owner rework: %v", err)
	}
	var ie *tasks.InputError
	if _, err := f.store.Rework(ctx, f.leader, task.ID, " ", t0); !errors.As(err, &ie) {
		t.Errorf("rework without reason: %v", err)
	}
	got, err = f.store.Rework(ctx, f.leader, task.ID, "Thiếu số liệu xã Quảng Lâm", t0.Add(3*time.Hour))
	if err != nil || got.State != tasks.StateInProgress || got.ReportedAt != nil {
		t.Fatalf("rework: %+v %v", got, err)
	}
	for _, u := range got.Units {
		if u.State != "in_progress" {
			t.Errorf("unit %s after rework = %s", u.Code, u.State)
		}
	}
	if n := f.outboxCount(t, tasks.NoticeRework, f.ktht.ID) + f.outboxCount(t, tasks.NoticeRework, f.xa.ID); n != 2 {
		t.Errorf("rework notices = %d, want 2", n)
	}
	if _, err := f.store.ReportDone(ctx, f.ktht, task.ID, t0.Add(4*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n := f.outboxCount(t, tasks.NoticeToConfirm, f.leader.ID); n != 2 {
		t.Errorf("after rework the report asked for confirmation %d times in all, want 2", n)
	}
	if _, err := f.store.Confirm(ctx, f.ktht, task.ID, t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("owner confirm: %v", err)
	}
	got, err = f.store.Confirm(ctx, f.leader, task.ID, t0.Add(5*time.Hour))
	if err != nil || got.State != tasks.StateDone || got.ConfirmedAt == nil {
		t.Fatalf("confirm: %+v %v", got, err)
	}
	if _, err := f.store.Confirm(ctx, f.leader, task.ID, t0.Add(6*time.Hour)); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("confirm twice: %v", err)
	}
	if n := f.outboxCount(t, tasks.NoticeConfirmed, f.ktht.ID); n != 1 {
		t.Errorf("confirmed notices to the lead = %d", n)
	}
}

func TestCancelAndReassign(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	secretary := f.join(t, 150, tasks.RoleSecretary, "")
	tckh := f.join(t, 400, tasks.RoleMember, "tckh")
	task := f.newTask(t)
	if _, err := f.store.Reassign(ctx, f.ktht, task.ID, []int64{f.units["tckh"].ID}, nil, "lý do", t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("member reassign: %v", err)
	}
	var ie *tasks.InputError
	if _, err := f.store.Reassign(ctx, secretary, task.ID, []int64{f.units["ktht"].ID}, []int64{f.units["quanglam"].ID}, "không đổi", t0); !errors.As(err, &ie) {
		t.Errorf("reassign to the same units: %v", err)
	}
	got, err := f.store.Reassign(ctx, secretary, task.ID, []int64{f.units["tckh"].ID}, []int64{f.units["quanglam"].ID}, "KTHT bận dự án khác", t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if lead, _ := got.Lead(); lead.UnitID != f.units["tckh"].ID || len(got.Units) != 2 {
		t.Errorf("units after reassign = %+v", got.Units)
	}
	if f.ktht.OwnsTask(got) || !tckh.OwnsTask(got) {
		t.Error("ownership did not follow the reassignment")
	}
	if n := f.outboxCount(t, tasks.NoticeMoved, f.ktht.ID); n != 1 {
		t.Errorf("moved notices to the old lead = %d, want 1", n)
	}
	if n := f.outboxCount(t, tasks.NoticeMoved, f.xa.ID); n != 0 {
		t.Errorf("the coordinator who stays was told it moved")
	}
	if n := f.outboxCount(t, tasks.NoticeAssigned, tckh.ID); n != 1 {
		t.Errorf("assigned notices to the new lead = %d, want 1", n)
	}
	list, err := f.store.Tasks(ctx, f.ktht, tasks.TaskFilter{Open: true})
	if err != nil || len(list) != 0 {
		t.Errorf("the old lead still lists %d tasks (%v)", len(list), err)
	}
	// Back to KTHT: the unit's record comes back fresh.
	got, err = f.store.Reassign(ctx, f.leader, task.ID, []int64{f.units["ktht"].ID}, nil, "Trả lại KTHT", t0.Add(2*time.Hour))
	if err != nil || len(got.Units) != 1 || got.Units[0].State != "assigned" {
		t.Fatalf("reassign back: %+v %v", got.Units, err)
	}
	if _, err := f.store.Cancel(ctx, f.ktht, task.ID, "tự hủy", t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("member cancel: %v", err)
	}
	got, err = f.store.Cancel(ctx, secretary, task.ID, "Không còn cần thiết", t0.Add(3*time.Hour))
	if err != nil || got.State != tasks.StateCancelled {
		t.Fatalf("cancel: %v %v", got.State, err)
	}
	if _, err := f.store.Cancel(ctx, secretary, task.ID, "lần nữa", t0.Add(4*time.Hour)); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("cancel twice: %v", err)
	}
	var pending int
	f.store.DB().Get(&pending, `SELECT count(*) FROM outbox WHERE org_id = $1 AND task_id = $2 AND kind = $3 AND status = 'pending'`, f.org.ID, task.ID, tasks.NoticeAssigned)
	if pending != 0 {
		t.Errorf("%d assignment notices still pending after cancel", pending)
	}
}

func TestExtensions(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.newTask(t)
	old := *task.Deadline
	ask := func(text string, now time.Time) tasks.ExtensionAsk {
		a, err := tasks.ParseExtensionAsk(text, task.Deadline, now.In(t0.Location()))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if _, err := f.store.RequestExtension(ctx, f.leader, task.ID, ask("30/1 vì chờ số liệu", t0), t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("a non-owner asked: %v", err)
	}
	first, err := f.store.RequestExtension(ctx, f.ktht, task.ID, ask("30/1 vì chờ số liệu", t0), t0)
	if err != nil || first.Late || first.Status != tasks.ExtensionPending {
		t.Fatalf("request: %+v %v", first, err)
	}
	// A second request after the deadline withdraws the first and is late.
	late := old.Add(24 * time.Hour)
	second, err := f.store.RequestExtension(ctx, f.ktht, task.ID, ask("5/2 vì thiếu kinh phí", late), late)
	if err != nil || !second.Late {
		t.Fatalf("late request: %+v %v", second, err)
	}
	if e, _ := f.store.Extension(ctx, f.org.ID, task.ID, first.ID); e.Status != tasks.ExtensionWithdrawn {
		t.Errorf("first request is %s, want withdrawn", e.Status)
	}
	if _, err := f.store.DecideExtension(ctx, f.leader, task.ID, first.ID, true, late); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("deciding a withdrawn request: %v", err)
	}
	if _, err := f.store.DecideExtension(ctx, f.ktht, task.ID, second.ID, true, late); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("owner deciding: %v", err)
	}
	other := f.newTask(t)
	if _, err := f.store.DecideExtension(ctx, f.leader, other.ID, second.ID, true, late); !errors.Is(err, tasks.ErrNotFound) {
		t.Errorf("deciding with another task's id: %v", err)
	}
	e, err := f.store.DecideExtension(ctx, f.leader, task.ID, second.ID, true, late.Add(time.Hour))
	if err != nil || e.Status != tasks.ExtensionApproved {
		t.Fatalf("approve: %+v %v", e, err)
	}
	got, _ := f.store.Task(ctx, f.org.ID, task.ID)
	if !got.Deadline.Equal(second.NewDeadline) {
		t.Errorf("deadline = %v, want %v", got.Deadline, second.NewDeadline)
	}
	if _, err := f.store.DecideExtension(ctx, f.leader, task.ID, second.ID, false, late); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("deciding twice: %v", err)
	}
	h, _ := f.store.History(ctx, f.org.ID, task.ID)
	var ext *tasks.HistoryEntry
	for i := range h {
		if h[i].Kind == tasks.EventExtended {
			ext = &h[i]
		}
	}
	if ext == nil || ext.Change == nil || !ext.Change.Old.Equal(old) || !ext.Change.New.Equal(second.NewDeadline) {
		t.Errorf("history of the extension = %+v", ext)
	}
	if n := f.outboxCount(t, tasks.NoticeExtensionAsked, f.leader.ID); n != 2 {
		t.Errorf("extension requests sent to the assigner = %d, want 2", n)
	}
}

func TestRecurringSeries(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	loc := t0.Location()
	rule := deadline.Rule{Freq: deadline.Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}
	first := rule.Next(t0) // Thursday 07/01/2021 17:00
	task, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{
		Text: "Tổng hợp đăng ký ra quân", Deadline: &first, DeadlineHasTime: true,
		Leads: []int64{f.units["ktht"].ID}, Rule: &rule,
	}, t0)
	if err != nil {
		t.Fatal(err)
	}
	f.store.DB().MustExec(`INSERT INTO meetings (org_id, id, title, held_on, opened_by, created_at) VALUES ($1, 7, 'Giao ban', $2, $3, $4)`, f.org.ID, t0.Format("2006-01-02"), f.leader.ID, t0)
	f.store.DB().MustExec(`UPDATE tasks SET meeting_id = 7 WHERE org_id = $1 AND id = $2`, f.org.ID, task.ID)
	s, ok, err := f.store.TaskSeries(ctx, f.org.ID, task.ID)
	if err != nil || !ok || s.Rule != rule {
		t.Fatalf("series = %+v %v %v", s, ok, err)
	}
	// Nothing is due while the occurrence is open and before its deadline.
	if n, err := f.store.CreateDueOccurrences(ctx, t0.Add(time.Hour)); err != nil || n != 0 {
		t.Fatalf("early scan made %d (%v)", n, err)
	}
	// Closing it makes the next one, a week later.
	if _, err := f.store.ReportDone(ctx, f.ktht, task.ID, t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Confirm(ctx, f.leader, task.ID, t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	second, err := f.store.Task(ctx, f.org.ID, task.ID+1)
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2021, 1, 14, 17, 0, 0, 0, loc)
	if !second.Deadline.Equal(want) || second.Text != task.Text || second.State != tasks.StateAssigned || second.MeetingID == nil || *second.MeetingID != 7 {
		t.Errorf("second occurrence = %v %q %s meeting %v, want %v from meeting 7", second.Deadline, second.Text, second.State, second.MeetingID, want)
	}
	if n := f.outboxCount(t, tasks.NoticeAssigned, f.ktht.ID); n != 2 {
		t.Errorf("the owner got %d assignment notices, want 2", n)
	}
	// The deadline passes without a report: the scan makes the third, once.
	after := want.Add(time.Minute)
	if n, err := f.store.CreateDueOccurrences(ctx, after); err != nil || n != 1 {
		t.Fatalf("scan after the deadline made %d (%v), want 1", n, err)
	}
	if n, err := f.store.CreateDueOccurrences(ctx, after.Add(time.Minute)); err != nil || n != 0 {
		t.Fatalf("second scan made %d (%v), want 0", n, err)
	}
	third, err := f.store.Task(ctx, f.org.ID, task.ID+2)
	if err != nil || !third.Deadline.Equal(time.Date(2021, 1, 21, 17, 0, 0, 0, loc)) {
		t.Fatalf("third occurrence = %v %v", third.Deadline, err)
	}
	// Weeks without the bot are not made up: the next is after now.
	if _, err := f.store.Cancel(ctx, f.leader, third.ID, "nghỉ Tết", time.Date(2021, 2, 20, 9, 0, 0, 0, loc)); err != nil {
		t.Fatal(err)
	}
	fourth, err := f.store.Task(ctx, f.org.ID, task.ID+3)
	if err != nil || !fourth.Deadline.Equal(time.Date(2021, 2, 25, 17, 0, 0, 0, loc)) {
		t.Fatalf("fourth occurrence = %v %v", fourth.Deadline, err)
	}
	if err := f.store.StopSeries(ctx, f.ktht, fourth.ID, t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("member stop: %v", err)
	}
	if err := f.store.StopSeries(ctx, f.leader, fourth.ID, t0); err != nil {
		t.Fatal(err)
	}
	if err := f.store.StopSeries(ctx, f.leader, fourth.ID, t0); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("stop twice: %v", err)
	}
	if n, err := f.store.CreateDueOccurrences(ctx, time.Date(2021, 3, 1, 9, 0, 0, 0, loc)); err != nil || n != 0 {
		t.Errorf("a stopped series made %d (%v)", n, err)
	}
}

func TestScopeLimitsToUnit(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.newTask(t)
	tckhTask, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{Text: "Việc TCKH", Leads: []int64{f.units["tckh"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	leader := f.leader
	leader.ScopeUnit = f.units["ktht"].ID
	list, err := f.store.Tasks(ctx, leader, tasks.TaskFilter{Open: true})
	if err != nil || len(list) != 1 || list[0].ID != task.ID {
		t.Errorf("a leader in KTHT's group sees %d tasks (%v)", len(list), err)
	}
	if leader.CanSee(tckhTask) || leader.CanManage(tckhTask) || !leader.CanSee(task) {
		t.Error("scope does not limit seeing and managing")
	}
	nothing := f.leader
	nothing.ScopeUnit = tasks.ScopeNothing
	if list, _ := f.store.Tasks(ctx, nothing, tasks.TaskFilter{}); len(list) != 0 || nothing.CanSee(task) {
		t.Errorf("an unlinked group shows %d tasks", len(list))
	}
	// A member of two units, in one unit's group, acts for that unit only.
	both := f.join(t, 500, tasks.RoleMember, "ktht")
	inv, _ := f.store.CreateInvite(ctx, f.org.ID, tasks.NewInvite{Role: tasks.RoleMember, UnitID: ptr(f.units["quanglam"].ID)}, t0)
	both, err = f.store.Join(ctx, inv.Code, tasks.TelegramUser{ID: 500, ChatID: 500, FullName: "Hai đơn vị"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	both.ScopeUnit = f.units["quanglam"].ID
	got, err := f.store.ReportDone(ctx, both, task.ID, t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range got.Units {
		reported := u.State == "reported"
		if reported != (u.UnitID == f.units["quanglam"].ID) {
			t.Errorf("unit %s state %s after a report from Quảng Lâm's group", u.Code, u.State)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func TestAdministration(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	admin := f.join(t, 90, tasks.RoleAdmin, "")
	var ie *tasks.InputError
	if _, err := f.store.SetRole(ctx, admin, admin.ID, tasks.RoleMember); !errors.As(err, &ie) {
		t.Errorf("admin demoting themselves: %v", err)
	}
	if _, err := f.store.SetRole(ctx, f.leader, f.ktht.ID, tasks.RoleLeader); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("leader setting roles: %v", err)
	}
	m, err := f.store.SetUnit(ctx, admin, f.ktht.ID, f.units["ktht"].ID, true)
	if err != nil || !m.IsHead(f.units["ktht"].ID) {
		t.Fatalf("make head: %+v %v", m, err)
	}
	task := f.newTask(t)
	if _, err := f.store.RemoveMember(ctx, admin, f.ktht.ID, t0); err != nil {
		t.Fatal(err)
	}
	var pending int
	f.store.DB().Get(&pending, `SELECT count(*) FROM outbox WHERE org_id = $1 AND member_id = $2 AND status = 'pending'`, f.org.ID, f.ktht.ID)
	if pending != 0 {
		t.Errorf("%d messages still pending to a removed member", pending)
	}
	ms, _ := f.store.Memberships(ctx, 200)
	if len(ms) != 0 {
		t.Error("a removed member still has a membership")
	}
	got, _ := f.store.Task(ctx, f.org.ID, task.ID)
	if lead, _ := got.Lead(); lead.UnitID != f.units["ktht"].ID || got.State != tasks.StateAssigned {
		t.Errorf("the task did not stay with the unit: %+v", got)
	}
	if _, err := f.store.RemoveMember(ctx, admin, f.ktht.ID, t0); !errors.Is(err, tasks.ErrNotFound) {
		t.Errorf("removing twice: %v", err)
	}
	// When the assigner has gone, the leaders decide in their place.
	deputy := f.join(t, 110, tasks.RoleLeader, "")
	if _, err := f.store.RemoveMember(ctx, admin, f.leader.ID, t0); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.ReportDone(ctx, f.xa, task.ID, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	newcomer := f.join(t, 210, tasks.RoleMember, "ktht")
	if _, err := f.store.ReportDone(ctx, newcomer, task.ID, t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n := f.outboxCount(t, tasks.NoticeToConfirm, deputy.ID); n != 1 {
		t.Errorf("the remaining leader was asked to confirm %d times, want 1", n)
	}
	if _, err := f.store.Confirm(ctx, deputy, task.ID, t0.Add(3*time.Hour)); err != nil {
		t.Errorf("the remaining leader confirming: %v", err)
	}
	// Group links: heads link their unit; another org's group is taken.
	g, err := f.store.LinkGroup(ctx, admin, -100, f.units["ktht"].ID, "Nhóm KTHT", t0)
	if err != nil || g.UnitID != f.units["ktht"].ID {
		t.Fatalf("link: %+v %v", g, err)
	}
	if _, err := f.store.LinkGroup(ctx, f.xa, -100, f.units["quanglam"].ID, "", t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("member linking: %v", err)
	}
	other, _ := f.store.CreateOrg(ctx, "UBND huyện Khác", "Asia/Ho_Chi_Minh", t0)
	otherAdmin := tasks.Member{OrgID: other.ID, ID: 1, Role: tasks.RoleAdmin}
	if _, err := f.store.LinkGroup(ctx, otherAdmin, -100, 1, "", t0); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("another org taking the group: %v", err)
	}
}

// TestCoordinatorParts: a coordinating unit reports its part whenever the
// task is open or waits for confirmation; rework resets the lead's part and
// a coordinator's only when the reason names it; confirmation closes the
// parts never reported, as ended when the task was reported.
func TestCoordinatorParts(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	unit := func(task tasks.Task, code string) tasks.TaskUnit {
		t.Helper()
		for _, u := range task.Units {
			if u.UnitID == f.units[code].ID {
				return u
			}
		}
		t.Fatalf("task %d has no unit %s", task.ID, code)
		return tasks.TaskUnit{}
	}
	task := f.newTask(t)
	if _, err := f.store.ReportDone(ctx, f.ktht, task.ID, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	got, err := f.store.ReportDone(ctx, f.xa, task.ID, t0.Add(2*time.Hour))
	if err != nil {
		t.Fatalf("a coordinator reporting while the task waits for confirmation: %v", err)
	}
	if got.State != tasks.StateReported || !got.ReportedAt.Equal(t0.Add(time.Hour)) || unit(got, "quanglam").State != "reported" {
		t.Errorf("after the coordinator's report: task %s at %v, Quảng Lâm %s", got.State, got.ReportedAt, unit(got, "quanglam").State)
	}
	if n := f.outboxCount(t, tasks.NoticeToConfirm, f.leader.ID); n != 1 {
		t.Errorf("confirmation asked %d times, want 1", n)
	}
	if n := f.outboxCount(t, tasks.NoticeReported, f.leader.ID); n != 1 {
		t.Errorf("the assigner was told of %d coordinators' reports, want 1", n)
	}
	if _, err := f.store.ReportDone(ctx, f.xa, task.ID, t0.Add(3*time.Hour)); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("reporting twice: %v", err)
	}
	got, err = f.store.Rework(ctx, f.leader, task.ID, "Thiếu biên bản nghiệm thu", t0.Add(4*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if s := unit(got, "ktht").State; s != "in_progress" {
		t.Errorf("the lead after rework = %s", s)
	}
	if u := unit(got, "quanglam"); u.State != "reported" || u.ReportedAt == nil || !u.ReportedAt.Equal(t0.Add(2*time.Hour)) {
		t.Errorf("a coordinator the rework does not name lost its report: %+v", u)
	}
	if _, err := f.store.ReportDone(ctx, f.ktht, task.ID, t0.Add(5*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Confirm(ctx, f.leader, task.ID, t0.Add(6*time.Hour)); err != nil {
		t.Fatal(err)
	}

	// A coordinator that never reported: confirmation closes its part.
	quiet := f.newTask(t)
	if _, err := f.store.ReportDone(ctx, f.ktht, quiet.ID, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	got, err = f.store.Confirm(ctx, f.leader, quiet.ID, t0.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if u := unit(got, "quanglam"); u.State != tasks.UnitClosed || u.ReportedAt == nil || !u.ReportedAt.Equal(t0.Add(time.Hour)) {
		t.Errorf("an unreported coordinator of a confirmed task: %+v, want closed at %v", u, t0.Add(time.Hour))
	}
	if u := unit(got, "ktht"); u.State != "reported" || !u.ReportedAt.Equal(t0.Add(time.Hour)) {
		t.Errorf("the lead of a confirmed task: %+v", u)
	}
	var open int
	if err := f.store.DB().Get(&open, `SELECT count(*) FROM task_units WHERE org_id = $1 AND state <> 'removed' AND reported_at IS NULL
		AND task_id IN (SELECT id FROM tasks WHERE org_id = $1 AND state = 'done')`, f.org.ID); err != nil || open != 0 {
		t.Errorf("%d parts of done tasks without an end (%v)", open, err)
	}
	if _, err := f.store.ReportDone(ctx, f.xa, quiet.ID, t0.Add(3*time.Hour)); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("reporting on a done task: %v", err)
	}
}

func TestAcceptOnlyOpenTasks(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.newTask(t)
	if _, err := f.store.Cancel(ctx, f.leader, task.ID, "Không còn cần thiết", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Accept(ctx, f.ktht, task.ID, t0.Add(2*time.Hour)); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("accepting a cancelled task: %v", err)
	}
	var n int
	if err := f.store.DB().Get(&n, `SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = 'accepted'`, f.org.ID, task.ID); err != nil || n != 0 {
		t.Errorf("%d accepted events on a cancelled task (%v)", n, err)
	}
	open := f.newTask(t)
	got, err := f.store.Accept(ctx, f.ktht, open.ID, t0.Add(time.Hour))
	if err != nil || got.State != tasks.StateAccepted {
		t.Errorf("accepting an open task: %v %v", got.State, err)
	}
}

// TestRetriedWritesAreIdempotent: progress and extension requests carrying
// the origin of the Telegram update happen once however often it is retried.
func TestRetriedWritesAreIdempotent(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.newTask(t)
	p := tasks.Progress{Text: "Đạt 50%", Origin: "tg:41"}
	for i := 0; i < 2; i++ {
		if _, err := f.store.ReportProgress(ctx, f.ktht, task.ID, p, t0.Add(time.Duration(i+1)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.store.ReportProgress(ctx, f.ktht, task.ID, tasks.Progress{Text: "Đạt 70%", Origin: "tg:42"}, t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := f.store.DB().Get(&n, `SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = $3`, f.org.ID, task.ID, tasks.EventProgress); err != nil || n != 2 {
		t.Errorf("%d progress events, want 2 (%v)", n, err)
	}
	ask, err := tasks.ParseExtensionAsk("30/1 vì chờ số liệu", task.Deadline, t0)
	if err != nil {
		t.Fatal(err)
	}
	ask.Origin = "tg:43"
	first, err := f.store.RequestExtension(ctx, f.ktht, task.ID, ask, t0)
	if err != nil {
		t.Fatal(err)
	}
	again, err := f.store.RequestExtension(ctx, f.ktht, task.ID, ask, t0.Add(time.Minute))
	if err != nil || again.ID != first.ID || again.Status != tasks.ExtensionPending {
		t.Errorf("a retried request = %+v %v, want request %d pending", again, err, first.ID)
	}
	if err := f.store.DB().Get(&n, `SELECT count(*) FROM task_extensions WHERE org_id = $1 AND task_id = $2`, f.org.ID, task.ID); err != nil || n != 1 {
		t.Errorf("%d extension requests, want 1 (%v)", n, err)
	}
	if n := f.outboxCount(t, tasks.NoticeExtensionAsked, f.leader.ID); n != 1 {
		t.Errorf("the assigner was asked %d times, want 1", n)
	}
}

// TestReassignOccurrenceMovesSeries: reassigning an occurrence of a running
// series gives the later occurrences to the new units too.
func TestReassignOccurrenceMovesSeries(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	tckh := f.join(t, 400, tasks.RoleMember, "tckh")
	rule := deadline.Rule{Freq: deadline.Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}
	first := rule.Next(t0)
	task, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{
		Text: "Tổng hợp đăng ký ra quân", Deadline: &first, DeadlineHasTime: true,
		Leads: []int64{f.units["ktht"].ID}, Coordinators: []int64{f.units["quanglam"].ID}, Rule: &rule,
	}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Reassign(ctx, f.leader, task.ID, []int64{f.units["tckh"].ID}, nil, "TCKH phụ trách từ tuần này", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.ReportDone(ctx, tckh, task.ID, t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Confirm(ctx, f.leader, task.ID, t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	second, err := f.store.Task(ctx, f.org.ID, task.ID+1)
	if err != nil {
		t.Fatal(err)
	}
	if lead, _ := second.Lead(); lead.UnitID != f.units["tckh"].ID || len(second.Units) != 1 {
		t.Errorf("the next occurrence went to %+v, want TCKH alone", second.Units)
	}
	if n := f.outboxCount(t, tasks.NoticeAssigned, f.ktht.ID); n != 1 {
		t.Errorf("KTHT got %d assignment notices, want 1 (the first occurrence)", n)
	}
}

func TestUndoStopsSeries(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	rule := deadline.Rule{Freq: deadline.Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}
	first := rule.Next(t0)
	task, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{
		Text: "Tổng hợp đăng ký ra quân", Deadline: &first, DeadlineHasTime: true, Leads: []int64{f.units["ktht"].ID}, Rule: &rule,
	}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Undo(ctx, f.leader, task.ID, t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if s, ok, err := f.store.TaskSeries(ctx, f.org.ID, task.ID); err != nil || !ok || s.StoppedAt == nil {
		t.Errorf("series after undoing its first task = %+v %v %v", s, ok, err)
	}
	if n, err := f.store.CreateDueOccurrences(ctx, first.Add(time.Hour)); err != nil || n != 0 {
		t.Errorf("a series whose first task was undone made %d (%v)", n, err)
	}
}

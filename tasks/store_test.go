package tasks_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

var t0 = time.Date(2021, 1, 7, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))

type fixture struct {
	store  *tasks.Store
	org    tasks.Org
	units  map[string]tasks.Unit
	leader tasks.Member
	ktht   tasks.Member
	xa     tasks.Member
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	ctx := context.Background()
	st := tasks.NewStore(pgtest.New(t))
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, []tasks.Unit{
		{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong},
		{Code: "tckh", Name: "Phòng Tài chính – Kế hoạch", Kind: tasks.KindPhong},
		{Code: "quanglam", Name: "UBND xã Quảng Lâm", Kind: tasks.KindXa},
	}); err != nil {
		t.Fatal(err)
	}
	units, err := st.Units(ctx, org.ID)
	if err != nil {
		t.Fatal(err)
	}
	f := fixture{store: st, org: org, units: map[string]tasks.Unit{}}
	for _, u := range units {
		f.units[u.Code] = u
	}
	f.leader = f.join(t, 100, tasks.RoleLeader, "")
	f.ktht = f.join(t, 200, tasks.RoleMember, "ktht")
	f.xa = f.join(t, 300, tasks.RoleMember, "quanglam")
	return f
}

func (f fixture) join(t *testing.T, tgID int64, role tasks.Role, unit string) tasks.Member {
	t.Helper()
	ctx := context.Background()
	ni := tasks.NewInvite{Role: role}
	if unit != "" {
		id := f.units[unit].ID
		ni.UnitID = &id
	}
	inv, err := f.store.CreateInvite(ctx, f.org.ID, ni, t0)
	if err != nil {
		t.Fatal(err)
	}
	m, err := f.store.Join(ctx, inv.Code, tasks.TelegramUser{ID: tgID, ChatID: tgID, FullName: "Người " + unit}, t0)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSlugAndOrgRef(t *testing.T) {
	f := newFixture(t)
	if f.org.Slug != "ubnd-huyen-dam-ha" {
		t.Errorf("slug = %q", f.org.Slug)
	}
	ctx := context.Background()
	again, err := f.store.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", t0)
	if err != nil || again.Slug != "ubnd-huyen-dam-ha-2" {
		t.Errorf("second org slug = %q, %v", again.Slug, err)
	}
	got, err := f.store.OrgByRef(ctx, "ubnd-huyen-dam-ha")
	if err != nil || got.ID != f.org.ID {
		t.Errorf("OrgByRef = %+v, %v", got, err)
	}
}

func TestJoinInvites(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	u := tasks.TelegramUser{ID: 900, ChatID: 900, FullName: "Khách"}
	if _, err := f.store.Join(ctx, "nonsense", u, t0); !errors.Is(err, tasks.ErrInvalidInvite) {
		t.Errorf("bad code: %v", err)
	}
	if _, err := f.store.Join(ctx, "999-abc", u, t0); !errors.Is(err, tasks.ErrInvalidInvite) {
		t.Errorf("unknown org: %v", err)
	}
	inv, _ := f.store.CreateInvite(ctx, f.org.ID, tasks.NewInvite{Role: tasks.RoleMember, TTL: time.Hour}, t0)
	if _, err := f.store.Join(ctx, inv.Code, u, t0.Add(2*time.Hour)); !errors.Is(err, tasks.ErrInvalidInvite) {
		t.Errorf("expired: %v", err)
	}
	if err := f.store.RevokeInvite(ctx, f.org.ID, inv.Code, t0); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Join(ctx, inv.Code, u, t0); !errors.Is(err, tasks.ErrInvalidInvite) {
		t.Errorf("revoked: %v", err)
	}
	// A leader who opens a member link for a unit stays a leader and gains the unit.
	id := f.units["tckh"].ID
	inv2, _ := f.store.CreateInvite(ctx, f.org.ID, tasks.NewInvite{Role: tasks.RoleMember, UnitID: &id}, t0)
	m, err := f.store.Join(ctx, inv2.Code, tasks.TelegramUser{ID: 100, ChatID: 100, FullName: "Lãnh đạo"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if m.Role != tasks.RoleLeader || !m.InUnit(id) {
		t.Errorf("rejoined leader = %+v", m)
	}
}

func TestCreateTaskLifecycle(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	deadline := time.Date(2021, 1, 15, 23, 59, 59, 0, t0.Location())
	nt := tasks.NewTask{
		Text: "Hoàn thiện báo cáo", Deadline: &deadline, DeadlineText: "trước 15/1/2021",
		Leads: []int64{f.units["ktht"].ID}, Coordinators: []int64{f.units["quanglam"].ID}, Origin: "tg:1",
	}
	if _, _, err := f.store.CreateTask(ctx, f.ktht, nt, t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Fatalf("member assigning: %v", err)
	}
	task, created, err := f.store.CreateTask(ctx, f.leader, nt, t0)
	if err != nil || !created {
		t.Fatalf("create: %v %v", created, err)
	}
	if task.ID != 1 || len(task.Units) != 2 || task.Units[0].Role != tasks.RoleLead {
		t.Fatalf("task = %+v", task)
	}
	again, created, err := f.store.CreateTask(ctx, f.leader, nt, t0)
	if err != nil || created || again.ID != task.ID {
		t.Fatalf("replayed create: %+v %v %v", again, created, err)
	}
	var notices int
	f.store.DB().Get(&notices, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, f.org.ID, tasks.NoticeAssigned)
	if notices != 2 {
		t.Errorf("notices = %d, want 2 (one per member of the two units)", notices)
	}

	// Visibility: the commune member sees it, a member of another unit does not.
	tckh := f.join(t, 400, tasks.RoleMember, "tckh")
	for _, c := range []struct {
		who  tasks.Member
		want int
	}{{f.leader, 1}, {f.ktht, 1}, {f.xa, 1}, {tckh, 0}} {
		list, err := f.store.Tasks(ctx, c.who, tasks.TaskFilter{Open: true})
		if err != nil || len(list) != c.want {
			t.Errorf("%s sees %d tasks (%v), want %d", c.who.FullName, len(list), err, c.want)
		}
	}
	if _, err := f.store.Accept(ctx, tckh, task.ID, t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("outsider accept: %v", err)
	}
	task, err = f.store.Accept(ctx, f.ktht, task.ID, t0.Add(time.Hour))
	if err != nil || task.State != tasks.StateAccepted {
		t.Fatalf("accept: %v %v", task.State, err)
	}
	// A coordinator's report closes only its part; the task is under way.
	task, err = f.store.ReportDone(ctx, f.xa, task.ID, t0.Add(2*time.Hour))
	if err != nil || task.State != tasks.StateInProgress {
		t.Fatalf("coordinator done: %v %v", task.State, err)
	}
	late := deadline.Add(26 * time.Hour)
	task, err = f.store.ReportDone(ctx, f.ktht, task.ID, late)
	if err != nil || task.State != tasks.StateReported {
		t.Fatalf("lead done: %v %v", task.State, err)
	}
	st := task.StatusAt(late.Add(time.Hour), t0.Location())
	if st.Kind != tasks.StatusDoneLate || st.Days != 2 || !st.Pending {
		t.Errorf("status = %+v", st)
	}
	var toAssigner int
	f.store.DB().Get(&toAssigner, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind IN ($2, $3) AND member_id = $4`, f.org.ID, tasks.NoticeReported, tasks.NoticeToConfirm, f.leader.ID)
	if toAssigner != 2 {
		t.Errorf("reports to the assigner = %d, want 2 (the coordinator's, and the lead's asking for confirmation)", toAssigner)
	}
	evs, err := f.store.History(ctx, f.org.ID, task.ID)
	if err != nil || len(evs) != 4 {
		t.Errorf("events = %d %v", len(evs), err)
	}
	if _, err := f.store.Undo(ctx, f.leader, task.ID, late); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("undo after report: %v", err)
	}
}

func TestUndoDropsUnsentNotices(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{Text: "Việc", Leads: []int64{f.units["ktht"].ID}, Coordinators: []int64{f.units["quanglam"].ID}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	// One notice went out already; the other is still queued.
	f.store.DB().MustExec(`UPDATE outbox SET status = 'sent' WHERE org_id = $1 AND member_id = $2`, f.org.ID, f.ktht.ID)
	if _, err := f.store.Undo(ctx, f.ktht, task.ID, t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("member undo: %v", err)
	}
	task, err = f.store.Undo(ctx, f.leader, task.ID, t0)
	if err != nil || task.State != tasks.StateCancelled {
		t.Fatalf("undo: %v %v", task.State, err)
	}
	var rows []struct {
		Kind   string `db:"kind"`
		Member int64  `db:"member_id"`
		Status string `db:"status"`
	}
	f.store.DB().Select(&rows, `SELECT kind, member_id, status FROM outbox WHERE org_id = $1 ORDER BY id`, f.org.ID)
	want := map[string]string{"task_assigned/200": "sent", "task_assigned/300": "cancelled", "task_withdrawn/200": "pending"}
	if len(rows) != len(want) {
		t.Fatalf("outbox rows = %+v", rows)
	}
	for _, r := range rows {
		tg := map[int64]string{f.ktht.ID: "200", f.xa.ID: "300"}[r.Member]
		if w := want[r.Kind+"/"+tg]; w != r.Status {
			t.Errorf("%s to %s: status %s, want %s", r.Kind, tg, r.Status, w)
		}
	}
}

package tasks

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// stepWorld is a province with one commune linked to its unit "xa", the
// province's leader, the commune's leader and a member of its unit "vp".
type stepWorld struct {
	st                    *Store
	tinh, xa              Org
	xaUnit, vpUnit        int64
	chairman, leader, cbo Member
}

func newStepWorld(t testing.TB) stepWorld {
	t.Helper()
	ctx := context.Background()
	db := pgtest.New(t)
	w := stepWorld{st: NewStore(db)}
	now := time.Date(2021, 1, 7, 9, 0, 0, 0, time.UTC)
	var err error
	if w.tinh, err = w.st.CreateOrgAt(ctx, NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: "Asia/Ho_Chi_Minh", Level: LevelTinh}, now); err != nil {
		t.Fatal(err)
	}
	if w.xa, err = w.st.CreateOrgAt(ctx, NewOrg{Name: "UBND phường Đầm Hà", Timezone: "Asia/Ho_Chi_Minh", Level: LevelXa, ParentID: &w.tinh.ID}, now); err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.st.ImportUnits(ctx, w.tinh.ID, []Unit{{Code: "xa", Name: "UBND phường Đầm Hà", Kind: KindXa}}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.st.ImportUnits(ctx, w.xa.ID, []Unit{{Code: "vp", Name: "Văn phòng", Kind: KindPhong}}); err != nil {
		t.Fatal(err)
	}
	u, err := w.st.LinkUnit(ctx, w.tinh.ID, "xa", w.xa.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	w.xaUnit = u.ID
	if err := db.Get(&w.vpUnit, `SELECT id FROM units WHERE org_id = $1 AND code = 'vp'`, w.xa.ID); err != nil {
		t.Fatal(err)
	}
	join := func(org int64, tg int64, role Role, unit int64) Member {
		ni := NewInvite{Role: role}
		if unit != 0 {
			ni.UnitID = &unit
		}
		inv, err := w.st.CreateInvite(ctx, org, ni, now)
		if err != nil {
			t.Fatal(err)
		}
		m, err := w.st.Join(ctx, inv.Code, TelegramUser{ID: tg, ChatID: tg, FullName: fmt.Sprint("Người ", tg)}, now)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	w.chairman = join(w.tinh.ID, 100, RoleLeader, 0)
	w.leader = join(w.xa.ID, 200, RoleLeader, 0)
	w.cbo = join(w.xa.ID, 210, RoleMember, w.vpUnit)
	return w
}

func (w stepWorld) count(t *testing.T, q string, args ...any) int {
	t.Helper()
	var n int
	if err := w.st.db.Get(&n, q, args...); err != nil {
		t.Fatal(err)
	}
	return n
}

// applyTwice claims the due steps as a worker that dies after applying
// them, then, once their lease ran out, as two workers at once that both
// apply them, one marking them done. It returns how many steps it saw.
func (w stepWorld) applyTwice(t *testing.T, now time.Time) int {
	t.Helper()
	ctx := context.Background()
	steps, err := claimSteps(ctx, w.st.db, now, cascadeBatch)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range steps {
		if err := w.st.applyStep(ctx, st, now); err != nil {
			t.Fatal(err)
		}
	}
	// the worker crashed here: nothing is marked done, and the lease holds
	if again, err := claimSteps(ctx, w.st.db, now.Add(time.Second), cascadeBatch); err != nil || len(again) != 0 {
		t.Fatalf("steps under a lease were claimed again: %d, %v", len(again), err)
	}
	later := now.Add(cascadeLease + time.Second)
	again, err := claimSteps(ctx, w.st.db, later, cascadeBatch)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(steps) {
		t.Fatalf("after the lease %d steps were claimed again, want %d", len(again), len(steps))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(again))
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, st := range again {
				errs <- w.st.applyStep(ctx, st, later)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, st := range again {
		if err := w.st.stepDone(ctx, st, later); err != nil {
			t.Fatal(err)
		}
	}
	return len(steps)
}

// TestCascadeStepOnceOnly: a step applied again (a worker that died before
// marking it done, two workers at once) changes nothing the second time:
// one received task, one notice, one progress report up.
func TestCascadeStepOnceOnly(t *testing.T) {
	ctx := context.Background()
	w := newStepWorld(t)
	now := time.Date(2021, 1, 8, 9, 0, 0, 0, time.UTC)
	dl := now.AddDate(0, 0, 20)
	parent, _, err := w.st.CreateTask(ctx, w.chairman, NewTask{Text: "Rà soát hộ nghèo", Deadline: &dl, DeadlineText: "28/01/2021", Leads: []int64{w.xaUnit}}, now)
	if err != nil {
		t.Fatal(err)
	}
	if n := w.count(t, `SELECT count(*) FROM received_tasks WHERE org_id = $1`, w.xa.ID); n != 0 {
		t.Fatalf("the commune's row was written in the province's transaction (%d)", n)
	}
	if n := w.applyTwice(t, now); n != 1 {
		t.Fatalf("%d down steps, want 1", n)
	}
	if n := w.count(t, `SELECT count(*) FROM received_tasks WHERE org_id = $1`, w.xa.ID); n != 1 {
		t.Errorf("%d received tasks, want 1", n)
	}
	if n := w.count(t, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2 AND chat_id = $3`, w.xa.ID, NoticeReceived, w.leader.ChatID); n != 1 {
		t.Errorf("%d notices of the received task, want 1", n)
	}
	if n := w.count(t, `SELECT count(*) FROM cascade_steps WHERE done_at IS NULL`); n != 0 {
		t.Errorf("%d steps left undone", n)
	}

	var rid int64
	if err := w.st.db.Get(&rid, `SELECT id FROM received_tasks WHERE org_id = $1`, w.xa.ID); err != nil {
		t.Fatal(err)
	}
	own, err := w.st.AssignReceived(ctx, w.leader, rid, NewTask{Leads: []int64{w.vpUnit}}, now)
	if err != nil {
		t.Fatal(err)
	}
	pct := 30
	at := now.Add(time.Hour)
	if _, err := w.st.ReportProgress(ctx, w.cbo, own.ID, Progress{Text: "Đã rà soát 12 hộ", Percent: &pct}, at); err != nil {
		t.Fatal(err)
	}
	if n := w.applyTwice(t, at); n != 1 {
		t.Fatalf("%d progress steps, want 1", n)
	}
	if n := w.count(t, `SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = $3`, w.tinh.ID, parent.ID, EventProgress); n != 1 {
		t.Errorf("the progress reached the province %d times, want once", n)
	}
	// the province's task changed (its part is in progress): the step down
	// that follows changes nothing the commune sees
	w.applyTwice(t, at)
	if n := w.count(t, `SELECT count(*) FROM outbox WHERE org_id = $1 AND chat_id = $2`, w.xa.ID, w.leader.ChatID); n != 1 {
		t.Errorf("the commune's leader has %d messages, want the one notice", n)
	}
}

// TestCascadeStepsTwoWorkers: two workers applying a burst of steps at once
// give each commune each task once.
func TestCascadeStepsTwoWorkers(t *testing.T) {
	ctx := context.Background()
	w := newStepWorld(t)
	now := time.Date(2021, 1, 8, 9, 0, 0, 0, time.UTC)
	const n = 30
	for i := range n {
		if _, _, err := w.st.CreateTask(ctx, w.chairman, NewTask{Text: fmt.Sprint("Việc ", i), Leads: []int64{w.xaUnit}}, now); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k, err := w.st.ApplyCascadeSteps(ctx, now.Add(time.Minute))
				if err != nil || k == 0 {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := w.count(t, `SELECT count(*) FROM received_tasks WHERE org_id = $1`, w.xa.ID); got != n {
		t.Errorf("%d received tasks, want %d", got, n)
	}
	if got := w.count(t, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, w.xa.ID, NoticeReceived); got != n {
		t.Errorf("%d notices, want %d", got, n)
	}
	if got := w.count(t, `SELECT count(*) FROM cascade_applied WHERE org_id = $1`, w.xa.ID); got != n {
		t.Errorf("%d steps recorded applied, want %d", got, n)
	}
}

// BenchmarkCascadeStep measures a task given to a commune: the province's
// transaction that enqueues the step, and the step applied in the commune
// (the received task, its notice) and marked done.
func BenchmarkCascadeStep(b *testing.B) {
	ctx := context.Background()
	w := newStepWorld(b)
	now := time.Date(2021, 1, 8, 9, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := range b.N {
		if _, _, err := w.st.CreateTask(ctx, w.chairman, NewTask{Text: fmt.Sprint("Việc ", i), Leads: []int64{w.xaUnit}}, now); err != nil {
			b.Fatal(err)
		}
		if n, err := w.st.ApplyCascadeSteps(ctx, now.Add(time.Minute)); err != nil || n != 1 {
			b.Fatalf("applied %d steps, %v", n, err)
		}
	}
}

// TestCascadeStepsOutOfOrder: a newer step applied before an older one (two
// workers) wins: a task given then taken away is not left open in the
// commune, whichever step comes first.
func TestCascadeStepsOutOfOrder(t *testing.T) {
	ctx := context.Background()
	w := newStepWorld(t)
	now := time.Date(2021, 1, 8, 9, 0, 0, 0, time.UTC)
	parent, _, err := w.st.CreateTask(ctx, w.chairman, NewTask{Text: "Việc giao nhầm", Leads: []int64{w.xaUnit}}, now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.st.Cancel(ctx, w.chairman, parent.ID, "Giao nhầm đơn vị", now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	steps, err := claimSteps(ctx, w.st.db, now.Add(time.Hour), cascadeBatch)
	if err != nil || len(steps) != 2 {
		t.Fatalf("claimed %d steps, %v; want the gift and the cancellation", len(steps), err)
	}
	for _, i := range []int{1, 0} {
		if err := w.st.applyStep(ctx, steps[i], now.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	var state string
	if err := w.st.db.Get(&state, `SELECT state FROM received_tasks WHERE org_id = $1`, w.xa.ID); err != nil || state != string(ReceivedCancelled) {
		t.Errorf("the commune's row is %q, %v; want cancelled", state, err)
	}
	if n := w.count(t, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, w.xa.ID, NoticeReceived); n != 0 {
		t.Errorf("the commune's leader was given a task already taken away (%d notices)", n)
	}
}

// TestStaleStepDoesNotReturnWork: a down step made before the commune's
// report of done reached the province, applied after the commune finished,
// does not reopen the work; only the province's return does.
func TestStaleStepDoesNotReturnWork(t *testing.T) {
	ctx := context.Background()
	w := newStepWorld(t)
	now := time.Date(2021, 1, 8, 9, 0, 0, 0, time.UTC)
	apply := func(kind string) {
		t.Helper()
		steps, err := claimSteps(ctx, w.st.db, now.Add(time.Hour), cascadeBatch)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range steps {
			if kind != "" && st.Kind != kind {
				if _, err := w.st.db.Exec(`UPDATE cascade_steps SET lease_until = NULL WHERE org_id = $1 AND id = $2`, st.OrgID, st.ID); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if err := w.st.applyStep(ctx, st, now); err != nil {
				t.Fatal(err)
			}
			if err := w.st.stepDone(ctx, st, now); err != nil {
				t.Fatal(err)
			}
		}
	}
	parent, _, err := w.st.CreateTask(ctx, w.chairman, NewTask{Text: "Rà soát hộ nghèo", Leads: []int64{w.xaUnit}}, now)
	if err != nil {
		t.Fatal(err)
	}
	apply("")
	var rid int64
	if err := w.st.db.Get(&rid, `SELECT id FROM received_tasks WHERE org_id = $1`, w.xa.ID); err != nil {
		t.Fatal(err)
	}
	own, err := w.st.AssignReceived(ctx, w.leader, rid, NewTask{Leads: []int64{w.vpUnit}}, now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.st.ReportDone(ctx, w.cbo, own.ID, now); err != nil {
		t.Fatal(err)
	}
	if _, err := w.st.Confirm(ctx, w.leader, own.ID, now); err != nil {
		t.Fatal(err)
	}
	// the province's task changes meanwhile: a step down as it stood before
	// the commune's report arrived
	if _, err := w.st.db.Exec(`UPDATE task_delegations SET sent = NULL WHERE org_id = $1`, w.tinh.ID); err != nil {
		t.Fatal(err)
	}
	if err := w.st.inTx(ctx, func(tx *sqlx.Tx) error { return w.st.cascade(ctx, tx, w.tinh.ID, parent.ID, now) }); err != nil {
		t.Fatal(err)
	}
	apply(stepDown)
	if r, _ := w.st.Received(ctx, w.xa.ID, rid); r.State != ReceivedDone {
		t.Fatalf("a stale step made the finished received task %q", r.State)
	}
	apply("")
	if p, _ := w.st.Task(ctx, w.tinh.ID, parent.ID); p.State != StateReported {
		t.Fatalf("the province's task is %q after the commune's report", p.State)
	}
	if n := w.count(t, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, w.xa.ID, NoticeReceivedReturned); n != 0 {
		t.Errorf("%d notices of a return nobody made", n)
	}
	// The province's return does reopen it.
	if _, err := w.st.Rework(ctx, w.chairman, parent.ID, "Thiếu danh sách hộ cận nghèo", now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	apply("")
	if r, _ := w.st.Received(ctx, w.xa.ID, rid); r.State != ReceivedAssigned || r.ReturnReason != "Thiếu danh sách hộ cận nghèo" {
		t.Errorf("after the return the received task is %q (%q)", r.State, r.ReturnReason)
	}
	if n := w.count(t, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, w.xa.ID, NoticeReceivedReturned); n != 1 {
		t.Errorf("%d notices of the return, want 1", n)
	}
}

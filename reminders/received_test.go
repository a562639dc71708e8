package reminders_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// TestReceivedTaskRemindersFollowThePolicy: a commune's leaders are
// reminded of a task the province gave it, while they have not handed it
// on, by the commune's reminder policy as for any task: the days before,
// the day itself, two hours before a timed deadline, the overdue working
// days; no reminder falls on a weekend.
func TestReceivedTaskRemindersFollowThePolicy(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	xa, chair := f.receivedTask(t)
	var got []time.Time
	if err := f.db.Select(&got, `SELECT due_at FROM received_reminders WHERE org_id = $1 AND status = 'pending' ORDER BY due_at`, xa.ID); err != nil {
		t.Fatal(err)
	}
	want := map[time.Time]bool{
		at("2021-01-12 08:00"): true, // three days before
		at("2021-01-14 08:00"): true, // the day before
		at("2021-01-15 08:00"): true, // the day itself
		at("2021-01-15 15:00"): true, // two hours before
		at("2021-01-18 08:00"): true, // first overdue working day, after the weekend
	}
	seen := map[time.Time]bool{}
	for _, g := range got {
		seen[g.In(hcm)] = true
		if wd := g.In(hcm).Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Errorf("a reminder on a %s: %s", wd, g.In(hcm))
		}
	}
	for w := range want {
		if !seen[w] {
			t.Errorf("no reminder at %s; planned %v", w, got)
		}
	}
	if n := len(got); n != 9 { // 4 before or on the day, 5 overdue
		t.Errorf("%d reminders planned, want 9: %v", n, got)
	}

	// The scan sends the one due to the commune's leader, not before.
	reminded := func() int {
		t.Helper()
		var n int
		if err := f.db.Get(&n, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2 AND chat_id = $3`, xa.ID, tasks.NoticeReceivedPending, chair.ChatID); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if _, err := f.sched.Scan(ctx, at("2021-01-12 07:59"), 100); err != nil || reminded() != 0 {
		t.Fatalf("reminded %d times before the first reminder, %v", reminded(), err)
	}
	if _, err := f.sched.Scan(ctx, at("2021-01-12 08:00"), 100); err != nil || reminded() != 1 {
		t.Fatalf("reminded %d times at the first reminder, %v", reminded(), err)
	}

	// A new policy plans them again: the reminder hour moves.
	p := reminders.DefaultPolicy()
	p.At = "07:30"
	if _, err := f.sched.SetPolicy(ctx, xa.ID, p, at("2021-01-12 09:00")); err != nil {
		t.Fatal(err)
	}
	var next time.Time
	if err := f.db.Get(&next, `SELECT min(due_at) FROM received_reminders WHERE org_id = $1 AND status = 'pending'`, xa.ID); err != nil {
		t.Fatal(err)
	}
	if !next.Equal(at("2021-01-14 07:30")) {
		t.Errorf("after the new policy the next reminder is at %s, want 14/01 07:30", next.In(hcm))
	}

	// Handed on, it is reminded no more.
	rs, err := f.store.ReceivedTasks(ctx, xa.ID, true)
	if err != nil || len(rs) != 1 {
		t.Fatalf("received %d, %v", len(rs), err)
	}
	if _, _, err := f.store.ImportUnits(ctx, xa.ID, []tasks.Unit{{Code: "vp", Name: "Văn phòng", Kind: tasks.KindPhong}}); err != nil {
		t.Fatal(err)
	}
	dir, err := f.store.Directory(ctx, xa.ID)
	if err != nil {
		t.Fatal(err)
	}
	vp, _ := dir.ByCode("vp")
	if _, err := f.store.AssignReceived(ctx, chair, rs[0].ID, tasks.NewTask{Leads: []int64{vp.ID}}, at("2021-01-13 09:00")); err != nil {
		t.Fatal(err)
	}
	res, err := f.sched.Scan(ctx, at("2021-01-20 09:00"), 100)
	if err != nil {
		t.Fatal(err)
	}
	if reminded() != 1 || res.Cancelled == 0 {
		t.Errorf("after the hand-on: reminded %d times, %d reminders cancelled", reminded(), res.Cancelled)
	}
}

// receivedTask gives the commune Quảng Lâm, a child of the fixture's
// district with a leader (chair), the task "Báo cáo dân cư" due on Friday
// 15/01/2021 at 17:00, and applies the cascade so that the commune has
// received it and planned its reminders.
func (f *fixture) receivedTask(t *testing.T) (xa tasks.Org, chair tasks.Member) {
	t.Helper()
	ctx := context.Background()
	t0 := at("2021-01-04 08:00")
	xa, err := f.store.CreateOrgAt(ctx, tasks.NewOrg{Name: "UBND xã Quảng Lâm", Timezone: "Asia/Ho_Chi_Minh", Level: tasks.LevelXa, ParentID: &f.org.ID}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.LinkUnit(ctx, f.org.ID, "quanglam", xa.ID, t0); err != nil {
		t.Fatal(err)
	}
	inv, err := f.store.CreateInvite(ctx, xa.ID, tasks.NewInvite{Role: tasks.RoleLeader}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if chair, err = f.store.Join(ctx, inv.Code, tasks.TelegramUser{ID: 900, ChatID: 900, FullName: "Chủ tịch xã"}, t0); err != nil {
		t.Fatal(err)
	}
	dl := at("2021-01-15 17:00") // a Friday
	if _, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{Text: "Báo cáo dân cư", Deadline: &dl, DeadlineHasTime: true,
		Leads: []int64{f.units["quanglam"].ID}}, t0); err != nil {
		t.Fatal(err)
	}
	for {
		n, err := f.store.ApplyCascadeSteps(ctx, time.Now().AddDate(100, 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	return xa, chair
}

package reminders_test

import (
	"context"
	"testing"

	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// TestReceivedSnooze: a received task's snooze, with the task reminders'
// choices, plans one more reminder to the leaders, replaces the pending
// one, survives a new policy (which re-plans the rest), is sent at its
// time, and warns when it comes after the deadline.
func TestReceivedSnooze(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	xa, chair := f.receivedTask(t)
	var rid int64
	if err := f.db.Get(&rid, `SELECT id FROM received_tasks WHERE org_id = $1`, xa.ID); err != nil {
		t.Fatal(err)
	}
	snoozes := func() int {
		t.Helper()
		var n int
		if err := f.db.Get(&n, `SELECT count(*) FROM received_reminders WHERE org_id = $1 AND status = 'pending' AND slot LIKE 'snooze%'`, xa.ID); err != nil {
			t.Fatal(err)
		}
		return n
	}

	tests := []struct {
		name         string
		choice       string
		now          string
		wantAt       string
		wantReplaced bool
		wantPast     bool
	}{
		{"two hours", reminders.SnoozeHours, "2021-01-12 09:00", "2021-01-12 11:00", false, false},
		{"again replaces", reminders.SnoozeHours, "2021-01-12 09:30", "2021-01-12 11:30", true, false},
	}
	for _, tc := range tests {
		sn, err := f.sched.SnoozeReceivedChoice(ctx, xa.ID, rid, tc.choice, at(tc.now))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !sn.At.Equal(at(tc.wantAt)) || sn.Replaced != tc.wantReplaced || sn.PastDeadline != tc.wantPast {
			t.Errorf("%s: got at %s replaced %v past %v, want %s %v %v", tc.name, sn.At.In(hcm), sn.Replaced, sn.PastDeadline, tc.wantAt, tc.wantReplaced, tc.wantPast)
		}
		if n := snoozes(); n != 1 {
			t.Errorf("%s: %d snoozes pending, want 1", tc.name, n)
		}
	}
	if _, err := f.sched.SnoozeReceivedChoice(ctx, xa.ID, rid, "5h", at("2021-01-12 09:40")); err == nil {
		t.Error("an unknown choice was accepted")
	}

	p := reminders.DefaultPolicy()
	p.At = "07:30"
	if _, err := f.sched.SetPolicy(ctx, xa.ID, p, at("2021-01-12 10:00")); err != nil {
		t.Fatal(err)
	}
	if n := snoozes(); n != 1 {
		t.Fatalf("%d snoozes pending after a new policy, want the snooze kept", n)
	}
	reminded := func() int {
		t.Helper()
		var n int
		if err := f.db.Get(&n, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2 AND chat_id = $3`, xa.ID, tasks.NoticeReceivedPending, chair.ChatID); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if _, err := f.sched.Scan(ctx, at("2021-01-12 11:29"), 100); err != nil || reminded() != 0 {
		t.Fatalf("reminded %d times before the snooze, %v", reminded(), err)
	}
	if _, err := f.sched.Scan(ctx, at("2021-01-12 11:30"), 100); err != nil || reminded() != 1 {
		t.Fatalf("reminded %d times at the snooze, %v", reminded(), err)
	}

	// On the deadline day (17:00), "tomorrow morning" is after the deadline.
	sn, err := f.sched.SnoozeReceivedChoice(ctx, xa.ID, rid, reminders.SnoozeTomorrow, at("2021-01-15 10:00"))
	if err != nil {
		t.Fatal(err)
	}
	if !sn.PastDeadline || !sn.Deadline.Equal(at("2021-01-15 17:00")) || sn.Replaced {
		t.Errorf("snooze on the deadline day: %+v, want past the deadline 15/01 17:00, replacing nothing", sn)
	}
}

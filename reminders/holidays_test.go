package reminders_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

func (f *fixture) plannedAt(t *testing.T) string {
	t.Helper()
	var got []string
	if err := f.db.Select(&got, `
		SELECT split_part(slot, '@', 1) || ' ' || to_char(due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM HH24:MI')
		FROM reminders WHERE status = 'pending' ORDER BY due_at, slot`); err != nil {
		t.Fatal(err)
	}
	return strings.Join(got, "; ")
}

func TestOrgHolidayReplans(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := at("2026-03-12 09:00")
	f.task(t, "a", endOf("2026-03-13"), now) // Friday
	const before = "due 13/03 08:00; over1 16/03 08:00; over2 17/03 08:00; over3 18/03 08:00; over4 19/03 08:00; over5 20/03 08:00"
	if got := f.plannedAt(t); got != before {
		t.Fatalf("planned:\n got %s\nwant %s", got, before)
	}
	n, err := f.sched.SetOrgHoliday(ctx, f.org.ID, tasks.OrgHoliday{Day: at("2026-03-16 00:00"), Name: "Nghỉ kỷ niệm thành lập huyện"}, now)
	if err != nil || n != 1 {
		t.Fatalf("SetOrgHoliday = %d, %v", n, err)
	}
	if _, err := f.sched.SetOrgHoliday(ctx, f.org.ID, tasks.OrgHoliday{Day: at("2026-03-21 00:00"), Workday: true, Name: "Làm bù ngày 16/03"}, now); err != nil {
		t.Fatal(err)
	}
	const with = "due 13/03 08:00; over1 17/03 08:00; over2 18/03 08:00; over3 19/03 08:00; over4 20/03 08:00; over5 21/03 08:00"
	if got := f.plannedAt(t); got != with {
		t.Errorf("with the organisation's day off and make-up Saturday:\n got %s\nwant %s", got, with)
	}
	cal, err := f.store.Calendar(ctx, f.org.ID)
	if err != nil || cal.IsWorkday(at("2026-03-16 10:00")) || !cal.IsWorkday(at("2026-03-21 10:00")) {
		t.Errorf("the organisation's calendar does not have its own days (%v)", err)
	}
	for _, d := range []string{"2026-03-16 00:00", "2026-03-21 00:00"} {
		if found, err := f.sched.RemoveOrgHoliday(ctx, f.org.ID, at(d), now); err != nil || !found {
			t.Fatalf("RemoveOrgHoliday(%s) = %v, %v", d, found, err)
		}
	}
	if found, err := f.sched.RemoveOrgHoliday(ctx, f.org.ID, at("2026-03-16 00:00"), now); err != nil || found {
		t.Errorf("removing a day twice = %v, %v", found, err)
	}
	if got := f.plannedAt(t); got != before {
		t.Errorf("after removing them:\n got %s\nwant %s", got, before)
	}
}

func TestCatchUpOnAHolidayWaitsForTheNextWorkingDay(t *testing.T) {
	f := newFixture(t)
	f.task(t, "a", endOf("2026-02-10"), at("2026-02-02 09:00"))
	// The bot was down from 08/02 and comes back on the first day of Tết
	// (17/02/2026): the second overdue reminder and its escalation are
	// queued now but go out on Monday 23/02 at 08:00.
	r := f.scan(t, at("2026-02-17 10:00"))
	if r.Queued != 1 {
		t.Fatalf("scan = %+v", r)
	}
	var early, total int
	f.db.Get(&early, `SELECT count(*) FROM outbox WHERE kind IN ('reminder', 'escalation') AND next_attempt_at < $1`, at("2026-02-23 08:00"))
	f.db.Get(&total, `SELECT count(*) FROM outbox WHERE kind IN ('reminder', 'escalation') AND next_attempt_at = $1`, at("2026-02-23 08:00"))
	if early != 0 || total != 6 {
		t.Errorf("%d messages would go out during Tết; %d on 23/02 08:00, want 6 (3 reminders, 3 escalations)", early, total)
	}
}

func TestOneSnoozePerMemberAndTask(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	first, err := f.sched.SnoozeChoice(ctx, f.ktht, task.ID, reminders.SnoozeHours, at("2021-01-12 09:00"))
	if err != nil || first.Replaced || !first.At.Equal(at("2021-01-12 11:00")) {
		t.Fatalf("first snooze = %+v, %v", first, err)
	}
	second, err := f.sched.SnoozeChoice(ctx, f.ktht, task.ID, reminders.SnoozeHours, at("2021-01-12 09:01"))
	if err != nil || !second.Replaced || !second.Previous.Equal(first.At) || !second.At.Equal(at("2021-01-12 11:01")) {
		t.Fatalf("second snooze = %+v, %v", second, err)
	}
	other, err := f.sched.SnoozeChoice(ctx, f.head, task.ID, reminders.SnoozeTomorrow, at("2021-01-12 09:02"))
	if err != nil || other.Replaced || !other.At.Equal(at("2021-01-13 08:00")) {
		t.Fatalf("another member's snooze = %+v, %v", other, err)
	}
	var n int
	f.db.Get(&n, `SELECT count(*) FROM reminders WHERE kind = 'snooze' AND status = 'pending'`)
	if n != 2 {
		t.Errorf("%d snoozes pending, want 2 (one per member)", n)
	}
	f.scan(t, at("2021-01-12 11:05"))
	var sent int
	f.db.Get(&sent, `SELECT count(*) FROM outbox WHERE idem_key LIKE 'rem:%:snooze%' AND member_id = $1`, f.ktht.ID)
	if sent != 1 {
		t.Errorf("%d snoozed reminders for the member, want 1", sent)
	}
	// Once the first has gone out, the member may snooze again.
	again, err := f.sched.SnoozeChoice(ctx, f.ktht, task.ID, reminders.SnoozeHours, at("2021-01-12 11:10"))
	if err != nil || again.Replaced {
		t.Errorf("a snooze after the last went out = %+v, %v", again, err)
	}
	// The database refuses a second pending snooze whoever writes it.
	if _, err := f.db.Exec(`INSERT INTO reminders (org_id, task_id, slot, kind, member_id, due_at) VALUES ($1, $2, 'snooze-x@0', 'snooze', $3, $4)`,
		f.org.ID, task.ID, f.ktht.ID, at("2021-01-12 15:00")); err == nil {
		t.Error("a second pending snooze for one member and task was stored")
	}
}

func TestSnoozePastTheDeadlineIsSaid(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	dl := at("2021-01-15 17:00")
	task, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{
		Text: "Báo cáo số liệu", Deadline: &dl, DeadlineHasTime: true, DeadlineText: "17h 15/1",
		Leads: []int64{f.units["ktht"].ID},
	}, at("2021-01-14 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		choice string
		now    time.Time
		past   bool
	}{
		{"two hours, still before", reminders.SnoozeHours, at("2021-01-15 14:00"), false},
		{"two hours, past the deadline", reminders.SnoozeHours, at("2021-01-15 16:00"), true},
		{"next morning, still before", reminders.SnoozeTomorrow, at("2021-01-14 10:00"), false},
		{"next working morning, past the deadline", reminders.SnoozeTomorrow, at("2021-01-15 10:00"), true},
		{"already late: nothing more to say", reminders.SnoozeHours, at("2021-01-15 18:00"), false},
	}
	for _, tt := range tests {
		got, err := f.sched.SnoozeChoice(ctx, f.ktht, task.ID, tt.choice, tt.now)
		if err != nil {
			t.Fatal(err)
		}
		if got.PastDeadline != tt.past || !got.Deadline.Equal(dl) {
			t.Errorf("%s: snooze = %+v, want PastDeadline %v", tt.name, got, tt.past)
		}
	}
}

// TestEveningTaskGetsItsReminder: a task given at 18:46 and due 23:30 is
// reminded at 20:59, before quiet hours, and the reminder goes out.
func TestEveningTaskGetsItsReminder(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	dl := at("2021-01-14 23:30")
	if _, _, err := f.store.CreateTask(ctx, f.leader, tasks.NewTask{
		Text: "Gửi báo cáo nhanh", Deadline: &dl, DeadlineHasTime: true, DeadlineText: "23h30 hôm nay",
		Leads: []int64{f.units["ktht"].ID},
	}, at("2021-01-14 18:46")); err != nil {
		t.Fatal(err)
	}
	if got := f.plannedAt(t); !strings.HasPrefix(got, "h2 14/01 20:59; over1 15/01 08:00") {
		t.Fatalf("planned: %s", got)
	}
	if r := f.scan(t, at("2021-01-14 20:59")); r.Queued != 1 || r.Messages != 2 {
		t.Errorf("scan at 20:59 = %+v, want the reminder to the two members of ktht", r)
	}
}

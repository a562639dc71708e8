package reminders_test

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var hcm, _ = time.LoadLocation("Asia/Ho_Chi_Minh")

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, hcm)
	if err != nil {
		panic(err)
	}
	return t
}

type fixture struct {
	db     *sqlx.DB
	store  *tasks.Store
	sched  *reminders.Scheduler
	org    tasks.Org
	units  map[string]tasks.Unit
	leader tasks.Member
	ktht   tasks.Member
	head   tasks.Member
	xa     tasks.Member
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	db := pgtest.New(t)
	sched := reminders.New(db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	f := &fixture{db: db, store: tasks.NewStore(db, tasks.WithScheduler(sched)), sched: sched, units: map[string]tasks.Unit{}}
	t0 := at("2021-01-04 08:00")
	var err error
	if f.org, err = f.store.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", t0); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.store.ImportUnits(ctx, f.org.ID, []tasks.Unit{
		{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong},
		{Code: "quanglam", Name: "UBND xã Quảng Lâm", Kind: tasks.KindXa},
	}); err != nil {
		t.Fatal(err)
	}
	units, err := f.store.Units(ctx, f.org.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		f.units[u.Code] = u
	}
	f.leader = f.join(t, 100, tasks.RoleLeader, "")
	f.ktht = f.join(t, 200, tasks.RoleMember, "ktht")
	f.head = f.join(t, 210, tasks.RoleMember, "ktht")
	if _, err := db.Exec(`UPDATE member_units SET is_head = true WHERE org_id = $1 AND member_id = $2`, f.org.ID, f.head.ID); err != nil {
		t.Fatal(err)
	}
	f.xa = f.join(t, 300, tasks.RoleMember, "quanglam")
	return f
}

func (f *fixture) join(t *testing.T, tgID int64, role tasks.Role, unit string) tasks.Member {
	t.Helper()
	ctx := context.Background()
	ni := tasks.NewInvite{Role: role}
	if unit != "" {
		id := f.units[unit].ID
		ni.UnitID = &id
	}
	inv, err := f.store.CreateInvite(ctx, f.org.ID, ni, at("2021-01-04 08:00"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := f.store.Join(ctx, inv.Code, tasks.TelegramUser{ID: tgID, ChatID: tgID, FullName: "Người " + unit}, at("2021-01-04 08:00"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// task creates a task for ktht (lead) and quanglam (coordinating) due at
// the end of day.
func (f *fixture) task(t *testing.T, origin string, deadline time.Time, now time.Time) tasks.Task {
	t.Helper()
	task, _, err := f.store.CreateTask(context.Background(), f.leader, tasks.NewTask{
		Text: "Rà soát tiêu chí giao thông", Deadline: &deadline, DeadlineText: "trước 15/1",
		Leads: []int64{f.units["ktht"].ID}, Coordinators: []int64{f.units["quanglam"].ID}, Origin: origin,
	}, now)
	if err != nil {
		t.Fatal(err)
	}
	return task
}

func (f *fixture) scan(t *testing.T, now time.Time) reminders.ScanResult {
	t.Helper()
	r, err := f.sched.Scan(context.Background(), now, 100)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// reminderKeys returns the outbox keys of reminder messages, in order.
func (f *fixture) outboxKeys(t *testing.T, kind, status string) []string {
	t.Helper()
	var keys []string
	if err := f.db.Select(&keys, `SELECT idem_key FROM outbox WHERE kind = $1 AND status = $2 ORDER BY id`, kind, status); err != nil {
		t.Fatal(err)
	}
	return keys
}

func endOf(day string) time.Time { return at(day + " 00:00").Add(24*time.Hour - time.Second) }

func TestScanQueuesDueRemindersOnce(t *testing.T) {
	f := newFixture(t)
	task := f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	var planned int
	f.db.Get(&planned, `SELECT count(*) FROM reminders WHERE task_id = $1`, task.ID)
	if planned != 8 {
		t.Fatalf("%d reminders planned, want 8 (d3, d1, due, 5 overdue)", planned)
	}
	if r := f.scan(t, at("2021-01-12 07:59")); r.Queued != 0 {
		t.Fatalf("queued %d before time", r.Queued)
	}
	r := f.scan(t, at("2021-01-12 08:00"))
	// Three members of the two units get the 3-day reminder.
	if r.Queued != 1 || r.Messages != 3 {
		t.Fatalf("scan at d3 = %+v, want 1 reminder, 3 messages", r)
	}
	if r := f.scan(t, at("2021-01-12 08:05")); r.Queued != 0 {
		t.Fatalf("a second scan queued %d again", r.Queued)
	}
	keys := f.outboxKeys(t, reminders.MessageReminder, "pending")
	if len(keys) != 3 {
		t.Fatalf("outbox has %v", keys)
	}
}

func TestScanCollapsesMissedReminders(t *testing.T) {
	f := newFixture(t)
	f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	// Down from before d3 until the third overdue morning (Wed 20/01).
	r := f.scan(t, at("2021-01-20 10:00"))
	if r.Queued != 1 || r.Collapsed != 5 {
		t.Fatalf("catch-up scan = %+v, want the latest reminder queued and 5 collapsed", r)
	}
	var slots []string
	f.db.Select(&slots, `SELECT slot FROM reminders WHERE status = 'queued'`)
	if len(slots) != 1 || slots[0][:5] != "over3" {
		t.Errorf("queued %v, want over3", slots)
	}
	// The escalation planned with the second overdue reminder is not lost:
	// the assigner and the head of the unit (both units are late).
	esc := f.outboxKeys(t, reminders.MessageEscalation, "pending")
	if len(esc) != 3 {
		t.Errorf("escalations = %v, want leader and head for ktht, leader for quanglam", esc)
	}
}

func TestFinishedTaskGetsNoReminder(t *testing.T) {
	f := newFixture(t)
	task := f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	f.scan(t, at("2021-01-14 08:00"))
	if n := len(f.outboxKeys(t, reminders.MessageReminder, "pending")); n != 3 {
		t.Fatalf("%d reminders queued, want 3", n)
	}
	ctx := context.Background()
	if _, err := f.store.ReportDone(ctx, f.ktht, task.ID, at("2021-01-14 09:00")); err != nil {
		t.Fatal(err)
	}
	if n := len(f.outboxKeys(t, reminders.MessageReminder, "pending")); n != 0 {
		t.Errorf("%d reminders still pending after the task was reported done", n)
	}
	var pending int
	f.db.Get(&pending, `SELECT count(*) FROM reminders WHERE status = 'pending'`)
	if pending != 0 {
		t.Errorf("%d reminders still planned", pending)
	}
	if r := f.scan(t, at("2021-01-20 08:00")); r.Queued != 0 {
		t.Errorf("scan after done queued %+v", r)
	}
}

func TestUnitThatReportedIsNotReminded(t *testing.T) {
	f := newFixture(t)
	task := f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	if _, err := f.store.ReportDone(context.Background(), f.xa, task.ID, at("2021-01-05 09:00")); err != nil {
		t.Fatal(err)
	}
	r := f.scan(t, at("2021-01-12 08:00"))
	if r.Messages != 2 {
		t.Errorf("messages = %d, want 2 (ktht only; quanglam reported)", r.Messages)
	}
}

func TestSnooze(t *testing.T) {
	f := newFixture(t)
	task := f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	// Asked at 20:00 to be reminded in two hours: 22:00 is quiet, 07:00 next day.
	got, err := f.sched.Snooze(context.Background(), f.ktht, task.ID, at("2021-01-12 22:00"), at("2021-01-12 20:00"))
	if err != nil {
		t.Fatal(err)
	}
	if !got.At.Equal(at("2021-01-13 07:00")) || got.Replaced || got.PastDeadline {
		t.Errorf("snoozed = %+v", got)
	}
	r := f.scan(t, at("2021-01-13 07:00"))
	if r.Queued != 2 || r.Messages != 4 { // d3 catch-up for all three, snooze for one
		t.Errorf("scan = %+v", r)
	}
	var to []int64
	f.db.Select(&to, `SELECT member_id FROM outbox WHERE idem_key LIKE 'rem:%:snooze%'`)
	if len(to) != 1 || to[0] != f.ktht.ID {
		t.Errorf("snooze went to %v, want only %d", to, f.ktht.ID)
	}
}

func TestNewDeadlinePlansAgain(t *testing.T) {
	f := newFixture(t)
	task := f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	f.scan(t, at("2021-01-12 08:00"))
	nd := endOf("2021-01-29")
	tx := f.db.MustBegin()
	if _, err := tx.Exec(`UPDATE tasks SET deadline = $3 WHERE org_id = $1 AND id = $2`, f.org.ID, task.ID, nd); err != nil {
		t.Fatal(err)
	}
	task.Deadline = &nd
	if err := f.sched.TaskChanged(context.Background(), tx, task, at("2021-01-12 09:00")); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	var pendingOld, queuedOld, pendingNew int
	f.db.Get(&pendingOld, `SELECT count(*) FROM reminders WHERE status = 'pending' AND slot LIKE $1`, "%@"+strconv.FormatInt(endOf("2021-01-15").Unix(), 10))
	f.db.Get(&queuedOld, `SELECT count(*) FROM reminders WHERE status = 'queued'`)
	f.db.Get(&pendingNew, `SELECT count(*) FROM reminders WHERE status = 'pending' AND slot LIKE $1`, "%@"+strconv.FormatInt(nd.Unix(), 10))
	if pendingOld != 0 || queuedOld != 1 || pendingNew != 8 {
		t.Errorf("after extension: old pending %d, old queued %d, new pending %d; want 0, 1, 8", pendingOld, queuedOld, pendingNew)
	}
}

func TestTwoScannersQueueEachReminderOnce(t *testing.T) {
	f := newFixture(t)
	for i := range 200 {
		f.task(t, "t"+strconv.Itoa(i), endOf("2021-01-15"), at("2021-01-04 09:00"))
	}
	now := at("2021-01-12 08:00")
	var wg sync.WaitGroup
	results := make([]reminders.ScanResult, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := f.sched.Scan(context.Background(), now, 7)
			if err != nil {
				t.Error(err)
			}
			results[i] = r
		}()
	}
	wg.Wait()
	if q := results[0].Queued + results[1].Queued; q != 200 {
		t.Errorf("queued %d reminders in total, want 200 (%+v)", q, results)
	}
	var rows, distinct int
	f.db.Get(&rows, `SELECT count(*) FROM outbox WHERE kind = 'reminder'`)
	f.db.Get(&distinct, `SELECT count(DISTINCT idem_key) FROM outbox WHERE kind = 'reminder'`)
	if rows != 600 || distinct != 600 {
		t.Errorf("outbox has %d reminder rows (%d distinct), want 600", rows, distinct)
	}
}

func TestSetPolicyReplansOpenTasks(t *testing.T) {
	f := newFixture(t)
	f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	f.scan(t, at("2021-01-12 08:00")) // d3 goes out under the old policy
	n, err := f.sched.SetPolicy(context.Background(), f.org.ID, reminders.Policy{At: "07:30", OverdueMax: ptr(1), BeforeDays: []int{3, 1}}, at("2021-01-12 09:00"))
	if err != nil || n != 1 {
		t.Fatalf("SetPolicy = %d, %v", n, err)
	}
	var got []string
	f.db.Select(&got, `SELECT split_part(slot, '@', 1) || ' ' || status || ' ' || to_char(due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM HH24:MI') FROM reminders ORDER BY due_at`)
	want := []string{"d3 queued 12/01 08:00", "d1 pending 14/01 07:30", "due pending 15/01 07:30", "over1 pending 18/01 07:30"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("after the new policy:\n got %v\nwant %v", got, want)
	}
	if _, err := f.sched.SetPolicy(context.Background(), f.org.ID, reminders.Policy{At: "7h"}, at("2021-01-12 09:00")); err == nil {
		t.Error("a bad hour was accepted")
	}
}

func ptr[T any](v T) *T { return &v }

func TestCatchUpWaitsForTheMorning(t *testing.T) {
	f := newFixture(t)
	f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	// The bot comes back at 23:10 on Tuesday 12/01, having missed the 08:00
	// reminder: it is queued now but goes out at 07:00.
	if r := f.scan(t, at("2021-01-12 23:10")); r.Queued != 1 {
		t.Fatalf("scan = %+v", r)
	}
	var early int
	f.db.Get(&early, `SELECT count(*) FROM outbox WHERE kind = 'reminder' AND next_attempt_at < $1`, at("2021-01-13 07:00"))
	var total int
	f.db.Get(&total, `SELECT count(*) FROM outbox WHERE kind = 'reminder' AND next_attempt_at = $1`, at("2021-01-13 07:00"))
	if early != 0 || total != 3 {
		t.Errorf("%d reminders would go out at night; %d at 07:00, want 3", early, total)
	}
}

// TestPending counts the reminders planned and not queued yet.
func TestPending(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if n, err := reminders.Pending(ctx, f.db); err != nil || n != 0 {
		t.Errorf("pending before any task = %d, %v", n, err)
	}
	f.task(t, "a", endOf("2021-01-15"), at("2021-01-04 09:00"))
	if n, err := reminders.Pending(ctx, f.db); err != nil || n != 8 {
		t.Errorf("pending = %d, %v; want 8 (d3, d1, due, 5 overdue)", n, err)
	}
	f.scan(t, at("2021-01-12 08:00"))
	if n, err := reminders.Pending(ctx, f.db); err != nil || n != 7 {
		t.Errorf("pending after d3 went out = %d, %v; want 7", n, err)
	}
}

package tasks_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// TestOriginalDeadlineIsTheFirst: a task keeps the deadline it was given
// once its deadline moves, and only then; a refused extension moves
// nothing, and a second extension keeps the first deadline, not the one
// before it.
func TestOriginalDeadlineIsTheFirst(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.newTask(t)
	given := *task.Deadline
	extend := func(text string, approve bool) tasks.Task {
		t.Helper()
		cur, err := f.store.Task(ctx, f.org.ID, task.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, err := tasks.ParseExtensionAsk(text, cur.Deadline, t0.In(t0.Location()))
		if err != nil {
			t.Fatal(err)
		}
		e, err := f.store.RequestExtension(ctx, f.ktht, task.ID, a, t0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.store.DecideExtension(ctx, f.leader, task.ID, e.ID, approve, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		got, err := f.store.Task(ctx, f.org.ID, task.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if task.OriginalDeadline != nil {
		t.Errorf("a new task's original deadline = %v, want none", task.OriginalDeadline)
	}
	if got := extend("30/1 vì chờ số liệu", false); got.OriginalDeadline != nil || !got.Deadline.Equal(given) {
		t.Errorf("after a refused extension: deadline %v, original %v; want %v and none", got.Deadline, got.OriginalDeadline, given)
	}
	first := extend("30/1 vì chờ số liệu", true)
	if first.OriginalDeadline == nil || !first.OriginalDeadline.Equal(given) || first.Deadline.Equal(given) {
		t.Errorf("after an extension: deadline %v, original %v; want a later one and %v", first.Deadline, first.OriginalDeadline, given)
	}
	second := extend("15/2 vì thiếu kinh phí", true)
	if second.OriginalDeadline == nil || !second.OriginalDeadline.Equal(given) || !second.Deadline.After(*first.Deadline) {
		t.Errorf("after a second extension: deadline %v, original %v; want later than %v and %v", second.Deadline, second.OriginalDeadline, first.Deadline, given)
	}
	list, err := f.store.Tasks(ctx, f.leader, tasks.TaskFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range list {
		if l.ID == task.ID && (l.OriginalDeadline == nil || !l.OriginalDeadline.Equal(given)) {
			t.Errorf("the task in a list: original %v, want %v", l.OriginalDeadline, given)
		}
	}
}

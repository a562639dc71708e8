package bot

import (
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

func TestListDeadline(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2031, 1, 15, 17, 30, 0, 0, loc).UTC()
	endOfDay := time.Date(2031, 1, 15, 23, 59, 59, 0, loc)
	for _, tt := range []struct {
		task tasks.Task
		want string
	}{
		{tasks.Task{Deadline: &at, DeadlineHasTime: true}, "15/01/2031 17:30"},
		{tasks.Task{Deadline: &endOfDay}, "15/01/2031"},
	} {
		if got := listDeadline(tt.task, loc); got != tt.want {
			t.Errorf("listDeadline(%v, has time %v) = %q, want %q", tt.task.Deadline, tt.task.DeadlineHasTime, got, tt.want)
		}
	}
}

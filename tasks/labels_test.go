package tasks_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// TestEveryStoredStateHasALabel reads the states the database accepts for
// tasks and for units' parts (their CHECK constraints): each one that
// people can see has a Vietnamese name.
func TestEveryStoredStateHasALabel(t *testing.T) {
	db := pgtest.New(t)
	quoted := regexp.MustCompile(`'([a-z_]+)'`)
	for _, tt := range []struct {
		constraint string
		label      func(string) string
		hidden     map[string]bool
	}{
		{"tasks_state_check", func(s string) string { return tasks.State(s).Label() }, nil},
		{"task_units_state_check", tasks.UnitStateLabel, map[string]bool{"removed": true}},
		{"meetings_state_check", func(s string) string { return tasks.MeetingState(s).Label() }, nil},
		{"received_tasks_state_check", func(s string) string { return tasks.ReceivedState(s).Label() }, nil},
	} {
		var def string
		if err := db.GetContext(context.Background(), &def,
			`SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = $1`, tt.constraint); err != nil {
			t.Fatalf("%s: %v", tt.constraint, err)
		}
		states := quoted.FindAllStringSubmatch(def, -1)
		if len(states) < 3 {
			t.Fatalf("%s: found %d states in %q", tt.constraint, len(states), def)
		}
		for _, m := range states {
			if s := m[1]; !tt.hidden[s] && tt.label(s) == s {
				t.Errorf("%s: state %q has no label", tt.constraint, s)
			}
		}
	}
}

package tasks_test

import (
	"errors"
	"testing"

	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
)

// TestHolidayMistakesAreInputErrors: a day an admin writes wrong is a
// *tasks.InputError like every other mistake, so the bot, the CLI and the
// dashboard answer it alike.
func TestHolidayMistakesAreInputErrors(t *testing.T) {
	for _, in := range []string{"mai", "30/02/2026", "them"} {
		var err error
		if in == "them" {
			_, err = holidays.ParseCommand(in)
		} else {
			_, err = holidays.ParseDate(in)
		}
		var ie *tasks.InputError
		if !errors.As(err, &ie) || ie.Msg == "" {
			t.Errorf("%q: %v (%T) is not a *tasks.InputError", in, err, err)
		}
	}
}

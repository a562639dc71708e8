// Package inputerr holds the one type of error that a person can correct
// by writing again: tasks.InputError and holidays.InputError are this type
// under their own names (holidays is a leaf that tasks imports, so it
// cannot name tasks' type itself). Callers keep using those names.
package inputerr

// Error is input that a person can correct; Msg is the Vietnamese
// explanation to show them.
type Error struct {
	Msg   string
	Cause error // what the input got wrong, when a package said so (a *deadline.Error)
}

// Error returns the message for the user.
func (e *Error) Error() string { return e.Msg }

// Unwrap returns the cause, so that a caller may act on it (offer a suggested deadline).
func (e *Error) Unwrap() error { return e.Cause }

// Package tasks holds dondoc's domain: organisations, their units and people,
// and the tasks that leaders assign to units, with their storage in
// PostgreSQL. Functions that depend on the time take it as an argument.
package tasks

import (
	"errors"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/internal/inputerr"
)

// State is where a task stands in its lifecycle.
type State string

// The lifecycle: assigned → accepted → in progress → reported done (waiting
// for confirmation) → done; rework returns a reported task to in progress.
const (
	StateAssigned   State = "assigned"
	StateAccepted   State = "accepted"
	StateInProgress State = "in_progress"
	StateReported   State = "reported"
	StateDone       State = "done"
	StateCancelled  State = "cancelled"
)

// Open reports whether the task still waits for its owners' work.
func (s State) Open() bool {
	return s == StateAssigned || s == StateAccepted || s == StateInProgress
}

// Active reports whether the task may still change: open, or reported done
// and waiting for confirmation.
func (s State) Active() bool { return s.Open() || s == StateReported }

// waitsForConfirmation reports whether the task was reported done and waits
// for the assigner to confirm it.
func waitsForConfirmation(s State) bool { return s == StateReported }

// UnitRole is the part a unit plays in a task.
type UnitRole string

// A task has one lead unit (chủ trì) and any number of coordinating units (phối hợp).
const (
	RoleLead  UnitRole = "lead"
	RoleCoord UnitRole = "coord"
)

// Task is a directive given to units, with its deadline and progress.
type Task struct {
	OrgID           int64      `db:"org_id"`
	ID              int64      `db:"id"`
	Text            string     `db:"text"`
	Deadline        *time.Time `db:"deadline"`
	DeadlineText    string     `db:"deadline_text"`
	DeadlineHasTime bool       `db:"deadline_has_time"`
	State           State      `db:"state"`
	AssignedBy      int64      `db:"assigned_by"`
	AssignerName    string     `db:"assigner_name"`
	CreatedAt       time.Time  `db:"created_at"`
	ReportedAt      *time.Time `db:"reported_at"`
	ReportedBy      *int64     `db:"reported_by"`
	ConfirmedAt     *time.Time `db:"confirmed_at"`
	CancelledAt     *time.Time `db:"cancelled_at"`
	MeetingID       *int64     `db:"meeting_id"`  // the meeting whose conclusion gave the task, if any
	ReceivedID      *int64     `db:"received_id"` // the received task it was made from ("cấp trên giao"), if any
	Units           []TaskUnit `db:"-"`

	// OriginalDeadline is the deadline the task was given, once its
	// deadline has moved (an extension granted, the parent's new deadline);
	// nil while it has not. The task's text may still name it.
	OriginalDeadline *time.Time `db:"original_deadline"`
}

// TaskUnit is one unit's part in a task and how far that unit has got.
type TaskUnit struct {
	UnitID     int64      `db:"unit_id"`
	Code       string     `db:"code"`
	Name       string     `db:"name"`
	Role       UnitRole   `db:"role"`
	State      string     `db:"state"`
	AcceptedAt *time.Time `db:"accepted_at"`
	ReportedAt *time.Time `db:"reported_at"`
}

// Lead returns the lead unit of the task, if it has one.
func (t Task) Lead() (TaskUnit, bool) {
	for _, u := range t.Units {
		if u.Role == RoleLead {
			return u, true
		}
	}
	return TaskUnit{}, false
}

// Coordinators returns the coordinating units of the task.
func (t Task) Coordinators() []TaskUnit {
	var out []TaskUnit
	for _, u := range t.Units {
		if u.Role == RoleCoord {
			out = append(out, u)
		}
	}
	return out
}

// PartLeft reports whether one of the task's units that in picks has yet
// to report its part.
func (t Task) PartLeft(in func(unitID int64) bool) bool {
	for _, u := range t.Units {
		if in(u.UnitID) && u.ReportedAt == nil {
			return true
		}
	}
	return false
}

// HasUnit reports whether unit is one of the task's owner units.
func (t Task) HasUnit(unit int64) bool {
	for _, u := range t.Units {
		if u.UnitID == unit {
			return true
		}
	}
	return false
}

// Event is one line of a task's history: who did what, when.
type Event struct {
	ID       int64     `db:"id"`
	At       time.Time `db:"at"`
	MemberID *int64    `db:"member_id"`
	Member   string    `db:"member_name"`
	UnitID   *int64    `db:"unit_id"`
	Unit     string    `db:"unit_name"`
	Kind     string    `db:"kind"`
	Note     string    `db:"note"`
}

// Event kinds recorded in a task's history.
const (
	EventAssigned  = "assigned"
	EventAccepted  = "accepted"
	EventReported  = "reported"
	EventUndone    = "undone"
	EventCancelled = "cancelled"
)

// Errors returned by domain operations. Callers turn them into replies.
var (
	ErrNotFound      = errors.New("not found")
	ErrForbidden     = errors.New("forbidden")
	ErrInvalidInvite = errors.New("invalid invite")
	ErrConflict      = errors.New("conflict")
)

// InputError is input that a person can correct; Msg is the Vietnamese
// explanation to show them, Cause what the input got wrong when a package
// said so (a *deadline.Error). It is the same type as holidays.InputError.
type InputError = inputerr.Error

func inputErrorf(format string, args ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, args...)}
}

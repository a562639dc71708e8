package tasks

import (
	"time"

	"github.com/dondoc/dondoc/deadline"
)

// MeetingState is where the record of a meeting stands.
type MeetingState string

// A meeting is opened, gets its conclusion as a draft of directives, and is
// confirmed once those directives became tasks.
const (
	MeetingOpen      MeetingState = "open"
	MeetingDraft     MeetingState = "draft"
	MeetingConfirmed MeetingState = "confirmed"
)

// Meeting is the record of a meeting whose conclusion gives tasks. ID is
// its number in the organisation.
type Meeting struct {
	OrgID       int64        `db:"org_id"`
	ID          int64        `db:"id"`
	Title       string       `db:"title"`
	HeldOn      time.Time    `db:"held_on"` // the date; use Day for it in the organisation's zone
	Chair       string       `db:"chair"`
	OpenedBy    int64        `db:"opened_by"`
	OpenerName  string       `db:"opener_name"`
	State       MeetingState `db:"state"`
	Conclusion  string       `db:"conclusion"`
	CreatedAt   time.Time    `db:"created_at"`
	ConfirmedAt *time.Time   `db:"confirmed_at"`
	ConfirmedBy *int64       `db:"confirmed_by"`
}

// Day returns the meeting's date as midnight in loc.
func (m Meeting) Day(loc *time.Location) time.Time {
	y, mo, d := m.HeldOn.Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, loc)
}

// NewMeeting is a meeting to open.
type NewMeeting struct {
	Title  string
	HeldOn time.Time // only the date counts
	Chair  string
	// Origin makes opening idempotent: the Telegram update that asked for it.
	Origin string
}

// ItemState is where an item of a meeting's draft stands.
type ItemState string

// An item waits for confirmation, was dropped, or became a task.
const (
	ItemPending ItemState = "pending"
	ItemDropped ItemState = "dropped"
	ItemCreated ItemState = "created"
)

// DraftWarning is something to check in a draft item, and what it is about
// ("owner" or "deadline"), so that a fix clears the warnings it answers.
type DraftWarning struct {
	About string `json:"about"`
	Text  string `json:"text"`
}

// MeetingItem is a numbered directive of a meeting's draft. Lead and
// Coordinators hold owner keys: a unit code, or "group:<kind>".
type MeetingItem struct {
	OrgID           int64
	MeetingID       int64
	N               int
	Text            string
	Lead            string
	Coordinators    []string
	Deadline        *time.Time
	DeadlineText    string
	DeadlineHasTime bool
	Rule            *deadline.Rule
	Warnings        []DraftWarning
	State           ItemState
	TaskID          *int64
}

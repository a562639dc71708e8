package tasks

import (
	"errors"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
)

// ReceivedState is where a received task stands in the child organisation.
type ReceivedState string

// A received task is received, then assigned on to the child's units, then
// done when every task made from it is done (and reported up); a parent
// that returns the work makes it assigned again.
const (
	ReceivedNew       ReceivedState = "received"
	ReceivedAssigned  ReceivedState = "assigned"
	ReceivedDone      ReceivedState = "done"
	ReceivedCancelled ReceivedState = "cancelled"
)

// Received is a task that a parent organisation gave to the unit standing
// for this organisation ("nhiệm vụ cấp trên giao"), with what it needs to
// show copied from the parent.
type Received struct {
	OrgID           int64         `db:"org_id"`
	ID              int64         `db:"id"`
	ParentOrgID     int64         `db:"parent_org_id"`
	ParentTaskID    int64         `db:"parent_task_id"`
	ParentUnitID    int64         `db:"parent_unit_id"`
	ParentOrgName   string        `db:"parent_org_name"`
	Text            string        `db:"text"`
	Deadline        *time.Time    `db:"deadline"`
	DeadlineText    string        `db:"deadline_text"`
	DeadlineHasTime bool          `db:"deadline_has_time"`
	MeetingTitle    string        `db:"meeting_title"`
	AssignerName    string        `db:"assigner_name"`
	State           ReceivedState `db:"state"`
	ReceivedAt      time.Time     `db:"received_at"`
	DoneAt          *time.Time    `db:"done_at"`
	// ReturnReason is what the parent wrote when it last returned the
	// work; "" when it never did.
	ReturnReason string `db:"return_reason"`
	// ParentRound is how many times the parent returned its task for
	// rework, as far as this organisation knows.
	ParentRound int `db:"parent_round"`
}

// Open reports whether the received task still waits for the child's work.
func (r Received) Open() bool { return r.State == ReceivedNew || r.State == ReceivedAssigned }

// Outbox message kinds of received tasks, sent to the child's leaders.
const (
	// NoticeReceived gives the child's leaders a task from the parent.
	NoticeReceived = "task_received"
	// NoticeReceivedReturned tells them the parent returned it for more work.
	NoticeReceivedReturned = "task_received_returned"
	// NoticeReceivedPending reminds them, before the deadline, of a
	// received task not handed on yet.
	NoticeReceivedPending = "task_received_pending"
	// NoticeReceivedCancelled tells them the parent cancelled it.
	NoticeReceivedCancelled = "task_received_cancelled"
)

// ReceivedPayload is the payload of the received tasks' notices.
type ReceivedPayload struct {
	ReceivedID int64 `json:"received_id"`
	// Round is the parent's rework round of a return, or the extension
	// request a decision is about.
	Round int `json:"round,omitempty"`
	// Deadline is the deadline a reminder was planned for; the reminder is
	// dropped once the task has another. Its wording follows where the
	// deadline stands when it is sent, so the reminder's kind is not kept
	// (rows queued before carry a "kind", which decoding ignores).
	Deadline *time.Time `json:"deadline,omitempty"`
}

// EventFromChild is recorded on a parent's task when the child
// organisation that received it reports its part done.
const EventFromChild = "child_done"

// ParseHandOn reads how a child's leader hands a received task on:
// "<chủ trì>[, phối hợp …][: <phần việc> [trước <thời hạn>]]". With units
// only, the assignment is the whole received task: its Text is "" and no
// deadline is read, so AssignReceived copies the received text and deadline.
func ParseHandOn(dr deadline.Reader, text string, dir *Directory, now time.Time) (Assignment, error) {
	a, err := ParseAssignmentWith(dr, text, dir, now)
	var ie *InputError
	if !errors.As(err, &ie) || ie.Msg != msgAssignNoText {
		return a, err
	}
	units := strings.TrimRight(strings.TrimSpace(text), ":")
	a, err = ParseAssignmentWith(dr, units+": "+handOnWhole, dir, now)
	a.Text, a.Deadline = "", nil
	return a, err
}

// handOnWhole stands for the received task's own text while the units of a
// whole hand-on are read.
const handOnWhole = "toàn bộ nhiệm vụ"

// Notices to the child's leaders about their request for a later deadline.
const (
	// NoticeReceivedExtended says the parent moved the deadline.
	NoticeReceivedExtended = "task_received_extended"
	// NoticeReceivedExtensionRejected says the parent refused it.
	NoticeReceivedExtensionRejected = "task_received_ext_rejected"
)

package tasks

// Outbox message kinds that the tasks package enqueues. The bot renders each
// into a Telegram message when it is sent.
const (
	// NoticeAssigned gives a member a new task, with [Đã nhận] [Hoàn thành].
	NoticeAssigned = "task_assigned"
	// NoticeReported tells the assigner that a unit reported the task done.
	NoticeReported = "task_reported"
	// NoticeWithdrawn tells the owners that a task they got was undone.
	NoticeWithdrawn = "task_withdrawn"
	// NoticeUnreachable tells the assigner that a member could not be reached.
	NoticeUnreachable = "member_unreachable"
)

// TaskNoticeKinds are the kinds about one task that become pointless once the
// task is undone or cancelled (a fresh slice at each call).
func TaskNoticeKinds() []string { return []string{NoticeAssigned} }

// NoticePayload is the payload of the tasks package's outbox messages.
type NoticePayload struct {
	TaskID   int64 `json:"task_id,omitempty"`
	UnitID   int64 `json:"unit_id,omitempty"`
	MemberID int64 `json:"member_id,omitempty"`
	ActorID  int64 `json:"actor_id,omitempty"`
}

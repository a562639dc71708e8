package tasks

import (
	"fmt"
	"time"

	"github.com/dondoc/dondoc/deadline"
)

// DeadlineMove is how a task's deadline has moved from the one it was
// given, for a line that says so (", đã gia hạn từ 15/01/2031 16:30"): the
// bot's task card and the dashboard's task page both write String.
type DeadlineMove struct {
	// From is the deadline the task was given, in the reader's location.
	From time.Time
	// Later is true when the deadline was put off (an extension), false
	// when it was brought forward.
	Later bool
	// FromHasTime is whether From's time of day is worth naming: it is not
	// the end of a day (23:59), which the date alone says.
	FromHasTime bool
}

// DeadlineMoved says how t's deadline has moved, with times in loc; ok is false
// while it has not: no deadline, never moved, or moved back to the first.
func (t Task) DeadlineMoved(loc *time.Location) (m DeadlineMove, ok bool) {
	first := t.OriginalDeadline
	if t.Deadline == nil || first == nil || first.Equal(*t.Deadline) {
		return DeadlineMove{}, false
	}
	at := first.In(loc)
	return DeadlineMove{From: at, Later: first.Before(*t.Deadline), FromHasTime: at.Hour() != 23 || at.Minute() != 59}, true
}

// String is what follows the deadline that holds: ", đã gia hạn từ
// 15/01/2031" after an extension, ", đã điều chỉnh từ 15/01/2031 16:30"
// when the deadline was brought forward.
func (m DeadlineMove) String() string {
	words := msgDeadlineMoved
	if m.Later {
		words = msgDeadlineExtended
	}
	return fmt.Sprintf(words, deadline.FormatDay(m.From, m.FromHasTime))
}

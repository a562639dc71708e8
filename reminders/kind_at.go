package reminders

import (
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// KindAt says what a reminder sent at now is about, whatever slot it was
// planned in: KindOverdue once the deadline has passed, KindDue on the
// deadline's own day in loc, and otherwise KindBefore with the calendar
// days left. A reminder planned for the deadline's day may go out earlier
// (a deadline on a rest day is reminded on the working day before), and one
// caught up after downtime later, so its words come from now, not from its
// slot.
func KindAt(deadline, now time.Time, loc *time.Location) (kind Kind, daysLeft int) {
	if now.After(deadline) {
		return KindOverdue, 0
	}
	if left := tasks.CalendarDays(now, deadline, loc); left > 0 {
		return KindBefore, left
	}
	return KindDue, 0
}

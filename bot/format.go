package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// taskCard describes a task: its text, units, deadline and status at now.
func taskCard(t tasks.Task, title string, now time.Time, loc *time.Location) string {
	lines := []string{fmt.Sprintf(title, t.ID), esc(t.Text)}
	lines = append(lines, unitLines(t)...)
	lines = append(lines, deadlineLine(t, loc))
	lines = append(lines, fmt.Sprintf(cardStatus, t.StatusAt(now, loc).Label()))
	if t.AssignerName != "" {
		lines = append(lines, fmt.Sprintf(cardAssigner, esc(t.AssignerName), deadline.Format(t.CreatedAt.In(loc))))
	}
	if t.MeetingID != nil {
		lines = append(lines, fmt.Sprintf(cardMeeting, *t.MeetingID, *t.MeetingID))
	}
	return strings.Join(lines, "\n")
}

// unitLines are a task card's lines of lead and coordinating units.
func unitLines(t tasks.Task) []string {
	leads, coords := ownerNames(t)
	lines := []string{fmt.Sprintf(cardLead, leads)}
	if coords != "" {
		lines = append(lines, fmt.Sprintf(cardCoordinators, coords))
	}
	return lines
}

// ownerNames are the escaped names of a task's lead units and of its
// coordinating units, each joined with commas.
func ownerNames(t tasks.Task) (leads, coords string) {
	var l, c []string
	for _, u := range t.Units {
		if u.Role == tasks.RoleLead {
			l = append(l, esc(u.Name))
		} else {
			c = append(c, esc(u.Name))
		}
	}
	return strings.Join(l, ", "), strings.Join(c, ", ")
}

// deadlineLine is a task card's deadline; once the deadline has moved, it
// says from which one (tasks.Task.DeadlineMoved), so that a text still
// naming the first deadline ("trước 15/1") does not read as the deadline
// that holds.
func deadlineLine(t tasks.Task, loc *time.Location) string {
	if t.Deadline == nil {
		return cardNoDeadline
	}
	line := fmt.Sprintf(cardDeadline, deadline.Format(t.Deadline.In(loc)))
	if m, ok := t.DeadlineMoved(loc); ok {
		line += m.String()
	}
	return line
}

// unitsOf names a task's units that the member belongs to.
func unitsOf(t tasks.Task, m tasks.Member) string {
	var names []string
	for _, u := range t.Units {
		if m.InUnit(u.UnitID) {
			names = append(names, u.Name)
		}
	}
	return strings.Join(names, ", ")
}

// doneWords says whether a report came on time: "đúng hạn", "quá hạn 2 ngày",
// "quá hạn 3 giờ" (tasks.LateBy).
func doneWords(t tasks.Task, at time.Time, loc *time.Location) string {
	if t.Deadline == nil || !at.After(*t.Deadline) {
		return wordOnTime
	}
	return fmt.Sprintf(wordLate, tasks.LateBy(*t.Deadline, at, loc).Phrase())
}

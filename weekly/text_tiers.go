package weekly

import (
	"fmt"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// communesText lists the communes with overdue received tasks, for a
// province's report; nothing for an organisation without any.
func communesText(s *Stats, loc *time.Location) []string {
	if len(s.CommunesOverdue) == 0 {
		return nil
	}
	lines := []string{"", fmt.Sprintf(monCommunesTitle, "VI", len(s.CommunesOverdue))}
	for i, c := range s.CommunesOverdue {
		if i == maxTextLines {
			lines = append(lines, fmt.Sprintf(msgMoreLines, len(s.CommunesOverdue)-i))
			break
		}
		late := tasks.LateBy(c.Oldest, s.At, loc).Phrase()
		lines = append(lines, fmt.Sprintf(monCommuneLine, esc(c.Name), c.Tasks, late))
	}
	return lines
}

// receivedText counts the tasks a parent organisation gave this one, and
// lists those not done with where they stand.
func receivedText(s *Stats, loc *time.Location) []string {
	c := s.Received
	if c == nil {
		return nil
	}
	n := "VI"
	if len(s.CommunesOverdue) > 0 {
		n = "VII"
	}
	lines := []string{"", fmt.Sprintf(monReceivedTitle, n), fmt.Sprintf(monReceivedLine, c.Received, c.New, c.Assigned, c.Done, c.Overdue)}
	for _, r := range c.Open {
		state := monReceivedNew
		if r.Handed {
			state = monReceivedHanded
		}
		line := fmt.Sprintf(monReceivedItem, r.ID, esc(vntext.Shorten(r.Text, 90)), esc(r.From), state)
		if r.Deadline != nil {
			line += fmt.Sprintf(monReceivedDue, deadline.FormatDate(r.Deadline.In(loc)))
			if r.Deadline.Before(s.At) {
				line += fmt.Sprintf(monReceivedLate, tasks.LateBy(*r.Deadline, s.At, loc).Phrase())
			}
		}
		lines = append(lines, line)
	}
	if more := c.New + c.Assigned - len(c.Open); more > 0 {
		lines = append(lines, fmt.Sprintf(monReceivedMore, more))
	}
	return lines
}

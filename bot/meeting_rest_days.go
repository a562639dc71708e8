package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
)

// restDaysNote is restDayNote for the tasks a meeting's conclusion made:
// one gentle note listing those whose deadline falls on a rest day of the
// organisation; "" when none does. A calendar that cannot be read is
// logged, not fatal.
func (b *Bot) restDaysNote(ctx context.Context, ts []tasks.Task, loc *time.Location) string {
	var (
		cal   *holidays.Calendar
		lines []string
	)
	for _, t := range ts {
		if t.Deadline == nil {
			continue
		}
		if cal == nil {
			var err error
			if cal, err = b.store.Calendar(ctx, t.OrgID); err != nil {
				b.log.Warn("could not read the organisation's calendar", "org_id", t.OrgID, "err", err)
				return ""
			}
		}
		due := t.Deadline.In(loc)
		if reason := cal.RestReason(due); reason != "" {
			lines = append(lines, fmt.Sprintf(msgMeetingRestDay, t.ID, deadline.FormatDate(due), esc(reason)))
		}
	}
	if len(lines) == 0 {
		return ""
	}
	return fmt.Sprintf(msgMeetingRestDays, strings.Join(lines, "\n"))
}

package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// restDayNote is a gentle warning, for the person who gave a task, that its
// deadline falls on a rest day of the organisation (Saturday, Sunday, a
// public holiday or one of its own days off); "" otherwise. The note is a
// courtesy: a calendar that cannot be read is logged, not fatal.
func (b *Bot) restDayNote(ctx context.Context, t tasks.Task, loc *time.Location) string {
	if t.Deadline == nil {
		return ""
	}
	cal, err := b.store.Calendar(ctx, t.OrgID)
	if err != nil {
		b.log.Warn("could not read the organisation's calendar", "org_id", t.OrgID, "err", err)
		return ""
	}
	due := t.Deadline.In(loc)
	reason := cal.RestReason(due)
	if reason == "" {
		return ""
	}
	return fmt.Sprintf(msgDeadlineOnRestDay, deadline.FormatDate(due), esc(reason))
}

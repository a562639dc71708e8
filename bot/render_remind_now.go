package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

func (rd *Renderer) handleDashboard() {
	rd.Handle(tasks.NoticeRemindNow, rd.remindNow)
}

// remindNow renders the reminder a task's assigner or a leader asked for
// (from the dashboard): as a reminder, with who asked; nothing once the
// member's units have reported.
func (rd *Renderer) remindNow(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	var p tasks.LifecyclePayload
	t, loc, m, err := rd.ownerOf(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	if !t.PartLeft(m.InUnit) {
		return nil, outbox.ErrObsolete
	}
	who := ""
	if a, err := rd.store.Member(ctx, t.OrgID, p.ActorID); err == nil {
		who = a.FullName
	}
	text := fmt.Sprintf(dashRemindHead, t.ID, esc(who)) + "\n\n" + taskCard(t, cardTitle, now, loc) + "\n\n" + remindFooter
	return []outbox.Part{{Text: text, Buttons: reminderButtons(t, m)}}, nil
}

package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// reminder renders a reminder of one task to one member, as things stand
// when it is sent: nothing if the task was closed, moved to another
// deadline, or the member's units have reported their part.
func (rd *Renderer) reminder(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	var p reminders.Payload
	t, loc, m, err := rd.ownerOf(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	if !t.PartLeft(m.InUnit) {
		return nil, outbox.ErrObsolete
	}
	if p.Kind != reminders.KindSnooze && (t.Deadline == nil || t.Deadline.Unix() != p.Deadline) {
		return nil, outbox.ErrObsolete
	}
	head := reminderHead(t, p.Kind, now, loc)
	text := head + "\n\n" + taskCard(t, cardTitle, now, loc) + "\n\n" + remindFooter
	return []outbox.Part{{Text: text, Buttons: reminderButtons(t, m)}}, nil
}

func reminderHead(t tasks.Task, kind reminders.Kind, now time.Time, loc *time.Location) string {
	if t.Deadline == nil {
		return fmt.Sprintf(remindNoDate, t.ID)
	}
	due := deadline.Format(t.Deadline.In(loc))
	at, left := reminders.KindAt(*t.Deadline, now, loc)
	switch {
	case at == reminders.KindOverdue:
		return fmt.Sprintf(remindOverdue, t.ID, tasks.LateBy(*t.Deadline, now, loc).Phrase(), due)
	case kind == reminders.KindSnooze:
		return fmt.Sprintf(remindAsked, t.ID, due)
	case at == reminders.KindBefore:
		return fmt.Sprintf(remindLeft, t.ID, left, due)
	}
	return fmt.Sprintf(remindToday, t.ID, due)
}

// reminderButtons are a reminder's buttons for an owner whose units have yet
// to report: none once nothing is left to remind of.
func reminderButtons(t tasks.Task, m tasks.Member) [][]outbox.Button {
	if !t.State.Open() || !m.OwnsTask(t) || !t.PartLeft(m.InUnit) {
		return nil
	}
	return [][]outbox.Button{
		{
			{Text: btnDone, Data: taskData(t, actDone, onReminder)},
			{Text: btnReportProgress, Data: callbackData(t.OrgID, actProgress, t.ID)},
		},
		{{Text: btnSnooze, Data: callbackData(t.OrgID, actSnooze, t.ID)}},
	}
}

// escalation renders, for an assigner or a unit head, the unit's overdue
// tasks now; nothing when none is overdue any more.
func (rd *Renderer) escalation(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	var p reminders.EscalationPayload
	if err := json.Unmarshal(r.Payload, &p); err != nil {
		return nil, fmt.Errorf("render escalation: %w", err)
	}
	m, err := rd.recipient(ctx, r)
	if err != nil {
		return nil, err
	}
	loc, err := rd.zone(ctx, r.OrgID)
	if err != nil {
		return nil, err
	}
	dir, err := rd.store.Directory(ctx, r.OrgID)
	if err != nil {
		return nil, err
	}
	unit, ok := dir.ByID(p.UnitID)
	if !ok {
		return nil, outbox.ErrObsolete
	}
	// The unit's tasks as a leader sees them; the recipient is the
	// assigner or the unit's head, who may see them all.
	viewer := m
	viewer.Role = tasks.RoleLeader
	ts, err := rd.store.Tasks(ctx, viewer, tasks.TaskFilter{Open: true, UnitID: p.UnitID})
	if err != nil {
		return nil, err
	}
	var lines []string
	isUnit := func(u int64) bool { return u == p.UnitID }
	for _, t := range ts {
		if !t.State.Open() || t.Deadline == nil || !now.After(*t.Deadline) || !t.PartLeft(isUnit) {
			continue
		}
		if !m.InUnit(p.UnitID) && t.AssignedBy != m.ID && !m.SeesAll() {
			continue
		}
		lines = append(lines, fmt.Sprintf(escalationLine, t.ID, esc(vntext.Shorten(t.Text, 120)),
			tasks.LateBy(*t.Deadline, now, loc).Phrase(), listDeadline(t, loc)))
	}
	if len(lines) == 0 {
		return nil, outbox.ErrObsolete
	}
	text := fmt.Sprintf(escalationHead, esc(unit.Name), len(lines), deadline.Format(now.In(loc))) + "\n" +
		strings.Join(lines, "\n") + "\n\n" + escalationTail
	return []outbox.Part{{Text: text}}, nil
}

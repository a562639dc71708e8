package bot

import (
	"fmt"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// cardButtons are the buttons of a task card for a member: an owner's, then
// the decider's when the task waits for confirmation, cancelling for
// leaders and secretaries, and the evidence files.
func cardButtons(t tasks.Task, m tasks.Member, files int) [][]outbox.Button {
	rows := ownerRows(t, m, onCard)
	if t.State == tasks.StateReported && m.CanManage(t) {
		rows = append(rows, []outbox.Button{
			{Text: btnConfirmDone, Data: taskData(t, actConfirm, onCard)},
			{Text: btnAskRework, Data: callbackData(t.OrgID, actRework, t.ID)},
		})
	}
	if (t.State.Open() || t.State == tasks.StateReported) && m.CanReassign(t) {
		rows = append(rows, []outbox.Button{{Text: btnCancelTask, Data: callbackData(t.OrgID, actCancel, t.ID)}})
	}
	if files > 0 && m.CanSee(t) {
		rows = append(rows, []outbox.Button{{Text: fmt.Sprintf(btnShowFiles, files), Data: callbackData(t.OrgID, actFiles, t.ID)}})
	}
	return rows
}

// ownerButtons are the second row of an owner's task buttons.
func ownerButtons(t tasks.Task) []outbox.Button {
	row := []outbox.Button{{Text: btnReportProgress, Data: callbackData(t.OrgID, actProgress, t.ID)}}
	if t.Deadline != nil {
		row = append(row, outbox.Button{Text: btnAskExtension, Data: callbackData(t.OrgID, actExtend, t.ID)})
	}
	return row
}

// historyLine is a line of a task's history with its details.
func historyLine(e tasks.HistoryEntry, r *request, dir *tasks.Directory) string {
	who := esc(e.Member)
	if e.Unit != "" {
		who += " (" + esc(e.Unit) + ")"
	}
	line := fmt.Sprintf("%s — %s: %s", deadline.Format(e.At.In(r.loc)), who, tasks.EventLabel(e.Kind))
	if c := e.Change; c != nil {
		old := historyNoDeadline
		if c.Old != nil {
			old = deadline.Format(c.Old.In(r.loc))
		}
		line += " " + fmt.Sprintf(historyDeadline, old, deadline.Format(c.New.In(r.loc)))
		if c.Late && e.Kind == tasks.EventExtensionAsked {
			line += historyLate
		}
	}
	if a := e.Reassign; a != nil && dir != nil {
		line += " " + fmt.Sprintf(historyReassigned, esc(unitNames(dir, a.From)), esc(unitNames(dir, a.To)))
	}
	if p := e.Progress; p != nil {
		if p.Percent != nil {
			line += fmt.Sprintf(historyPercent, *p.Percent)
		}
		if len(p.Files) > 0 {
			line += fmt.Sprintf(historyFiles, len(p.Files))
		}
	}
	if e.Note != "" {
		line += ": <i>" + esc(e.Note) + "</i>"
	}
	return line
}

package web

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// UnitPart is a unit's part in a task as the task's page shows it.
type UnitPart struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Role  string `json:"role"`
	State string `json:"state"`
	Done  bool   `json:"done"`
}

// HistoryLine is a line of a task's history.
type HistoryLine struct {
	At      string     `json:"at"`
	Who     string     `json:"who"`
	Unit    string     `json:"unit,omitempty"`
	What    string     `json:"what"`
	Note    string     `json:"note,omitempty"`
	Percent *int       `json:"percent,omitempty"`
	Files   []FileLine `json:"files,omitempty"`
	Change  string     `json:"change,omitempty"`
}

// FileLine is a file sent as evidence; N is its number among the task's
// files, for /api/tasks/{id}/files/{n}.
type FileLine struct {
	N    int    `json:"n"`
	Name string `json:"name"`
	Kind string `json:"kind"`
}

// ExtensionLine is an extension request waiting for a decision.
type ExtensionLine struct {
	ID        int64  `json:"id"`
	Requester string `json:"requester"`
	Unit      string `json:"unit"`
	Old       string `json:"old"`
	New       string `json:"new"`
	Reason    string `json:"reason"`
	Late      bool   `json:"late"`
}

// Allowed says which actions the viewer may take on a task, by the same
// rules as the chat (tasks.Member).
type Allowed struct {
	Remind   bool `json:"remind"`
	Confirm  bool `json:"confirm"`
	Rework   bool `json:"rework"`
	Decide   bool `json:"decide"`
	Cancel   bool `json:"cancel"`
	Reassign bool `json:"reassign"`
}

// Any reports whether any action is allowed.
func (a Allowed) Any() bool {
	return a.Remind || a.Confirm || a.Rework || a.Decide || a.Cancel || a.Reassign
}

// TaskDetail is a task's page.
type TaskDetail struct {
	TaskRow
	State string `json:"state"`
	// DeadlineText is the deadline's words when they say more than the
	// date shown ("trong 10 ngày làm việc"); empty when they do not.
	DeadlineText string          `json:"deadline_text,omitempty"`
	Created      string          `json:"created"`
	MeetingID    int64           `json:"meeting_id,omitempty"`
	Meeting      string          `json:"meeting,omitempty"`
	Units        []UnitPart      `json:"units"`
	History      []HistoryLine   `json:"history"`
	Extensions   []ExtensionLine `json:"extensions"`
	Files        int             `json:"files"`
	// CanOpen is set when the files can be fetched through the bot.
	CanOpen bool    `json:"can_open"`
	Can     Allowed `json:"can"`
	// AllUnits are the units a task may be given to, for reassigning.
	AllUnits []Option `json:"all_units,omitempty"`
	// DeadlineMoved, once the deadline has moved, says from which one
	// (", đã gia hạn từ 15/01/2031"); empty while it has not.
	DeadlineMoved string `json:"deadline_moved,omitempty"`
}

// errHidden is a task or meeting the viewer may not see: answered as not
// found, so that ids of other units' tasks reveal nothing.
var errHidden = tasks.ErrNotFound

// visibleTask loads a task the viewer may see.
func (s *Server) visibleTask(ctx context.Context, v viewer, id int64) (tasks.Task, error) {
	t, err := s.store.Task(ctx, v.OrgID, id)
	if err != nil {
		return tasks.Task{}, err
	}
	if !v.CanSee(t) {
		return tasks.Task{}, errHidden
	}
	return t, nil
}

func (s *Server) taskDetail(ctx context.Context, v viewer, id int64) (TaskDetail, error) {
	now := s.clock()
	t, err := s.visibleTask(ctx, v, id)
	if err != nil {
		return TaskDetail{}, err
	}
	d := TaskDetail{TaskRow: s.taskRow(t, now, v.loc), State: t.State.Label(), DeadlineText: t.DeadlineText,
		DeadlineMoved: deadlineMoved(t, v.loc), Created: deadline.Format(t.CreatedAt.In(v.loc)), CanOpen: s.cfg.Files != nil}
	if t.Deadline != nil {
		if deadline.Restates(t.DeadlineText, t.Deadline.In(v.loc), t.DeadlineHasTime) {
			d.DeadlineText = "" // the page would read "30/01/2021 (“30/01/2021”)"
		}
	}
	if t.MeetingID != nil {
		d.MeetingID = *t.MeetingID
		if m, err := s.store.Meeting(ctx, v.OrgID, *t.MeetingID); err == nil {
			d.Meeting = m.Title
		}
	}
	for _, u := range t.Units {
		d.Units = append(d.Units, UnitPart{ID: u.UnitID, Name: u.Name, Role: u.Role.Label(), State: tasks.UnitStateLabel(u.State), Done: u.ReportedAt != nil})
	}
	hist, err := s.store.History(ctx, v.OrgID, t.ID)
	if err != nil {
		return TaskDetail{}, err
	}
	for _, h := range hist {
		d.History = append(d.History, historyLine(h, v.loc, d.Files))
		if h.Progress != nil {
			d.Files += len(h.Progress.Files)
		}
		if h.Kind == tasks.EventExtensionAsked && h.Change != nil && h.Change.ExtensionID != 0 {
			e, err := s.store.Extension(ctx, v.OrgID, t.ID, h.Change.ExtensionID)
			if errors.Is(err, tasks.ErrNotFound) {
				continue
			}
			if err != nil {
				return TaskDetail{}, err
			}
			if e.Status == tasks.ExtensionPending {
				d.Extensions = append(d.Extensions, extensionLine(e, v.loc))
			}
		}
	}
	manage := v.CanManage(t)
	d.Can = Allowed{
		Remind:   manage && t.State.Open(),
		Confirm:  manage && t.State == tasks.StateReported,
		Rework:   manage && t.State == tasks.StateReported,
		Decide:   manage && len(d.Extensions) > 0,
		Cancel:   v.CanReassign(t) && t.State.Active(),
		Reassign: v.CanReassign(t) && t.State.Active(),
	}
	if d.Can.Reassign {
		units, err := s.store.Units(ctx, v.OrgID)
		if err != nil {
			return TaskDetail{}, err
		}
		for _, u := range units {
			d.AllUnits = append(d.AllUnits, Option{Value: strconv.FormatInt(u.ID, 10), Label: u.Name})
		}
	}
	return d, nil
}

// deadlineMoved says, once a task's deadline has moved, from which one
// (tasks.Task.DeadlineMoved), as the bot's task card does, so that a text
// still naming the first deadline ("trước 15/1") does not read as the one
// that holds; "" while it has not moved.
func deadlineMoved(t tasks.Task, loc *time.Location) string {
	m, ok := t.DeadlineMoved(loc)
	if !ok {
		return ""
	}
	return m.String()
}

func formatDeadline(t *time.Time, loc *time.Location) string {
	if t == nil {
		return msgNoDeadline
	}
	return deadline.Format(t.In(loc))
}

func extensionLine(e tasks.Extension, loc *time.Location) ExtensionLine {
	return ExtensionLine{ID: e.ID, Requester: e.RequesterName, Unit: e.UnitName, Old: formatDeadline(e.OldDeadline, loc),
		New: formatDeadline(&e.NewDeadline, loc), Reason: e.Reason, Late: e.Late}
}

// historyLine is a line of the history; first numbers its files.
func historyLine(h tasks.HistoryEntry, loc *time.Location, first int) HistoryLine {
	l := HistoryLine{At: deadline.Format(h.At.In(loc)), Who: h.Member, Unit: h.Unit, Note: h.Note, What: tasks.EventLabel(h.Kind)}
	if h.Progress != nil {
		l.Percent = h.Progress.Percent
		for i, f := range h.Progress.Files {
			name := f.Name
			if name == "" {
				name = msgPhoto
			}
			l.Files = append(l.Files, FileLine{N: first + i, Name: name, Kind: f.Kind})
		}
	}
	if h.Change != nil {
		l.Change = formatDeadline(h.Change.Old, loc) + " → " + formatDeadline(&h.Change.New, loc)
	}
	return l
}

package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// handleLifecycle adds the renderers of the lifecycle's notices.
func (rd *Renderer) handleLifecycle() {
	rd.Handle(tasks.NoticeToConfirm, rd.toConfirm)
	rd.Handle(tasks.NoticeConfirmed, rd.confirmed)
	rd.Handle(tasks.NoticeRework, rd.rework)
	rd.Handle(tasks.NoticeCancelled, rd.cancelled)
	rd.Handle(tasks.NoticeMoved, rd.moved)
	rd.Handle(tasks.NoticeExtensionAsked, rd.extensionAsked)
	rd.Handle(tasks.NoticeExtensionDecided, rd.extensionDecided)
}

// actorName names the member who did something, or "" when they are gone.
func (rd *Renderer) actorName(ctx context.Context, orgID, id int64) (string, error) {
	m, err := rd.store.Member(ctx, orgID, id)
	if errors.Is(err, tasks.ErrNotFound) {
		return "", nil
	}
	return m.FullName, err
}

func (rd *Renderer) toConfirm(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	var p tasks.LifecyclePayload
	t, loc, m, err := rd.load(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	round, err := rd.store.ReworkRound(ctx, t.OrgID, t.ID)
	if err != nil {
		return nil, err
	}
	if t.State != tasks.StateReported || round != p.Round || t.ReportedAt == nil {
		return nil, outbox.ErrObsolete
	}
	name := ""
	for _, u := range t.Units {
		if u.UnitID == p.UnitID {
			name = u.Name
		}
	}
	text := fmt.Sprintf(noticeToConfirm, esc(name), t.ID, deadline.Format(t.ReportedAt.In(loc)),
		doneWords(t, *t.ReportedAt, loc), taskCard(t, cardTitle, now, loc))
	var buttons [][]outbox.Button
	if m.CanManage(t) {
		buttons = [][]outbox.Button{{
			{Text: btnConfirmDone, Data: callbackData(t.OrgID, actConfirm, t.ID)},
			{Text: btnAskRework, Data: callbackData(t.OrgID, actRework, t.ID)},
		}}
	}
	return []outbox.Part{{Text: text, Buttons: buttons}}, nil
}

func (rd *Renderer) confirmed(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	var p tasks.LifecyclePayload
	t, loc, _, err := rd.load(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	if t.State != tasks.StateDone || t.ReportedAt == nil {
		return nil, outbox.ErrObsolete
	}
	who, err := rd.actorName(ctx, t.OrgID, p.ActorID)
	if err != nil {
		return nil, err
	}
	return []outbox.Part{{Text: fmt.Sprintf(noticeConfirmed, t.ID, esc(who), doneWords(t, *t.ReportedAt, loc), esc(vntext.Shorten(t.Text, 200)))}}, nil
}

func (rd *Renderer) rework(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	var p tasks.LifecyclePayload
	t, loc, m, err := rd.ownerOf(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	who, err := rd.actorName(ctx, t.OrgID, p.ActorID)
	if err != nil {
		return nil, err
	}
	text := fmt.Sprintf(noticeRework, t.ID, esc(who), esc(p.Reason), taskCard(t, cardTitle, now, loc))
	return []outbox.Part{{Text: text, Buttons: taskButtons(t, m)}}, nil
}

func (rd *Renderer) cancelled(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	var p tasks.LifecyclePayload
	t, _, m, err := rd.load(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	if t.State != tasks.StateCancelled {
		return nil, outbox.ErrObsolete
	}
	who, err := rd.actorName(ctx, t.OrgID, p.ActorID)
	if err != nil {
		return nil, err
	}
	if p.ActorID == 0 {
		who = noticeExtByParent // cancelled because the parent did
	}
	format := noticeCancelled
	if m.ID == t.AssignedBy && !m.OwnsTask(t) {
		format = noticeCancelledAssigner
	}
	return []outbox.Part{{Text: fmt.Sprintf(format, t.ID, esc(who), esc(p.Reason), esc(vntext.Shorten(t.Text, 200)))}}, nil
}

func (rd *Renderer) moved(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	var p tasks.LifecyclePayload
	t, _, m, err := rd.load(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	if m.OwnsTask(t) {
		return nil, outbox.ErrObsolete
	}
	who, err := rd.actorName(ctx, t.OrgID, p.ActorID)
	if err != nil {
		return nil, err
	}
	dir, err := rd.store.Directory(ctx, t.OrgID)
	if err != nil {
		return nil, err
	}
	var mine []int64
	for _, u := range m.UnitIDs {
		if !slices.Contains(p.Units, u) {
			mine = append(mine, u)
		}
	}
	yours := unitNames(dir, mine)
	if yours == "" {
		yours = movedYourUnit
	}
	text := fmt.Sprintf(noticeMoved, t.ID, esc(who), esc(unitNames(dir, p.Units)), esc(yours), esc(p.Reason), esc(vntext.Shorten(t.Text, 200)))
	return []outbox.Part{{Text: text}}, nil
}

func (rd *Renderer) extensionAsked(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	var p tasks.LifecyclePayload
	t, loc, m, err := rd.load(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	e, err := rd.store.Extension(ctx, t.OrgID, t.ID, p.ExtensionID)
	if errors.Is(err, tasks.ErrNotFound) {
		return nil, outbox.ErrObsolete
	}
	if err != nil {
		return nil, err
	}
	if e.Status != tasks.ExtensionPending || !t.State.Open() {
		return nil, outbox.ErrObsolete
	}
	old := historyNoDeadline
	if e.OldDeadline != nil {
		old = deadline.Format(e.OldDeadline.In(loc))
	}
	late := ""
	if e.Late && e.OldDeadline != nil {
		late = fmt.Sprintf(noticeExtLate, tasks.LateBy(*e.OldDeadline, e.RequestedAt, loc).Phrase())
	}
	unit := e.UnitName
	if unit == "" {
		unit = e.RequesterName
	}
	span := fmt.Sprintf(historyDeadline, old, deadline.Format(e.NewDeadline.In(loc)))
	text := fmt.Sprintf(noticeExtAsked, t.ID, esc(unit), esc(e.RequesterName), span, esc(e.Reason), late, taskCard(t, cardTitle, now, loc))
	var buttons [][]outbox.Button
	if m.CanManage(t) {
		arg := fmt.Sprint(e.ID)
		buttons = [][]outbox.Button{{
			{Text: btnExtApprove, Data: callbackData(t.OrgID, actExtOK, t.ID, arg)},
			{Text: btnExtReject, Data: callbackData(t.OrgID, actExtNo, t.ID, arg)},
		}}
	}
	return []outbox.Part{{Text: text, Buttons: buttons}}, nil
}

func (rd *Renderer) extensionDecided(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	var p tasks.LifecyclePayload
	t, loc, _, err := rd.load(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	e, err := rd.store.Extension(ctx, t.OrgID, t.ID, p.ExtensionID)
	if errors.Is(err, tasks.ErrNotFound) {
		return nil, outbox.ErrObsolete
	}
	if err != nil {
		return nil, err
	}
	who, err := rd.actorName(ctx, t.OrgID, p.ActorID)
	if err != nil {
		return nil, err
	}
	if p.ActorID == 0 && e.ForwardedAt != nil {
		who = noticeExtByParent
	}
	switch e.Status {
	case tasks.ExtensionApproved:
		return []outbox.Part{{Text: fmt.Sprintf(noticeExtApproved, t.ID, esc(who), deadline.Format(e.NewDeadline.In(loc)))}}, nil
	case tasks.ExtensionRejected:
		old := historyNoDeadline
		if t.Deadline != nil {
			old = deadline.Format(t.Deadline.In(loc))
		}
		text := fmt.Sprintf(noticeExtRejected, t.ID, esc(who), old)
		if p.Reason != "" {
			text += "\n" + fmt.Sprintf(noticeReason, esc(p.Reason))
		}
		return []outbox.Part{{Text: text}}, nil
	}
	return nil, outbox.ErrObsolete
}

// reportedFormat is how the assigner is told that unit reported its part
// of t: a coordinating unit's report, or a lead's while other leads have
// not reported, is that unit's part, not the whole task.
func reportedFormat(t tasks.Task, unit tasks.TaskUnit) string {
	if unit.Role == tasks.RoleCoord {
		return noticeReportedCoord
	}
	for _, u := range t.Units {
		if u.Role == tasks.RoleLead && u.ReportedAt == nil {
			return noticeReportedLeadPart
		}
	}
	return noticeReported
}

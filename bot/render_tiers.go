package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// handleTiers registers the renderers of the two tiers' messages.
func (rd *Renderer) handleTiers() {
	rd.Handle(tasks.NoticeUnitMerged, rd.unitMerged)
	for _, k := range []string{tasks.NoticeReceived, tasks.NoticeReceivedPending, tasks.NoticeReceivedReturned, tasks.NoticeReceivedCancelled,
		tasks.NoticeReceivedExtended, tasks.NoticeReceivedExtensionRejected} {
		rd.Handle(k, rd.received)
	}
	rd.Handle(tasks.NoticeParentDeadline, rd.parentDeadline)
}

// parentDeadline tells an owner of a task made from a received one that
// the parent's new deadline moved it; obsolete once the task is closed or
// its deadline moved again.
func (rd *Renderer) parentDeadline(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	var p tasks.ParentDeadlinePayload
	t, loc, m, err := rd.ownerOf(ctx, r, &p)
	if err != nil {
		return nil, err
	}
	if t.Deadline == nil || !t.Deadline.Equal(p.New) {
		return nil, outbox.ErrObsolete
	}
	old := historyNoDeadline
	if !p.Old.IsZero() {
		old = deadline.Format(p.Old.In(loc))
	}
	text := fmt.Sprintf(noticeParentDeadline, esc(p.ParentName), t.ID, old, deadline.Format(p.New.In(loc)), taskCard(t, cardTitle, now, loc))
	return []outbox.Part{{Text: text, Buttons: taskButtons(t, m)}}, nil
}

// unitMerged tells a member that their unit was merged, with the names as
// they were at the merge.
func (rd *Renderer) unitMerged(_ context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	var p tasks.UnitMergedPayload
	if err := json.Unmarshal(r.Payload, &p); err != nil {
		return nil, fmt.Errorf("render unit merged: %w", err)
	}
	from := make([]string, len(p.From))
	for i, n := range p.From {
		from[i] = "<b>" + esc(n) + "</b>"
	}
	text := fmt.Sprintf(msgUnitMerged, strings.Join(from, ", "), esc(p.Into))
	if p.Tasks > 0 {
		text += fmt.Sprintf(msgUnitMergedTasks, p.Tasks, esc(p.Into))
	}
	return []outbox.Part{{Text: text}}, nil
}

// received renders a notice about a received task to a leader of the
// organisation that received it, from that organisation's own row; a
// reminder says where the deadline stands when it is sent, as a task's
// does (reminders.KindAt).
func (rd *Renderer) received(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	var p tasks.ReceivedPayload
	if err := json.Unmarshal(r.Payload, &p); err != nil {
		return nil, fmt.Errorf("render received: %w", err)
	}
	rc, err := rd.store.Received(ctx, r.OrgID, p.ReceivedID)
	if errors.Is(err, tasks.ErrNotFound) {
		return nil, outbox.ErrObsolete
	}
	if err != nil {
		return nil, err
	}
	loc, err := rd.zone(ctx, r.OrgID)
	if err != nil {
		return nil, err
	}
	head := map[string]string{
		tasks.NoticeReceived:                  msgReceivedHead,
		tasks.NoticeReceivedReturned:          msgReceivedReturnedHead,
		tasks.NoticeReceivedPending:           msgReceivedPendingHead,
		tasks.NoticeReceivedCancelled:         msgReceivedCancelledHead,
		tasks.NoticeReceivedExtended:          msgReceivedExtendedHead,
		tasks.NoticeReceivedExtensionRejected: msgReceivedExtRejectedHead,
	}[r.Kind]
	if r.Kind == tasks.NoticeReceivedPending {
		if rc.State != tasks.ReceivedNew || p.Deadline != nil && (rc.Deadline == nil || !rc.Deadline.Equal(*p.Deadline)) {
			return nil, outbox.ErrObsolete // handed on, closed or given a new deadline since
		}
		if rc.Deadline != nil {
			switch at, _ := reminders.KindAt(*rc.Deadline, now, loc); at {
			case reminders.KindDue:
				head = msgReceivedDueHead
			case reminders.KindOverdue:
				head = msgReceivedOverdueHead
			}
		}
	}
	part := outbox.Part{Text: head + "\n\n" + receivedCard(rc, loc)}
	if r.Kind == tasks.NoticeReceivedReturned && rc.ReturnReason != "" {
		part.Text += "\n" + fmt.Sprintf(cardReceivedReason, esc(rc.ReturnReason))
	}
	if r.Kind != tasks.NoticeReceivedCancelled {
		if !rc.Open() {
			return nil, outbox.ErrObsolete
		}
		part.Text += "\n\n" + msgReceivedFooter
		part.Buttons = receivedButtons(rc)
		if r.Kind == tasks.NoticeReceivedPending {
			part.Buttons = receivedReminderButtons(rc)
		}
	}
	return []outbox.Part{part}, nil
}

package tasks

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// EventParentDeadline is recorded on a task made from a received one when
// the parent's new deadline moved it (its data is a DeadlineChange).
const EventParentDeadline = "parent_deadline"

// NoticeParentDeadline tells the owners of a task made from a received one
// that the parent's new deadline moved theirs.
const NoticeParentDeadline = "task_parent_deadline"

// ParentDeadlinePayload is the payload of a NoticeParentDeadline message:
// the deadline before and after the move, and who moved it.
type ParentDeadlinePayload struct {
	TaskID     int64     `json:"task_id"`
	Old        time.Time `json:"old"`
	New        time.Time `json:"new"`
	ParentName string    `json:"parent_name"`
}

// lockOwnTasks locks, in the child's transaction and before its received
// task (the order in which the child's own changes lock them), the child's
// tasks still active that were made from its received task of the
// parent's task.
func lockOwnTasks(ctx context.Context, tx *sqlx.Tx, childID, parentOrgID, parentTaskID int64) ([]int64, error) {
	var ids []int64
	if err := tx.SelectContext(ctx, &ids, `
		SELECT t.id FROM tasks t JOIN received_tasks r ON r.org_id = t.org_id AND r.id = t.received_id
		WHERE r.org_id = $1 AND r.parent_org_id = $2 AND r.parent_task_id = $3 AND t.state = ANY($4)
		ORDER BY t.id FOR UPDATE OF t`, childID, parentOrgID, parentTaskID, pq.Array(activeStates())); err != nil {
		return nil, fmt.Errorf("own tasks of the received task: %w", err)
	}
	return ids, nil
}

// followParent carries the parent's decisions, as a down step shows them,
// from the received task r (as it was before the step) to the child's own
// tasks made from it (locked by lockOwnTasks): a cancellation or the
// task taken away cancels them; a new deadline moves those that kept the
// received deadline and pulls those now beyond it, the others keeping
// their own.
func (s *Store) followParent(ctx context.Context, tx *sqlx.Tx, r Received, p downPayload, own []int64, now time.Time) error {
	switch {
	case len(own) == 0 || r.State == ReceivedCancelled:
		return nil
	case p.Cancelled || p.Removed:
		reason := fmt.Sprintf(msgParentCancelled, p.ParentOrgName)
		if p.Removed && !p.Cancelled {
			reason = fmt.Sprintf(msgParentTookAway, p.ParentOrgName)
		}
		if p.Reason != "" {
			reason += ": " + p.Reason
		}
		for _, id := range own {
			if err := s.cancelForParent(ctx, tx, r.OrgID, id, reason, now); err != nil {
				return err
			}
		}
	case p.Deadline != nil && !sameTime(r.Deadline, p.Deadline):
		for _, id := range own {
			if err := s.moveForParent(ctx, tx, r, p, id, now); err != nil {
				return err
			}
		}
	}
	return nil
}

// cancelForParent cancels one of the child's tasks because the parent
// cancelled, or took away, the task it was made from: by no member of the
// child, with the reason in its history and its owners told.
func (s *Store) cancelForParent(ctx context.Context, tx *sqlx.Tx, orgID, id int64, reason string, now time.Time) error {
	t, err := loadTask(ctx, tx, orgID, id)
	if err != nil {
		return err
	}
	if !t.State.Active() {
		return nil
	}
	ev, err := s.cancelTask(ctx, tx, t, nil, reason, "task cancelled by the parent", now)
	if err != nil {
		return err
	}
	payload := LifecyclePayload{TaskID: id, EventID: ev, Reason: reason}
	if err := notifyUnitMembers(ctx, tx, t, unitIDs(t.Units), NoticeCancelled, payload,
		func(m int64) string { return fmt.Sprintf("task:%d:cancelled:%d", id, m) }, nil, now); err != nil {
		return err
	}
	return s.taskChanged(ctx, tx, orgID, id, now)
}

// moveForParent gives one of the child's tasks the parent's new deadline
// when it had the received task's old one, or when it is now beyond the
// new one; its reminders are planned again and its owners told.
func (s *Store) moveForParent(ctx context.Context, tx *sqlx.Tx, r Received, p downPayload, id int64, now time.Time) error {
	t, err := loadTask(ctx, tx, r.OrgID, id)
	if err != nil {
		return err
	}
	kept := sameTime(t.Deadline, r.Deadline)
	beyond := t.Deadline != nil && t.Deadline.After(*p.Deadline)
	if !t.State.Active() || !kept && !beyond {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE tasks SET deadline = $3, deadline_text = $4, deadline_has_time = $5,
				original_deadline = coalesce(original_deadline, deadline)
			WHERE org_id = $1 AND id = $2`,
		r.OrgID, id, p.Deadline, p.DeadlineText, p.DeadlineHasTime); err != nil {
		return fmt.Errorf("move deadline for the parent: %w", err)
	}
	if _, err := addEventData(ctx, tx, r.OrgID, id, now, nil, nil, EventParentDeadline, p.ParentOrgName,
		DeadlineChange{Old: t.Deadline, New: *p.Deadline}); err != nil {
		return err
	}
	payload := ParentDeadlinePayload{TaskID: id, New: *p.Deadline, ParentName: p.ParentOrgName}
	if t.Deadline != nil {
		payload.Old = *t.Deadline
	}
	if err := notifyUnitMembers(ctx, tx, t, unitIDs(t.Units), NoticeParentDeadline, payload,
		func(m int64) string { return fmt.Sprintf("task:%d:parentdl:%d:%d", id, p.Deadline.Unix(), m) }, nil, now); err != nil {
		return err
	}
	return s.taskChanged(ctx, tx, r.OrgID, id, now)
}

package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

// Extension is an owner's request for a later deadline.
type Extension struct {
	OrgID           int64      `db:"org_id"`
	TaskID          int64      `db:"task_id"`
	ID              int64      `db:"id"`
	RequestedBy     int64      `db:"requested_by"`
	RequesterName   string     `db:"requester_name"`
	UnitID          *int64     `db:"unit_id"`
	UnitName        string     `db:"unit_name"`
	OldDeadline     *time.Time `db:"old_deadline"`
	NewDeadline     time.Time  `db:"new_deadline"`
	NewDeadlineText string     `db:"new_deadline_text"`
	NewHasTime      bool       `db:"new_has_time"`
	Reason          string     `db:"reason"`
	Late            bool       `db:"late"`
	RequestedAt     time.Time  `db:"requested_at"`
	Status          string     `db:"status"`
	DecidedBy       *int64     `db:"decided_by"`
	DecidedAt       *time.Time `db:"decided_at"`
	// ForwardedAt is when the request, approved beyond the deadline of the
	// received task the task was made from, went up to the parent; it stays
	// pending until the parent decides.
	ForwardedAt *time.Time `db:"forwarded_at"`
}

// Extension statuses.
const (
	ExtensionPending   = "pending"
	ExtensionApproved  = "approved"
	ExtensionRejected  = "rejected"
	ExtensionWithdrawn = "withdrawn"
)

const extensionSelect = `SELECT e.org_id, e.task_id, e.id, coalesce(e.requested_by, 0) AS requested_by, coalesce(m.full_name, e.requester_label, '') AS requester_name,
	e.unit_id, coalesce(u.name, '') AS unit_name, e.old_deadline, e.new_deadline, e.new_deadline_text, e.new_has_time,
	e.reason, e.late, e.requested_at, e.status, e.decided_by, e.decided_at, e.forwarded_at
	FROM task_extensions e
	LEFT JOIN members m ON m.org_id = e.org_id AND m.id = e.requested_by
	LEFT JOIN units u ON u.org_id = e.org_id AND u.id = e.unit_id `

// Extension returns one extension request of a task.
func (s *Store) Extension(ctx context.Context, orgID, taskID, id int64) (Extension, error) {
	return loadExtension(ctx, s.db, orgID, taskID, id)
}

func loadExtension(ctx context.Context, q sqlx.QueryerContext, orgID, taskID, id int64) (Extension, error) {
	var e Extension
	err := sqlx.GetContext(ctx, q, &e, extensionSelect+`WHERE e.org_id = $1 AND e.task_id = $2 AND e.id = $3`, orgID, taskID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Extension{}, ErrNotFound
	}
	if err != nil {
		return Extension{}, fmt.Errorf("extension: %w", err)
	}
	return e, nil
}

// RequestExtension records an owner's request for a later deadline and asks
// the assigner (or, when they are gone, the leaders) to decide. A request
// still pending is withdrawn by the new one. Asking after the deadline is
// allowed and marked late. A request with the origin of one already made
// returns that one and changes nothing.
func (s *Store) RequestExtension(ctx context.Context, actor Member, taskID int64, ask ExtensionAsk, now time.Time) (Extension, error) {
	var id int64
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.OwnsTask, State.Open)
		if err != nil {
			return err
		}
		if ask.Origin != "" {
			err := tx.GetContext(ctx, &id, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = $2 AND origin = $3`, t.OrgID, t.ID, ask.Origin)
			if err == nil {
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("extension origin: %w", err)
			}
		}
		if t.Deadline != nil && !ask.Deadline.Time.After(*t.Deadline) {
			return inputErrorf(msgExtensionNotLaterStored, ask.Deadline.Text)
		}
		var unit *int64
		for _, u := range t.Units {
			if actor.ActsFor(u.UnitID) {
				id := u.UnitID
				unit = &id
				break
			}
		}
		id, err = recordExtension(ctx, tx, t, extensionRequest{By: &actor.ID, Unit: unit, Deadline: ask.Deadline.Time,
			Text: ask.Deadline.Text, HasTime: ask.Deadline.HasTime, Reason: ask.Reason, Origin: ask.Origin}, now)
		return err
	})
	if err != nil {
		return Extension{}, fmt.Errorf("request extension: %w", err)
	}
	return s.Extension(ctx, actor.OrgID, taskID, id)
}

// DecideExtension approves or rejects an extension request. Approval moves
// the task's deadline (reminders follow it); either way the owners are told.
// Only the assigner, a leader or an admin may decide; a request that is no
// longer pending, or a task no longer open, is ErrConflict.
func (s *Store) DecideExtension(ctx context.Context, actor Member, taskID, extID int64, approve bool, now time.Time) (Extension, error) {
	return s.decideExtension(ctx, actor, taskID, extID, approve, "", now)
}

// RejectExtension rejects an extension request for a reason, which goes in
// the task's history and in the owners' notice. A reason too short to say
// anything is an *InputError; otherwise it is DecideExtension.
func (s *Store) RejectExtension(ctx context.Context, actor Member, taskID, extID int64, reason string, now time.Time) (Extension, error) {
	reason, err := ParseReason(reason)
	if err != nil {
		return Extension{}, err
	}
	return s.decideExtension(ctx, actor, taskID, extID, false, reason, now)
}

func (s *Store) decideExtension(ctx context.Context, actor Member, taskID, extID int64, approve bool, reason string, now time.Time) (Extension, error) {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanManage(t) {
			return ErrForbidden
		}
		e, err := loadExtension(ctx, tx, t.OrgID, t.ID, extID)
		if err != nil {
			return err
		}
		if e.Status != ExtensionPending || !t.State.Open() {
			return ErrConflict
		}
		if approve {
			if forwarded, err := forwardExtension(ctx, tx, t, e, now); err != nil || forwarded {
				return err
			}
		}
		return s.settleExtension(ctx, tx, t, e, approve, &actor.ID, reason, now)
	})
	if err != nil {
		return Extension{}, fmt.Errorf("decide extension: %w", err)
	}
	return s.Extension(ctx, actor.OrgID, taskID, extID)
}

// settleExtension decides a pending request on a task locked by the
// caller: an approval moves the deadline; either way the request is
// marked (decidedBy nil when the parent organisation decided a forwarded
// request), the history says so and the task's owners are told.
func (s *Store) settleExtension(ctx context.Context, tx *sqlx.Tx, t Task, e Extension, approve bool, decidedBy *int64, reason string, now time.Time) error {
	status, kind := ExtensionRejected, EventExtensionRejected
	if approve {
		status, kind = ExtensionApproved, EventExtended
		if _, err := tx.ExecContext(ctx, `
			UPDATE tasks SET deadline = $3, deadline_text = $4, deadline_has_time = $5,
				original_deadline = coalesce(original_deadline, deadline)
			WHERE org_id = $1 AND id = $2`,
			t.OrgID, t.ID, e.NewDeadline, e.NewDeadlineText, e.NewHasTime); err != nil {
			return fmt.Errorf("extend deadline: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE task_extensions SET status = $4, decided_by = coalesce($5, decided_by), decided_at = $6
		WHERE org_id = $1 AND task_id = $2 AND id = $3`,
		t.OrgID, t.ID, e.ID, status, decidedBy, now); err != nil {
		return fmt.Errorf("decide extension: %w", err)
	}
	if _, err := addEventData(ctx, tx, t.OrgID, t.ID, now, decidedBy, nil, kind, reason,
		DeadlineChange{ExtensionID: e.ID, Old: t.Deadline, New: e.NewDeadline, Late: e.Late}); err != nil {
		return err
	}
	payload := LifecyclePayload{TaskID: t.ID, ExtensionID: e.ID, Reason: reason}
	if decidedBy != nil {
		payload.ActorID = *decidedBy
	}
	if err := notifyUnitMembers(ctx, tx, t, unitIDs(t.Units), NoticeExtensionDecided, payload,
		func(m int64) string { return fmt.Sprintf("task:%d:extdone:%d:%d", t.ID, e.ID, m) }, nil, now); err != nil {
		return err
	}
	return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
}

// extensionRequest is a request for a later deadline as a task records it:
// made by a member of the task's organisation (By), or by a child
// organisation, named by Label, when its own request went up.
type extensionRequest struct {
	By       *int64
	Label    string
	Unit     *int64
	Deadline time.Time
	Text     string
	HasTime  bool
	Reason   string
	Origin   string
}

// recordExtension records req on a task locked by the caller: a request
// still pending is withdrawn, one made after the deadline is marked late,
// the history says so and the task's deciders are asked. It returns the
// new request's id.
func recordExtension(ctx context.Context, tx *sqlx.Tx, t Task, req extensionRequest, now time.Time) (int64, error) {
	late := t.Deadline != nil && now.After(*t.Deadline)
	if err := withdrawExtensions(ctx, tx, t); err != nil {
		return 0, err
	}
	var id int64
	if err := tx.GetContext(ctx, &id, `
		INSERT INTO task_extensions (org_id, task_id, requested_by, requester_label, unit_id, old_deadline, new_deadline,
			new_deadline_text, new_has_time, reason, late, requested_at, origin)
		VALUES ($1, $2, $3, nullif($4, ''), $5, $6, $7, $8, $9, $10, $11, $12, nullif($13, '')) RETURNING id`,
		t.OrgID, t.ID, req.By, req.Label, req.Unit, t.Deadline, req.Deadline, req.Text, req.HasTime,
		req.Reason, late, now, req.Origin); err != nil {
		return 0, fmt.Errorf("insert extension: %w", err)
	}
	if _, err := addEventData(ctx, tx, t.OrgID, t.ID, now, req.By, req.Unit, EventExtensionAsked, req.Reason,
		DeadlineChange{ExtensionID: id, Old: t.Deadline, New: req.Deadline, Late: late}); err != nil {
		return 0, err
	}
	payload := LifecyclePayload{TaskID: t.ID, ExtensionID: id}
	if req.By != nil {
		payload.ActorID = *req.By
	}
	return id, notifyDeciders(ctx, tx, t, NoticeExtensionAsked, payload,
		func(d int64) string { return fmt.Sprintf("task:%d:ext:%d:%d", t.ID, id, d) }, now)
}

// notifyDeciders tells each of the task's deciders (deciders) through the
// outbox, under the idempotency key that key gives for them.
func notifyDeciders(ctx context.Context, tx *sqlx.Tx, t Task, kind string, payload LifecyclePayload, key func(memberID int64) string, now time.Time) error {
	ds, err := deciders(ctx, tx, t)
	if err != nil {
		return err
	}
	for _, d := range ds {
		if err := notifyMember(ctx, tx, t.OrgID, d, now, outbox.Message{
			IdemKey: key(d), Kind: kind, Payload: payload, TaskID: &t.ID,
		}); err != nil {
			return err
		}
	}
	return nil
}

// withdrawExtensions withdraws a task's pending extension requests, as when
// the task closes or a newer request replaces them.
func withdrawExtensions(ctx context.Context, tx *sqlx.Tx, t Task) error {
	if _, err := tx.ExecContext(ctx, `UPDATE task_extensions SET status = $3 WHERE org_id = $1 AND task_id = $2 AND status = $4`,
		t.OrgID, t.ID, ExtensionWithdrawn, ExtensionPending); err != nil {
		return fmt.Errorf("withdraw extensions: %w", err)
	}
	return nil
}

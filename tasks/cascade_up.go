package tasks

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
)

// upPayload is an up step: from the organisation that received a task to
// the parent's task, in the name of the unit standing for it there.
type upPayload struct {
	ParentTaskID int64 `json:"parent_task_id"`
	UnitID       int64 `json:"unit_id"`
	ReceivedID   int64 `json:"received_id"`
	// Progress are the progress reports made in the child (progress steps).
	Progress []upProgress `json:"progress,omitempty"`
	// Extension is the request for a later deadline (extension steps).
	Extension *upExtension `json:"extension,omitempty"`
}

// upProgress is a progress report without the child's member.
type upProgress struct {
	Note string          `json:"note"`
	Data json.RawMessage `json:"data,omitempty"`
}

// upExtension is a child's request for a later deadline.
type upExtension struct {
	ChildName string    `json:"child_name"`
	Deadline  time.Time `json:"deadline"`
	Text      string    `json:"text"`
	HasTime   bool      `json:"has_time,omitempty"`
	Reason    string    `json:"reason"`
	Origin    string    `json:"origin,omitempty"`
}

// cascadeUp, for a task made from a received one, settles the received
// task in the child's transaction: assigned once a task is made from it,
// done when every such task (not cancelled) is done. The progress recorded
// just now and the report of done go up as steps.
func (s *Store) cascadeUp(ctx context.Context, tx *sqlx.Tx, t Task, now time.Time) error {
	if t.ReceivedID == nil {
		return nil
	}
	r, err := lockReceived(ctx, tx, t.OrgID, *t.ReceivedID)
	if err != nil {
		return err
	}
	if !r.Open() {
		return nil
	}
	if err := progressUp(ctx, tx, t, r, now); err != nil {
		return err
	}
	var n struct {
		All  int `db:"all_tasks"`
		Done int `db:"done_tasks"`
	}
	if err := tx.GetContext(ctx, &n, `
		SELECT count(*) AS all_tasks, count(*) FILTER (WHERE state = 'done') AS done_tasks FROM tasks
		WHERE org_id = $1 AND received_id = $2 AND state <> 'cancelled'`, t.OrgID, r.ID); err != nil {
		return fmt.Errorf("tasks of received: %w", err)
	}
	if n.All == 0 || n.Done < n.All {
		if r.State == ReceivedNew && n.All > 0 {
			_, err := tx.ExecContext(ctx, `UPDATE received_tasks SET state = 'assigned' WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID)
			return err
		}
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE received_tasks SET state = 'done', done_at = $3 WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID, now); err != nil {
		return fmt.Errorf("received done: %w", err)
	}
	return enqueueStep(ctx, tx, r.OrgID, r.ParentOrgID, stepDone,
		upPayload{ParentTaskID: r.ParentTaskID, UnitID: r.ParentUnitID, ReceivedID: r.ID}, now)
}

// progressUp sends the progress just recorded on a task made from a
// received one up to the parent's task, as its unit's progress: the text,
// percentage and files, without the child's member.
func progressUp(ctx context.Context, tx *sqlx.Tx, t Task, r Received, now time.Time) error {
	var evs []upProgress
	if err := tx.SelectContext(ctx, &evs, `
		SELECT note, data FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = $3 AND at = $4 ORDER BY id`,
		t.OrgID, t.ID, EventProgress, now); err != nil {
		return fmt.Errorf("child progress: %w", err)
	}
	if len(evs) == 0 {
		return nil
	}
	return enqueueStep(ctx, tx, r.OrgID, r.ParentOrgID, stepProgress,
		upPayload{ParentTaskID: r.ParentTaskID, UnitID: r.ParentUnitID, ReceivedID: r.ID, Progress: evs}, now)
}

// lockLoadTask locks and loads a task a step is about (the parent's task
// of an up step, the child's task of a forwarded request); ErrNotFound when
// it is gone.
func lockLoadTask(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64) (Task, error) {
	return lockTask(ctx, tx, Member{OrgID: orgID}, taskID)
}

// applyProgress records a child's progress on the parent's task, as the
// unit's, which is in progress from then on.
func (s *Store) applyProgress(ctx context.Context, tx *sqlx.Tx, st cascadeStep) error {
	var p upPayload
	if err := json.Unmarshal(st.Payload, &p); err != nil {
		return fmt.Errorf("progress step: %w", err)
	}
	parent, err := lockLoadTask(ctx, tx, st.DestOrgID, p.ParentTaskID)
	if err != nil {
		return err
	}
	if !parent.State.Active() {
		return nil
	}
	unit, state, err := childPart(ctx, tx, parent, st.OrgID, p.UnitID)
	if err != nil || state == "removed" {
		return err
	}
	now := st.At
	for _, e := range p.Progress {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO task_events (org_id, task_id, at, unit_id, kind, note, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			parent.OrgID, parent.ID, now, unit, EventProgress, e.Note, []byte(e.Data)); err != nil {
			return fmt.Errorf("progress up: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE task_units SET state = 'in_progress', accepted_at = coalesce(accepted_at, $4)
		WHERE org_id = $1 AND task_id = $2 AND unit_id = $3 AND state IN ('assigned', 'accepted')`,
		parent.OrgID, parent.ID, unit, now); err != nil {
		return fmt.Errorf("parent part in progress: %w", err)
	}
	if err := s.settleState(ctx, tx, parent, Member{OrgID: parent.OrgID}, now); err != nil {
		return err
	}
	return s.taskChanged(ctx, tx, parent.OrgID, parent.ID, now)
}

// applyDone reports the parent's unit part done for the child
// organisation, tells the assigner, and settles the parent's task as a
// report of its unit would (asking for confirmation when every lead is done).
func (s *Store) applyDone(ctx context.Context, tx *sqlx.Tx, st cascadeStep) error {
	var p upPayload
	if err := json.Unmarshal(st.Payload, &p); err != nil {
		return fmt.Errorf("done step: %w", err)
	}
	parent, err := lockLoadTask(ctx, tx, st.DestOrgID, p.ParentTaskID)
	if err != nil {
		return err
	}
	if !parent.State.Active() {
		return nil
	}
	unit, _, err := childPart(ctx, tx, parent, st.OrgID, p.UnitID)
	if err != nil {
		return err
	}
	now := st.At
	var role UnitRole
	err = tx.GetContext(ctx, &role, `
		UPDATE task_units SET state = 'reported', reported_at = $4, accepted_at = coalesce(accepted_at, $4)
		WHERE org_id = $1 AND task_id = $2 AND unit_id = $3 AND state NOT IN ('reported', 'removed') RETURNING role`,
		parent.OrgID, parent.ID, unit, now)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("report parent part: %w", err)
	}
	if _, err := addEventData(ctx, tx, parent.OrgID, parent.ID, now, nil, &unit, EventReported, "",
		map[string]int64{"child_org": st.OrgID, "received": p.ReceivedID}); err != nil {
		return err
	}
	leadsLeft, err := leadsUnreported(ctx, tx, parent.OrgID, parent.ID)
	if err != nil {
		return err
	}
	if !(leadsLeft == 0 && role == RoleLead) {
		round, err := reworkRound(ctx, tx, parent.OrgID, parent.ID)
		if err != nil {
			return err
		}
		if err := notifyMember(ctx, tx, parent.OrgID, parent.AssignedBy, now, outbox.Message{
			IdemKey: fmt.Sprintf("task:%d:reported:%d:%d", parent.ID, unit, round),
			Kind:    NoticeReported,
			Payload: NoticePayload{TaskID: parent.ID, UnitID: unit},
			TaskID:  &parent.ID,
		}); err != nil {
			return err
		}
	}
	if err := s.settleState(ctx, tx, parent, Member{OrgID: parent.OrgID}, now); err != nil {
		return err
	}
	return s.taskChanged(ctx, tx, parent.OrgID, parent.ID, now)
}

// RequestReceivedExtension asks the parent, for the organisation that
// received a task, for a later deadline: a step that becomes a request on
// the parent's task in the name of the child organisation, decided there
// as any other. The parent's decision comes back to the child's leaders.
// Only the child's leaders, secretaries and admins may ask; a received task
// no longer open is ErrConflict.
func (s *Store) RequestReceivedExtension(ctx context.Context, actor Member, receivedID int64, ask ExtensionAsk, now time.Time) error {
	if !actor.CanAssign() {
		return ErrForbidden
	}
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		return requestReceivedExtension(ctx, tx, actor.OrgID, receivedID, ask, now)
	})
	if err != nil {
		return fmt.Errorf("request received extension: %w", err)
	}
	return nil
}

// requestReceivedExtension enqueues a request for a later deadline of a
// received task, in the child's transaction.
func requestReceivedExtension(ctx context.Context, tx *sqlx.Tx, orgID, receivedID int64, ask ExtensionAsk, now time.Time) error {
	r, err := lockReceived(ctx, tx, orgID, receivedID)
	if err != nil {
		return err
	}
	if !r.Open() {
		return ErrConflict
	}
	if r.Deadline != nil && !ask.Deadline.Time.After(*r.Deadline) {
		return inputErrorf(msgExtensionNotLaterStored, ask.Deadline.Text)
	}
	var child string
	if err := tx.GetContext(ctx, &child, `SELECT name FROM orgs WHERE id = $1`, orgID); err != nil {
		return fmt.Errorf("child org: %w", err)
	}
	var origin string
	if ask.Origin != "" {
		origin = fmt.Sprintf("org%d:%s", orgID, ask.Origin)
	}
	return enqueueStep(ctx, tx, orgID, r.ParentOrgID, stepExtension, upPayload{
		ParentTaskID: r.ParentTaskID, UnitID: r.ParentUnitID, ReceivedID: r.ID,
		Extension: &upExtension{ChildName: child, Deadline: ask.Deadline.Time, Text: ask.Deadline.Text, HasTime: ask.Deadline.HasTime,
			Reason: ask.Reason, Origin: origin},
	}, now)
}

// applyExtension makes a child's request for a later deadline a request on
// the parent's task, by no member of the parent, and asks its deciders.
func (s *Store) applyExtension(ctx context.Context, tx *sqlx.Tx, st cascadeStep) error {
	var p upPayload
	if err := json.Unmarshal(st.Payload, &p); err != nil {
		return fmt.Errorf("extension step: %w", err)
	}
	if p.Extension == nil {
		return errors.New("extension step without a request")
	}
	t, err := lockLoadTask(ctx, tx, st.DestOrgID, p.ParentTaskID)
	if err != nil {
		return err
	}
	if !t.State.Open() {
		return nil
	}
	unit, state, err := childPart(ctx, tx, t, st.OrgID, p.UnitID)
	if err != nil || state == "removed" {
		return err
	}
	ask, now := p.Extension, st.At
	if ask.Origin != "" {
		var seen bool
		if err := tx.GetContext(ctx, &seen, `SELECT EXISTS (SELECT 1 FROM task_extensions WHERE org_id = $1 AND task_id = $2 AND origin = $3)`,
			t.OrgID, t.ID, ask.Origin); err != nil {
			return fmt.Errorf("extension origin: %w", err)
		}
		if seen {
			return nil
		}
	}
	_, err = recordExtension(ctx, tx, t, extensionRequest{Label: ask.ChildName, Unit: &unit, Deadline: ask.Deadline,
		Text: ask.Text, HasTime: ask.HasTime, Reason: ask.Reason, Origin: ask.Origin}, now)
	return err
}

// errNoPart is the error of an up step that finds no part of the parent's
// task standing for the child organisation it comes from: the step fails
// (kept, tried again, counted as failing) rather than being lost.
var errNoPart = errors.New("no part of the parent's task for the child organisation")

// childPart finds the part of the parent's task that stands for the child
// organisation: the one its delegation names now (a merge moves it to the
// successor unit), else the unit the step names. It returns the part's
// unit and state; no part is errNoPart.
func childPart(ctx context.Context, tx *sqlx.Tx, parent Task, childOrgID, unitID int64) (int64, string, error) {
	var part struct {
		UnitID int64  `db:"unit_id"`
		State  string `db:"state"`
	}
	err := tx.GetContext(ctx, &part, `
		SELECT tu.unit_id, tu.state FROM task_units tu
		LEFT JOIN task_delegations d ON d.org_id = tu.org_id AND d.task_id = tu.task_id AND d.unit_id = tu.unit_id AND d.child_org_id = $3
		WHERE tu.org_id = $1 AND tu.task_id = $2 AND (d.task_id IS NOT NULL OR tu.unit_id = $4)
		ORDER BY (d.task_id IS NOT NULL AND tu.unit_id = $4) DESC, (d.task_id IS NOT NULL) DESC LIMIT 1`,
		parent.OrgID, parent.ID, childOrgID, unitID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", fmt.Errorf("task %d, org %d, unit %d: %w", parent.ID, childOrgID, unitID, errNoPart)
	}
	if err != nil {
		return 0, "", fmt.Errorf("child's part: %w", err)
	}
	return part.UnitID, part.State, nil
}

// lockReceived locks a received task of the organisation for a change made
// from its side; ErrNotFound when it has none with that id.
func lockReceived(ctx context.Context, tx *sqlx.Tx, orgID, id int64) (Received, error) {
	var r Received
	err := tx.GetContext(ctx, &r, `SELECT `+receivedColumns+` FROM received_tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`, orgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Received{}, ErrNotFound
	}
	if err != nil {
		return Received{}, fmt.Errorf("lock received: %w", err)
	}
	return r, nil
}

package tasks

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// downPayload is a down step: the parent's task as the organisation that
// received it must see it, whole, so that the newest step applied makes the
// received task right whatever came before it.
type downPayload struct {
	ParentTaskID    int64      `json:"parent_task_id"`
	UnitID          int64      `json:"unit_id"`
	ParentOrgName   string     `json:"parent_org_name"`
	Text            string     `json:"text"`
	Deadline        *time.Time `json:"deadline,omitempty"`
	DeadlineText    string     `json:"deadline_text,omitempty"`
	DeadlineHasTime bool       `json:"deadline_has_time,omitempty"`
	MeetingTitle    string     `json:"meeting_title,omitempty"`
	AssignerName    string     `json:"assigner_name,omitempty"`
	// Open and Active are the task's state: open waits for work or
	// confirmation, active for work; Cancelled it was cancelled.
	Open      bool `json:"open"`
	Active    bool `json:"active"`
	Cancelled bool `json:"cancelled,omitempty"`
	// Removed: the unit's part was taken away; Reported: the unit's part is
	// reported done.
	Removed  bool `json:"removed,omitempty"`
	Reported bool `json:"reported,omitempty"`
	// Round counts the parent's returns for rework; ReturnReason is the
	// last one's reason.
	Round        int    `json:"round,omitempty"`
	ReturnReason string `json:"return_reason,omitempty"`
	// Reason is why the task was cancelled or taken away (with Cancelled
	// or Removed).
	Reason string `json:"reason,omitempty"`
	// Decided are the child's requests for a later deadline decided in the
	// change that made the step.
	Decided []decidedExtension `json:"decided,omitempty"`
}

// decidedExtension is a decision of the parent about a child's request.
type decidedExtension struct {
	ID       int64  `json:"id"`
	Approved bool   `json:"approved"`
	Origin   string `json:"origin,omitempty"`
}

// cascadeDown enqueues, in the parent's transaction, a down step for each
// of the task's units that stands for a child organisation, when what that
// child must see changed since the last step: the first time while the task
// is open and the part not taken away, and from then on at each change.
func (s *Store) cascadeDown(ctx context.Context, tx *sqlx.Tx, t Task, now time.Time) error {
	var links []struct {
		UnitID     int64  `db:"unit_id"`
		ChildOrgID int64  `db:"linked_org_id"`
		PartState  string `db:"part_state"`
		Delegated  bool   `db:"delegated"`
	}
	if err := tx.SelectContext(ctx, &links, `
		SELECT tu.unit_id, u.linked_org_id, tu.state AS part_state, d.task_id IS NOT NULL AS delegated
		FROM task_units tu
		JOIN units u ON u.org_id = tu.org_id AND u.id = tu.unit_id
		LEFT JOIN task_delegations d ON d.org_id = tu.org_id AND d.task_id = tu.task_id AND d.unit_id = tu.unit_id
		WHERE tu.org_id = $1 AND tu.task_id = $2 AND u.linked_org_id IS NOT NULL
		ORDER BY tu.unit_id`, t.OrgID, t.ID); err != nil {
		return fmt.Errorf("linked units: %w", err)
	}
	if len(links) == 0 {
		return nil
	}
	base, closing, err := downBase(ctx, tx, t)
	if err != nil {
		return err
	}
	for _, l := range links {
		p := base
		p.UnitID = l.UnitID
		p.Removed = l.PartState == "removed"
		p.Reported = l.PartState == string(StateReported)
		if p.Cancelled || p.Removed {
			p.Reason = closing
		}
		if p.Decided, err = decidedNow(ctx, tx, t, l.UnitID, now); err != nil {
			return err
		}
		if !l.Delegated && (p.Removed || !p.Open) {
			continue
		}
		b, err := json.Marshal(p)
		if err != nil {
			return fmt.Errorf("down step: %w", err)
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO task_delegations (org_id, task_id, unit_id, child_org_id, created_at, sent)
			VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (org_id, task_id, unit_id) DO UPDATE SET sent = excluded.sent, child_org_id = excluded.child_org_id
			WHERE task_delegations.sent IS DISTINCT FROM excluded.sent OR task_delegations.child_org_id <> excluded.child_org_id`,
			t.OrgID, t.ID, l.UnitID, l.ChildOrgID, now, b)
		if err != nil {
			return fmt.Errorf("delegation: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue // the child already has this
		}
		if err := enqueueStep(ctx, tx, t.OrgID, l.ChildOrgID, stepDown, p, now); err != nil {
			return err
		}
	}
	return nil
}

// downBase is what every child of the task is sent, and the reason of the
// task's last cancellation or reassignment (sent to a child whose part it
// ended).
func downBase(ctx context.Context, tx *sqlx.Tx, t Task) (downPayload, string, error) {
	var from struct {
		OrgName      string `db:"org_name"`
		MeetingTitle string `db:"meeting_title"`
		Round        int    `db:"round"`
		Reason       string `db:"reason"`
		Closing      string `db:"closing"`
	}
	if err := tx.GetContext(ctx, &from, `
		SELECT o.name AS org_name,
			coalesce((SELECT title FROM meetings m WHERE m.org_id = $1 AND m.id = $2), '') AS meeting_title,
			(SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = $3 AND kind = $4) AS round,
			coalesce((SELECT note FROM task_events WHERE org_id = $1 AND task_id = $3 AND kind = $4 ORDER BY id DESC LIMIT 1), '') AS reason,
			coalesce((SELECT note FROM task_events WHERE org_id = $1 AND task_id = $3 AND kind IN ($5, $6) ORDER BY id DESC LIMIT 1), '') AS closing
		FROM orgs o WHERE o.id = $1`, t.OrgID, t.MeetingID, t.ID, EventRework, EventCancelled, EventReassigned); err != nil {
		return downPayload{}, "", fmt.Errorf("parent: %w", err)
	}
	p := downPayload{
		ParentTaskID: t.ID, ParentOrgName: from.OrgName, Text: t.Text,
		DeadlineText: t.DeadlineText, DeadlineHasTime: t.DeadlineHasTime,
		MeetingTitle: from.MeetingTitle, AssignerName: t.AssignerName,
		Open: t.State.Open(), Active: t.State.Active(), Cancelled: t.State == StateCancelled,
		Round: from.Round, ReturnReason: from.Reason,
	}
	if t.Deadline != nil {
		d := t.Deadline.UTC()
		p.Deadline = &d
	}
	return p, from.Closing, nil
}

// decidedNow lists the child's requests for a later deadline of the task
// that the parent decided at now.
func decidedNow(ctx context.Context, tx *sqlx.Tx, t Task, unitID int64, now time.Time) ([]decidedExtension, error) {
	var rows []struct {
		ID     int64  `db:"id"`
		Status string `db:"status"`
		Origin string `db:"origin"`
	}
	if err := tx.SelectContext(ctx, &rows, `
		SELECT id, status, coalesce(origin, '') AS origin FROM task_extensions
		WHERE org_id = $1 AND task_id = $2 AND unit_id = $3 AND requested_by IS NULL AND decided_at = $4 ORDER BY id`,
		t.OrgID, t.ID, unitID, now); err != nil {
		return nil, fmt.Errorf("decided extensions: %w", err)
	}
	var out []decidedExtension
	for _, r := range rows {
		if r.Status == ExtensionApproved || r.Status == ExtensionRejected {
			out = append(out, decidedExtension{ID: r.ID, Approved: r.Status == ExtensionApproved, Origin: r.Origin})
		}
	}
	return out, nil
}

// applyDown applies a down step in the child organisation's transaction:
// the first makes the received task (once: its key is the parent's task)
// and tells the child's leaders; the next keep it in step, a step older
// than the last one applied changing nothing.
func (s *Store) applyDown(ctx context.Context, tx *sqlx.Tx, st cascadeStep) error {
	var p downPayload
	if err := json.Unmarshal(st.Payload, &p); err != nil {
		return fmt.Errorf("down step: %w", err)
	}
	child, now := st.DestOrgID, st.At
	// first the child's own tasks, then the received task: the order in
	// which the child's transactions lock them
	own, err := lockOwnTasks(ctx, tx, child, st.OrgID, p.ParentTaskID)
	if err != nil {
		return err
	}
	for _, e := range p.Decided {
		if id, ok := forwardedID(child, e.Origin); ok {
			if err := s.settleForwarded(ctx, tx, child, id, e.Approved, now); err != nil {
				return err
			}
		}
	}
	r, err := receivedOf(ctx, tx, child, st.OrgID, p.ParentTaskID)
	var no int64
	if errors.Is(err, ErrNotFound) {
		// the organisation's counter of received tasks, locked: a newer
		// step another worker applied meanwhile has made the row, or waits
		if err := tx.GetContext(ctx, &no, `SELECT next_received_no FROM orgs WHERE id = $1 FOR NO KEY UPDATE`, child); err != nil {
			return fmt.Errorf("received number: %w", err)
		}
		r, err = receivedOf(ctx, tx, child, st.OrgID, p.ParentTaskID)
	}
	if errors.Is(err, ErrNotFound) {
		return s.receive(ctx, tx, st, p, no)
	}
	if err != nil {
		return err
	}
	// the parent's decisions are told even when a newer step overtook this
	// one: it carries them, the newer one does not
	for _, e := range p.Decided {
		kind := NoticeReceivedExtensionRejected
		if e.Approved {
			kind = NoticeReceivedExtended
		}
		if err := notifyReceivers(ctx, tx, child, r.ID, kind, int(e.ID), now); err != nil {
			return err
		}
	}
	var newer bool
	if err := tx.GetContext(ctx, &newer, `
		UPDATE received_tasks SET parent_version = $3, parent_round = greatest(parent_round, $4)
		WHERE org_id = $1 AND id = $2 AND parent_version < $3 RETURNING true`,
		child, r.ID, st.ID, p.Round); errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("received version: %w", err)
	}
	if err := syncReceived(ctx, tx, r, p, now); err != nil {
		return err
	}
	if err := s.followParent(ctx, tx, r, p, own, now); err != nil {
		return err
	}
	return s.receivedChanged(ctx, tx, child, r.ID, now)
}

// receive makes the received task of a down step, numbered no in the
// organisation that receives it, and tells its leaders. A closed task
// arriving first (a newer step overtook the one that gave it) leaves a
// cancelled row, so that the older step, when it comes, changes nothing.
func (s *Store) receive(ctx context.Context, tx *sqlx.Tx, st cascadeStep, p downPayload, no int64) error {
	child, now := st.DestOrgID, st.At
	state := ReceivedNew
	if !p.Open || p.Removed {
		state = ReceivedCancelled
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO received_tasks (org_id, id, parent_org_id, parent_task_id, parent_unit_id, parent_org_name, text,
			deadline, deadline_text, deadline_has_time, meeting_title, assigner_name, received_at, parent_version, state, parent_round)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
		child, no, st.OrgID, p.ParentTaskID, p.UnitID, p.ParentOrgName, p.Text, p.Deadline, p.DeadlineText, p.DeadlineHasTime,
		p.MeetingTitle, p.AssignerName, now, st.ID, state, p.Round); err != nil {
		return fmt.Errorf("received task: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE orgs SET next_received_no = $2 + 1 WHERE id = $1`, child, no); err != nil {
		return fmt.Errorf("received number: %w", err)
	}
	if state == ReceivedCancelled {
		return nil
	}
	if err := notifyReceivers(ctx, tx, child, no, NoticeReceived, 0, now); err != nil {
		return err
	}
	return s.receivedChanged(ctx, tx, child, no, now)
}

// receivedOf locks the received task an organisation has of a parent's task.
func receivedOf(ctx context.Context, tx *sqlx.Tx, orgID, parentOrgID, parentTaskID int64) (Received, error) {
	var r Received
	err := tx.GetContext(ctx, &r, `SELECT `+receivedColumns+` FROM received_tasks
		WHERE org_id = $1 AND parent_org_id = $2 AND parent_task_id = $3 FOR UPDATE`, orgID, parentOrgID, parentTaskID)
	if errors.Is(err, sql.ErrNoRows) {
		return Received{}, ErrNotFound
	}
	if err != nil {
		return Received{}, fmt.Errorf("received task: %w", err)
	}
	return r, nil
}

// syncReceived keeps a received task in step with the parent's task as the
// down step shows it.
func syncReceived(ctx context.Context, tx *sqlx.Tx, r Received, p downPayload, now time.Time) error {
	child, id := r.OrgID, r.ID
	switch {
	case r.State == ReceivedCancelled && p.Open && !p.Removed:
		// the unit was given the task again after it was taken away
		if _, err := tx.ExecContext(ctx, `
			UPDATE received_tasks SET state = CASE WHEN EXISTS (SELECT 1 FROM tasks WHERE org_id = $1 AND received_id = $2 AND state <> 'cancelled')
				THEN 'assigned' ELSE 'received' END WHERE org_id = $1 AND id = $2`, child, id); err != nil {
			return fmt.Errorf("reopen received: %w", err)
		}
		if err := notifyReceivers(ctx, tx, child, id, NoticeReceived, int(now.Unix()), now); err != nil {
			return err
		}
	case r.State == ReceivedCancelled:
		return nil
	case p.Cancelled || p.Removed:
		if _, err := tx.ExecContext(ctx, `UPDATE received_tasks SET state = 'cancelled' WHERE org_id = $1 AND id = $2`, child, id); err != nil {
			return fmt.Errorf("cancel received: %w", err)
		}
		return notifyReceivers(ctx, tx, child, id, NoticeReceivedCancelled, 0, now)
	case r.State == ReceivedDone && p.Active && !p.Reported && p.Round > r.ParentRound:
		// returned: a step made before the report of done reached the
		// parent has no new round, and changes nothing
		if _, err := tx.ExecContext(ctx, `UPDATE received_tasks SET state = 'assigned', done_at = NULL, return_reason = $3 WHERE org_id = $1 AND id = $2`,
			child, id, p.ReturnReason); err != nil {
			return fmt.Errorf("reopen received: %w", err)
		}
		if err := notifyReceivers(ctx, tx, child, id, NoticeReceivedReturned, p.Round, now); err != nil {
			return err
		}
	}
	if !sameTime(r.Deadline, p.Deadline) || r.DeadlineText != p.DeadlineText || r.Text != p.Text || r.ParentUnitID != p.UnitID {
		// the parent's unit changes when the parent merges it into another
		if _, err := tx.ExecContext(ctx, `
			UPDATE received_tasks SET deadline = $3, deadline_text = $4, deadline_has_time = $5, text = $6, parent_unit_id = $7
			WHERE org_id = $1 AND id = $2`,
			child, id, p.Deadline, p.DeadlineText, p.DeadlineHasTime, p.Text, p.UnitID); err != nil {
			return fmt.Errorf("received deadline: %w", err)
		}
	}
	return nil
}

func sameTime(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Equal(*b)
}

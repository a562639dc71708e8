package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
)

// NewTask is a task to create.
type NewTask struct {
	Text            string
	Deadline        *time.Time
	DeadlineText    string
	DeadlineHasTime bool
	Leads           []int64
	Coordinators    []int64
	// Origin makes creation idempotent: a second call with the same origin
	// returns the task the first one made. The bot uses the Telegram update.
	Origin string
	// Rule, for a recurring directive, makes the task the first occurrence
	// of a series; Deadline is that occurrence's deadline.
	Rule *deadline.Rule
	// MeetingID links the task to the meeting whose conclusion it came from.
	MeetingID *int64
}

func (nt NewTask) units() []int64 {
	return append(append([]int64{}, nt.Leads...), nt.Coordinators...)
}

const taskColumns = `t.org_id, t.id, t.text, t.deadline, t.deadline_text, t.deadline_has_time, t.original_deadline, t.state,
	t.assigned_by, coalesce(a.full_name, '') AS assigner_name, t.created_at, t.reported_at, t.reported_by,
	t.confirmed_at, t.cancelled_at, t.meeting_id, t.received_id`

const taskFrom = ` FROM tasks t LEFT JOIN members a ON a.org_id = t.org_id AND a.id = t.assigned_by `

// CreateTask records a task given by actor and, in the same transaction,
// queues a notice to every member of its units.
func (s *Store) CreateTask(ctx context.Context, actor Member, nt NewTask, now time.Time) (Task, bool, error) {
	if !actor.CanAssign() {
		return Task{}, false, ErrForbidden
	}
	if len(nt.Leads) == 0 {
		return Task{}, false, errors.New("create task: no lead unit")
	}
	var (
		id      int64
		created bool
	)
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		if nt.Origin != "" {
			err := tx.GetContext(ctx, &id, `SELECT id FROM tasks WHERE org_id = $1 AND origin = $2`, actor.OrgID, nt.Origin)
			if err == nil {
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("origin: %w", err)
			}
		}
		var err error
		id, err = insertTask(ctx, tx, actor, nt, now)
		if err != nil {
			return err
		}
		created = true
		if nt.Rule != nil {
			if err := createSeries(ctx, tx, actor, id, nt, now); err != nil {
				return err
			}
		}
		if err := notifyAssigned(ctx, tx, actor.OrgID, id, nt.units(), now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, actor.OrgID, id, now)
	})
	if err != nil {
		return Task{}, false, fmt.Errorf("create task: %w", err)
	}
	t, err := s.Task(ctx, actor.OrgID, id)
	return t, created, err
}

func insertTask(ctx context.Context, tx *sqlx.Tx, actor Member, nt NewTask, now time.Time) (int64, error) {
	var id int64
	if err := tx.GetContext(ctx, &id, `UPDATE orgs SET next_task_no = next_task_no + 1 WHERE id = $1 RETURNING next_task_no - 1`, actor.OrgID); err != nil {
		return 0, fmt.Errorf("task number: %w", err)
	}
	var origin *string
	if nt.Origin != "" {
		origin = &nt.Origin
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO tasks (org_id, id, text, deadline, deadline_text, deadline_has_time, assigned_by, origin, created_at, meeting_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		actor.OrgID, id, nt.Text, nt.Deadline, nt.DeadlineText, nt.DeadlineHasTime, actor.ID, origin, now, nt.MeetingID); err != nil {
		return 0, fmt.Errorf("insert task: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO task_units (org_id, task_id, unit_id, role)
		SELECT $1, $2, u, CASE WHEN u = ANY($3) THEN 'lead' ELSE 'coord' END
		FROM unnest($4::bigint[]) AS u ON CONFLICT DO NOTHING`,
		actor.OrgID, id, pq.Array(nt.Leads), pq.Array(nt.units())); err != nil {
		return 0, fmt.Errorf("insert task units: %w", err)
	}
	if err := addEvent(ctx, tx, actor.OrgID, id, now, &actor.ID, nil, EventAssigned, ""); err != nil {
		return 0, err
	}
	return id, nil
}

// notifyAssigned queues the notice of a new task to the members of its units.
func notifyAssigned(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, units []int64, now time.Time) error {
	rs, err := unitRecipients(ctx, tx, orgID, units)
	if err != nil {
		return err
	}
	msgs := make([]outbox.Message, 0, len(rs))
	for _, r := range rs {
		msgs = append(msgs, outbox.Message{
			OrgID:    orgID,
			IdemKey:  fmt.Sprintf("task:%d:assigned:%d", taskID, r.MemberID),
			ChatID:   r.ChatID,
			Kind:     NoticeAssigned,
			Payload:  NoticePayload{TaskID: taskID},
			TaskID:   &taskID,
			MemberID: &r.MemberID,
		})
	}
	_, err = outbox.Enqueue(ctx, tx, now, msgs...)
	return err
}

// Task returns one task with its units.
func (s *Store) Task(ctx context.Context, orgID, id int64) (Task, error) {
	return loadTask(ctx, s.db, orgID, id)
}

func loadTask(ctx context.Context, q sqlx.QueryerContext, orgID, id int64) (Task, error) {
	var t Task
	err := sqlx.GetContext(ctx, q, &t, `SELECT `+taskColumns+taskFrom+`WHERE t.org_id = $1 AND t.id = $2`, orgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Task{}, ErrNotFound
	}
	if err != nil {
		return Task{}, fmt.Errorf("task: %w", err)
	}
	ts := []Task{t}
	if err := loadTaskUnits(ctx, q, orgID, ts); err != nil {
		return Task{}, err
	}
	return ts[0], nil
}

func loadTaskUnits(ctx context.Context, q sqlx.QueryerContext, orgID int64, ts []Task) error {
	if len(ts) == 0 {
		return nil
	}
	ids := make([]int64, len(ts))
	idx := make(map[int64]int, len(ts))
	for i, t := range ts {
		ids[i] = t.ID
		idx[t.ID] = i
	}
	var rows []struct {
		TaskID int64 `db:"task_id"`
		TaskUnit
	}
	err := sqlx.SelectContext(ctx, q, &rows, `
		SELECT tu.task_id, tu.unit_id, u.code, u.name, tu.role, tu.state, tu.accepted_at, tu.reported_at
		FROM task_units tu JOIN units u ON u.org_id = tu.org_id AND u.id = tu.unit_id
		WHERE tu.org_id = $1 AND tu.task_id = ANY($2) AND tu.state <> 'removed'
		ORDER BY tu.task_id, tu.role DESC, u.name`, orgID, pq.Array(ids))
	if err != nil {
		return fmt.Errorf("task units: %w", err)
	}
	for _, r := range rows {
		i := idx[r.TaskID]
		ts[i].Units = append(ts[i].Units, r.TaskUnit)
	}
	return nil
}

// TaskFilter narrows a task list.
type TaskFilter struct {
	// Open keeps only tasks that still wait for work or confirmation.
	Open bool
	// UnitID keeps only the tasks of one unit.
	UnitID int64
	// OverdueAt, when set, keeps only open tasks whose deadline passed
	// before it.
	OverdueAt *time.Time
	// DueFrom and DueBefore, when set, keep tasks due in [DueFrom, DueBefore).
	DueFrom, DueBefore *time.Time
	// MeetingID keeps only the tasks that came from one meeting.
	MeetingID int64
	// Received keeps only the tasks made from received tasks ("cấp trên
	// giao").
	Received bool
	// Limit caps the list; 0 means 200. Offset skips the first tasks.
	Limit, Offset int
	// More narrows the list further (the dashboard's filters).
	More MoreFilter
}

// taskWhere is the WHERE clause of the tasks a viewer may see that pass f.
func taskWhere(viewer Member, f TaskFilter) (string, []any) {
	where := `WHERE t.org_id = $1`
	args := []any{viewer.OrgID}
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.Open {
		where += ` AND t.state = ANY(` + arg(pq.Array(activeStates())) + `)`
	}
	if !viewer.SeesAll() {
		units, me := arg(pq.Array(viewer.UnitIDs)), arg(viewer.ID)
		where += ` AND (t.assigned_by = ` + me + ` OR EXISTS (SELECT 1 FROM task_units x WHERE x.org_id = t.org_id AND x.task_id = t.id AND x.state <> 'removed' AND x.unit_id = ANY(` + units + `)))`
	}
	for _, unit := range []int64{viewer.ScopeUnit, f.UnitID} {
		if unit != 0 {
			where += ` AND EXISTS (SELECT 1 FROM task_units y WHERE y.org_id = t.org_id AND y.task_id = t.id AND y.state <> 'removed' AND y.unit_id = ` + arg(unit) + `)`
		}
	}
	if f.OverdueAt != nil {
		where += ` AND t.state = ANY(` + arg(pq.Array(OpenStates())) + `) AND t.deadline < ` + arg(*f.OverdueAt)
	}
	if f.DueFrom != nil {
		where += ` AND t.deadline >= ` + arg(*f.DueFrom)
	}
	if f.DueBefore != nil {
		where += ` AND t.deadline < ` + arg(*f.DueBefore)
	}
	if f.MeetingID != 0 {
		where += ` AND t.meeting_id = ` + arg(f.MeetingID)
	}
	if f.Received {
		where += ` AND t.received_id IS NOT NULL`
	}
	where += f.More.where(arg)
	return where, args
}

// Tasks returns the tasks a member may see, by deadline (tasks without a
// deadline last): every task for leaders and secretaries, their units' tasks
// (and the ones they gave) for others, and in a unit's group only that
// unit's tasks.
func (s *Store) Tasks(ctx context.Context, viewer Member, f TaskFilter) ([]Task, error) {
	if f.Limit <= 0 {
		f.Limit = 200
	}
	where, args := taskWhere(viewer, f)
	args = append(args, f.Limit, f.Offset)
	var ts []Task
	err := s.db.SelectContext(ctx, &ts, `SELECT `+taskColumns+taskFrom+where+
		fmt.Sprintf(` ORDER BY t.deadline ASC NULLS LAST, t.id LIMIT $%d OFFSET $%d`, len(args)-1, len(args)), args...)
	if err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	if err := loadTaskUnits(ctx, s.db, viewer.OrgID, ts); err != nil {
		return nil, err
	}
	return ts, nil
}

// CountTasks counts the tasks a member may see that pass the filter
// (its Limit and Offset aside).
func (s *Store) CountTasks(ctx context.Context, viewer Member, f TaskFilter) (int, error) {
	where, args := taskWhere(viewer, f)
	var n int
	if err := s.db.GetContext(ctx, &n, `SELECT count(*) FROM tasks t `+where, args...); err != nil {
		return 0, fmt.Errorf("count tasks: %w", err)
	}
	return n, nil
}

// Accept records that a member's unit has received the task. A task done
// or cancelled is ErrConflict.
func (s *Store) Accept(ctx context.Context, actor Member, taskID int64, now time.Time) (Task, error) {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		changed := false
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.OwnsTask, State.Active)
		if err != nil {
			return err
		}
		for _, u := range t.Units {
			if !actor.ActsFor(u.UnitID) || u.State != string(StateAssigned) {
				continue
			}
			if _, err := tx.ExecContext(ctx, `UPDATE task_units SET state = 'accepted', accepted_at = $4 WHERE org_id = $1 AND task_id = $2 AND unit_id = $3`, t.OrgID, t.ID, u.UnitID, now); err != nil {
				return fmt.Errorf("accept unit: %w", err)
			}
			unit := u.UnitID
			if err := addEvent(ctx, tx, t.OrgID, t.ID, now, &actor.ID, &unit, EventAccepted, ""); err != nil {
				return err
			}
			changed = true
		}
		if !changed {
			return nil
		}
		return s.settleState(ctx, tx, t, actor, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("accept: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

// ReportDone records that the member's units finished their part of the
// task, at now, and tells the assigner. When every lead unit has reported,
// the task waits for the assigner's confirmation; a coordinating unit's
// report only closes its own part, and may come while the task waits for
// confirmation. Reporting twice, or on a closed task, is ErrConflict.
func (s *Store) ReportDone(ctx context.Context, actor Member, taskID int64, now time.Time) (Task, error) {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.OwnsTask, State.Active)
		if err != nil {
			return err
		}
		var reported []TaskUnit
		for _, u := range t.Units {
			if !actor.ActsFor(u.UnitID) || u.State == string(StateReported) {
				continue
			}
			if _, err := tx.ExecContext(ctx, `
				UPDATE task_units SET state = 'reported', reported_at = $4, accepted_at = coalesce(accepted_at, $4)
				WHERE org_id = $1 AND task_id = $2 AND unit_id = $3`, t.OrgID, t.ID, u.UnitID, now); err != nil {
				return fmt.Errorf("report unit: %w", err)
			}
			unit := u.UnitID
			if err := addEvent(ctx, tx, t.OrgID, t.ID, now, &actor.ID, &unit, EventReported, ""); err != nil {
				return err
			}
			reported = append(reported, u)
		}
		if len(reported) == 0 {
			return ErrConflict
		}
		leadsLeft, err := leadsUnreported(ctx, tx, t.OrgID, t.ID)
		if err != nil {
			return err
		}
		round, err := reworkRound(ctx, tx, t.OrgID, t.ID)
		if err != nil {
			return err
		}
		for _, u := range reported {
			if leadsLeft == 0 && u.Role == RoleLead {
				continue
			}
			if err := notifyMember(ctx, tx, t.OrgID, t.AssignedBy, now, outbox.Message{
				IdemKey: fmt.Sprintf("task:%d:reported:%d:%d", t.ID, u.UnitID, round),
				Kind:    NoticeReported,
				Payload: NoticePayload{TaskID: t.ID, UnitID: u.UnitID, ActorID: actor.ID},
				TaskID:  &t.ID,
			}); err != nil {
				return err
			}
		}
		if err := s.settleState(ctx, tx, t, actor, now); err != nil {
			return err
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("report done: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

// notifyMember queues m to a member's private chat.
func notifyMember(ctx context.Context, tx *sqlx.Tx, orgID, memberID int64, now time.Time, m outbox.Message) error {
	var chat int64
	err := tx.GetContext(ctx, &chat, `SELECT chat_id FROM members WHERE org_id = $1 AND id = $2 AND removed_at IS NULL`, orgID, memberID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("member chat: %w", err)
	}
	m.OrgID, m.ChatID, m.MemberID = orgID, chat, &memberID
	_, err = outbox.Enqueue(ctx, tx, now, m)
	return err
}

// Undo withdraws a task its assigner (or a leader) gave by mistake: the task
// is cancelled, notices not yet sent are dropped, and members who already got
// it are told.
func (s *Store) Undo(ctx context.Context, actor Member, taskID int64, now time.Time) (Task, error) {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanManage(t) {
			return ErrForbidden
		}
		if t.State == StateCancelled {
			return nil
		}
		if !t.State.Open() {
			return ErrConflict
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = 'cancelled', cancelled_at = $3 WHERE org_id = $1 AND id = $2`, t.OrgID, t.ID, now); err != nil {
			return fmt.Errorf("undo task: %w", err)
		}
		if err := addEvent(ctx, tx, t.OrgID, t.ID, now, &actor.ID, nil, EventUndone, ""); err != nil {
			return err
		}
		if _, err := stopSeries(ctx, tx, t, actor.ID, now); err != nil {
			return err
		}
		if err := withdrawExtensions(ctx, tx, t); err != nil {
			return err
		}
		if err := outbox.CancelForTask(ctx, tx, t.OrgID, t.ID, TaskNoticeKinds(), "task undone"); err != nil {
			return err
		}
		var told []struct {
			MemberID int64 `db:"member_id"`
			ChatID   int64 `db:"chat_id"`
		}
		if err := tx.SelectContext(ctx, &told, `
			SELECT member_id, chat_id FROM outbox WHERE org_id = $1 AND task_id = $2 AND kind = $3
			AND status IN ('sent', 'sending') AND member_id IS NOT NULL`, t.OrgID, t.ID, NoticeAssigned); err != nil {
			return fmt.Errorf("undo: who was told: %w", err)
		}
		for _, r := range told {
			if _, err := outbox.Enqueue(ctx, tx, now, outbox.Message{
				OrgID: t.OrgID, IdemKey: fmt.Sprintf("task:%d:withdrawn:%d", t.ID, r.MemberID),
				ChatID: r.ChatID, Kind: NoticeWithdrawn, Payload: NoticePayload{TaskID: t.ID, ActorID: actor.ID},
				TaskID: &t.ID, MemberID: &r.MemberID,
			}); err != nil {
				return err
			}
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("undo: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

// lockTask loads a task of the actor's organisation for update.
func lockTask(ctx context.Context, tx *sqlx.Tx, actor Member, taskID int64) (Task, error) {
	var locked int64
	err := tx.GetContext(ctx, &locked, `SELECT id FROM tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`, actor.OrgID, taskID)
	if errors.Is(err, sql.ErrNoRows) {
		return Task{}, ErrNotFound
	}
	if err != nil {
		return Task{}, fmt.Errorf("lock task: %w", err)
	}
	return loadTask(ctx, tx, actor.OrgID, taskID)
}

// lockTaskFor locks a task the actor may act on (may) in a state that
// allows it (in): ErrForbidden when the actor may not, ErrConflict when the
// task's state does not allow it.
func lockTaskFor(ctx context.Context, tx *sqlx.Tx, actor Member, taskID int64, may func(Member, Task) bool, in func(State) bool) (Task, error) {
	t, err := lockTask(ctx, tx, actor, taskID)
	if err != nil {
		return t, err
	}
	if !may(actor, t) {
		return t, ErrForbidden
	}
	if !in(t.State) {
		return t, ErrConflict
	}
	return t, nil
}

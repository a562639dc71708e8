package reminders

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/tasks"
)

// openDeadline is a task (or a received task) to plan reminders for.
type openDeadline struct {
	ID      int64     `db:"id"`
	Due     time.Time `db:"deadline"`
	HasTime bool      `db:"deadline_has_time"`
}

// openTaskDeadlines lists the organisation's open tasks that have a
// deadline.
func openTaskDeadlines(ctx context.Context, tx *sqlx.Tx, orgID int64) ([]openDeadline, error) {
	var open []openDeadline
	if err := tx.SelectContext(ctx, &open, `
		SELECT id, deadline, deadline_has_time FROM tasks
		WHERE org_id = $1 AND state = ANY($2) AND deadline IS NOT NULL`, orgID, pq.Array(tasks.OpenStates())); err != nil {
		return nil, fmt.Errorf("store: unable to list the tasks to re-plan: %w", err)
	}
	return open, nil
}

// lockTaskDeadline locks a task's row and returns its deadline.
func lockTaskDeadline(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64) (sql.NullTime, error) {
	var dl sql.NullTime
	if err := tx.GetContext(ctx, &dl, `SELECT deadline FROM tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`, orgID, taskID); err != nil {
		return sql.NullTime{}, fmt.Errorf("store: unable to lock the task: %w", err)
	}
	return dl, nil
}

// remindedTask is what a due reminder needs of its task.
type remindedTask struct {
	State      tasks.State `db:"state"`
	Deadline   *time.Time  `db:"deadline"`
	AssignedBy int64       `db:"assigned_by"`
}

// taskToRemind reads what a due reminder needs of its task.
func taskToRemind(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64) (remindedTask, error) {
	var t remindedTask
	if err := tx.GetContext(ctx, &t, `
		SELECT state, deadline, assigned_by FROM tasks WHERE org_id = $1 AND id = $2`, orgID, taskID); err != nil {
		return remindedTask{}, fmt.Errorf("store: unable to read the task to remind: %w", err)
	}
	return t, nil
}

// owner is a member reminded of a task, and their chat.
type owner struct {
	MemberID int64 `db:"id"`
	ChatID   int64 `db:"chat_id"`
}

// taskOwners lists the reachable members of the units whose part of the
// task is not reported nor removed; only memberID's when it is not nil.
func taskOwners(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, memberID *int64) ([]owner, error) {
	var owners []owner
	if err := tx.SelectContext(ctx, &owners, `
		SELECT DISTINCT m.id, m.chat_id FROM task_units tu
		JOIN member_units mu ON mu.org_id = tu.org_id AND mu.unit_id = tu.unit_id
		JOIN members m ON m.org_id = mu.org_id AND m.id = mu.member_id
		WHERE tu.org_id = $1 AND tu.task_id = $2 AND tu.state NOT IN ('reported', 'removed')
		  AND m.removed_at IS NULL AND m.unreachable_at IS NULL
		  AND ($3::bigint IS NULL OR m.id = $3)
		ORDER BY m.id`, orgID, taskID, memberID); err != nil {
		return nil, fmt.Errorf("store: unable to list the members to remind: %w", err)
	}
	return owners, nil
}

// escalationTarget is a person told of a late unit's overdue tasks.
type escalationTarget struct {
	UnitID   int64 `db:"unit_id"`
	MemberID int64 `db:"member_id"`
	ChatID   int64 `db:"chat_id"`
}

// escalationTargets lists, for each unit whose part of the task is not
// reported nor removed, the assigner and the unit's heads.
func escalationTargets(ctx context.Context, tx *sqlx.Tx, orgID, taskID, assigner int64) ([]escalationTarget, error) {
	var rows []escalationTarget
	if err := tx.SelectContext(ctx, &rows, `
		SELECT DISTINCT tu.unit_id, m.id AS member_id, m.chat_id
		FROM task_units tu
		JOIN members m ON m.org_id = tu.org_id AND m.removed_at IS NULL AND (
			m.id = $3 OR EXISTS (SELECT 1 FROM member_units mu WHERE mu.org_id = tu.org_id
				AND mu.unit_id = tu.unit_id AND mu.member_id = m.id AND mu.is_head))
		WHERE tu.org_id = $1 AND tu.task_id = $2 AND tu.state NOT IN ('reported', 'removed')
		ORDER BY tu.unit_id, m.id`, orgID, taskID, assigner); err != nil {
		return nil, fmt.Errorf("store: unable to list whom to escalate to: %w", err)
	}
	return rows, nil
}

// lockReceivedDeadline locks a received task and returns its deadline.
func lockReceivedDeadline(ctx context.Context, tx *sqlx.Tx, orgID, receivedID int64) (sql.NullTime, error) {
	var dl sql.NullTime
	if err := tx.GetContext(ctx, &dl, `SELECT deadline FROM received_tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`,
		orgID, receivedID); err != nil {
		return sql.NullTime{}, fmt.Errorf("store: unable to lock the received task: %w", err)
	}
	return dl, nil
}

package tasks

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// ReportProgress records an owner's progress (text, percentage, files) on
// the task. Their units that had not started are now in progress, and so is
// the task. Evidence may still be added to a task waiting for confirmation;
// a closed task is ErrConflict. A report with the origin of one already
// recorded records nothing more.
func (s *Store) ReportProgress(ctx context.Context, actor Member, taskID int64, p Progress, now time.Time) (Task, error) {
	if p.Text == "" && len(p.Files) == 0 {
		return Task{}, &InputError{Msg: msgProgressEmpty}
	}
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.OwnsTask, State.Active)
		if err != nil {
			return err
		}
		if p.Origin != "" {
			var seen bool
			if err := tx.GetContext(ctx, &seen, `SELECT EXISTS (SELECT 1 FROM task_events WHERE org_id = $1 AND task_id = $2 AND origin = $3)`,
				t.OrgID, t.ID, p.Origin); err != nil {
				return fmt.Errorf("progress origin: %w", err)
			}
			if seen {
				return nil
			}
		}
		var unit *int64
		for _, u := range t.Units {
			if !actor.ActsFor(u.UnitID) {
				continue
			}
			if unit == nil {
				id := u.UnitID
				unit = &id
			}
			if u.State == string(StateAssigned) || u.State == string(StateAccepted) {
				if _, err := tx.ExecContext(ctx, `
					UPDATE task_units SET state = 'in_progress', accepted_at = coalesce(accepted_at, $4)
					WHERE org_id = $1 AND task_id = $2 AND unit_id = $3`, t.OrgID, t.ID, u.UnitID, now); err != nil {
					return fmt.Errorf("unit in progress: %w", err)
				}
			}
		}
		if err := s.settleState(ctx, tx, t, actor, now); err != nil {
			return err
		}
		ev, err := addEventData(ctx, tx, t.OrgID, t.ID, now, &actor.ID, unit, EventProgress, p.Text, ProgressData{Percent: p.Percent, Files: p.Files})
		if err != nil {
			return err
		}
		if p.Origin != "" {
			if _, err := tx.ExecContext(ctx, `UPDATE task_events SET origin = $4 WHERE org_id = $1 AND task_id = $2 AND id = $3`, t.OrgID, t.ID, ev, p.Origin); err != nil {
				return fmt.Errorf("progress origin: %w", err)
			}
		}
		return s.taskChanged(ctx, tx, t.OrgID, t.ID, now)
	})
	if err != nil {
		return Task{}, fmt.Errorf("report progress: %w", err)
	}
	return s.Task(ctx, actor.OrgID, taskID)
}

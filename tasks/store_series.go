package tasks

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/deadline"
)

// Series is a recurring directive: each occurrence is a task of its own.
type Series struct {
	OrgID int64  `db:"org_id"`
	ID    int64  `db:"id"`
	Text  string `db:"text"`
	// DeadlineText is the deadline phrase as the assigner wrote it.
	DeadlineText string        `db:"deadline_text"`
	AssignedBy   int64         `db:"assigned_by"`
	CreatedAt    time.Time     `db:"created_at"`
	StoppedAt    *time.Time    `db:"stopped_at"`
	Rule         deadline.Rule `db:"-"`
}

// createSeries makes the series whose first occurrence is task first.
func createSeries(ctx context.Context, tx *sqlx.Tx, actor Member, first int64, nt NewTask, now time.Time) error {
	rule, err := json.Marshal(nt.Rule)
	if err != nil {
		return fmt.Errorf("series rule: %w", err)
	}
	var id int64
	if err := tx.GetContext(ctx, &id, `
		INSERT INTO task_series (org_id, rule, text, deadline_text, leads, coordinators, assigned_by, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		actor.OrgID, rule, nt.Text, nt.DeadlineText, pq.Int64Array(append([]int64{}, nt.Leads...)), pq.Int64Array(append([]int64{}, nt.Coordinators...)), actor.ID, now); err != nil {
		return fmt.Errorf("insert series: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tasks SET series_id = $3 WHERE org_id = $1 AND id = $2`, actor.OrgID, first, id); err != nil {
		return fmt.Errorf("task series: %w", err)
	}
	return nil
}

func taskSeriesID(ctx context.Context, q sqlx.QueryerContext, orgID, taskID int64) (int64, error) {
	var id sql.NullInt64
	if err := sqlx.GetContext(ctx, q, &id, `SELECT series_id FROM tasks WHERE org_id = $1 AND id = $2`, orgID, taskID); err != nil {
		return 0, fmt.Errorf("task series: %w", err)
	}
	return id.Int64, nil
}

// TaskSeries returns the series a task is an occurrence of; ok is false for
// a task that does not recur.
func (s *Store) TaskSeries(ctx context.Context, orgID, taskID int64) (Series, bool, error) {
	id, err := taskSeriesID(ctx, s.db, orgID, taskID)
	if err != nil || id == 0 {
		return Series{}, false, err
	}
	sr, err := loadSeries(ctx, s.db, orgID, id, false)
	return sr, err == nil, err
}

func loadSeries(ctx context.Context, q sqlx.QueryerContext, orgID, id int64, lock bool) (Series, error) {
	var row struct {
		Series
		Raw json.RawMessage `db:"rule"`
	}
	query := `SELECT org_id, id, rule, text, deadline_text, assigned_by, created_at, stopped_at FROM task_series WHERE org_id = $1 AND id = $2`
	if lock {
		query += ` FOR UPDATE`
	}
	if err := sqlx.GetContext(ctx, q, &row, query, orgID, id); err != nil {
		return Series{}, fmt.Errorf("series: %w", err)
	}
	sr := row.Series
	if err := json.Unmarshal(row.Raw, &sr.Rule); err != nil {
		return Series{}, fmt.Errorf("series %d rule: %w", id, err)
	}
	return sr, nil
}

// nextOccurrence makes the next task of a series when it is due: when the
// latest occurrence is closed or its deadline has passed. It comes from the
// same meeting as the latest. The new deadline
// is the rule's first occurrence after the latest deadline, or after now
// when periods went by without a task (they are not made up). It reports
// the id of the task made, 0 when none was due.
func (s *Store) nextOccurrence(ctx context.Context, tx *sqlx.Tx, orgID, seriesID int64, now time.Time) (int64, error) {
	sr, err := loadSeries(ctx, tx, orgID, seriesID, true)
	if err != nil || sr.StoppedAt != nil {
		return 0, err
	}
	var latest struct {
		Deadline  time.Time `db:"deadline"`
		State     State     `db:"state"`
		MeetingID *int64    `db:"meeting_id"`
	}
	if err := tx.GetContext(ctx, &latest, `
		SELECT deadline, state, meeting_id FROM tasks WHERE org_id = $1 AND series_id = $2 AND deadline IS NOT NULL
		ORDER BY deadline DESC LIMIT 1`, orgID, seriesID); errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("latest occurrence: %w", err)
	}
	if latest.State.Active() && latest.Deadline.After(now) {
		return 0, nil
	}
	org, err := loadOrg(ctx, tx, orgID)
	if err != nil {
		return 0, err
	}
	loc, err := org.Location()
	if err != nil {
		return 0, err
	}
	base := latest.Deadline
	if now.After(base) {
		base = now
	}
	next := sr.Rule.Next(base.In(loc))
	if next.IsZero() {
		return 0, nil
	}
	var units struct {
		Leads  pq.Int64Array `db:"leads"`
		Coords pq.Int64Array `db:"coordinators"`
	}
	if err := tx.GetContext(ctx, &units, `SELECT leads, coordinators FROM task_series WHERE org_id = $1 AND id = $2`, orgID, seriesID); err != nil {
		return 0, fmt.Errorf("series units: %w", err)
	}
	assigner := Member{OrgID: orgID, ID: sr.AssignedBy}
	nt := NewTask{Text: sr.Text, Deadline: &next, DeadlineText: sr.DeadlineText, DeadlineHasTime: sr.Rule.HasTime,
		Leads: units.Leads, Coordinators: units.Coords, MeetingID: latest.MeetingID}
	id, err := insertTask(ctx, tx, assigner, nt, now)
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tasks SET series_id = $3 WHERE org_id = $1 AND id = $2`, orgID, id, seriesID); err != nil {
		return 0, fmt.Errorf("occurrence series: %w", err)
	}
	if err := notifyAssigned(ctx, tx, orgID, id, nt.units(), now); err != nil {
		return 0, err
	}
	return id, s.taskChanged(ctx, tx, orgID, id, now)
}

// CreateDueOccurrences makes the next task of every recurring series whose
// latest occurrence is closed or past its deadline, in every organisation,
// and returns how many it made. A cron job calls it (every few minutes is
// plenty); it is safe to run from several processes at once.
func (s *Store) CreateDueOccurrences(ctx context.Context, now time.Time) (int, error) {
	var due []struct {
		OrgID int64 `db:"org_id"`
		ID    int64 `db:"id"`
	}
	err := s.db.SelectContext(ctx, &due, `
		SELECT s.org_id, s.id FROM task_series s WHERE s.stopped_at IS NULL AND NOT EXISTS (
			SELECT 1 FROM tasks t WHERE t.org_id = s.org_id AND t.series_id = s.id
			AND t.state = ANY($2) AND t.deadline > $1)
		ORDER BY s.org_id, s.id`, now, pq.Array(activeStates()))
	if err != nil {
		return 0, fmt.Errorf("due occurrences: %w", err)
	}
	made := 0
	for _, d := range due {
		err := s.inTx(ctx, func(tx *sqlx.Tx) error {
			id, err := s.nextOccurrence(ctx, tx, d.OrgID, d.ID, now)
			if id != 0 {
				made++
			}
			return err
		})
		if err != nil {
			return made, fmt.Errorf("series %d/%d: %w", d.OrgID, d.ID, err)
		}
	}
	return made, nil
}

// StopSeries ends the recurring series of a task: no further occurrence is
// made; the task itself stays as it is. Leaders, secretaries and admins may
// stop a series; a task that does not recur, or a series already stopped,
// is ErrConflict.
func (s *Store) StopSeries(ctx context.Context, actor Member, taskID int64, now time.Time) error {
	return s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTask(ctx, tx, actor, taskID)
		if err != nil {
			return err
		}
		if !actor.CanReassign(t) {
			return ErrForbidden
		}
		stopped, err := stopSeries(ctx, tx, t, actor.ID, now)
		if err == nil && !stopped {
			return ErrConflict
		}
		return err
	})
}

// stopSeries stops the running series a task belongs to, with a line in
// the task's history; stopped is false when there was none.
func stopSeries(ctx context.Context, tx *sqlx.Tx, t Task, actorID int64, now time.Time) (stopped bool, err error) {
	res, err := tx.ExecContext(ctx, `
		UPDATE task_series SET stopped_at = $3, stopped_by = $4
		WHERE org_id = $1 AND stopped_at IS NULL AND id = (SELECT series_id FROM tasks WHERE org_id = $1 AND id = $2)`,
		t.OrgID, t.ID, now, actorID)
	if err != nil {
		return false, fmt.Errorf("stop series: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	_, err = addEventData(ctx, tx, t.OrgID, t.ID, now, &actorID, nil, EventSeriesStopped, "", nil)
	return err == nil, err
}

package tasks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/jmoiron/sqlx"
)

// Kinds of cascade steps: down from a parent's task to the organisation
// that received it; up from that organisation to the parent's task.
const (
	stepDown      = "down"
	stepProgress  = "progress"
	stepDone      = "done"
	stepExtension = "extension"
)

// cascadeStep is a change crossing the two tiers: enqueued in the origin
// organisation's transaction, applied in the destination's own.
type cascadeStep struct {
	OrgID     int64           `db:"org_id"`
	ID        int64           `db:"id"`
	Kind      string          `db:"kind"`
	DestOrgID int64           `db:"dest_org_id"`
	Payload   json.RawMessage `db:"payload"`
	At        time.Time       `db:"at"`
	Attempts  int             `db:"attempts"`
}

const (
	// cascadeLease is how long a claimed step stays with its worker before
	// another may take it.
	cascadeLease = time.Minute
	// cascadeBatch is how many steps one pass claims.
	cascadeBatch = 100
	// cascadeMaxBackoff caps the wait before a failed step is tried again;
	// a step is never dropped.
	cascadeMaxBackoff = 10 * time.Minute
)

// enqueueStep writes a step in the origin organisation's transaction.
func enqueueStep(ctx context.Context, tx *sqlx.Tx, origin, dest int64, kind string, payload any, now time.Time) error {
	b, err := json.Marshal(payload)
	if err != nil {
		return fmt.Errorf("cascade step payload: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO cascade_steps (org_id, kind, dest_org_id, payload, at, due_at) VALUES ($1, $2, $3, $4, $5, $5)`,
		origin, kind, dest, b, now); err != nil {
		return fmt.Errorf("enqueue cascade step: %w", err)
	}
	return nil
}

// claimSteps leases the due steps to one worker, oldest first; rows another
// worker is claiming are skipped.
func claimSteps(ctx context.Context, db *sqlx.DB, now time.Time, limit int) ([]cascadeStep, error) {
	var steps []cascadeStep
	err := db.SelectContext(ctx, &steps, `
		UPDATE cascade_steps s SET lease_until = $1::timestamptz + $3 * interval '1 millisecond', attempts = s.attempts + 1
		FROM (SELECT org_id, id FROM cascade_steps
			WHERE done_at IS NULL AND due_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
			ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) c
		WHERE s.org_id = c.org_id AND s.id = c.id
		RETURNING s.org_id, s.id, s.kind, s.dest_org_id, s.payload, s.at, s.attempts`,
		now, limit, cascadeLease.Milliseconds())
	if err != nil {
		return nil, fmt.Errorf("claim cascade steps: %w", err)
	}
	slices.SortFunc(steps, func(a, b cascadeStep) int { return int(a.ID - b.ID) })
	return steps, nil
}

// ApplyCascadeSteps claims the steps due at now and applies each in its
// destination's transaction, then marks it done; a step that fails is tried
// again later. It returns how many steps it claimed. Several workers may
// run at once: a step is applied once whatever happens (see applyStep).
func (s *Store) ApplyCascadeSteps(ctx context.Context, now time.Time) (int, error) {
	steps, err := claimSteps(ctx, s.db, now, cascadeBatch)
	if err != nil {
		return 0, err
	}
	var errs []error
	for _, st := range steps {
		if err := s.applyStep(ctx, st, now); err != nil {
			errs = append(errs, fmt.Errorf("cascade step %d of org %d (%s): %w", st.ID, st.OrgID, st.Kind, err))
			if err := s.stepFailed(ctx, st, err, now); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		if err := s.stepDone(ctx, st, now); err != nil {
			errs = append(errs, err)
		}
	}
	return len(steps), errors.Join(errs...)
}

// RunCascade applies cascade steps until ctx ends, looking every poll;
// applied, when set, is called after a pass that applied any (to wake the
// outbox sender for the notices they queued).
func (s *Store) RunCascade(ctx context.Context, clock func() time.Time, poll time.Duration, applied func(), log *slog.Logger) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for ctx.Err() == nil {
		n, err := s.ApplyCascadeSteps(ctx, clock())
		if err != nil && ctx.Err() == nil {
			log.Error("cascade steps", "err", err)
		}
		if n > 0 && applied != nil {
			applied()
		}
		if n == cascadeBatch {
			continue
		}
		select {
		case <-ctx.Done():
		case <-t.C:
		}
	}
}

// applyStep applies a step in the destination organisation's transaction,
// which first records the step there: a step already recorded (applied by
// another worker, or before a crash that kept it from being marked done)
// changes nothing.
func (s *Store) applyStep(ctx context.Context, st cascadeStep, now time.Time) error {
	return s.inTx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `
			INSERT INTO cascade_applied (org_id, origin_org_id, step_id, applied_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT DO NOTHING`, st.DestOrgID, st.OrgID, st.ID, now)
		if err != nil {
			return fmt.Errorf("record step: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		switch st.Kind {
		case stepDown:
			return s.applyDown(ctx, tx, st)
		case stepProgress:
			return s.applyProgress(ctx, tx, st)
		case stepDone:
			return s.applyDone(ctx, tx, st)
		case stepExtension:
			return s.applyExtension(ctx, tx, st)
		}
		return fmt.Errorf("unknown step kind %q", st.Kind)
	})
}

// stepDone marks a step done in the origin organisation.
func (s *Store) stepDone(ctx context.Context, st cascadeStep, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE cascade_steps SET done_at = $3, lease_until = NULL, last_error = '' WHERE org_id = $1 AND id = $2`,
		st.OrgID, st.ID, now); err != nil {
		return fmt.Errorf("mark cascade step %d done: %w", st.ID, err)
	}
	return nil
}

// stepFailed puts a step back, due again after a back-off that doubles
// with each attempt.
func (s *Store) stepFailed(ctx context.Context, st cascadeStep, cause error, now time.Time) error {
	wait := min(time.Second<<min(st.Attempts, 20), cascadeMaxBackoff)
	if _, err := s.db.ExecContext(ctx, `UPDATE cascade_steps SET lease_until = NULL, due_at = $3, last_error = $4 WHERE org_id = $1 AND id = $2`,
		st.OrgID, st.ID, now.Add(wait), cause.Error()); err != nil {
		return fmt.Errorf("put cascade step %d back: %w", st.ID, err)
	}
	return nil
}

// ForgetCascadeSteps deletes the steps done before before, and the records
// of steps applied before it: a step is marked done at once after it is
// applied, so one applied that long ago is not applied again.
func (s *Store) ForgetCascadeSteps(ctx context.Context, before time.Time) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM cascade_steps WHERE done_at < $1`, before); err != nil {
		return fmt.Errorf("forget cascade steps: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM cascade_applied WHERE applied_at < $1`, before); err != nil {
		return fmt.Errorf("forget applied steps: %w", err)
	}
	return nil
}

// CascadeBacklog is how the cascade steps stand, for monitoring.
type CascadeBacklog struct {
	// Pending counts the steps not applied yet; Failing those of them whose
	// last attempt failed.
	Pending, Failing int
	// Oldest is how long the oldest step due has waited; 0 for none.
	Oldest time.Duration
}

// CascadeSteps returns the backlog of cascade steps at now.
func CascadeSteps(ctx context.Context, q sqlx.QueryerContext, now time.Time) (CascadeBacklog, error) {
	var row struct {
		Pending int        `db:"pending"`
		Failing int        `db:"failing"`
		Oldest  *time.Time `db:"oldest"`
	}
	if err := sqlx.GetContext(ctx, q, &row, `
		SELECT count(*) AS pending, count(*) FILTER (WHERE last_error <> '') AS failing,
			min(at) FILTER (WHERE due_at <= $1) AS oldest
		FROM cascade_steps WHERE done_at IS NULL`, now); err != nil {
		return CascadeBacklog{}, fmt.Errorf("cascade backlog: %w", err)
	}
	b := CascadeBacklog{Pending: row.Pending, Failing: row.Failing}
	if row.Oldest != nil && now.After(*row.Oldest) {
		b.Oldest = now.Sub(*row.Oldest)
	}
	return b, nil
}

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

const meetingColumns = `m.org_id, m.id, m.title, m.held_on, m.chair, m.opened_by, coalesce(o.full_name, '') AS opener_name,
	m.state, m.conclusion, m.created_at, m.confirmed_at, m.confirmed_by`

const meetingFrom = ` FROM meetings m LEFT JOIN members o ON o.org_id = m.org_id AND o.id = m.opened_by `

// OpenMeeting records a meeting opened by actor, numbered in its
// organisation. A second call with the same origin returns the first
// meeting and false.
func (s *Store) OpenMeeting(ctx context.Context, actor Member, nm NewMeeting, now time.Time) (Meeting, bool, error) {
	if !actor.CanAssign() {
		return Meeting{}, false, ErrForbidden
	}
	var (
		id      int64
		created bool
	)
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		if nm.Origin != "" {
			err := tx.GetContext(ctx, &id, `SELECT id FROM meetings WHERE org_id = $1 AND origin = $2`, actor.OrgID, nm.Origin)
			if err == nil {
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("origin: %w", err)
			}
		}
		if err := tx.GetContext(ctx, &id, `UPDATE orgs SET next_meeting_no = next_meeting_no + 1 WHERE id = $1 RETURNING next_meeting_no - 1`, actor.OrgID); err != nil {
			return fmt.Errorf("meeting number: %w", err)
		}
		var origin *string
		if nm.Origin != "" {
			origin = &nm.Origin
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO meetings (org_id, id, title, held_on, chair, opened_by, origin, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			actor.OrgID, id, nm.Title, nm.HeldOn.Format("2006-01-02"), nm.Chair, actor.ID, origin, now); err != nil {
			return fmt.Errorf("insert meeting: %w", err)
		}
		created = true
		return nil
	})
	if err != nil {
		return Meeting{}, false, fmt.Errorf("open meeting: %w", err)
	}
	m, err := s.Meeting(ctx, actor.OrgID, id)
	return m, created, err
}

// Meeting returns one meeting.
func (s *Store) Meeting(ctx context.Context, orgID, id int64) (Meeting, error) {
	var m Meeting
	err := s.db.GetContext(ctx, &m, `SELECT `+meetingColumns+meetingFrom+`WHERE m.org_id = $1 AND m.id = $2`, orgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Meeting{}, ErrNotFound
	}
	if err != nil {
		return Meeting{}, fmt.Errorf("meeting: %w", err)
	}
	return m, nil
}

// Meetings returns an organisation's latest meetings, newest first.
func (s *Store) Meetings(ctx context.Context, orgID int64, limit int) ([]Meeting, error) {
	var ms []Meeting
	err := s.db.SelectContext(ctx, &ms, `SELECT `+meetingColumns+meetingFrom+`WHERE m.org_id = $1 ORDER BY m.id DESC LIMIT $2`, orgID, limit)
	if err != nil {
		return nil, fmt.Errorf("meetings: %w", err)
	}
	return ms, nil
}

// lockMeeting loads a meeting for update and refuses one already confirmed.
func lockMeeting(ctx context.Context, tx *sqlx.Tx, actor Member, id int64) (MeetingState, error) {
	if !actor.CanAssign() {
		return "", ErrForbidden
	}
	var st MeetingState
	err := tx.GetContext(ctx, &st, `SELECT state FROM meetings WHERE org_id = $1 AND id = $2 FOR UPDATE`, actor.OrgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("lock meeting: %w", err)
	}
	if st == MeetingConfirmed {
		return st, ErrConflict
	}
	return st, nil
}

// SaveDraft replaces the draft of a meeting not yet confirmed with the
// conclusion and its items, numbered from 1 in order. It is ErrConflict
// once any item became a task.
func (s *Store) SaveDraft(ctx context.Context, actor Member, meetingID int64, conclusion string, items []MeetingItem) error {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		if _, err := lockMeeting(ctx, tx, actor, meetingID); err != nil {
			return err
		}
		var created int
		if err := tx.GetContext(ctx, &created, `SELECT count(*) FROM meeting_items WHERE org_id = $1 AND meeting_id = $2 AND state = 'created'`, actor.OrgID, meetingID); err != nil {
			return fmt.Errorf("created items: %w", err)
		}
		if created > 0 {
			return ErrConflict
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM meeting_items WHERE org_id = $1 AND meeting_id = $2`, actor.OrgID, meetingID); err != nil {
			return fmt.Errorf("clear draft: %w", err)
		}
		for i, it := range items {
			it.OrgID, it.MeetingID, it.N, it.State = actor.OrgID, meetingID, i+1, ItemPending
			if err := insertItem(ctx, tx, it); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE meetings SET state = 'draft', conclusion = $3 WHERE org_id = $1 AND id = $2`, actor.OrgID, meetingID, conclusion); err != nil {
			return fmt.Errorf("meeting draft: %w", err)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save draft: %w", err)
	}
	return nil
}

// itemRow is a meeting_items row as stored.
type itemRow struct {
	OrgID           int64           `db:"org_id"`
	MeetingID       int64           `db:"meeting_id"`
	N               int             `db:"n"`
	Text            string          `db:"text"`
	Lead            string          `db:"lead"`
	Coordinators    pq.StringArray  `db:"coordinators"`
	Deadline        *time.Time      `db:"deadline"`
	DeadlineText    string          `db:"deadline_text"`
	DeadlineHasTime bool            `db:"deadline_has_time"`
	Rule            []byte          `db:"rule"`
	Warnings        json.RawMessage `db:"warnings"`
	State           ItemState       `db:"state"`
	TaskID          *int64          `db:"task_id"`
}

func rowOf(it MeetingItem) (itemRow, error) {
	r := itemRow{
		OrgID: it.OrgID, MeetingID: it.MeetingID, N: it.N, Text: it.Text, Lead: it.Lead,
		Coordinators: pq.StringArray(append([]string{}, it.Coordinators...)), Deadline: it.Deadline,
		DeadlineText: it.DeadlineText, DeadlineHasTime: it.DeadlineHasTime, State: it.State, TaskID: it.TaskID,
	}
	var err error
	if it.Rule != nil {
		if r.Rule, err = json.Marshal(it.Rule); err != nil {
			return r, fmt.Errorf("item rule: %w", err)
		}
	}
	ws := it.Warnings
	if ws == nil {
		ws = []DraftWarning{}
	}
	if r.Warnings, err = json.Marshal(ws); err != nil {
		return r, fmt.Errorf("item warnings: %w", err)
	}
	return r, nil
}

func (r itemRow) item() (MeetingItem, error) {
	it := MeetingItem{
		OrgID: r.OrgID, MeetingID: r.MeetingID, N: r.N, Text: r.Text, Lead: r.Lead,
		Coordinators: []string(r.Coordinators), Deadline: r.Deadline, DeadlineText: r.DeadlineText,
		DeadlineHasTime: r.DeadlineHasTime, State: r.State, TaskID: r.TaskID,
	}
	if len(r.Rule) > 0 && string(r.Rule) != "null" {
		var rule deadline.Rule
		if err := json.Unmarshal(r.Rule, &rule); err != nil {
			return it, fmt.Errorf("item rule: %w", err)
		}
		it.Rule = &rule
	}
	if err := json.Unmarshal(r.Warnings, &it.Warnings); err != nil {
		return it, fmt.Errorf("item warnings: %w", err)
	}
	return it, nil
}

func insertItem(ctx context.Context, tx *sqlx.Tx, it MeetingItem) error {
	r, err := rowOf(it)
	if err != nil {
		return err
	}
	if _, err := tx.NamedExecContext(ctx, `
		INSERT INTO meeting_items (org_id, meeting_id, n, text, lead, coordinators, deadline, deadline_text,
			deadline_has_time, rule, warnings, state, task_id)
		VALUES (:org_id, :meeting_id, :n, :text, :lead, :coordinators, :deadline, :deadline_text,
			:deadline_has_time, :rule, :warnings, :state, :task_id)`, r); err != nil {
		return fmt.Errorf("insert item: %w", err)
	}
	return nil
}

const itemColumns = `org_id, meeting_id, n, text, lead, coordinators, deadline, deadline_text, deadline_has_time, rule, warnings, state, task_id`

// MeetingItems returns the items of a meeting's draft, by number.
func (s *Store) MeetingItems(ctx context.Context, orgID, meetingID int64) ([]MeetingItem, error) {
	var rows []itemRow
	if err := s.db.SelectContext(ctx, &rows, `SELECT `+itemColumns+` FROM meeting_items WHERE org_id = $1 AND meeting_id = $2 ORDER BY n`, orgID, meetingID); err != nil {
		return nil, fmt.Errorf("meeting items: %w", err)
	}
	out := make([]MeetingItem, 0, len(rows))
	for _, r := range rows {
		it, err := r.item()
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}

// lockItem loads a pending or dropped item of a meeting not yet confirmed, for update.
func lockItem(ctx context.Context, tx *sqlx.Tx, actor Member, meetingID int64, n int) (MeetingItem, error) {
	if _, err := lockMeeting(ctx, tx, actor, meetingID); err != nil {
		return MeetingItem{}, err
	}
	var r itemRow
	err := tx.GetContext(ctx, &r, `SELECT `+itemColumns+` FROM meeting_items WHERE org_id = $1 AND meeting_id = $2 AND n = $3 FOR UPDATE`, actor.OrgID, meetingID, n)
	if errors.Is(err, sql.ErrNoRows) {
		return MeetingItem{}, ErrNotFound
	}
	if err != nil {
		return MeetingItem{}, fmt.Errorf("item: %w", err)
	}
	it, err := r.item()
	if err != nil {
		return it, err
	}
	if it.State == ItemCreated {
		return it, ErrConflict
	}
	return it, nil
}

// DropItem leaves item n out of the meeting's tasks; changed is false when
// it was already dropped.
func (s *Store) DropItem(ctx context.Context, actor Member, meetingID int64, n int) (changed bool, err error) {
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		it, err := lockItem(ctx, tx, actor, meetingID, n)
		if err != nil || it.State == ItemDropped {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE meeting_items SET state = 'dropped' WHERE org_id = $1 AND meeting_id = $2 AND n = $3`, actor.OrgID, meetingID, n); err != nil {
			return fmt.Errorf("drop item: %w", err)
		}
		changed = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("drop item: %w", err)
	}
	return changed, nil
}

// UpdateItem applies change to item n of a meeting not yet confirmed and
// stores it as pending again (fixing a dropped item takes it back).
func (s *Store) UpdateItem(ctx context.Context, actor Member, meetingID int64, n int, change func(*MeetingItem)) (MeetingItem, error) {
	var it MeetingItem
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var err error
		if it, err = lockItem(ctx, tx, actor, meetingID, n); err != nil {
			return err
		}
		change(&it)
		it.OrgID, it.MeetingID, it.N, it.State, it.TaskID = actor.OrgID, meetingID, n, ItemPending, nil
		r, err := rowOf(it)
		if err != nil {
			return err
		}
		if _, err := tx.NamedExecContext(ctx, `
			UPDATE meeting_items SET text = :text, lead = :lead, coordinators = :coordinators, deadline = :deadline,
				deadline_text = :deadline_text, deadline_has_time = :deadline_has_time, rule = :rule,
				warnings = :warnings, state = :state
			WHERE org_id = :org_id AND meeting_id = :meeting_id AND n = :n`, r); err != nil {
			return fmt.Errorf("update item: %w", err)
		}
		return nil
	})
	if err != nil {
		return MeetingItem{}, fmt.Errorf("update item: %w", err)
	}
	return it, nil
}

// ItemCreated records that item n became task taskID.
func (s *Store) ItemCreated(ctx context.Context, orgID, meetingID int64, n int, taskID int64) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE meeting_items SET state = 'created', task_id = $4 WHERE org_id = $1 AND meeting_id = $2 AND n = $3`,
		orgID, meetingID, n, taskID); err != nil {
		return fmt.Errorf("item created: %w", err)
	}
	return nil
}

// ConfirmMeeting closes a meeting whose items all became tasks or were
// dropped; changed is false when it was confirmed before. It is ErrConflict
// while an item still waits.
func (s *Store) ConfirmMeeting(ctx context.Context, actor Member, meetingID int64, now time.Time) (changed bool, err error) {
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		if _, err := lockMeeting(ctx, tx, actor, meetingID); err != nil {
			if errors.Is(err, ErrConflict) {
				return nil
			}
			return err
		}
		var pending int
		if err := tx.GetContext(ctx, &pending, `SELECT count(*) FROM meeting_items WHERE org_id = $1 AND meeting_id = $2 AND state = 'pending'`, actor.OrgID, meetingID); err != nil {
			return fmt.Errorf("pending items: %w", err)
		}
		if pending > 0 {
			return ErrConflict
		}
		if _, err := tx.ExecContext(ctx, `UPDATE meetings SET state = 'confirmed', confirmed_at = $3, confirmed_by = $4 WHERE org_id = $1 AND id = $2`,
			actor.OrgID, meetingID, now, actor.ID); err != nil {
			return fmt.Errorf("confirm meeting: %w", err)
		}
		changed = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("confirm meeting: %w", err)
	}
	return changed, nil
}

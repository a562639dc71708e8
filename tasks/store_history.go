package tasks

import (
	"context"
	"encoding/json"
	"fmt"
)

// HistoryEntry is a line of a task's history with its structured data.
type HistoryEntry struct {
	Event
	Progress *ProgressData
	Change   *DeadlineChange
	Reassign *ReassignData
}

// History returns a task's history, oldest first, with the percentages,
// files and deadline changes its lines carry.
func (s *Store) History(ctx context.Context, orgID, taskID int64) ([]HistoryEntry, error) {
	var rows []struct {
		Event
		Data json.RawMessage `db:"data"`
	}
	err := s.db.SelectContext(ctx, &rows, `
		SELECT e.id, e.at, e.member_id, coalesce(m.full_name, '') AS member_name, e.unit_id,
			coalesce(u.name, '') AS unit_name, e.kind, e.note, e.data
		FROM task_events e
		LEFT JOIN members m ON m.org_id = e.org_id AND m.id = e.member_id
		LEFT JOIN units u ON u.org_id = e.org_id AND u.id = e.unit_id
		WHERE e.org_id = $1 AND e.task_id = $2 ORDER BY e.at, e.id`, orgID, taskID)
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	out := make([]HistoryEntry, len(rows))
	for i, r := range rows {
		out[i].Event = r.Event
		var target any
		switch r.Kind {
		case EventProgress:
			out[i].Progress = &ProgressData{}
			target = out[i].Progress
		case EventExtensionAsked, EventExtended, EventExtensionRejected, EventParentDeadline:
			out[i].Change = &DeadlineChange{}
			target = out[i].Change
		case EventReassigned:
			out[i].Reassign = &ReassignData{}
			target = out[i].Reassign
		default:
			continue
		}
		if err := json.Unmarshal(r.Data, target); err != nil {
			return nil, fmt.Errorf("history: event %d: %w", r.ID, err)
		}
	}
	return out, nil
}

// TaskFiles returns the files sent as evidence for a task, oldest first.
func (s *Store) TaskFiles(ctx context.Context, orgID, taskID int64) ([]FileRef, error) {
	h, err := s.History(ctx, orgID, taskID)
	if err != nil {
		return nil, err
	}
	var out []FileRef
	for _, e := range h {
		if e.Progress == nil {
			continue
		}
		for _, f := range e.Progress.Files {
			f.At, f.Member = e.At, e.Member
			out = append(out, f)
		}
	}
	return out, nil
}

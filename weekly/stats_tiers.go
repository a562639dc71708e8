package weekly

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

// CommuneOverdue is a child organisation (a commune linked to a unit of the
// province) whose received tasks are overdue: its part of the province's
// tasks, past their deadline at the report's instant and not reported done.
type CommuneOverdue struct {
	UnitID int64  `json:"unit_id" db:"unit_id"`
	Name   string `json:"name" db:"name"`
	Tasks  int    `json:"tasks" db:"tasks"`
	// Oldest is the deadline of the longest overdue of them.
	Oldest time.Time `json:"oldest" db:"oldest"`
}

// liveFrom leaves out the units merged into another by from: a report of a
// week lists the units that still worked in it, so a week before a merge
// keeps the old units and their names.
func liveFrom(units []unitRow, from time.Time) []unitRow {
	out := units[:0:0]
	for _, u := range units {
		if u.RetiredAt == nil || u.RetiredAt.After(from) {
			out = append(out, u)
		}
	}
	return out
}

// ReceivedCounts are the tasks a parent organisation gave this one
// ("nhiệm vụ cấp trên giao"), as they stood at the report's instant.
type ReceivedCounts struct {
	Received int `json:"received" db:"received"` // received before the instant and not cancelled
	New      int `json:"new" db:"new"`           // not yet handed on to a unit
	Assigned int `json:"assigned" db:"assigned"` // handed on, not yet done
	Done     int `json:"done" db:"done"`         // done and reported up
	Overdue  int `json:"overdue" db:"overdue"`   // not done, past the deadline
	// Open lists the ones not done at the instant, the most urgent first.
	Open []ReceivedLine `json:"open,omitempty" db:"-"`
}

// ReceivedLine is a received task not done at the report's instant.
type ReceivedLine struct {
	ID       int64      `json:"id" db:"id"`
	Text     string     `json:"text" db:"text"`
	From     string     `json:"from" db:"parent_org_name"`
	Deadline *time.Time `json:"deadline,omitempty" db:"deadline"`
	// Handed: the organisation had handed it on to its units by then.
	Handed bool `json:"handed" db:"handed"`
}

// maxReceivedLines is how many received tasks not done a report lists.
const maxReceivedLines = 10

// receivedCounts counts the organisation's received tasks at at.
func receivedCounts(ctx context.Context, q sqlx.QueryerContext, orgID int64, at time.Time) (*ReceivedCounts, error) {
	c, err := receivedTotals(ctx, q, orgID, at)
	if err != nil {
		return nil, err
	}
	if c.Received == 0 {
		return nil, nil
	}
	if c.Open, err = receivedOpen(ctx, q, orgID, at, maxReceivedLines); err != nil {
		return nil, err
	}
	return &c, nil
}

package bot

import (
	"context"
	"time"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// Hooks tell the domain what deliveries revealed.
type Hooks struct {
	store *tasks.Store
}

// NewHooks returns the outbox hooks over store.
func NewHooks(store *tasks.Store) *Hooks { return &Hooks{store: store} }

// Unreachable implements outbox.Hooks: the member is marked unreachable and
// those who must know are told.
func (h *Hooks) Unreachable(ctx context.Context, r outbox.Row, _ error, now time.Time) error {
	if r.MemberID == nil {
		return nil
	}
	return h.store.HandleUnreachable(ctx, r.OrgID, *r.MemberID, r.TaskID, now)
}

// Migrated implements outbox.Hooks.
func (h *Hooks) Migrated(ctx context.Context, orgID, from, to int64) error {
	return h.store.MoveChat(ctx, orgID, from, to)
}

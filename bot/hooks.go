package bot

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
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

// Migrated implements outbox.Hooks: whatever pointed at the old chat points
// at the new one.
func (h *Hooks) Migrated(ctx context.Context, orgID, from, to int64) error {
	if err := h.store.MoveChat(ctx, orgID, from, to); err != nil {
		return err
	}
	return moveGroupChat(ctx, h.store, from, to)
}

// moveGroupChat follows a group that Telegram upgraded to a supergroup, in
// one transaction: its link to a unit, its place among the report chats
// and its bound forum topics.
func moveGroupChat(ctx context.Context, st *tasks.Store, from, to int64) error {
	return dbtx.InTx(ctx, st.DB(), func(tx *sqlx.Tx) error {
		if err := tasks.MoveGroupLink(ctx, tx, from, to); err != nil {
			return err
		}
		if err := weekly.MoveReportChat(ctx, tx, from, to); err != nil {
			return err
		}
		return moveTopics(ctx, tx, from, to)
	})
}

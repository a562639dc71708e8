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
// those who must know are told. A row to no member went to a group: when
// the group is a report chat, it is marked unreachable, the admins and
// leaders are told once, and a report it refused goes to their private
// chats (weekly.Service.ReportChatUnreachable).
func (h *Hooks) Unreachable(ctx context.Context, r outbox.Row, cause error, now time.Time) error {
	if r.MemberID == nil {
		reason := ""
		if cause != nil {
			reason = cause.Error()
		}
		_, err := weekly.New(h.store).ReportChatUnreachable(ctx, r.OrgID, r.ChatID, r.Kind, r.Payload, reason, now)
		return err
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

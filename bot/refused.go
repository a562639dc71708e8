package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// refusedResendWindow is how far back the messages Telegram refused to a
// person (they had blocked the bot, or never opened it) are sent again
// when they write to the bot in private.
const refusedResendWindow = 7 * 24 * time.Hour

// comeBack is what a private message of a person marked unreachable
// does: in one transaction, the mark is cleared and then what Telegram
// refused to send to them, in the organisations this bot serves, is queued
// again; the sender is woken. Only a private message tells that the person
// can be written to again: a first message back in a group loses nothing.
// The sender refuses a row before it marks the person (outbox/refused.go):
// a row refused while the person writes is queued again here, or its mark
// stays for the next private message.
func (b *Bot) comeBack(ctx context.Context, r *request) error {
	rs := make([]outbox.Recipient, len(r.memberships))
	for i, m := range r.memberships {
		rs[i] = outbox.Recipient{OrgID: m.OrgID, MemberID: m.ID}
	}
	n := 0
	err := dbtx.InTx(ctx, b.store.DB(), func(tx *sqlx.Tx) error {
		if err := tasks.MarkReachable(ctx, tx, r.from.ID, r.servedOrgIDs()); err != nil {
			return err
		}
		var err error
		n, err = outbox.RequeueRefused(ctx, tx, rs, r.now.Add(-refusedResendWindow), r.now)
		return err
	})
	if err != nil {
		return fmt.Errorf("come back: %w", err)
	}
	if n > 0 {
		b.log.Info("messages refused while the person could not be reached are queued again", "tg_user_id", r.from.ID, "rows", n)
		b.kick()
	}
	return nil
}

// servedOrgIDs are the organisations of the person's memberships that this
// bot serves.
func (r *request) servedOrgIDs() []int64 {
	ids := make([]int64, len(r.memberships))
	for i, m := range r.memberships {
		ids[i] = m.OrgID
	}
	return ids
}

// unreached reports whether Telegram refused a message to the person in
// one of the organisations this bot serves them in.
func (r *request) unreached() bool {
	for _, m := range r.memberships {
		if m.Unreached {
			return true
		}
	}
	return false
}

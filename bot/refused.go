package bot

import (
	"context"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// refusedResendWindow is how far back the messages Telegram refused to a
// person (they had blocked the bot, or never opened it) are sent again
// when they write to the bot in private.
const refusedResendWindow = 7 * 24 * time.Hour

// resendRefused queues again what Telegram refused to send to the person
// who wrote, in the organisations this bot serves, and wakes the sender.
// Only a private message tells that the person can be written to again:
// dispatch calls it, then clears the unreachable mark, on private messages
// alone, so a first message back in a group loses nothing.
//
// A narrow window is left open: a row still being sent when the person
// writes, refused after the mark was cleared (the sender's hook marks the
// person, this clears the mark, then the row ends refused), stays failed
// until the person is refused and comes back again; /admin outbox shows it.
// Closing it would need the outbox to read the members' marks.
func (b *Bot) resendRefused(ctx context.Context, r *request) error {
	if !r.private {
		return nil
	}
	rs := make([]outbox.Recipient, len(r.memberships))
	for i, m := range r.memberships {
		rs[i] = outbox.Recipient{OrgID: m.OrgID, MemberID: m.ID}
	}
	n, err := outbox.RequeueRefused(ctx, b.store.DB(), rs, r.now.Add(-refusedResendWindow), r.now)
	if err != nil {
		return err
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

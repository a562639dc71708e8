package reminders

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// receivedSnooze is a snooze of a received task's reminders: one more
// reminder to the organisation's leaders, as the received task's reminders
// go to them all. It is kept in received_reminders with a slot named
// "snooze…", so that re-planning keeps it and a new deadline drops it.
type receivedSnooze struct{ orgID, receivedID int64 }

// receivedSnoozePrefix starts the slot of a received task's snooze.
const receivedSnoozePrefix = "snooze"

func (r receivedSnooze) lockDeadline(ctx context.Context, tx *sqlx.Tx) (sql.NullTime, error) {
	return lockReceivedDeadline(ctx, tx, r.orgID, r.receivedID)
}

func (r receivedSnooze) dropPending(ctx context.Context, tx *sqlx.Tx) ([]time.Time, error) {
	return dropPendingReceivedSnooze(ctx, tx, r.orgID, r.receivedID)
}

// insert plans the snooze. Its kind is where the deadline stands at at; the
// message is worded from where it stands when sent (KindAt).
func (r receivedSnooze) insert(ctx context.Context, tx *sqlx.Tx, at, deadline time.Time) error {
	kind := KindDue
	if !deadline.IsZero() {
		kind, _ = KindAt(deadline, at, at.Location())
	}
	slot := slotKey(fmt.Sprintf("%s%d", receivedSnoozePrefix, at.Unix()), deadline)
	return insertReceivedSnooze(ctx, tx, r.orgID, r.receivedID, slot, kind, at)
}

package main

import (
	"context"
	"time"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// pruneBatch is how many outbox rows one statement of the cleanup deletes.
const pruneBatch = 1000

// pruneOutbox deletes the sent and cancelled outbox rows created more than
// keep before now, but those of tasks still active (outbox.Prune).
func (a *app) pruneOutbox(ctx context.Context, now time.Time, keep time.Duration) {
	n, err := outbox.Prune(ctx, a.store.DB(), now.Add(-keep), pruneBatch, tasks.ActiveStates())
	if err != nil {
		a.log.Error("cleanup: outbox", "err", err, "deleted", n)
		return
	}
	if n > 0 {
		a.log.Info("cleanup: old outbox rows deleted", "deleted", n, "older_than", now.Add(-keep))
	}
}

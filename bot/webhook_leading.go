package bot

import (
	"context"
	"sync"
	"time"
)

// leading is what HandleRecorded holds while it runs: its dispatcher and
// the order of the updates it took. The webhook handler of the same
// process hands what it records straight to the dispatcher through it
// (handOn), so that an update waits on no other goroutine before it is
// handled; when HandleRecorded is reading the ledger at that moment, the
// handler leaves the update to it instead of waiting.
type leading struct {
	mu  sync.Mutex
	b   *Bot
	d   *dispatcher
	seq *sequencer
}

// keep returns the ids of ids that may be handled now, in order (see
// sequencer), leaving those the dispatcher holds; l.mu is held.
func (l *leading) keep(ids []int64) []int64 {
	waited := !l.seq.gapSince.IsZero()
	out := l.seq.take(l.d.notHeldIDs(ids), time.Now())
	if waited && l.seq.gapSince.IsZero() && len(out) > 0 {
		l.b.log.Debug("took updates after a gap in the ids", "from_update_id", out[0], "count", len(out))
	}
	return out
}

// takeFresh queues the updates this process recorded that may be handled
// now; the others are left to the next read of the ledger.
func (l *leading) takeFresh() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.takeFreshLocked()
}

func (l *leading) takeFreshLocked() error {
	us, fingerprints := l.b.hook.fresh.take()
	if len(us) == 0 {
		return nil
	}
	return l.d.submitChecked(takeFresh(us, l.seq.hi, l.keep), fingerprints)
}

// readLedger queues the updates recorded and not handled that may be
// handled now, those other replicas recorded included.
func (l *leading) readLedger(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	us, err := l.b.ledger.unhandled(ctx, l.keep)
	if err != nil || len(us) == 0 {
		return err
	}
	return l.d.submit(us)
}

// handOn passes the updates the webhook handler just recorded (in fresh)
// to the dispatcher: at once when this process leads and HandleRecorded
// is not busy, otherwise by waking HandleRecorded.
func (h *webhook) handOn() {
	if l := h.leading.Load(); l != nil && l.mu.TryLock() {
		err := l.takeFreshLocked()
		l.mu.Unlock()
		if err == nil {
			return
		}
		// Stopping: HandleRecorded or the next leader finds them.
	}
	select {
	case h.recorded <- struct{}{}:
	default:
	}
}

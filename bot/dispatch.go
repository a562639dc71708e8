package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// dispatcher handles recorded updates: concurrently across chats, in order
// within a chat, on a bounded number of workers. A slow update holds up
// its own chat only.
type dispatcher struct {
	b      *Bot
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	// wake wakes one idle worker per chat made ready; room wakes the
	// submitters waiting for fewer than maxPending updates. (One
	// condition for both had every change wake every idle worker.)
	wake   *sync.Cond
	room   *sync.Cond
	queues map[int64][]queued
	active map[int64]bool
	// held are the update ids queued, being handled, or handled and not
	// yet marked so in the ledger: a poll of the ledger skips them.
	held    map[int64]bool
	ready   []int64
	pending int
	// running is how many updates are being handled, by workers or in
	// place (dispatch_inplace.go).
	running int
	closed  bool
	// marks are updates handled, written to the ledger in batches.
	marks   chan mark
	flushed chan struct{}
}

// mark is an update handled, with the reason when it failed.
type mark struct {
	id     int64
	reason string
}

// maxPending is how many accepted updates may wait before accept blocks
// (and polling pauses).
const maxPending = 20000

func (b *Bot) startDispatcher(ctx context.Context) *dispatcher {
	ctx, cancel := context.WithCancel(ctx)
	d := &dispatcher{b: b, ctx: ctx, cancel: cancel, queues: map[int64][]queued{}, active: map[int64]bool{}, held: map[int64]bool{},
		marks: make(chan mark, 4*b.cfg.Workers), flushed: make(chan struct{})}
	d.wake, d.room = sync.NewCond(&d.mu), sync.NewCond(&d.mu)
	go d.flush()
	for range b.cfg.Workers {
		d.wg.Add(1)
		go d.work()
	}
	go func() {
		<-ctx.Done()
		d.mu.Lock()
		d.closed = true
		d.wake.Broadcast()
		d.room.Broadcast()
		d.mu.Unlock()
	}()
	return d
}

// stop ends the workers once the update each is handling is done, and
// writes their marks.
func (d *dispatcher) stop() {
	d.cancel()
	d.wg.Wait()
	close(d.marks)
	<-d.flushed
}

// flush writes marks to the ledger: whatever has gathered while the last
// write was under way goes in the next one, so that under load one
// statement marks many updates and, idle, a mark is written at once. A
// mark is written even when stopping: the answer went out, so a restart
// must not handle the update again.
func (d *dispatcher) flush() {
	defer close(d.flushed)
	for m, ok := <-d.marks; ok; m, ok = <-d.marks {
		batch := []mark{m}
	gather:
		for len(batch) < 500 {
			select {
			case m, ok := <-d.marks:
				if !ok {
					break gather
				}
				batch = append(batch, m)
			default:
				break gather
			}
		}
		for attempt := 1; ; attempt++ {
			err := d.b.ledger.done(context.WithoutCancel(d.ctx), batch, d.b.clock())
			if err == nil {
				break
			}
			d.b.log.Warn("could not mark updates handled", "count", len(batch), "err", err)
			if d.ctx.Err() != nil && attempt >= 3 {
				break
			}
			time.Sleep(d.b.backoff(attempt))
		}
		d.mu.Lock()
		for _, m := range batch {
			delete(d.held, m.id)
		}
		d.mu.Unlock()
	}
}

// errStopped is accept's answer once the dispatcher stops: the updates
// are not taken, and Telegram is to send them again.
var errStopped = errors.New("bot: no longer handling updates")

// accept records updates and queues those not seen before. When it
// returns nil, Telegram may be told to move past them. The record also
// reads the membership fingerprint of the sender of a command that only
// reads (cachedRead), which its handler checks the kept memberships
// against (see Bot.memberships).
func (d *dispatcher) accept(ctx context.Context, us []Update) error {
	_, err := d.record(ctx, us, false)
	return err
}

// stopped reports whether the dispatcher takes no more updates.
func (d *dispatcher) stopped() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.closed
}

// resume queues the updates recorded and not handled, by an earlier run
// that stopped or crashed. It tries until the database answers.
func (d *dispatcher) resume(ctx context.Context) {
	for attempt := 1; ctx.Err() == nil; attempt++ {
		us, err := d.b.ledger.pending(ctx, d.b.clock())
		if err == nil {
			if len(us) > 0 {
				d.b.log.Info("resuming recorded updates", "count", len(us))
			}
			if err := d.submit(us); err != nil {
				d.b.log.Info("stopped before resuming recorded updates", "count", len(us))
			}
			return
		}
		d.b.log.Warn("could not read recorded updates", "err", err)
		sleep(ctx, d.b.backoff(attempt))
	}
}

// submitChecked is submit for updates recorded by a statement that also
// read their senders' membership fingerprints (by update id): their
// handlers may use the memberships kept from before when the fingerprint
// matches (see Bot.memberships).
func (d *dispatcher) submitChecked(us []Update, fingerprints map[int64]string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	for d.pending >= maxPending && !d.closed {
		d.room.Wait()
	}
	if d.closed {
		return errStopped
	}
	for _, u := range us {
		if d.held[u.UpdateID] {
			continue
		}
		d.held[u.UpdateID] = true
		k := u.chatKey()
		fp, checked := fingerprints[u.UpdateID]
		d.queues[k] = append(d.queues[k], queued{u: u, fingerprint: fp, checked: checked})
		d.pending++
		if !d.active[k] {
			d.active[k] = true
			d.ready = append(d.ready, k)
			d.wake.Signal()
		}
	}
	return nil
}

// submit queues updates behind the others of their chat; once the
// dispatcher stops it takes none and returns errStopped.
func (d *dispatcher) submit(us []Update) error { return d.submitChecked(us, nil) }

// queued is an update waiting in its chat's line, with the fingerprint of
// its sender's memberships its record read (checked), if it did.
type queued struct {
	u           Update
	fingerprint string
	checked     bool
}

// notHeldIDs returns the ids of ids this dispatcher does not hold.
func (d *dispatcher) notHeldIDs(ids []int64) []int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if !d.held[id] {
			out = append(out, id)
		}
	}
	return out
}

// work takes a chat that has updates, handles its first, and puts the chat
// back at the end of the line if more wait.
func (d *dispatcher) work() {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		for len(d.ready) == 0 && !d.closed {
			d.wake.Wait()
		}
		if d.closed {
			d.mu.Unlock()
			return
		}
		k := d.ready[0]
		d.ready = d.ready[1:]
		q := d.queues[k][0]
		d.running++
		d.mu.Unlock()
		d.handle(k, q)
	}
}

// handle handles q, the first update of chat k's line, and puts the chat
// back at the end of the line if more wait; d.running counts it.
func (d *dispatcher) handle(k int64, q queued) {
	u := q.u
	ctx := d.ctx
	if q.checked {
		ctx = withRecordedFingerprint(ctx, q.fingerprint)
	}
	reason, handled := d.b.process(ctx, u)
	d.b.forgetSender(u)
	if handled {
		// Held until flush has marked it, so that a poll of the
		// ledger in between does not take it again.
		d.marks <- mark{id: u.UpdateID, reason: reason}
	}

	d.mu.Lock()
	if !handled {
		delete(d.held, u.UpdateID)
	}
	rest := d.queues[k][1:]
	d.pending--
	d.running--
	if len(rest) == 0 {
		delete(d.queues, k)
		delete(d.active, k)
	} else {
		d.queues[k] = rest
		d.ready = append(d.ready, k)
		d.wake.Signal()
	}
	if d.pending < maxPending {
		d.room.Broadcast()
	}
	d.mu.Unlock()
}

// Stats count what happened to updates, for metrics.
type Stats struct {
	// Received is updates recorded for the first time.
	Received atomic.Int64
	// Handled is updates handled.
	Handled atomic.Int64
	// Retried is attempts that failed for a passing reason and were tried again.
	Retried atomic.Int64
	// Failed is updates given up on, recorded with their reason.
	Failed atomic.Int64
}

// Stats returns the bot's update counters.
func (b *Bot) Stats() *Stats { return &b.stats }

// process handles one recorded update until it is handled or given up on
// (handled, with reason when it failed); the dispatcher marks it so in the
// ledger. A transient failure (the database is unreachable) is tried
// again with a back-off capped near a second, for up to
// Config.MaxRetryTime; other failures a few times; a panic not again; an
// input the database refuses is answered at once. An update given up on
// is recorded failed with its reason and the person gets an apology.
func (b *Bot) process(ctx context.Context, u Update) (reason string, handled bool) {
	start := time.Now()
	for attempt := 1; ; attempt++ {
		err := b.HandleUpdate(ctx, u)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return "", false // not marked: handled again after the restart
		}
		if isInputFault(err) {
			b.log.Info("update refused by the database as input", "update_id", u.UpdateID, "err", err)
			b.answerInputFault(ctx, u)
			break
		}
		var p *panicError
		transient := isTransient(err)
		if errors.As(err, &p) || (!transient && attempt >= b.cfg.MaxUpdateAttempts) ||
			(transient && time.Since(start) >= b.cfg.MaxRetryTime) {
			reason = err.Error()
			b.stats.Failed.Add(1)
			b.log.Error("update failed for good", "update_id", u.UpdateID, "attempts", attempt, "reason", reason)
			b.apologise(ctx, u)
			break
		}
		b.stats.Retried.Add(1)
		b.log.Warn("update failed, will try again", "update_id", u.UpdateID, "attempt", attempt, "err", err)
		sleep(ctx, b.backoff(attempt))
	}
	b.stats.Handled.Add(1)
	return reason, true
}

// backoff is the pause before attempt+1: it doubles from RetryUpdate up to
// a second, so that work resumes within about a second of the database
// coming back.
func (b *Bot) backoff(attempt int) time.Duration {
	d := b.cfg.RetryUpdate
	for range min(attempt-1, 10) {
		d *= 2
	}
	return min(d, time.Second)
}

// HandleUpdate handles one update. It returns an error when the update
// should be tried again (the database was unreachable, say); a person's
// mistake is answered, not returned; a panic is logged and returned as a
// *panicError, which is not tried again.
func (b *Bot) HandleUpdate(ctx context.Context, u Update) (err error) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("handler panicked", "update_id", u.UpdateID, "panic", r, "stack", string(debug.Stack()))
			err = &panicError{value: r}
		}
	}()
	return b.dispatch(ctx, u)
}

// panicError is a handler's panic, recovered: a bug, which trying again
// would repeat.
type panicError struct{ value any }

// Error says that a handler panicked, and with what value.
func (p *panicError) Error() string { return fmt.Sprintf("panic: %v", p.value) }

// apologise tells the person that their message could not be handled.
func (b *Bot) apologise(ctx context.Context, u Update) {
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		b.reply(withThread(ctx, u.Message.Chat.ID, u.Message.ThreadID), u.Message.Chat.ID, msgInternalError, nil)
	case u.CallbackQuery != nil:
		b.answer(ctx, u.CallbackQuery.ID, msgInternalError, true)
	}
}

// answerInputFault tells the person that what they wrote could not be
// stored, and how to go on.
func (b *Bot) answerInputFault(ctx context.Context, u Update) {
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		b.reply(withThread(ctx, u.Message.Chat.ID, u.Message.ThreadID), u.Message.Chat.ID, msgBadInput, nil)
	case u.CallbackQuery != nil:
		b.answer(ctx, u.CallbackQuery.ID, msgBadInput, true)
	}
}

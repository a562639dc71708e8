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
	cond   *sync.Cond
	queues map[int64][]queued
	active map[int64]bool
	// held are the update ids queued, being handled, or handled and not
	// yet marked so in the ledger: a poll of the ledger skips them. The
	// value is the gate of an update taken before it was recorded (nil
	// for one recorded): once that gate has failed, the update may be
	// taken again.
	held    map[int64]*gate
	ready   []int64
	pending int
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
	d := &dispatcher{b: b, ctx: ctx, cancel: cancel, queues: map[int64][]queued{}, active: map[int64]bool{}, held: map[int64]*gate{},
		marks: make(chan mark, 4*b.cfg.Workers), flushed: make(chan struct{})}
	d.cond = sync.NewCond(&d.mu)
	go d.flush()
	for range b.cfg.Workers {
		d.wg.Add(1)
		go d.work()
	}
	go func() {
		<-ctx.Done()
		d.mu.Lock()
		d.closed = true
		d.cond.Broadcast()
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
// returns nil, Telegram may be told to move past them. A command that
// only reads, first in an idle chat, is handled while it is being
// recorded (speculate); its answer waits for the record.
func (d *dispatcher) accept(ctx context.Context, us []Update) error {
	if d.stopped() {
		return errStopped
	}
	early := d.speculate(us)
	var senders map[int64]int64
	for _, u := range us {
		if d.b.cachedRead(u) {
			if senders == nil {
				senders = map[int64]int64{}
			}
			senders[u.UpdateID] = u.Message.From.ID
		}
	}
	fresh, fingerprints, err := d.b.ledger.recordChecking(ctx, us, d.b.clock(), senders)
	if err != nil {
		for _, g := range early {
			g.open(false, "")
		}
		return err
	}
	d.b.stats.Received.Add(int64(len(fresh)))
	rest := make([]Update, 0, len(fresh))
	for _, u := range fresh {
		if g, ok := early[u.UpdateID]; ok {
			g.open(true, fingerprints[u.UpdateID])
			delete(early, u.UpdateID)
			continue
		}
		rest = append(rest, u)
	}
	for _, g := range early {
		g.open(false, "") // recorded before: handled, or to be, already
	}
	return d.submitChecked(rest, fingerprints)
}

// speculate queues, before they are recorded, the updates of us that are
// commands that only read (cachedRead) and come first in a chat with
// nothing queued: they are handled while the record is under way, with
// the memberships kept from before when there are some, and their answers
// wait on a gate that accept opens once it knows whether they were
// recorded for the first time, and with which memberships. It returns the
// gates by update.
func (d *dispatcher) speculate(us []Update) map[int64]*gate {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed || d.pending >= maxPending {
		return nil
	}
	var early map[int64]*gate
	seen := make(map[int64]bool, len(us))
	for _, u := range us {
		k := u.chatKey()
		first := !seen[k]
		seen[k] = true
		if _, held := d.held[u.UpdateID]; !first || held || d.active[k] || !d.b.cachedRead(u) {
			continue
		}
		if early == nil {
			early = map[int64]*gate{}
		}
		g := newGate()
		early[u.UpdateID] = g
		d.enqueueLocked(u, g)
	}
	if early != nil {
		d.cond.Broadcast()
	}
	return early
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
// read their senders' membership fingerprints (by update id): those may
// be handled with the memberships kept from before, checked against the
// fingerprint (see gate).
func (d *dispatcher) submitChecked(us []Update, fingerprints map[int64]string) error {
	gates := make(map[int64]*gate, len(fingerprints))
	for id, fp := range fingerprints {
		g := newGate()
		g.open(true, fp)
		gates[id] = g
	}
	return d.submitGated(us, gates)
}

// submit queues updates behind the others of their chat; once the
// dispatcher stops it takes none and returns errStopped.
func (d *dispatcher) submit(us []Update) error { return d.submitGated(us, nil) }

// submitGated is submit, each update with its gate in gates, if any.
func (d *dispatcher) submitGated(us []Update, gates map[int64]*gate) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	for d.pending >= maxPending && !d.closed {
		d.cond.Wait()
	}
	if d.closed {
		return errStopped
	}
	for _, u := range us {
		if g, ok := d.held[u.UpdateID]; ok && !g.failed() {
			continue
		}
		d.enqueueLocked(u, gates[u.UpdateID])
	}
	d.cond.Broadcast()
	return nil
}

// queued is an update waiting in its chat's line, with its gate when it
// was taken before being recorded.
type queued struct {
	u Update
	g *gate
}

// enqueueLocked puts u at the end of its chat's line; d.mu is held.
func (d *dispatcher) enqueueLocked(u Update, g *gate) {
	d.held[u.UpdateID] = g
	k := u.chatKey()
	d.queues[k] = append(d.queues[k], queued{u: u, g: g})
	d.pending++
	if !d.active[k] {
		d.active[k] = true
		d.ready = append(d.ready, k)
	}
}

// notHeldIDs returns the ids of ids this dispatcher does not hold.
func (d *dispatcher) notHeldIDs(ids []int64) []int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if _, held := d.held[id]; !held {
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
			d.cond.Wait()
		}
		if d.closed {
			d.mu.Unlock()
			return
		}
		k := d.ready[0]
		d.ready = d.ready[1:]
		q := d.queues[k][0]
		u := q.u
		d.mu.Unlock()

		ctx := d.ctx
		if q.g != nil {
			ctx = withGate(ctx, q.g)
		}
		reason, handled := d.b.process(ctx, u)
		d.b.forgetSender(u)
		if q.g.stale() {
			// Handled with memberships that changed before its record:
			// nothing was sent; it is handled again, as recorded, first
			// in its chat's line.
			d.mu.Lock()
			d.held[u.UpdateID] = nil
			d.queues[k][0] = queued{u: u}
			d.ready = append(d.ready, k)
			d.cond.Broadcast()
			d.mu.Unlock()
			continue
		}
		if handled {
			// Held until flush has marked it, so that a poll of the
			// ledger in between does not take it again.
			d.marks <- mark{id: u.UpdateID, reason: reason}
		}

		d.mu.Lock()
		if g, ok := d.held[u.UpdateID]; !handled && ok && g == q.g {
			// Not handled (stopping, or taken early and not recorded
			// now): taken again when it comes again, unless it already
			// has.
			delete(d.held, u.UpdateID)
		}
		rest := d.queues[k][1:]
		d.pending--
		if len(rest) == 0 {
			delete(d.queues, k)
			delete(d.active, k)
		} else {
			d.queues[k] = rest
			d.ready = append(d.ready, k)
		}
		d.cond.Broadcast()
		d.mu.Unlock()
	}
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
	g := gateOf(ctx)
	start := time.Now()
	for attempt := 1; ; attempt++ {
		err := b.HandleUpdate(ctx, u)
		if err == nil {
			break
		}
		if ctx.Err() != nil || g.failed() || errors.Is(err, errNotRecorded) {
			return "", false // not marked: handled again after the restart, or now
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
	if !g.wait(ctx) {
		// Taken before it was recorded, and not recorded now (or
		// recorded before): nothing was sent, nothing is marked.
		return "", false
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

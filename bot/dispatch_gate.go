package bot

import (
	"context"
	"errors"
	"sync"
)

// gate holds back the answers of an update handled before it was
// recorded (a command that only reads, see speculate) until the record is
// done. Opened true, the update was recorded for the first time: its
// answers go out, unless the memberships it used are not those the record
// saw (it then is handled again, see stale). Opened false, it was not
// recorded (the database failed, or it was recorded before): nothing is
// sent. A nil gate is always open.
type gate struct {
	done chan struct{}
	// ok and fingerprint are set before done is closed: whether the
	// update was recorded now, and the fingerprint of its sender's
	// memberships the record saw.
	ok          bool
	fingerprint string
	mu          sync.Mutex
	// uses are the fingerprints of the memberships the handler used.
	uses []viewUse
}

// viewUse is memberships a handler used: their fingerprint, and whether
// they were read after the record was done (and so are new enough
// whatever their fingerprint).
type viewUse struct {
	fingerprint string
	after       bool
}

func newGate() *gate { return &gate{done: make(chan struct{})} }

// open lets the answers go (ok), checked against the fingerprint the
// record saw, or drops them; it is called once.
func (g *gate) open(ok bool, fingerprint string) {
	g.ok, g.fingerprint = ok, fingerprint
	close(g.done)
}

// use notes memberships the handler used.
func (g *gate) use(fingerprint string, after bool) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.uses = append(g.uses, viewUse{fingerprint, after})
}

// opened reports whether the gate was opened, either way.
func (g *gate) opened() bool {
	if g == nil {
		return true
	}
	select {
	case <-g.done:
		return true
	default:
		return false
	}
}

// stale reports, once the gate is opened true, whether the handler used
// memberships older than the record: it is then handled again.
func (g *gate) stale() bool {
	if g == nil || !g.opened() || !g.ok {
		return false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, u := range g.uses {
		if !u.after && u.fingerprint != g.fingerprint {
			return true
		}
	}
	return false
}

// wait blocks until the gate is opened and says whether answers may go.
func (g *gate) wait(ctx context.Context) bool {
	if g == nil {
		return true
	}
	select {
	case <-g.done:
		return g.ok && !g.stale()
	case <-ctx.Done():
		return false
	}
}

// failed reports whether the gate was opened false.
func (g *gate) failed() bool {
	return g != nil && g.opened() && !g.ok
}

// gateKey carries an update's gate in its handler's context.
type gateKey struct{}

func withGate(ctx context.Context, g *gate) context.Context {
	return context.WithValue(ctx, gateKey{}, g)
}

// gateOf is the gate of the update being handled; nil when it was
// recorded before being handled.
func gateOf(ctx context.Context) *gate {
	g, _ := ctx.Value(gateKey{}).(*gate)
	return g
}

// errNotRecorded is a send or a write refused because its update, handled
// before it was recorded, turned out not to be recorded now, or to have
// been handled with memberships older than its record.
var errNotRecorded = errors.New("bot: the update was not recorded, or its memberships changed; nothing is sent")

// awaitRecord waits, in a handler, until its update is known to be
// recorded, and fails with errNotRecorded when it is not: a handler taken
// before its update was recorded calls it before it writes anything.
func awaitRecord(ctx context.Context) error {
	if !gateOf(ctx).wait(ctx) {
		return errNotRecorded
	}
	return nil
}

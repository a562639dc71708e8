package bot

import (
	"context"
	"errors"
)

// gate holds back the answers of an update handled before it was
// recorded (a command that only reads, see speculate) until the record is
// done: opened true, the update was recorded for the first time and the
// answers go out; opened false, it was not (the database failed, or it was
// recorded before) and nothing is sent. A nil gate is always open.
type gate struct {
	done chan struct{}
	ok   bool
}

func newGate() *gate { return &gate{done: make(chan struct{})} }

// open lets the answers go (ok) or drops them; it is called once.
func (g *gate) open(ok bool) {
	g.ok = ok
	close(g.done)
}

// wait blocks until the gate is opened and says whether answers may go.
func (g *gate) wait(ctx context.Context) bool {
	if g == nil {
		return true
	}
	select {
	case <-g.done:
		return g.ok
	case <-ctx.Done():
		return false
	}
}

// failed reports whether the gate was opened false.
func (g *gate) failed() bool {
	if g == nil {
		return false
	}
	select {
	case <-g.done:
		return !g.ok
	default:
		return false
	}
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

// errNotRecorded is a send refused because its update, handled before it
// was recorded, turned out not to be recorded now.
var errNotRecorded = errors.New("bot: the update was not recorded; its answer is not sent")

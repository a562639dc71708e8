package bot

import "context"

// owned is an update the goroutine that recorded it handles itself (see
// acceptInPlace), with its chat.
type owned struct {
	chat int64
	q    queued
}

// acceptInPlace is accept for a poller that can hand its polling on to
// another goroutine: when the updates recorded are one alone, of a chat
// with nothing queued, and fewer than Config.Workers updates are being
// handled, the update is not queued for a worker (whose wake-up after a
// quiet spell costs as much as a database round trip) but returned, its
// chat's line taken as a worker takes it; the caller hands it to
// runOwned. Updates of its chat that come meanwhile queue behind it as
// usual. Otherwise it is accept, and returns nil.
func (d *dispatcher) acceptInPlace(ctx context.Context, us []Update) (*owned, error) {
	return d.record(ctx, us, true)
}

// record records us and queues those not seen before, or, inPlace,
// returns the one that acceptInPlace lets its caller handle.
func (d *dispatcher) record(ctx context.Context, us []Update, inPlace bool) (*owned, error) {
	if d.stopped() {
		return nil, errStopped
	}
	fresh, fingerprints, err := d.b.ledger.recordChecking(ctx, us, d.b.clock(), d.b.readSenders(us))
	if err != nil {
		return nil, err
	}
	d.b.stats.Received.Add(int64(len(fresh)))
	if inPlace {
		if o := d.own(fresh, fingerprints); o != nil {
			return o, nil
		}
	}
	return nil, d.submitChecked(fresh, fingerprints)
}

// own takes the line of the chat of us[0] for the caller, when us is
// one update that may be handled in place.
func (d *dispatcher) own(us []Update, fingerprints map[int64]string) *owned {
	if len(us) != 1 {
		return nil
	}
	u := us[0]
	k := u.chatKey()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed || d.active[k] || d.held[u.UpdateID] || d.running >= d.b.cfg.Workers || d.pending >= maxPending {
		return nil
	}
	fp, checked := fingerprints[u.UpdateID]
	q := queued{u: u, fingerprint: fp, checked: checked}
	d.held[u.UpdateID], d.active[k], d.queues[k] = true, true, []queued{q}
	d.pending++
	d.running++
	d.wg.Add(1)
	return &owned{chat: k, q: q}
}

// runOwned handles an update acceptInPlace returned, on the caller's
// goroutine; stop waits for it as for a worker.
func (d *dispatcher) runOwned(o *owned) {
	defer d.wg.Done()
	d.handle(o.chat, o.q)
}

package bot

import (
	"context"
	"sync"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// viewers keeps, per person, their memberships and organisations as last
// read, with their fingerprint (tasks.Store.MembershipsWithOrgs). A
// command that only reads (cachedRead) is recorded by a statement that
// also reads its sender's membership fingerprint (ledger.recordChecking);
// once recorded, its handler uses what is kept when the fingerprint is the
// same (the memberships kept are then those of the moment the update was
// recorded), and reads them afresh otherwise. Every other update reads
// them afresh, and keeps them for the next one.
type viewers struct {
	mu    sync.Mutex
	users map[int64]viewer
}

// viewer is what is kept of one person.
type viewer struct {
	ms          []tasks.Member
	orgs        []tasks.Org
	fingerprint string
	at          time.Time
}

const (
	// viewerMaxAge is how long an entry is kept.
	viewerMaxAge = 10 * time.Minute
	// maxViewers is how many people are kept; past it, all are forgotten.
	maxViewers = 10000
)

// get returns what is kept of user, if young enough. The memberships are a
// copy the caller may change.
func (v *viewers) get(user int64, now time.Time) (viewer, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.users[user]
	if !ok || now.Sub(e.at) > viewerMaxAge || now.Before(e.at) {
		return viewer{}, false
	}
	e.ms = append([]tasks.Member(nil), e.ms...)
	return e, true
}

// put keeps what was read of user.
func (v *viewers) put(user int64, e viewer) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.users == nil || len(v.users) >= maxViewers {
		v.users = map[int64]viewer{}
	}
	e.ms = append([]tasks.Member(nil), e.ms...)
	v.users[user] = e
}

// forget drops what is kept of user.
func (v *viewers) forget(user int64) {
	v.mu.Lock()
	defer v.mu.Unlock()
	delete(v.users, user)
}

// cachedRead reports whether an update is a command that only reads,
// whose record reads its sender's membership fingerprint so that its
// handler may use the memberships kept from before.
func (b *Bot) cachedRead(u Update) bool {
	m := u.Message
	if m == nil || m.Forwarded || m.Edited || m.MigrateToChatID != 0 || m.From == nil || m.From.IsBot {
		return false
	}
	cmd, _ := parseCommand(messageText(m), b.tg.Username())
	return readOnlyCommands[cmd]
}

// readOnlyCommands are the commands that only read: /viec and /help.
var readOnlyCommands = map[string]bool{"viec": true, "help": true}

// readSenders returns, by update id, the senders of the updates of us
// that are commands that only read (cachedRead): their record reads these
// people's membership fingerprints. Nil when there are none.
func (b *Bot) readSenders(us []Update) map[int64]int64 {
	var senders map[int64]int64
	for _, u := range us {
		if b.cachedRead(u) {
			if senders == nil {
				senders = map[int64]int64{}
			}
			senders[u.UpdateID] = u.Message.From.ID
		}
	}
	return senders
}

// recordedFingerprintKey carries, in a handler's context, the fingerprint
// of its sender's memberships read by the statement that recorded its
// update.
type recordedFingerprintKey struct{}

// withRecordedFingerprint is ctx carrying fp, the fingerprint of the
// sender's memberships the record of the update being handled read.
func withRecordedFingerprint(ctx context.Context, fp string) context.Context {
	return context.WithValue(ctx, recordedFingerprintKey{}, fp)
}

// recordedFingerprint is the fingerprint carried by ctx, if any.
func recordedFingerprint(ctx context.Context) (string, bool) {
	fp, ok := ctx.Value(recordedFingerprintKey{}).(string)
	return fp, ok
}

// memberships returns the sender's memberships and their organisations.
// An update whose record read the sender's fingerprint uses what is kept
// when its fingerprint is that one; otherwise they are read afresh and
// kept.
func (b *Bot) memberships(ctx context.Context, r *request) ([]tasks.Member, []tasks.Org, error) {
	now := r.now
	if fp, ok := recordedFingerprint(ctx); ok {
		if e, ok := b.viewers.get(r.from.ID, now); ok && e.fingerprint == fp {
			return e.ms, e.orgs, nil
		}
	}
	ms, orgs, fp, err := b.store.MembershipsWithOrgs(ctx, r.from.ID)
	if err != nil {
		return nil, nil, err
	}
	b.viewers.put(r.from.ID, viewer{ms: ms, orgs: orgs, fingerprint: fp, at: now})
	return ms, orgs, nil
}

// forgetSender drops the kept memberships of an update's sender once an
// update that may have changed them was handled: their next command
// would find their fingerprint changed anyway, and read them afresh.
func (b *Bot) forgetSender(u Update) {
	if b.cachedRead(u) {
		return
	}
	switch {
	case u.Message != nil && u.Message.From != nil:
		b.viewers.forget(u.Message.From.ID)
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		b.viewers.forget(u.CallbackQuery.From.ID)
	}
}

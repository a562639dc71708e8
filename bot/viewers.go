package bot

import (
	"context"
	"sync"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// viewers keeps, per person, their memberships and organisations as last
// read, with their fingerprint (tasks.Store.MembershipsWithOrgs). Only a
// command that only reads, handled while its update is being recorded
// (speculate), uses what is kept, and its answer goes out only if the
// statement that recorded the update saw the same fingerprint (see gate):
// the memberships it used were then those of the moment the update was
// recorded, as if they had been read after it. Otherwise it is handled
// again, reading them afresh. Every other update reads them afresh, and
// keeps them for the next one.
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
// which may be handled while it is being recorded.
func (b *Bot) cachedRead(u Update) bool {
	m := u.Message
	if m == nil || m.Forwarded || m.Edited || m.MigrateToChatID != 0 || m.From == nil || m.From.IsBot {
		return false
	}
	cmd, _ := parseCommand(messageText(m), b.tg.Username())
	return readOnlyCommands[cmd]
}

// readOnlyCommands are the commands that only read: /viec and /help.
// They may be handled before their update is recorded (speculate), so the
// little they may write (binding an organisation no bot serves yet,
// marking the person reachable again) waits on awaitRecord first.
var readOnlyCommands = map[string]bool{"viec": true, "help": true}

// memberships returns the sender's memberships and their organisations.
// An update taken before it was recorded uses what is kept when there is
// some, and tells its gate which fingerprint it used; any other reads
// them afresh and keeps them.
func (b *Bot) memberships(ctx context.Context, r *request) ([]tasks.Member, []tasks.Org, error) {
	g, now := gateOf(ctx), time.Now()
	if g != nil {
		if e, ok := b.viewers.get(r.from.ID, now); ok {
			g.use(e.fingerprint, false)
			return e.ms, e.orgs, nil
		}
	}
	after := g.opened()
	ms, orgs, fp, err := b.store.MembershipsWithOrgs(ctx, r.from.ID)
	if err != nil {
		return nil, nil, err
	}
	g.use(fp, after)
	b.viewers.put(r.from.ID, viewer{ms: ms, orgs: orgs, fingerprint: fp, at: now})
	return ms, orgs, nil
}

// forgetSender drops the kept memberships of an update's sender once an
// update that may have changed them was handled: their next command
// would find them changed anyway, and handle itself again.
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

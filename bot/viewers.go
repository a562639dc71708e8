package bot

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/lib/pq"

	"github.com/dondoc/dondoc/tasks"
)

// viewers keeps, per person, their memberships and organisations as last
// read, for the commands that only read (cachedRead). It is used only
// while a listener on channel dondoc_members is connected: every change of
// members, member_units or orgs is announced there when it commits
// (migration 00050), and everything kept is forgotten. What a command that
// writes does is never decided from it: such a command reads the
// memberships afresh, and its sender is forgotten once it is handled, so
// that their next command sees what it changed even before the
// announcement arrives. An entry is also dropped after viewerMaxAge, which
// bounds staleness should the listener's connection die without a word.
type viewers struct {
	// dsn is the database the listener connects to; empty keeps nothing.
	dsn string
	mu  sync.Mutex
	// live is true while the listener is connected and listening.
	live bool
	// gen changes whenever everything is forgotten: a read that began
	// under another gen is not kept.
	gen   uint64
	users map[int64]viewer
}

// viewer is what is kept of one person.
type viewer struct {
	ms   []tasks.Member
	orgs []tasks.Org
	at   time.Time
}

const (
	// viewerMaxAge is how long an entry is used at most.
	viewerMaxAge = time.Minute
	// maxViewers is how many people are kept; past it, all are forgotten.
	maxViewers = 10000
	// memberChannel is where changes of memberships are announced.
	memberChannel = "dondoc_members"
)

// WithMemberCache lets the bot keep people's memberships between their
// read-only commands, listening on the database at dsn (the one the
// store uses) for changes. Without it every update reads them.
func WithMemberCache(dsn string) Option { return func(b *Bot) { b.viewers.dsn = dsn } }

// get returns what is kept of user, if the cache is live and the entry
// young enough. The memberships are a copy the caller may change.
func (v *viewers) get(user int64, now time.Time) (viewer, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.users[user]
	if !ok || !v.live || now.Sub(e.at) > viewerMaxAge || now.Before(e.at) {
		return viewer{}, false
	}
	e.ms = append([]tasks.Member(nil), e.ms...)
	return e, true
}

// begin returns the generation a read starts under, for put.
func (v *viewers) begin() uint64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.gen
}

// put keeps what a read begun under gen found, unless everything was
// forgotten since (a change may have committed after the read) or the
// cache is not live.
func (v *viewers) put(user int64, gen uint64, e viewer) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.live || gen != v.gen {
		return
	}
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

// reset forgets everyone, and says whether the cache may be used from now
// on.
func (v *viewers) reset(live bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.gen++
	v.users = nil
	v.live = live
}

// listen keeps the cache live while ctx lasts, when a database is set:
// it listens on memberChannel and forgets everything at every
// announcement, and whenever the connection is lost or made again (an
// announcement may have been missed).
func (v *viewers) listen(ctx context.Context, log *slog.Logger) {
	if v.dsn == "" {
		return
	}
	l := pq.NewListener(v.dsn, 100*time.Millisecond, 5*time.Second, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventReconnected:
			// Listening again; announcements may have been missed.
			v.reset(true)
		case pq.ListenerEventDisconnected, pq.ListenerEventConnectionAttemptFailed:
			v.reset(false)
			log.Warn("member cache: listener disconnected, memberships are read for every update", "err", err)
		}
	})
	defer func() {
		v.reset(false)
		l.Close()
	}()
	for attempt := 1; ; attempt++ {
		err := l.Listen(memberChannel)
		if err == nil || err == pq.ErrChannelAlreadyOpen {
			break
		}
		log.Warn("member cache: cannot listen, memberships are read for every update", "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(min(time.Duration(attempt)*time.Second, 30*time.Second)):
		}
	}
	v.reset(true)
	for {
		select {
		case <-ctx.Done():
			return
		case <-l.NotificationChannel():
			// A nil notification (after a reconnection) also resets.
			v.reset(true)
		}
	}
}

// cachedRead reports whether an update is a command that only reads, whose
// sender's memberships may come from the cache.
func (b *Bot) cachedRead(u Update) bool {
	m := u.Message
	if m == nil || m.Forwarded || m.MigrateToChatID != 0 || m.From == nil {
		return false
	}
	cmd, _ := parseCommand(messageText(m), b.tg.Username())
	return readOnlyCommands[cmd]
}

// readOnlyCommands are the commands that change nothing whatever the
// sender's memberships (a reply to a person, the menu): /viec and /help.
var readOnlyCommands = map[string]bool{"viec": true, "help": true}

// memberships returns the sender's memberships and their organisations:
// from the cache for a command that only reads, and otherwise read (and
// kept for the next read-only command).
func (b *Bot) memberships(ctx context.Context, r *request) ([]tasks.Member, []tasks.Org, error) {
	cached, now := b.cachedRead(r.update), time.Now()
	if cached {
		if e, ok := b.viewers.get(r.from.ID, now); ok {
			return e.ms, e.orgs, nil
		}
	}
	gen := b.viewers.begin()
	ms, orgs, err := b.store.MembershipsWithOrgs(ctx, r.from.ID)
	if err != nil {
		return nil, nil, err
	}
	if cached {
		b.viewers.put(r.from.ID, gen, viewer{ms: ms, orgs: orgs, at: now})
	}
	return ms, orgs, nil
}

// forgetSender drops the cached memberships of an update's sender once a
// command that may write was handled.
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

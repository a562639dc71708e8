package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/internal/senderr"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

func admins(m *tasks.Member) bool { return m != nil && m.Role == tasks.RoleAdmin }

func (b *Bot) outboxCommands() []command {
	return []command{
		{names: []string{"admin"}, help: helpAdminOutbox, allow: admins, run: b.cmdAdmin},
	}
}

// cmdAdmin shows the delivery queue to an admin: "/admin outbox" lists the
// failed messages with their reasons; "/admin guilai <số>" sends one again.
func (b *Bot) cmdAdmin(ctx context.Context, r *request) error {
	fields := strings.Fields(r.args)
	switch {
	case len(fields) == 1 && fields[0] == "outbox":
		return b.showOutbox(ctx, r)
	case len(fields) == 2 && fields[0] == "guilai":
		id, err := strconv.ParseInt(strings.TrimPrefix(fields[1], "#"), 10, 64)
		if err != nil {
			return b.reply(ctx, r.chatID, msgAdminUsage, nil)
		}
		ok, err := outbox.Retry(ctx, b.store.DB(), r.org.ID, id, r.now)
		if err != nil {
			return err
		}
		if !ok {
			return b.reply(ctx, r.chatID, fmt.Sprintf(msgRetryNotFailed, id), nil)
		}
		b.kick()
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgRetried, id), nil)
	}
	return b.reply(ctx, r.chatID, msgAdminUsage, nil)
}

func (b *Bot) showOutbox(ctx context.Context, r *request) error {
	counts, err := outbox.Counts(ctx, b.store.DB(), r.org.ID)
	if err != nil {
		return err
	}
	failed, err := outbox.List(ctx, b.store.DB(), r.org.ID, []string{"failed"}, 15)
	if err != nil {
		return err
	}
	lines := []string{fmt.Sprintf(msgOutboxCounts, counts["pending"]+counts["sending"], counts["sent"], counts["failed"], counts["cancelled"])}
	if len(failed) == 0 {
		lines = append(lines, msgOutboxNoFailed)
	} else {
		lines = append(lines, msgOutboxFailedHead)
	}
	for _, e := range failed {
		lines = append(lines, fmt.Sprintf(msgOutboxFailedWhy, e.ID, esc(kindName(e.Kind)), deadline.Format(e.CreatedAt.In(r.loc)), e.Attempts,
			senderr.Explain(e.LastError), esc(vntext.Shorten(e.LastError, 160))))
	}
	if len(failed) > 0 {
		lines = append(lines, msgOutboxRetryHint)
	}
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), nil)
}

package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

// RegisterCommands sets the default command menu: what someone who belongs
// to no organisation may use. Each member's private chat gets the menu of
// their role when they first write (see syncMenu).
func (b *Bot) RegisterCommands(ctx context.Context) error {
	if err := b.tg.SetCommands(ctx, CommandScope{Type: "default"}, b.menuFor(nil)); err != nil {
		return fmt.Errorf("setMyCommands: %w", err)
	}
	return nil
}

// menuFor is the menu of what a member (nil: a stranger) may do.
func (b *Bot) menuFor(r *request) []MenuCommand {
	var cmds []MenuCommand
	for _, c := range b.reg.commands {
		if !c.menu {
			continue
		}
		if r == nil && !c.allow(nil) || r != nil && !c.allowed(r) {
			continue
		}
		cmds = append(cmds, MenuCommand{Command: c.names[0], Description: c.help})
	}
	return cmds
}

// menus remembers the menu last set in each private chat, so that Telegram
// is asked again only when a member's rights change.
type menus struct {
	mu   sync.Mutex
	sent map[int64]string
}

// syncMenu sets the command menu of a private chat to what its member may
// do (setMyCommands with a chat scope), once per change.
func (b *Bot) syncMenu(ctx context.Context, r *request) {
	if r != nil && r.private && r.member == nil && r.cmd == "start" && r.from != nil {
		// Someone who just joined gets their role's menu at once.
		ms, err := b.store.Memberships(ctx, r.from.ID)
		if err != nil || len(ms) == 0 {
			return
		}
		r.memberships = ms
		if err := b.setOrg(ctx, r, ms[0].OrgID); err != nil {
			return
		}
	}
	if r == nil || !r.private || r.member == nil {
		return
	}
	cmds := b.menuFor(r)
	names := make([]string, len(cmds))
	for i, c := range cmds {
		names[i] = c.Command
	}
	sig := strings.Join(names, " ")
	b.menus.mu.Lock()
	if b.menus.sent == nil {
		b.menus.sent = map[int64]string{}
	}
	same := b.menus.sent[r.chatID] == sig
	b.menus.mu.Unlock()
	if same {
		return
	}
	if err := b.tg.SetCommands(ctx, CommandScope{Type: "chat", ChatID: r.chatID}, cmds); err != nil {
		b.log.Warn("could not set a member's command menu", "chat_id", r.chatID, "err", err)
		return
	}
	b.menus.mu.Lock()
	b.menus.sent[r.chatID] = sig
	b.menus.mu.Unlock()
}

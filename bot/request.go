package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// request is one update with what we know of its sender.
type request struct {
	update  Update
	from    *User
	chatID  int64
	private bool
	// member is the sender in the organisation they act in; nil for a stranger.
	member *tasks.Member
	// memberships are all the sender's organisations.
	memberships []tasks.Member
	// orgs are the organisations of the memberships, read with them.
	orgs []tasks.Org
	org  tasks.Org
	loc  *time.Location
	now  time.Time
	// cmd and args are the command and its text, for messages.
	cmd, args string
	// forwarded is true for a forwarded message: its text is someone
	// else's words and is never run as a command.
	forwarded bool
	// group is the unit a group chat is linked to; nil in a private chat
	// and in a group linked to no unit.
	group *tasks.GroupLink
	// elsewhere are the sender's memberships in organisations that another
	// bot of the deployment serves (served.go).
	elsewhere []tasks.Member
}

func (b *Bot) newRequest(ctx context.Context, u Update) (*request, error) {
	r := &request{update: u, now: b.clock()}
	switch {
	case u.Message != nil:
		r.from = u.Message.From
		r.chatID = u.Message.Chat.ID
		r.private = u.Message.Chat.IsPrivate()
		r.cmd, r.args = parseCommand(messageText(u.Message), b.tg.Username())
		if u.Message.Forwarded {
			r.forwarded, r.cmd, r.args = true, "", strings.TrimSpace(messageText(u.Message))
		}
		if to := u.Message.MigrateToChatID; to != 0 {
			if err := moveGroupChat(ctx, b.store, r.chatID, to); err != nil {
				return nil, err
			}
		}
	case u.CallbackQuery != nil:
		r.from = u.CallbackQuery.From
		if m := u.CallbackQuery.Message; m != nil {
			r.chatID = m.Chat.ID
			r.private = m.Chat.IsPrivate()
		}
	}
	if r.from == nil || r.from.IsBot {
		return r, nil
	}
	ms, orgs, err := b.memberships(ctx, r)
	if err != nil {
		return nil, err
	}
	r.orgs = orgs
	if !r.private && r.chatID != 0 {
		if ms, err = b.scopeToGroup(ctx, r, ms); err != nil {
			return nil, err
		}
	}
	ms, r.elsewhere = b.servedHere(ms)
	r.memberships = ms
	if len(ms) == 0 {
		return r, nil
	}
	org := ms[0].OrgID
	if org, err = b.replyOrg(ctx, r, org); err != nil {
		return nil, err
	}
	if len(ms) > 1 && u.Message != nil && r.cmd == "" {
		// The answer to a prompt belongs to the organisation that asked,
		// whichever one the person chose last; a command acts in the
		// organisation they chose.
		if o, ok, err := b.book.PendingConversationOrg(ctx, b.cfg.BotID, r.from.ID, r.chatID, r.now); err != nil {
			return nil, err
		} else if ok && b.servesOrg(r, o) {
			org = o
		}
	}
	if err := b.setOrg(ctx, r, org); err != nil {
		return nil, err
	}
	return r, b.adoptOrg(ctx, r)
}

// scopeToGroup limits a person in a group chat to what the group may see:
// in a group linked to a unit, only their membership in that unit's
// organisation, scoped to the unit; in a group linked to none, no task.
func (b *Bot) scopeToGroup(ctx context.Context, r *request, ms []tasks.Member) ([]tasks.Member, error) {
	link, ok, err := b.store.GroupLinkOf(ctx, b.cfg.BotID, r.chatID)
	if err != nil {
		return nil, err
	}
	if !ok {
		for i := range ms {
			ms[i].ScopeUnit = tasks.ScopeNothing
		}
		return ms, nil
	}
	r.group = &link
	var out []tasks.Member
	for _, m := range ms {
		if m.OrgID == link.OrgID {
			m.ScopeUnit = link.UnitID
			out = append(out, m)
		}
	}
	return out, nil
}

// setOrg makes r act in the organisation orgID.
func (b *Bot) setOrg(ctx context.Context, r *request, orgID int64) error {
	r.member = nil
	for i := range r.memberships {
		if r.memberships[i].OrgID == orgID {
			r.member = &r.memberships[i]
		}
	}
	if r.member == nil {
		return tasks.ErrForbidden
	}
	org, ok := r.orgOf(orgID)
	if !ok {
		var err error
		if org, err = b.store.Org(ctx, orgID); err != nil {
			return err
		}
	}
	loc, err := b.zones.of(org)
	if err != nil {
		return err
	}
	r.org, r.loc = org, loc
	return nil
}

// orgOf is the organisation orgID as read with the memberships.
func (r *request) orgOf(orgID int64) (tasks.Org, bool) {
	for _, o := range r.orgs {
		if o.ID == orgID {
			return o, true
		}
	}
	return tasks.Org{}, false
}

// messageText is a message's text, or its caption (transform keeps
// whichever the message has).
func messageText(m *Message) string { return m.Text }

// parseCommand splits "/giao@dondoc_bot KTHT: …" into "giao" and "KTHT: …".
// A command addressed to another bot gives "".
func parseCommand(text, botName string) (cmd, args string) {
	if !strings.HasPrefix(text, "/") {
		return "", strings.TrimSpace(text)
	}
	word, rest := text[1:], ""
	if i := strings.IndexAny(word, " \t\n"); i >= 0 {
		word, rest = word[:i], word[i+1:]
	}
	if name, at, ok := strings.Cut(word, "@"); ok {
		if !strings.EqualFold(at, botName) {
			return "", ""
		}
		word = name
	}
	return strings.ToLower(word), strings.TrimSpace(rest)
}

func (r *request) fullName() string {
	if r.from == nil {
		return ""
	}
	return strings.TrimSpace(r.from.FirstName + " " + r.from.LastName)
}

// origin names what the person sent, for idempotent writes: the message (its
// id is unique in its chat, forever) or the button press. Update ids are not
// used: Telegram may start them again after a quiet week.
func (r *request) origin() string {
	switch u := r.update; {
	case u.Message != nil:
		return fmt.Sprintf("tg:%d:%d", u.Message.Chat.ID, u.Message.MessageID)
	case u.CallbackQuery != nil:
		return "tgcb:" + u.CallbackQuery.ID
	}
	return fmt.Sprintf("tgu:%d", r.update.UpdateID)
}

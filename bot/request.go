package bot

import (
	"context"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/tasks"
)

// request is one update with what we know of its sender.
type request struct {
	update  tgbotapi.Update
	from    *tgbotapi.User
	chatID  int64
	private bool
	// member is the sender in the organisation they act in; nil for a stranger.
	member *tasks.Member
	// memberships are all the sender's organisations.
	memberships []tasks.Member
	org         tasks.Org
	loc         *time.Location
	now         time.Time
	// cmd and args are the command and its text, for messages.
	cmd, args string
}

func (b *Bot) newRequest(ctx context.Context, u tgbotapi.Update) (*request, error) {
	r := &request{update: u, now: b.clock()}
	switch {
	case u.Message != nil:
		r.from = u.Message.From
		r.chatID = u.Message.Chat.ID
		r.private = u.Message.Chat.IsPrivate()
		r.cmd, r.args = parseCommand(messageText(u.Message), b.tg.Username)
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
	ms, err := b.store.Memberships(ctx, r.from.ID)
	if err != nil {
		return nil, err
	}
	r.memberships = ms
	if len(ms) > 0 {
		r.member = &ms[0]
		if err := b.setOrg(ctx, r, r.member.OrgID); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setOrg makes r act in the organisation orgID.
func (b *Bot) setOrg(ctx context.Context, r *request, orgID int64) error {
	for i := range r.memberships {
		if r.memberships[i].OrgID == orgID {
			r.member = &r.memberships[i]
		}
	}
	org, err := b.store.Org(ctx, orgID)
	if err != nil {
		return err
	}
	loc, err := org.Location()
	if err != nil {
		return err
	}
	r.org, r.loc = org, loc
	return nil
}

func messageText(m *tgbotapi.Message) string {
	if m.Text != "" {
		return m.Text
	}
	return m.Caption
}

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

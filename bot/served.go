package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/dondoc/dondoc/tasks"
)

// A deployment may run several bots (a bot per province). An organisation
// is served by one bot (tasks/store_bots.go): a person talks to it through
// that bot only. Memberships of organisations another bot serves are left
// out of the request; a person with no other membership is told which bot
// to write to. An organisation no bot serves yet is bound to the bot its
// members first reach it through.

// servedHere splits memberships into those of organisations this bot
// serves, or that no bot serves yet, and the others.
func (b *Bot) servedHere(ms []tasks.Member) (here, elsewhere []tasks.Member) {
	for _, m := range ms {
		if m.OrgBotID == nil || *m.OrgBotID == b.cfg.BotID {
			here = append(here, m)
		} else {
			elsewhere = append(elsewhere, m)
		}
	}
	return here, elsewhere
}

// adoptOrg binds the organisation r acts in to this bot when no bot serves
// it yet. Should another bot have bound it just before, the person is
// served elsewhere after all.
func (b *Bot) adoptOrg(ctx context.Context, r *request) error {
	if r.member == nil || r.member.OrgBotID != nil {
		return nil
	}
	serving, err := b.store.BindOrgIfUnbound(ctx, r.member.OrgID, b.cfg.BotID)
	if err != nil {
		return err
	}
	r.member.OrgBotID = &serving
	if serving != b.cfg.BotID {
		r.elsewhere = append(r.elsewhere, *r.member)
		r.member = nil
	}
	return nil
}

// servedElsewhere answers a person whose organisations are all served by
// other bots, naming those bots, and reports whether it did. A join link
// (/start with a code) goes on to cmdStart; in a group, where the
// organisation's own bot answers a bare /viec, only a command addressed
// to this bot (/viec@this_bot) is answered.
func (b *Bot) servedElsewhere(ctx context.Context, r *request) (bool, error) {
	if r.member != nil || len(r.elsewhere) == 0 {
		return false, nil
	}
	if r.cmd == "start" && r.args != "" {
		return false, nil
	}
	if q := r.update.CallbackQuery; q != nil {
		return true, b.tg.AnswerCallback(ctx, q.ID, msgCallbackElsewhere, true)
	}
	if r.update.Message == nil || !r.private && (r.cmd == "" || !addressed(messageText(r.update.Message))) {
		return true, nil
	}
	var lines []string
	seen := map[int64]bool{}
	for _, m := range r.elsewhere {
		if seen[m.OrgID] {
			continue
		}
		seen[m.OrgID] = true
		name, err := b.botName(ctx, *m.OrgBotID)
		if err != nil {
			return true, err
		}
		lines = append(lines, fmt.Sprintf(msgServedElsewhereLine, esc(m.OrgName), name))
	}
	return true, b.reply(ctx, r.chatID, fmt.Sprintf(msgServedElsewhere, strings.Join(lines, "\n")), nil)
}

// joinElsewhere, for a join code of an organisation another bot serves,
// gives the link to that bot and reports that it did; an organisation no
// bot serves yet is bound to this one, whose member is about to join.
func (b *Bot) joinElsewhere(ctx context.Context, r *request, code string) (bool, error) {
	org, ok, err := b.store.InviteOrg(ctx, code, r.now)
	if err != nil || !ok {
		return false, err
	}
	serving, err := b.store.BindOrgIfUnbound(ctx, org.ID, b.cfg.BotID)
	if err != nil || serving == b.cfg.BotID {
		return false, err
	}
	username, err := botUsername(ctx, b.store.DB(), serving)
	if err != nil {
		return true, err
	}
	if username == "" {
		return true, b.reply(ctx, r.chatID, fmt.Sprintf(msgJoinElsewhereNoLink, esc(org.Name)), nil)
	}
	link := fmt.Sprintf("https://t.me/%s?start=%s", username, code)
	return true, b.reply(ctx, r.chatID, fmt.Sprintf(msgJoinElsewhere, esc(org.Name), "@"+esc(username), esc(link)), nil)
}

// botName names a bot for a person: "bot @username", or a phrase when
// the deployment has not recorded it.
func (b *Bot) botName(ctx context.Context, id int64) (string, error) {
	username, err := botUsername(ctx, b.store.DB(), id)
	if err != nil || username == "" {
		return msgServedElsewhereAny, err
	}
	return fmt.Sprintf(msgServedElsewhereBot, esc(username)), nil
}

// servesOrg reports whether orgID is among the organisations r's sender
// may act in through this bot: a prompt another bot asked in the same
// chat id (each bot has its own chat with a person) is not answered here.
func (b *Bot) servesOrg(r *request, orgID int64) bool {
	for _, m := range r.memberships {
		if m.OrgID == orgID {
			return true
		}
	}
	return false
}

// addressed reports whether a command names its bot ("/viec@dondoc_bot");
// parseCommand has already dropped those that name another bot.
func addressed(text string) bool {
	word, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	return strings.Contains(word, "@")
}

package bot

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// actOrg chooses the organisation to work in: "<org>:org:<org>".
const actOrg = "org"

func (b *Bot) orgCommands() []command {
	return []command{
		{names: []string{"org", "coquan"}, help: helpOrg, allow: members, run: b.cmdOrg, menu: true},
	}
}

func (b *Bot) orgActions() map[string]action {
	return map[string]action{
		actOrg: {run: b.chooseOrg, refresh: b.dropButtons},
	}
}

// cmdOrg lists the person's organisations (in a fixed order) with a button
// for each, or chooses one: "/org 2".
func (b *Bot) cmdOrg(ctx context.Context, r *request) error {
	if !r.private {
		return b.reply(ctx, r.chatID, orgInGroup, nil)
	}
	ms := append([]tasks.Member{}, r.memberships...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].OrgID < ms[j].OrgID })
	if len(ms) == 1 {
		return b.reply(ctx, r.chatID, fmt.Sprintf(orgOnlyOne, esc(r.member.OrgName)), nil)
	}
	if arg := strings.TrimSpace(r.args); arg != "" {
		n, err := strconv.Atoi(arg)
		if err != nil || n < 1 || n > len(ms) {
			return b.reply(ctx, r.chatID, fmt.Sprintf(orgNoSuch, esc(arg))+"\n"+usageOrg, nil)
		}
		text, err := b.selectOrg(ctx, r, ms[n-1].OrgID)
		if err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, text, nil)
	}
	lines := []string{orgListHeader}
	var rows [][]outbox.Button
	for i, m := range ms {
		cur := ""
		if m.OrgID == r.member.OrgID {
			cur = orgCurrent
		}
		lines = append(lines, fmt.Sprintf(orgListLine, i+1, esc(m.OrgName), m.Role.Label(), cur))
		rows = append(rows, []outbox.Button{{Text: m.OrgName, Data: callbackData(m.OrgID, actOrg, m.OrgID)}})
	}
	lines = append(lines, "", usageOrg)
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), rows)
}

// chooseOrg is the button of /org. The press acts in the organisation named
// in its data, which the handler has checked the person belongs to; the id
// must name the same one.
func (b *Bot) chooseOrg(ctx context.Context, r *request, cb callback) (string, error) {
	if cb.ID != cb.OrgID || !r.private {
		return msgNotAllowed, nil
	}
	return b.selectOrg(ctx, r, cb.OrgID)
}

// selectOrg makes orgID the organisation the person works in; prompts
// still waiting for them in this chat, in any organisation, are dropped.
func (b *Bot) selectOrg(ctx context.Context, r *request, orgID int64) (string, error) {
	if err := b.store.SelectOrg(ctx, r.from.ID, orgID, r.now); err != nil {
		if err == tasks.ErrNotFound {
			return msgNotAllowed, nil
		}
		return "", err
	}
	if err := b.book.ClearConversations(ctx, b.cfg.BotID, r.from.ID, r.chatID); err != nil {
		return "", err
	}
	if err := b.setOrg(ctx, r, orgID); err != nil {
		return msgNotAllowed, nil
	}
	return fmt.Sprintf(orgChosen, esc(r.member.OrgName), r.member.Role.Label()), nil
}

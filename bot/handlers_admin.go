package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

func orgAdmins(m *tasks.Member) bool     { return m != nil && m.CanAdminister() }
func adminsOrHeads(m *tasks.Member) bool { return m != nil && (m.CanAdminister() || m.IsUnitHead()) }

func (b *Bot) adminCommands() []command {
	return []command{
		{names: []string{"nhom", "group"}, help: helpGroup, allow: adminsOrHeads, run: b.cmdGroup},
		{names: []string{"thanhvien", "members"}, help: helpMembers, allow: adminsOrHeads, run: b.cmdMembers},
		{names: []string{"moi", "invite"}, help: helpInvite, allow: adminsOrHeads, run: b.cmdInvite},
		{names: []string{"vaitro", "setrole"}, help: helpSetRole, allow: orgAdmins, run: b.cmdSetRole},
		{names: []string{"xoathanhvien", "remove"}, help: helpRemove, allow: orgAdmins, run: b.cmdRemoveMember},
	}
}

// findUnit finds the one unit named in text by code, name or alias.
func (b *Bot) findUnit(ctx context.Context, r *request, text string) (tasks.Unit, error) {
	text = strings.TrimSpace(text)
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return tasks.Unit{}, err
	}
	if u, ok := dir.ByCode(text); ok {
		return u, nil
	}
	ms := dir.Mentions(text)
	if len(ms) == 1 && ms[0].Unit != nil && coversWords(text, ms[0]) {
		return *ms[0].Unit, nil
	}
	if len(ms) > 0 && ms[0].Unit == nil || len(ms) > 1 {
		return tasks.Unit{}, &tasks.InputError{Msg: unitOnlyOne}
	}
	return tasks.Unit{}, &tasks.InputError{Msg: fmt.Sprintf(unitUnknown, text)}
}

// coversWords reports whether a mention covers every word of text, so that
// "KTHT abc" is not taken for KTHT.
func coversWords(text string, m tasks.Mention) bool {
	rest := strings.TrimSpace(text[:m.Start] + " " + text[m.End:])
	return strings.Trim(vntext.Fold(rest), " ,.;:-") == ""
}

// privateOnlyCmd answers, in a group, that the command is for the private chat.
func (b *Bot) privateOnlyCmd(ctx context.Context, r *request) (bool, error) {
	if r.private {
		return true, nil
	}
	return false, b.reply(ctx, r.chatID, privateOnly, nil)
}

func (b *Bot) cmdMembers(ctx context.Context, r *request) error {
	if ok, err := b.privateOnlyCmd(ctx, r); !ok {
		return err
	}
	all, err := b.store.OrgMembers(ctx, r.org.ID)
	if err != nil {
		return err
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	var shown []tasks.Member
	for _, m := range all {
		if r.member.CanAdminister() || sharesHeadUnit(*r.member, m) {
			shown = append(shown, m)
		}
	}
	if len(shown) == 0 {
		return b.reply(ctx, r.chatID, adminNoMembers, nil)
	}
	lines := []string{fmt.Sprintf(membersHeader, len(shown))}
	for _, m := range shown {
		units, head := "", ""
		if len(m.UnitIDs) > 0 {
			units = ", " + esc(unitNames(dir, m.UnitIDs))
		}
		if len(m.HeadOf) > 0 {
			head = membersHead
		}
		line := fmt.Sprintf(membersLine, m.ID, esc(m.FullName), m.Role.Label(), units, head)
		if m.Unreached {
			line += membersUnreach
		}
		lines = append(lines, line)
	}
	if r.member.CanAdminister() {
		gs, err := b.store.GroupLinks(ctx, r.org.ID)
		if err != nil {
			return err
		}
		if len(gs) > 0 {
			lines = append(lines, membersGroups)
			for _, g := range gs {
				lines = append(lines, fmt.Sprintf(membersGroupLn, esc(g.UnitName), esc(g.Title)))
			}
		}
		lines = append(lines, membersFooter)
	}
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), nil)
}

// sharesHeadUnit reports whether m is in a unit that head heads.
func sharesHeadUnit(head, m tasks.Member) bool {
	for _, u := range head.HeadOf {
		if m.InUnit(u) {
			return true
		}
	}
	return false
}

// memberArg reads the member number that starts args.
func memberArg(args string) (int64, string, bool) {
	first, rest, _ := strings.Cut(strings.TrimSpace(args), " ")
	id, err := strconv.ParseInt(strings.TrimPrefix(first, "#"), 10, 64)
	if err != nil || id <= 0 {
		return 0, "", false
	}
	return id, strings.TrimSpace(rest), true
}

// roleArg reads a role name as typed ("lãnh đạo", "canbo", "truongdonvi")
// at the start of text and returns it with the rest of the text.
func roleArg(text string) (string, string, bool) {
	words := strings.Fields(text)
	for n := min(3, len(words)); n >= 1; n-- {
		key := strings.ReplaceAll(vntext.Fold(strings.Join(words[:n], "")), " ", "")
		if role, ok := roleWords[key]; ok {
			return role, strings.Join(words[n:], " "), true
		}
	}
	return "", "", false
}

func (b *Bot) cmdSetRole(ctx context.Context, r *request) error {
	if ok, err := b.privateOnlyCmd(ctx, r); !ok {
		return err
	}
	id, rest, ok := memberArg(r.args)
	if !ok {
		return b.reply(ctx, r.chatID, usageSetRole, nil)
	}
	role, unitText, ok := roleArg(rest)
	if !ok {
		return b.reply(ctx, r.chatID, usageSetRole, nil)
	}
	var unit tasks.Unit
	if unitText != "" {
		u, err := b.findUnit(ctx, r, unitText)
		if err != nil {
			return err
		}
		unit = u
	} else if role == "head" {
		return b.reply(ctx, r.chatID, fmt.Sprintf(roleNeedUnit, id), nil)
	}
	var (
		m   tasks.Member
		err error
	)
	switch {
	case role == "head":
		m, err = b.store.SetUnit(ctx, *r.member, id, unit.ID, true)
	default:
		m, err = b.store.SetRole(ctx, *r.member, id, tasks.Role(role))
		if err == nil && role == string(tasks.RoleMember) {
			m, err = b.store.ClearHeads(ctx, *r.member, id)
		}
		if err == nil && unit.ID != 0 {
			m, err = b.store.SetUnit(ctx, *r.member, id, unit.ID, false)
		}
	}
	if errors.Is(err, tasks.ErrNotFound) {
		return b.reply(ctx, r.chatID, fmt.Sprintf(memberNotFound, id), nil)
	}
	if err != nil {
		return err
	}
	what := m.Role.Label()
	if role == "head" {
		what = fmt.Sprintf(roleHeadOf, esc(unit.Name))
	} else if unit.ID != 0 {
		what = fmt.Sprintf(roleInUnit, what, esc(unit.Name))
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(roleSet, esc(m.FullName), what), nil)
}

func (b *Bot) cmdRemoveMember(ctx context.Context, r *request) error {
	if ok, err := b.privateOnlyCmd(ctx, r); !ok {
		return err
	}
	id, _, ok := memberArg(r.args)
	if !ok {
		return b.reply(ctx, r.chatID, usageRemove, nil)
	}
	m, err := b.store.RemoveMember(ctx, *r.member, id, r.now)
	if errors.Is(err, tasks.ErrNotFound) {
		return b.reply(ctx, r.chatID, fmt.Sprintf(memberNotFound, id), nil)
	}
	if err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(memberRemoved, esc(m.FullName)), nil)
}

func (b *Bot) cmdInvite(ctx context.Context, r *request) error {
	if ok, err := b.privateOnlyCmd(ctx, r); !ok {
		return err
	}
	role, unitText, ok := roleArg(r.args)
	if !ok || role == "head" {
		return b.reply(ctx, r.chatID, usageInvite, nil)
	}
	ni := tasks.NewInvite{Role: tasks.Role(role), CreatedBy: &r.member.ID}
	var unit tasks.Unit
	if unitText != "" {
		u, err := b.findUnit(ctx, r, unitText)
		if err != nil {
			return err
		}
		unit, ni.UnitID = u, &u.ID
	}
	if !r.member.CanInvite(ni.Role, unit.ID) {
		code := inviteExampleUnit
		if len(r.member.HeadOf) > 0 {
			dir, err := b.store.Directory(ctx, r.org.ID)
			if err != nil {
				return err
			}
			if u, ok := dir.ByID(r.member.HeadOf[0]); ok {
				code = u.Code
			}
		}
		return b.reply(ctx, r.chatID, fmt.Sprintf(inviteHeadOnly, esc(code)), nil)
	}
	inv, err := b.store.CreateInvite(ctx, r.org.ID, ni, r.now)
	if err != nil {
		return err
	}
	unitPart := ""
	if unit.ID != 0 {
		unitPart = fmt.Sprintf(msgJoinedUnit, esc(unit.Name))
	}
	link := fmt.Sprintf("https://t.me/%s?start=%s", b.tg.Username(), inv.Code)
	return b.reply(ctx, r.chatID, fmt.Sprintf(inviteMade, tasks.Role(role).Label(), unitPart, deadline.Format(inv.ExpiresAt.In(r.loc)), esc(link)), nil)
}

func (b *Bot) cmdGroup(ctx context.Context, r *request) error {
	if r.private {
		return b.reply(ctx, r.chatID, groupOnly, nil)
	}
	arg := strings.TrimSpace(r.args)
	switch f := vntext.Fold(arg); {
	case arg == "" && r.group != nil:
		return b.reply(ctx, r.chatID, fmt.Sprintf(groupInfo, esc(r.group.UnitName)), nil)
	case arg == "":
		return b.reply(ctx, r.chatID, usageGroup, nil)
	case groupUnlinkWords[f]:
		if r.group == nil {
			return b.reply(ctx, r.chatID, groupNotLinked, nil)
		}
		if err := b.store.UnlinkGroup(ctx, *r.member, r.chatID); err != nil {
			if errors.Is(err, tasks.ErrForbidden) {
				return b.reply(ctx, r.chatID, fmt.Sprintf(groupNotAllowed, esc(r.group.UnitName)), nil)
			}
			return err
		}
		return b.reply(ctx, r.chatID, fmt.Sprintf(groupUnlinked, esc(r.group.UnitName)), nil)
	}
	u, err := b.findUnit(ctx, r, arg)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n"+usageGroup, nil)
	}
	if err != nil {
		return err
	}
	title := ""
	if m := r.update.Message; m != nil && m.Chat != nil {
		title = m.Chat.Title
	}
	_, err = b.store.LinkGroup(ctx, *r.member, r.chatID, u.ID, title, r.now)
	switch {
	case errors.Is(err, tasks.ErrForbidden):
		return b.reply(ctx, r.chatID, fmt.Sprintf(groupNotAllowed, esc(u.Name)), nil)
	case errors.Is(err, tasks.ErrConflict):
		return b.reply(ctx, r.chatID, groupOtherOrg, nil)
	case err != nil:
		return err
	}
	if err := b.bindTopic(ctx, r); err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(groupLinked, esc(u.Name)), nil)
}

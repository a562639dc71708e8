package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dondoc/dondoc/tasks"
)

// command is a slash command: its names (the first is shown), who may use
// it, and what it does.
type command struct {
	names []string
	help  string
	allow func(m *tasks.Member) bool
	run   func(ctx context.Context, r *request) error
	menu  bool
}

func anyone(*tasks.Member) bool           { return true }
func members(m *tasks.Member) bool        { return m != nil }
func assigners(m *tasks.Member) bool      { return m != nil && m.CanAssign() }
func (c command) allowed(r *request) bool { return c.allow(r.member) }

// commands are all the commands the bot knows, in the order /help shows
// them. Each feature adds its own in its file.
func (b *Bot) commands() []command {
	var all []command
	for _, group := range [][]command{
		b.coreCommands(),
		b.outboxCommands(),
		b.weeklyCommands(),
		b.policyCommands(),
		b.holidayCommands(),
		b.scheduleCommands(),
		b.lifecycleCommands(), b.orgCommands(), b.adminCommands(),
		b.meetingCommands(),
		b.tiersCommands(),
		b.dashboardCommands(),
	} {
		all = append(all, group...)
	}
	return all
}

func (b *Bot) coreCommands() []command {
	return []command{
		{names: []string{"start"}, help: helpStart, allow: anyone, run: b.cmdStart, menu: true},
		{names: []string{"help", "trogiup"}, help: helpHelp, allow: members, run: b.cmdHelp, menu: true},
		{names: []string{"giao", "assign"}, help: helpGiao, allow: assigners, run: b.cmdAssign, menu: true},
		{names: []string{"viec", "tasks"}, help: helpViec, allow: members, run: b.cmdTasks, menu: true},
		{names: []string{"task", "nhiemvu"}, help: helpTask, allow: members, run: b.cmdTask, menu: true},
		{names: []string{"done", "xong"}, help: helpDone, allow: members, run: b.cmdDone, menu: true},
		{names: []string{"donvi", "units"}, help: helpUnits, allow: members, run: b.cmdUnits},
	}
}

func (b *Bot) findCommand(name string) (command, bool) {
	c, ok := b.reg.byName[name]
	return c, ok
}

// dispatch routes an update to its handler. Replies go to the forum topic
// the person wrote in.
func (b *Bot) dispatch(ctx context.Context, u Update) error {
	if m := u.Message; m != nil && m.Chat != nil {
		ctx = withThread(ctx, m.Chat.ID, m.ThreadID)
	} else if q := u.CallbackQuery; q != nil && q.Message != nil && q.Message.Chat != nil {
		ctx = withThread(ctx, q.Message.Chat.ID, q.Message.ThreadID)
	}
	r, err := b.newRequest(ctx, u)
	if err != nil {
		return err
	}
	if r.from == nil || r.from.IsBot {
		return nil
	}
	if done, err := b.servedElsewhere(ctx, r); done {
		return err
	}
	defer b.syncMenu(ctx, r)
	if r.member != nil && r.private && r.unreached() {
		if err := b.comeBack(ctx, r); err != nil {
			return err
		}
	}
	switch {
	case u.CallbackQuery != nil:
		return b.handleCallback(ctx, r, u.CallbackQuery)
	case u.Message != nil && u.Message.Edited:
		return b.handleEdited(ctx, r)
	case u.Message != nil:
		return b.handleMessage(ctx, r)
	}
	return nil
}

func (b *Bot) handleMessage(ctx context.Context, r *request) error {
	if r.cmd == "" {
		return b.userError(ctx, r, b.handleText(ctx, r))
	}
	c, ok := b.findCommand(r.cmd)
	switch {
	case !ok && !r.private:
		return nil
	case !ok:
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgUnknownCmd, esc(r.cmd)), nil)
	case r.member == nil && !c.allowed(r):
		return b.reply(ctx, r.chatID, msgStranger, nil)
	case !c.allowed(r):
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgNotAllowedCmd, esc(r.cmd)), nil)
	}
	return b.userError(ctx, r, c.run(ctx, r))
}

// userError answers the errors that are the person's to fix and passes on
// the others, so that the update is tried again.
func (b *Bot) userError(ctx context.Context, r *request, err error) error {
	var ie *tasks.InputError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ie):
		return b.reply(ctx, r.chatID, esc(ie.Msg), nil)
	case errors.Is(err, tasks.ErrForbidden):
		return b.reply(ctx, r.chatID, msgNotAllowed, nil)
	}
	return err
}

func (b *Bot) cmdStart(ctx context.Context, r *request) error {
	code := strings.TrimSpace(r.args)
	if code == "" {
		if r.member == nil {
			return b.reply(ctx, r.chatID, msgWelcomeStranger, nil)
		}
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgWelcomeBack, esc(r.member.FullName), esc(r.member.OrgName), r.member.Role.Label()), nil)
	}
	if !r.private {
		return nil
	}
	if done, err := b.joinElsewhere(ctx, r, code); done || err != nil {
		return err
	}
	m, err := b.store.Join(ctx, code, tasks.TelegramUser{ID: r.from.ID, ChatID: r.chatID, FullName: r.fullName(), Username: r.from.UserName}, r.now)
	if errors.Is(err, tasks.ErrInvalidInvite) {
		return b.reply(ctx, r.chatID, msgBadInvite, nil)
	}
	if err != nil {
		return err
	}
	unitPart := ""
	if len(m.UnitIDs) > 0 {
		dir, err := b.store.Directory(ctx, m.OrgID)
		if err != nil {
			return err
		}
		unitPart = fmt.Sprintf(msgJoinedUnit, esc(unitNames(dir, m.UnitIDs)))
	}
	note, err := b.joinedOrgsNote(ctx, m)
	if err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgJoined, esc(m.FullName), esc(m.OrgName), m.Role.Label(), unitPart)+note, nil)
}

func (b *Bot) cmdHelp(ctx context.Context, r *request) error {
	lines := []string{msgHelpHeader}
	for _, c := range b.reg.commands {
		if line, ok := helpLine(c, r); ok {
			lines = append(lines, line)
		}
	}
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), nil)
}

func (b *Bot) cmdUnits(ctx context.Context, r *request) error {
	units, err := b.store.Units(ctx, r.org.ID)
	if err != nil {
		return err
	}
	if len(units) == 0 {
		return b.reply(ctx, r.chatID, msgNoUnits, nil)
	}
	return b.reply(ctx, r.chatID, unitDirectory(units), nil)
}

func unitNames(dir *tasks.Directory, ids []int64) string {
	var names []string
	for _, id := range ids {
		if u, ok := dir.ByID(id); ok {
			names = append(names, u.Name)
		}
	}
	return strings.Join(names, ", ")
}

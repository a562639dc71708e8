package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

func (b *Bot) cmdAssign(ctx context.Context, r *request) error {
	if strings.TrimSpace(r.args) == "" {
		return b.reply(ctx, r.chatID, msgAssignUsage, nil)
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	if len(dir.Units()) == 0 {
		return b.reply(ctx, r.chatID, msgNoUnits, nil)
	}
	a, err := tasks.ParseAssignment(r.args, dir, r.now.In(r.loc))
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+msgAssignFixHint, nil)
	}
	if err != nil {
		return err
	}
	t, _, err := b.store.CreateTask(ctx, *r.member, a.NewTask(fmt.Sprintf("tg:%d", r.update.UpdateID)), r.now)
	if err != nil {
		return err
	}
	b.kick()
	text := fmt.Sprintf(msgAssigned, taskCard(t, cardTitle, r.now, r.loc))
	if empty, err := b.unitsWithoutMembers(ctx, t); err != nil {
		return err
	} else if empty != "" {
		text += fmt.Sprintf(msgNobodyInUnits, esc(empty))
	}
	return b.reply(ctx, r.chatID, text, [][]outbox.Button{{{Text: btnUndo, Data: callbackData(t.OrgID, actUndo, t.ID)}}})
}

func (b *Bot) unitsWithoutMembers(ctx context.Context, t tasks.Task) (string, error) {
	var names []string
	for _, u := range t.Units {
		rs, err := b.store.UnitMembers(ctx, t.OrgID, []int64{u.UnitID})
		if err != nil {
			return "", err
		}
		if len(rs) == 0 {
			names = append(names, u.Name)
		}
	}
	return strings.Join(names, ", "), nil
}

func (b *Bot) cmdTasks(ctx context.Context, r *request) error {
	const limit = 50
	list, err := b.store.Tasks(ctx, *r.member, tasks.TaskFilter{Open: true, Limit: limit + 1})
	if err != nil {
		return err
	}
	if len(list) == 0 {
		return b.reply(ctx, r.chatID, msgNoTasks, nil)
	}
	more := 0
	if len(list) > limit {
		more, list = len(list)-limit, list[:limit]
	}
	lines := []string{fmt.Sprintf(msgTasksHeader, len(list))}
	for _, t := range list {
		lines = append(lines, taskLine(t, r))
	}
	text := strings.Join(lines, "\n\n")
	if more > 0 {
		text += fmt.Sprintf(msgTasksMore, more)
	}
	return b.reply(ctx, r.chatID, text, nil)
}

// taskLine is a task in a list: number, text, status, lead and deadline.
func taskLine(t tasks.Task, r *request) string {
	lead, _ := t.Lead()
	line := fmt.Sprintf("<b>#%d</b> %s — <i>%s</i>\n    %s", t.ID, esc(shortText(t.Text, 90)), t.StatusAt(r.now, r.loc).Label(),
		fmt.Sprintf(cardLead, esc(lead.Name)))
	if t.Deadline != nil {
		line += " · " + fmt.Sprintf(cardDeadline, deadline.FormatDate(t.Deadline.In(r.loc)))
	}
	return line
}

// taskArg reads the task number of /task 42 or /done #42.
func (b *Bot) taskArg(ctx context.Context, r *request) (int64, bool, error) {
	arg := strings.TrimPrefix(strings.TrimSpace(r.args), "#")
	if f := strings.Fields(arg); len(f) > 0 {
		arg = strings.TrimPrefix(f[0], "#")
	}
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil || id <= 0 {
		return 0, false, b.reply(ctx, r.chatID, fmt.Sprintf(msgNeedTaskID, r.cmd), nil)
	}
	return id, true, nil
}

// visibleTask loads a task the member may see; others look like missing ones.
func (b *Bot) visibleTask(ctx context.Context, r *request, id int64) (tasks.Task, bool, error) {
	t, err := b.store.Task(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) || (err == nil && !r.member.CanSee(t)) {
		return tasks.Task{}, false, b.reply(ctx, r.chatID, fmt.Sprintf(msgTaskNotFound, id), nil)
	}
	return t, err == nil, err
}

func (b *Bot) cmdTask(ctx context.Context, r *request) error {
	id, ok, err := b.taskArg(ctx, r)
	if !ok {
		return err
	}
	t, ok, err := b.visibleTask(ctx, r, id)
	if !ok {
		return err
	}
	evs, err := b.store.Events(ctx, t.OrgID, t.ID)
	if err != nil {
		return err
	}
	lines := []string{taskCard(t, cardTitle, r.now, r.loc), ""}
	for _, u := range t.Units {
		lines = append(lines, fmt.Sprintf(cardUnitState, esc(u.Name), unitRoleNames[string(u.Role)], unitStateNames[u.State]))
	}
	lines = append(lines, "", msgHistoryHeader)
	for _, e := range evs {
		lines = append(lines, eventLine(e, r))
	}
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), taskButtons(t, *r.member))
}

func eventLine(e tasks.Event, r *request) string {
	who := esc(e.Member)
	if e.Unit != "" {
		who += " (" + esc(e.Unit) + ")"
	}
	name := eventNames[e.Kind]
	if name == "" {
		name = e.Kind
	}
	line := fmt.Sprintf("%s — %s: %s", deadline.Format(e.At.In(r.loc)), who, name)
	if e.Note != "" {
		line += ": <i>" + esc(e.Note) + "</i>"
	}
	return line
}

// taskButtons are the actions a member may take on a task now.
func taskButtons(t tasks.Task, m tasks.Member) [][]outbox.Button {
	if !t.State.Open() || !m.OwnsTask(t) {
		return nil
	}
	var row []outbox.Button
	if pendingAccept(t, m) {
		row = append(row, outbox.Button{Text: btnAccept, Data: callbackData(t.OrgID, actAccept, t.ID)})
	}
	row = append(row, outbox.Button{Text: btnDone, Data: callbackData(t.OrgID, actDone, t.ID)})
	return [][]outbox.Button{row}
}

func (b *Bot) cmdDone(ctx context.Context, r *request) error {
	id, ok, err := b.taskArg(ctx, r)
	if !ok {
		return err
	}
	text, err := b.reportDone(ctx, r, id)
	if err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, text, nil)
}

// reportDone records the member's units' completion and says how it went.
func (b *Bot) reportDone(ctx context.Context, r *request, id int64) (string, error) {
	before, err := b.store.Task(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) || (err == nil && !r.member.CanSee(before)) {
		return fmt.Sprintf(msgTaskNotFound, id), nil
	}
	if err != nil {
		return "", err
	}
	t, err := b.store.ReportDone(ctx, *r.member, id, r.now)
	switch {
	case errors.Is(err, tasks.ErrForbidden):
		return msgNotAllowed, nil
	case errors.Is(err, tasks.ErrConflict):
		return fmt.Sprintf(msgAlreadyDone, id), nil
	case err != nil:
		return "", err
	}
	b.kick()
	return fmt.Sprintf(msgReportedDone, esc(unitsOf(t, *r.member)), t.ID, deadline.Format(r.now.In(r.loc)), doneWords(t, r.now, r.loc)), nil
}

// pendingAccept reports whether one of m's units on t has not yet accepted it.
func pendingAccept(t tasks.Task, m tasks.Member) bool {
	for _, u := range t.Units {
		if u.AcceptedAt == nil && u.State == "assigned" && m.InUnit(u.UnitID) {
			return true
		}
	}
	return false
}

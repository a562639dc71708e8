package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// Button actions of the skeleton, carried in callback data as
// "<org>:<action>:<id>[:<arg>]".
const (
	actAccept = "acc"
	actDone   = "done"
	actUndo   = "undo"
)

// callback is a button press, decoded.
type callback struct {
	OrgID  int64
	Action string
	ID     int64
	Arg    string
	Query  *CallbackQuery
}

// action is what a button does. run returns the text to show: as a short
// answer to the press and, unless quiet, as a message in the chat. refresh,
// when set, updates the buttons of the pressed message afterwards.
type action struct {
	run     func(ctx context.Context, r *request, cb callback) (string, error)
	quiet   bool
	refresh func(ctx context.Context, r *request, cb callback)
}

// actionGroups are all the buttons the bot knows, by action name, one
// map per feature; the registry merges them once and refuses a name
// declared twice.
func (b *Bot) actionGroups() []map[string]action {
	return []map[string]action{
		b.taskActions(),
		b.reminderActions(),
		b.weeklyActions(),
		b.lifecycleActions(), b.orgActions(),
		b.meetingActions(),
		b.deadlineActions(),
		b.tiersActions(),
	}
}

func (b *Bot) taskActions() map[string]action {
	return map[string]action{
		actAccept: {run: b.withID(b.accept), quiet: true, refresh: b.refreshTask},
		actDone:   {run: b.withID(b.reportDone), refresh: b.refreshTask},
		actUndo:   {run: b.withID(b.undo), refresh: b.dropButtons},
	}
}

// withID adapts a handler of a task id to a button action.
func (b *Bot) withID(f func(ctx context.Context, r *request, id int64) (string, error)) func(context.Context, *request, callback) (string, error) {
	return func(ctx context.Context, r *request, cb callback) (string, error) { return f(ctx, r, cb.ID) }
}

func callbackData(orgID int64, action string, id int64, arg ...string) string {
	s := fmt.Sprintf("%d:%s:%d", orgID, action, id)
	if len(arg) > 0 {
		s += ":" + strings.Join(arg, ":")
	}
	return s
}

func parseCallback(data string) (cb callback, ok bool) {
	parts := strings.SplitN(data, ":", 4)
	if len(parts) < 3 {
		return cb, false
	}
	o, err1 := strconv.ParseInt(parts[0], 10, 64)
	i, err2 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil {
		return cb, false
	}
	cb = callback{OrgID: o, Action: parts[1], ID: i}
	if len(parts) == 4 {
		cb.Arg = parts[3]
	}
	return cb, true
}

// handleCallback acts on a button press. The press is checked like a
// command: the person must belong to the organisation named in the data and
// be allowed to act on the task, whatever message carried the button.
func (b *Bot) handleCallback(ctx context.Context, r *request, q *CallbackQuery) error {
	cb, ok := parseCallback(q.Data)
	if !ok || r.member == nil {
		b.answer(ctx, q.ID, msgNotAllowed, true)
		return nil
	}
	cb.Query = q
	member := false
	for _, m := range r.memberships {
		member = member || m.OrgID == cb.OrgID
	}
	act, known := b.reg.actions[cb.Action]
	if !member || !known {
		b.answer(ctx, q.ID, msgNotAllowed, true)
		return nil
	}
	if err := b.setOrg(ctx, r, cb.OrgID); err != nil {
		return err
	}
	text, err := act.run(ctx, r, cb)
	if err != nil {
		var ie *tasks.InputError
		if !errors.As(err, &ie) {
			return err
		}
		text = esc(ie.Msg)
	}
	return b.finishPress(ctx, r, cb, act, text)
}

// Kinds of message that carry a task's buttons. The buttons that change the
// task (acc, done, conf) name the kind in their argument, so that the
// pressed message keeps its kind of buttons; a notice's name none.
const (
	onNotice   = ""
	onCard     = "c"
	onReminder = "r"
)

// taskData is the callback data of a button that changes task t, under a
// message of kind on.
func taskData(t tasks.Task, action, on string) string {
	if on == onNotice {
		return callbackData(t.OrgID, action, t.ID)
	}
	return callbackData(t.OrgID, action, t.ID, on)
}

// refreshTask shows under the pressed message the task's buttons as they
// now are, for the kind of message it is: a card's (cardButtons), a
// reminder's (reminderButtons; the snooze buttons are only under
// reminders) or a notice's (taskButtons).
func (b *Bot) refreshTask(ctx context.Context, r *request, cb callback) {
	on := cb.Arg
	if cb.Action == actSnoozeSet {
		on = onReminder
	}
	t, err := b.store.Task(ctx, r.org.ID, cb.ID)
	if err != nil {
		return
	}
	var rows [][]outbox.Button
	switch on {
	case onCard:
		files, err := b.store.TaskFiles(ctx, t.OrgID, t.ID)
		if err != nil {
			return
		}
		rows = cardButtons(t, *r.member, len(files))
	case onReminder:
		rows = reminderButtons(t, *r.member)
	default:
		rows = taskButtons(t, *r.member)
	}
	msg := cb.Query.Message
	b.setButtons(ctx, msg.Chat.ID, msg.MessageID, rows)
}

// dropButtons removes the buttons of the pressed message.
func (b *Bot) dropButtons(ctx context.Context, _ *request, cb callback) {
	msg := cb.Query.Message
	b.setButtons(ctx, msg.Chat.ID, msg.MessageID, nil)
}

func (b *Bot) accept(ctx context.Context, r *request, id int64) (string, error) {
	if _, msg, err := b.taskFor(ctx, r, id); err != nil || msg != "" {
		return msg, err
	}
	t, err := b.store.Accept(ctx, *r.member, id, r.now)
	if err != nil {
		return lifecycleError(err, id, msgTaskClosed)
	}
	return fmt.Sprintf(msgAccepted, esc(unitsOf(t, *r.member)), t.ID), nil
}

func (b *Bot) undo(ctx context.Context, r *request, id int64) (string, error) {
	if _, msg, err := b.taskFor(ctx, r, id); err != nil || msg != "" {
		return msg, err
	}
	if _, err := b.store.Undo(ctx, *r.member, id, r.now); err != nil {
		return lifecycleError(err, id, msgCannotUndo)
	}
	b.kick()
	return fmt.Sprintf(msgUndone, id), nil
}

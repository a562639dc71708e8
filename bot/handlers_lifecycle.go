package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/tasks"
)

// Button actions of the task lifecycle, carried in callback data as
// "<org>:<action>:<task>[:<arg>]". "prog" is also under reminders.
const (
	actProgress  = "prog"
	actConfirm   = "conf"
	actRework    = "rework"
	actExtend    = "ext"
	actExtOK     = "extok"
	actExtNo     = "extno"
	actCancel    = "cancel"
	actFiles     = "files"
	actTasksPage = "page"
)

// Prompts of the lifecycle: the conversation kinds the bot waits on.
const (
	convProgress = "progress"
	convExtend   = "extension"
	convRework   = "rework_reason"
	convCancel   = "cancel_reason"
	// convExtReject waits for the reason an extension is refused.
	convExtReject = "extension_reject"
)

func (b *Bot) lifecycleCommands() []command {
	return []command{
		{names: []string{"tiendo", "progress"}, help: helpProgress, allow: members, run: b.cmdProgress, menu: true},
		{names: []string{"giahan", "extend"}, help: helpExtend, allow: members, run: b.cmdExtend, menu: true},
		{names: []string{"xacnhan", "confirm"}, help: helpConfirm, allow: assigners, run: b.cmdConfirm},
		{names: []string{"lamlai", "rework"}, help: helpRework, allow: assigners, run: b.cmdRework},
		{names: []string{"huy", "cancel"}, help: helpCancelTask, allow: assigners, run: b.cmdCancelTask},
		{names: []string{"chuyen", "reassign"}, help: helpReassign, allow: assigners, run: b.cmdReassign},
		{names: []string{"dungdinhky", "stoprepeat"}, help: helpStopSeries, allow: assigners, run: b.cmdStopSeries},
	}
}

func (b *Bot) lifecycleActions() map[string]action {
	return map[string]action{
		actProgress:  {run: b.withID(b.askProgress), quiet: true},
		actExtend:    {run: b.withID(b.askExtension), quiet: true},
		actConfirm:   {run: b.withID(b.confirmTask), refresh: b.refreshTask},
		actRework:    {run: b.withID(b.askRework), quiet: true},
		actCancel:    {run: b.withID(b.askCancel), quiet: true},
		actExtOK:     {run: b.decideExtension(true), refresh: b.dropButtons},
		actExtNo:     {run: b.askExtReject, quiet: true},
		actFiles:     {run: b.withID(b.sendTaskFiles), quiet: true},
		actTasksPage: {run: b.turnPage, quiet: true},
	}
}

func (b *Bot) lifecycleConversations() map[string]conversationFunc {
	return map[string]conversationFunc{
		convProgress:  b.taskPrompt(b.progressAnswer),
		convExtend:    b.taskPrompt(b.extensionAnswer),
		convRework:    b.taskPrompt(b.reworkAnswer),
		convCancel:    b.taskPrompt(b.cancelAnswer),
		convExtReject: b.extRejectAnswer,
	}
}

// lifecycleText handles messages that are not commands: forwarded commands
// (never run) and replies to a task's message (done or progress).
func (b *Bot) lifecycleText(ctx context.Context, r *request) (bool, error) {
	if r.forwarded && strings.HasPrefix(r.args, "/") {
		if r.private {
			return true, b.reply(ctx, r.chatID, msgForwardedCommand, nil)
		}
		return true, nil
	}
	return b.taskReply(ctx, r, 0)
}

// splitTaskArg reads "42 rest" or "#42 rest".
func splitTaskArg(args string) (int64, string, bool) {
	args = strings.TrimSpace(args)
	first, rest, _ := strings.Cut(args, " ")
	if i := strings.IndexAny(first, "\n\t"); i >= 0 {
		first, rest = first[:i], first[i+1:]+" "+rest
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(first, "#"), 10, 64)
	if err != nil || id <= 0 {
		return 0, "", false
	}
	return id, strings.TrimSpace(rest), true
}

// groupReady answers, in a group linked to no unit, that tasks are not shown
// there; it reports whether the command may go on.
func (b *Bot) groupReady(ctx context.Context, r *request) (bool, error) {
	if r.private || r.group != nil {
		return true, nil
	}
	return false, b.reply(ctx, r.chatID, groupNotLinked, nil)
}

// taskFor loads a task the member may see. A task they may not see is
// reported as missing (msg is the answer to give), like one that does not
// exist, so that ids do not reveal other units' work.
func (b *Bot) taskFor(ctx context.Context, r *request, id int64) (t tasks.Task, msg string, err error) {
	t, err = b.store.Task(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) || err == nil && !r.member.CanSee(t) {
		return tasks.Task{}, fmt.Sprintf(msgTaskNotFound, id), nil
	}
	return t, "", err
}

// lifecycleError turns a store error about task id into the answer to
// give, conflict (a format of the id) for a task in another state, or
// passes it on; input errors go on too, so that a prompt can ask again.
func lifecycleError(err error, id int64, conflict string) (string, error) {
	return refusal(err, fmt.Sprintf(msgTaskNotFound, id), fmt.Sprintf(conflict, id))
}

// refusal turns the store's refusals into the answer to give: not allowed,
// notFound or conflict; any other error is passed on.
func refusal(err error, notFound, conflict string) (string, error) {
	switch {
	case errors.Is(err, tasks.ErrForbidden):
		return msgNotAllowed, nil
	case errors.Is(err, tasks.ErrNotFound):
		return notFound, nil
	case errors.Is(err, tasks.ErrConflict):
		return conflict, nil
	}
	return "", err
}

// taskTo loads a task the member may see and checks that they may act on
// it (may) in its present state (state); otherwise msg is the answer: the
// task is missing, not theirs to act on, or in another state (other, a
// format of the id).
func (b *Bot) taskTo(ctx context.Context, r *request, id int64, may func(tasks.Member, tasks.Task) bool, state func(tasks.State) bool, other string) (tasks.Task, string, error) {
	t, msg, err := b.taskFor(ctx, r, id)
	switch {
	case err != nil || msg != "":
		return t, msg, err
	case !may(*r.member, t):
		return t, msgNotAllowed, nil
	case !state(t.State):
		return t, fmt.Sprintf(other, id), nil
	}
	return t, "", nil
}

// ownOpenTask checks that the member may act as an owner on an open task.
func (b *Bot) ownOpenTask(ctx context.Context, r *request, id int64) (tasks.Task, string, error) {
	return b.taskTo(ctx, r, id, tasks.Member.OwnsTask, tasks.State.Open, msgTaskClosed)
}

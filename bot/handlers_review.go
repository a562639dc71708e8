package bot

import (
	"context"
	"errors"
	"fmt"

	"github.com/dondoc/dondoc/tasks"
)

// askRework asks the assigner (or a leader) why the task must be redone.
func (b *Bot) askRework(ctx context.Context, r *request, id int64) (string, error) {
	reported := func(s tasks.State) bool { return s == tasks.StateReported }
	if _, msg, err := b.taskTo(ctx, r, id, tasks.Member.CanManage, reported, msgNotWaiting); err != nil || msg != "" {
		return msg, err
	}
	return "", b.askFor(ctx, r, convRework, id, fmt.Sprintf(promptRework, id))
}

// askCancel asks a leader or secretary why the task is cancelled.
func (b *Bot) askCancel(ctx context.Context, r *request, id int64) (string, error) {
	if _, msg, err := b.taskTo(ctx, r, id, tasks.Member.CanReassign, tasks.State.Active, msgTaskClosed); err != nil || msg != "" {
		return msg, err
	}
	return "", b.askFor(ctx, r, convCancel, id, fmt.Sprintf(promptCancel, id))
}

// confirmTask confirms a task reported done.
func (b *Bot) confirmTask(ctx context.Context, r *request, id int64) (string, error) {
	if _, msg, err := b.taskFor(ctx, r, id); err != nil || msg != "" {
		return msg, err
	}
	t, err := b.store.Confirm(ctx, *r.member, id, r.now)
	if err != nil {
		return lifecycleError(err, id, msgNotWaiting)
	}
	b.kick()
	return fmt.Sprintf(msgConfirmedTask, id, doneWords(t, *t.ReportedAt, r.loc)), nil
}

// reworkTask returns a reported task to its owners.
func (b *Bot) reworkTask(ctx context.Context, r *request, id int64, reason string) (string, error) {
	if _, msg, err := b.taskFor(ctx, r, id); err != nil || msg != "" {
		return msg, err
	}
	if _, err := b.store.Rework(ctx, *r.member, id, reason, r.now); err != nil {
		return lifecycleError(err, id, msgNotWaiting)
	}
	b.kick()
	return fmt.Sprintf(msgReworkSent, id), nil
}

// cancelTask cancels a task with a reason.
func (b *Bot) cancelTask(ctx context.Context, r *request, id int64, reason string) (string, error) {
	if _, msg, err := b.taskFor(ctx, r, id); err != nil || msg != "" {
		return msg, err
	}
	if _, err := b.store.Cancel(ctx, *r.member, id, reason, r.now); err != nil {
		return lifecycleError(err, id, msgTaskClosed)
	}
	b.kick()
	text := fmt.Sprintf(msgCancelledTask, id)
	if s, ok, err := b.store.TaskSeries(ctx, r.org.ID, id); err != nil {
		return "", err
	} else if ok && s.StoppedAt == nil {
		text += fmt.Sprintf(msgCancelSeriesHint, id)
	}
	return text, nil
}

func (b *Bot) cmdConfirm(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, _, ok := splitTaskArg(r.args)
	if !ok {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgNeedTaskID, r.cmd), nil)
	}
	text, err := b.confirmTask(ctx, r, id)
	if err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, text, nil)
}

// reasonCommand runs /lamlai and /huy: "<id> <reason>", or a prompt for
// the reason when it is missing.
func (b *Bot) reasonCommand(ctx context.Context, r *request, usage string, ask func(context.Context, *request, int64) (string, error),
	act func(context.Context, *request, int64, string) (string, error)) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, rest, ok := splitTaskArg(r.args)
	if !ok {
		return b.reply(ctx, r.chatID, usage, nil)
	}
	var text string
	var err error
	if rest == "" {
		text, err = ask(ctx, r, id)
	} else {
		text, err = act(ctx, r, id, rest)
	}
	if err != nil || text == "" {
		return err
	}
	return b.reply(ctx, r.chatID, text, nil)
}

func (b *Bot) cmdRework(ctx context.Context, r *request) error {
	return b.reasonCommand(ctx, r, usageRework, b.askRework, b.reworkTask)
}

func (b *Bot) cmdCancelTask(ctx context.Context, r *request) error {
	return b.reasonCommand(ctx, r, usageCancel, b.askCancel, b.cancelTask)
}

func (b *Bot) cmdReassign(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, rest, ok := splitTaskArg(r.args)
	if !ok || rest == "" {
		return b.reply(ctx, r.chatID, usageReassign, nil)
	}
	t, msg, err := b.taskFor(ctx, r, id)
	if err != nil {
		return err
	}
	if msg != "" {
		return b.reply(ctx, r.chatID, msg, nil)
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	a, err := tasks.ParseAssignment(rest, dir, r.now.In(r.loc))
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n\n"+usageReassign, nil)
	}
	if err != nil {
		return err
	}
	if r.group != nil && !assignmentHas(a, r.group.UnitID) {
		return b.reply(ctx, r.chatID, fmt.Sprintf(groupAssignOther, esc(r.group.UnitName), esc(r.group.UnitName)), nil)
	}
	nt := a.NewTask("")
	t, err = b.store.Reassign(ctx, *r.member, t.ID, nt.Leads, nt.Coordinators, a.Text, r.now)
	if err != nil {
		text, err := lifecycleError(err, id, msgTaskClosed)
		if err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, text, nil)
	}
	b.kick()
	leads, coords := ownerNames(t)
	extra := ""
	if coords != "" {
		extra = fmt.Sprintf(msgReassignCoord, coords)
	}
	text := fmt.Sprintf(msgReassignedTask, id, leads, extra)
	if s, ok, err := b.store.TaskSeries(ctx, r.org.ID, id); err != nil {
		return err
	} else if ok && s.StoppedAt == nil {
		text += fmt.Sprintf(msgReassignSeries, id)
	}
	return b.reply(ctx, r.chatID, text, nil)
}

// assignmentHas reports whether a parsed assignment names unit.
func assignmentHas(a tasks.Assignment, unit int64) bool {
	for _, u := range append(append([]tasks.Unit{}, a.Leads...), a.Coordinators...) {
		if u.ID == unit {
			return true
		}
	}
	return false
}

func (b *Bot) reworkAnswer(ctx context.Context, r *request, id int64, msg *Message) (string, error) {
	return b.reworkTask(ctx, r, id, messageText(msg))
}

func (b *Bot) cancelAnswer(ctx context.Context, r *request, id int64, msg *Message) (string, error) {
	return b.cancelTask(ctx, r, id, messageText(msg))
}

package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// askExtension asks an owner for the new deadline and the reason.
func (b *Bot) askExtension(ctx context.Context, r *request, id int64) (string, error) {
	t, msg, err := b.ownOpenTask(ctx, r, id)
	if err != nil || msg != "" {
		return msg, err
	}
	if t.Deadline == nil {
		return fmt.Sprintf(msgExtensionNoDue, id), nil
	}
	return "", b.askFor(ctx, r, convExtend, id, fmt.Sprintf(promptExtend, id, deadline.Format(t.Deadline.In(r.loc))))
}

// requestExtension sends an owner's request for a new deadline.
func (b *Bot) requestExtension(ctx context.Context, r *request, id int64, text string) (string, error) {
	t, msg, err := b.ownOpenTask(ctx, r, id)
	if err != nil || msg != "" {
		return msg, err
	}
	if t.Deadline == nil {
		return fmt.Sprintf(msgExtensionNoDue, id), nil
	}
	ask, err := tasks.ParseExtensionAsk(text, t.Deadline, r.now.In(r.loc))
	if err != nil {
		return "", err
	}
	ask.Origin = r.origin()
	e, err := b.store.RequestExtension(ctx, *r.member, id, ask, r.now)
	if err != nil {
		return lifecycleError(err, id, msgExtensionOpenOnly)
	}
	b.kick()
	late := ""
	if e.Late {
		late = msgExtensionLateNote
	}
	return fmt.Sprintf(msgExtensionSent, id, deadline.Format(e.NewDeadline.In(r.loc)), late), nil
}

// decideExtension approves or rejects the extension request in the
// callback's argument.
func (b *Bot) decideExtension(approve bool) func(context.Context, *request, callback) (string, error) {
	return func(ctx context.Context, r *request, cb callback) (string, error) {
		extID, err := strconv.ParseInt(cb.Arg, 10, 64)
		if err != nil {
			return msgNotAllowed, nil
		}
		if _, msg, err := b.taskFor(ctx, r, cb.ID); err != nil || msg != "" {
			return msg, err
		}
		e, err := b.store.DecideExtension(ctx, *r.member, cb.ID, extID, approve, r.now)
		if err != nil {
			return refusal(err, msgExtNotPending, msgExtNotPending)
		}
		b.kick()
		if approve {
			return fmt.Sprintf(msgExtApproved, cb.ID, deadline.Format(e.NewDeadline.In(r.loc))), nil
		}
		return fmt.Sprintf(msgExtRejected, cb.ID), nil
	}
}

func (b *Bot) cmdExtend(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, rest, ok := splitTaskArg(r.args)
	if !ok {
		return b.reply(ctx, r.chatID, usageExtend, nil)
	}
	var text string
	var err error
	if rest == "" {
		text, err = b.askExtension(ctx, r, id)
	} else {
		text, err = b.requestExtension(ctx, r, id, rest)
	}
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n\n"+usageExtend, nil)
	}
	if err != nil || text == "" {
		return err
	}
	return b.reply(ctx, r.chatID, text, nil)
}

func (b *Bot) extensionAnswer(ctx context.Context, r *request, id int64, msg *Message) (string, error) {
	return b.requestExtension(ctx, r, id, messageText(msg))
}

package bot

import (
	"context"
	"encoding/json"
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
	cal, err := b.store.Calendar(ctx, r.org.ID)
	if err != nil {
		return "", err
	}
	ask, err := tasks.ParseExtensionAskWith(deadline.Reader{Calendar: cal}, text, t.Deadline, r.now.In(r.loc))
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
		if approve && e.Status == tasks.ExtensionPending && e.ForwardedAt != nil {
			return fmt.Sprintf(msgExtForwarded, cb.ID, deadline.Format(e.NewDeadline.In(r.loc))), nil
		}
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

// extRejectPayload is what the prompt for the reason of a refusal
// remembers: the request, and the message whose buttons asked.
type extRejectPayload struct {
	TaskID      int64 `json:"task_id"`
	ExtensionID int64 `json:"extension_id"`
	ChatID      int64 `json:"chat_id,omitempty"`
	MessageID   int   `json:"message_id,omitempty"`
}

// askExtReject is [Không đồng ý] under a request for more time: as
// approving states the new deadline, refusing asks for the reason, which
// the owners are told.
func (b *Bot) askExtReject(ctx context.Context, r *request, cb callback) (string, error) {
	extID, err := strconv.ParseInt(cb.Arg, 10, 64)
	if err != nil {
		return msgNotAllowed, nil
	}
	t, msg, err := b.taskFor(ctx, r, cb.ID)
	if err != nil || msg != "" {
		return msg, err
	}
	if !r.member.CanManage(t) {
		return msgNotAllowed, nil
	}
	e, err := b.store.Extension(ctx, t.OrgID, t.ID, extID)
	if errors.Is(err, tasks.ErrNotFound) || err == nil && (e.Status != tasks.ExtensionPending || !t.State.Open()) {
		return msgExtNotPending, nil
	}
	if err != nil {
		return "", err
	}
	p := extRejectPayload{TaskID: t.ID, ExtensionID: e.ID}
	if m := cb.Query.Message; m != nil {
		p.ChatID, p.MessageID = m.Chat.ID, m.MessageID
	}
	return "", b.prompt(ctx, r, convExtReject, p, fmt.Sprintf(promptExtReject, t.ID, deadline.Format(e.NewDeadline.In(r.loc))))
}

// extRejectAnswer refuses the request with the reason the member wrote,
// and takes the buttons off the request's message.
func (b *Bot) extRejectAnswer(ctx context.Context, r *request, c Conversation) error {
	var p extRejectPayload
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("extension refusal payload: %w", err)
	}
	if _, msg, err := b.taskFor(ctx, r, p.TaskID); err != nil || msg != "" {
		if err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, msg, nil)
	}
	_, err := b.store.RejectExtension(ctx, *r.member, p.TaskID, p.ExtensionID, messageText(r.update.Message), r.now)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return err
	}
	if err != nil {
		text, err := refusal(err, msgExtNotPending, msgExtNotPending)
		if err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, text, nil)
	}
	b.kick()
	if p.MessageID != 0 {
		b.setButtons(ctx, p.ChatID, p.MessageID, nil)
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgExtRejected, p.TaskID), nil)
}

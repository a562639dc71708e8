package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// Button actions, carried in callback data as "<org>:<action>:<task>".
const (
	actAccept = "acc"
	actDone   = "done"
	actUndo   = "undo"
)

func callbackData(orgID int64, action string, id int64) string {
	return fmt.Sprintf("%d:%s:%d", orgID, action, id)
}

func parseCallback(data string) (orgID int64, action string, id int64, ok bool) {
	parts := strings.Split(data, ":")
	if len(parts) != 3 {
		return 0, "", 0, false
	}
	o, err1 := strconv.ParseInt(parts[0], 10, 64)
	i, err2 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, "", 0, false
	}
	return o, parts[1], i, true
}

// handleCallback acts on a button press. The press is checked like a
// command: the person must belong to the organisation named in the data and
// be allowed to act on the task, whatever message carried the button.
func (b *Bot) handleCallback(ctx context.Context, r *request, q *tgbotapi.CallbackQuery) error {
	orgID, action, id, ok := parseCallback(q.Data)
	if !ok || r.member == nil {
		b.answer(q.ID, msgNotAllowed, true)
		return nil
	}
	member := false
	for _, m := range r.memberships {
		member = member || m.OrgID == orgID
	}
	if !member {
		b.answer(q.ID, msgNotAllowed, true)
		return nil
	}
	if err := b.setOrg(ctx, r, orgID); err != nil {
		return err
	}
	var (
		text string
		err  error
	)
	switch action {
	case actAccept:
		text, err = b.accept(ctx, r, id)
	case actDone:
		text, err = b.reportDone(ctx, r, id)
	case actUndo:
		text, err = b.undo(ctx, r, id)
	default:
		text = msgNotAllowed
	}
	if err != nil {
		return err
	}
	b.answer(q.ID, shortText(outbox.PlainText(text), 190), false)
	if q.Message != nil {
		b.refreshButtons(ctx, r, q.Message, action, id)
		if action != actAccept {
			return b.reply(ctx, r.chatID, text, nil)
		}
	}
	return nil
}

// refreshButtons updates the buttons of the message that was pressed.
func (b *Bot) refreshButtons(ctx context.Context, r *request, msg *tgbotapi.Message, action string, id int64) {
	t, err := b.store.Task(ctx, r.org.ID, id)
	if err != nil {
		return
	}
	switch action {
	case actUndo:
		b.setButtons(msg.Chat.ID, msg.MessageID, nil)
	default:
		b.setButtons(msg.Chat.ID, msg.MessageID, b.taskButtons(t, *r.member))
	}
}

func (b *Bot) accept(ctx context.Context, r *request, id int64) (string, error) {
	t, err := b.store.Accept(ctx, *r.member, id, r.now)
	switch {
	case errors.Is(err, tasks.ErrForbidden), errors.Is(err, tasks.ErrNotFound):
		return msgNotAllowed, nil
	case err != nil:
		return "", err
	}
	return fmt.Sprintf(msgAccepted, esc(unitsOf(t, *r.member)), t.ID), nil
}

func (b *Bot) undo(ctx context.Context, r *request, id int64) (string, error) {
	_, err := b.store.Undo(ctx, *r.member, id, r.now)
	switch {
	case errors.Is(err, tasks.ErrForbidden), errors.Is(err, tasks.ErrNotFound):
		return msgNotAllowed, nil
	case errors.Is(err, tasks.ErrConflict):
		return fmt.Sprintf(msgCannotUndo, id), nil
	case err != nil:
		return "", err
	}
	b.kick()
	return fmt.Sprintf(msgUndone, id), nil
}

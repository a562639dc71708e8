package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// A /giao whose deadline had already passed when typed is asked about, never guessed: a
// button assigns with the instant probably meant, or the person sends the deadline again.
// Like every prompt, the question goes to the person's private chat (a group is told so).
const (
	actAssignAt        = "gat"
	convAssignDeadline = "assign_deadline"
)

// assignAsk is the /giao waiting for its deadline to be confirmed or written again.
type assignAsk struct {
	Args   string `json:"args"`   // the /giao text as typed
	Phrase string `json:"phrase"` // its deadline phrase, to be replaced
	At     int64  `json:"at"`     // the suggested instant, Unix seconds
}

func (b *Bot) deadlineActions() map[string]action {
	return map[string]action{
		actAssignAt: {run: b.assignAt, quiet: true, refresh: b.dropButtons},
	}
}

func (b *Bot) deadlineConversations() map[string]conversationFunc {
	return map[string]conversationFunc{convAssignDeadline: b.assignDeadlineAnswer}
}

// askAssignDeadline answers a /giao refused by err when its deadline had passed and
// deadline suggests another instant; handled is false for any other error.
func (b *Bot) askAssignDeadline(ctx context.Context, r *request, err error) (handled bool, _ error) {
	var de *deadline.Error
	if !errors.As(err, &de) || de.Kind != deadline.Passed || de.Suggest == nil {
		return false, nil
	}
	at := de.Suggest.Time.In(r.loc)
	ask := assignAsk{Args: r.args, Phrase: de.Phrase, At: at.Unix()}
	if err := b.wait(ctx, r, convAssignDeadline, ask); err != nil {
		return true, err
	}
	text := fmt.Sprintf(msgAssignPassed, esc(de.Phrase), esc(deadline.Format(at)), esc(deadline.Example(at, true)))
	buttons := [][]outbox.Button{{{Text: fmt.Sprintf(btnAssignAt, deadline.Format(at)), Data: callbackData(r.org.ID, actAssignAt, ask.At)}}}
	if err := b.reply(ctx, promptChat(r), text, buttons); err != nil || r.private {
		return true, err
	}
	return true, b.reply(ctx, r.chatID, fmt.Sprintf(msgPromptPrivate, esc(r.member.FullName)), nil)
}

// assignAt assigns the /giao the bot asked about with the deadline the person confirmed.
func (b *Bot) assignAt(ctx context.Context, r *request, cb callback) (string, error) {
	if !r.member.CanAssign() {
		return msgNotAllowed, nil
	}
	ask, c, ok, err := b.takeAssignAsk(ctx, r)
	if err != nil {
		return "", err
	}
	if ok && ask.At != cb.ID {
		// The button of an earlier question: the latest one keeps waiting.
		if err := b.waitUntil(ctx, r, c.Kind, c.Payload, c.ExpiresAt); err != nil {
			return "", err
		}
	}
	if !ok || ask.At != cb.ID {
		return msgAssignAskGone, nil
	}
	at := time.Unix(ask.At, 0).In(r.loc)
	err = b.assignWith(ctx, r, ask, deadline.Example(at, true))
	var ie *tasks.InputError
	if err != nil && !errors.As(err, &ie) && !errors.Is(err, tasks.ErrForbidden) {
		// Tried again (the database was away): the retried press must find
		// the question still waiting. cmdAssign is idempotent per update.
		if rerr := b.waitUntil(ctx, r, c.Kind, c.Payload, c.ExpiresAt); rerr != nil {
			b.log.Error("could not restore a prompt", "kind", c.Kind, "err", rerr)
		}
	}
	return "", err
}

// assignDeadlineAnswer takes a deadline written again for the /giao the bot asked about.
func (b *Bot) assignDeadlineAnswer(ctx context.Context, r *request, c Conversation) error {
	var ask assignAsk
	if err := json.Unmarshal(c.Payload, &ask); err != nil {
		return fmt.Errorf("assign deadline prompt: %w", err)
	}
	text := strings.TrimSpace(messageText(r.update.Message))
	cal, err := b.store.Calendar(ctx, r.org.ID)
	if err != nil {
		return err
	}
	var de *deadline.Error
	if _, err := (deadline.Reader{Calendar: cal}).Parse(text, r.now.In(r.loc)); errors.As(err, &de) && de.Kind != deadline.Passed {
		return &tasks.InputError{Msg: fmt.Sprintf(msgAssignDeadlineAgain, de.Error())}
	}
	return b.assignWith(ctx, r, ask, text)
}

// assignWith runs the /giao of ask again with its deadline phrase replaced by phrase.
func (b *Bot) assignWith(ctx context.Context, r *request, ask assignAsk, phrase string) error {
	i := strings.LastIndex(ask.Args, ask.Phrase)
	if i < 0 {
		return b.reply(ctx, r.chatID, msgAssignAskGone, nil)
	}
	r.args = ask.Args[:i] + "trước " + phrase + ask.Args[i+len(ask.Phrase):]
	return b.cmdAssign(ctx, r)
}

// takeAssignAsk takes the /giao waiting for its deadline; any other prompt is left waiting.
func (b *Bot) takeAssignAsk(ctx context.Context, r *request) (assignAsk, Conversation, bool, error) {
	var ask assignAsk
	c, ok, err := b.book.TakeConversation(ctx, *r.member, promptChat(r), r.now)
	if err != nil || !ok {
		return ask, c, false, err
	}
	if c.Kind != convAssignDeadline {
		return ask, c, false, b.waitUntil(ctx, r, c.Kind, c.Payload, c.ExpiresAt)
	}
	if err := json.Unmarshal(c.Payload, &ask); err != nil {
		return ask, c, false, fmt.Errorf("assign deadline prompt: %w", err)
	}
	return ask, c, true, nil
}

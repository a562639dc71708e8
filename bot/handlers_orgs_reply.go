package bot

import (
	"context"
	"fmt"

	"github.com/dondoc/dondoc/tasks"
)

// replyOrg is the organisation a command acts in: for a person of several
// organisations who types it in reply to one of the bot's messages about
// a task (a notice, a reminder, a card), that task's organisation, whichever
// one they chose last; otherwise org.
func (b *Bot) replyOrg(ctx context.Context, r *request, org int64) (int64, error) {
	msg := r.update.Message
	if len(r.memberships) < 2 || msg == nil || r.cmd == "" || msg.ReplyToMessage == nil {
		return org, nil
	}
	to := msg.ReplyToMessage
	if to.From == nil || to.From.ID != b.tg.ID() {
		return org, nil
	}
	orgs := make([]int64, len(r.memberships))
	for i, m := range r.memberships {
		orgs[i] = m.OrgID
	}
	o, _, ok, err := b.book.TaskByMessage(ctx, orgs, r.chatID, int64(to.MessageID))
	if err != nil || !ok {
		return org, err
	}
	return o, nil
}

// joinedOrgsNote tells a person who just joined m's organisation and
// belongs to others this bot serves too that commands now act in it, and
// how to switch (organisations of another bot are not theirs here, /org
// included).
func (b *Bot) joinedOrgsNote(ctx context.Context, m tasks.Member) (string, error) {
	ms, err := b.store.Memberships(ctx, m.TgUserID)
	if err != nil {
		return "", err
	}
	here, _ := b.servedHere(ms)
	if len(here) < 2 {
		return "", nil
	}
	return fmt.Sprintf(msgJoinedOrgs, len(here), esc(m.OrgName)), nil
}

// orgLine opens a task list or card for a person of several
// organisations with the one it is of; it is empty for anyone else.
func orgLine(r *request) string {
	if len(r.memberships) < 2 {
		return ""
	}
	return fmt.Sprintf(noticeOrgLine, esc(r.org.Name)) + "\n"
}

package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// mediaGroupTTL is how long the bot keeps taking the files of an album sent
// as evidence after the first one.
const mediaGroupTTL = 2 * time.Minute

// askProgress asks an owner for a progress report.
func (b *Bot) askProgress(ctx context.Context, r *request, id int64) (string, error) {
	// A coordinating unit may still report progress while the task waits
	// for confirmation.
	if _, msg, err := b.taskTo(ctx, r, id, tasks.Member.OwnsTask, tasks.State.Active, msgTaskClosed); err != nil || msg != "" {
		return msg, err
	}
	return "", b.askFor(ctx, r, convProgress, id, fmt.Sprintf(promptProgress, id))
}

// saveProgress records an owner's progress and says how it went. The
// Telegram update is its origin, so that an update handled again records
// nothing more.
func (b *Bot) saveProgress(ctx context.Context, r *request, id int64, p tasks.Progress) (string, error) {
	if _, msg, err := b.taskFor(ctx, r, id); err != nil || msg != "" {
		return msg, err
	}
	p.Origin = r.origin()
	if _, err := b.store.ReportProgress(ctx, *r.member, id, p, r.now); err != nil {
		return lifecycleError(err, id, msgTaskClosed)
	}
	extra := ""
	if p.Percent != nil {
		extra += fmt.Sprintf(msgProgressPercent, *p.Percent)
	}
	if len(p.Files) > 0 {
		extra += fmt.Sprintf(msgProgressFiles, len(p.Files))
	}
	return fmt.Sprintf(msgProgressSaved, id, extra), nil
}

func (b *Bot) cmdProgress(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, rest, ok := splitTaskArg(r.args)
	if !ok {
		return b.reply(ctx, r.chatID, usageProgress, nil)
	}
	files := messageFiles(r.update.Message)
	if rest == "" && len(files) == 0 {
		text, err := b.askProgress(ctx, r, id)
		if err != nil || text == "" {
			return err
		}
		return b.reply(ctx, r.chatID, text, nil)
	}
	p, err := tasks.ParseProgress(rest)
	if err != nil {
		return err
	}
	p.Files = files
	text, err := b.saveProgress(ctx, r, id, p)
	if err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, text, nil)
}

func (b *Bot) progressAnswer(ctx context.Context, r *request, id int64, msg *Message) (string, error) {
	p, err := tasks.ParseProgress(messageText(msg))
	if err != nil {
		return "", err
	}
	p.Files = messageFiles(msg)
	text, err := b.saveProgress(ctx, r, id, p)
	if err != nil {
		return "", err
	}
	if msg.MediaGroupID != "" {
		if err := b.waitUntil(ctx, r, convProgress, promptPayload{TaskID: id, Album: msg.MediaGroupID}, r.now.Add(mediaGroupTTL)); err != nil {
			return "", err
		}
	}
	return text, nil
}

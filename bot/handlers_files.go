package bot

import (
	"context"
	"fmt"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// messageFiles returns the photo (its largest size) or document a message
// carries, as evidence.
func messageFiles(m *Message) []tasks.FileRef {
	if m == nil {
		return nil
	}
	var out []tasks.FileRef
	if n := len(m.Photo); n > 0 {
		p := m.Photo[n-1]
		out = append(out, tasks.FileRef{FileID: p.FileID, UniqueID: p.FileUniqueID, Kind: tasks.FilePhoto, Size: p.FileSize, MIME: "image/jpeg"})
	}
	if d := m.Document; d != nil {
		out = append(out, tasks.FileRef{FileID: d.FileID, UniqueID: d.FileUniqueID, Kind: tasks.FileDocument, Name: d.FileName, MIME: d.MimeType, Size: d.FileSize})
	}
	return out
}

// sendTaskFiles sends again, into this chat, the files kept as evidence.
func (b *Bot) sendTaskFiles(ctx context.Context, r *request, id int64) (string, error) {
	t, msg, err := b.taskFor(ctx, r, id)
	if err != nil || msg != "" {
		return msg, err
	}
	files, err := b.store.TaskFiles(ctx, t.OrgID, t.ID)
	if err != nil {
		return "", err
	}
	if len(files) == 0 {
		return fmt.Sprintf(msgNoFiles, id), nil
	}
	failed := 0
	for _, f := range files {
		caption := fmt.Sprintf(msgFileCaption, t.ID, esc(f.Member), deadline.Format(f.At.In(r.loc)))
		if err := b.limits.WaitReply(ctx, r.chatID); err != nil {
			return "", nil
		}
		file := &OutFile{FileID: f.FileID, Photo: f.Kind == tasks.FilePhoto}
		if _, err := b.tg.Send(ctx, OutMessage{ChatID: r.chatID, ThreadID: threadOf(ctx, r.chatID), Text: caption, File: file}); err != nil {
			b.log.Warn("resend file failed", "chat_id", r.chatID, "task_id", t.ID, "err", err)
			failed++
		}
	}
	text := fmt.Sprintf(msgFilesSent, len(files)-failed)
	if failed > 0 {
		text += fmt.Sprintf(msgFilesFailed, failed)
	}
	return text, nil
}

// fileName is how a file is listed on a task card.
func fileName(f tasks.FileRef) string {
	if f.Name != "" {
		return f.Name
	}
	if f.Kind == tasks.FilePhoto {
		return filePhotoName
	}
	return f.Kind
}

// fileHint answers, in a private chat, a photo or file that answers no
// prompt and replies to no task: it says how to send it as a task's
// evidence.
func (b *Bot) fileHint(ctx context.Context, r *request) (bool, error) {
	if !r.private || len(messageFiles(r.update.Message)) == 0 {
		return false, nil
	}
	return true, b.reply(ctx, r.chatID, msgFileWithoutTask, nil)
}

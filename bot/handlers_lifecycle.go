package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
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
)

// mediaGroupTTL is how long the bot keeps taking the files of an album sent
// as evidence after the first one.
const mediaGroupTTL = 2 * time.Minute

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
		actConfirm:   {run: b.withID(b.confirmTask), refresh: b.refreshCard},
		actRework:    {run: b.withID(b.askRework), quiet: true},
		actCancel:    {run: b.withID(b.askCancel), quiet: true},
		actExtOK:     {run: b.decideExtension(true), refresh: b.dropButtons},
		actExtNo:     {run: b.decideExtension(false), refresh: b.dropButtons},
		actFiles:     {run: b.withID(b.sendTaskFiles), quiet: true},
		actTasksPage: {run: b.turnPage, quiet: true},
	}
}

func (b *Bot) lifecycleConversations() map[string]conversationFunc {
	return map[string]conversationFunc{
		convProgress: b.answerPrompt(b.progressAnswer),
		convExtend:   b.answerPrompt(b.extensionAnswer),
		convRework:   b.answerPrompt(b.reworkAnswer),
		convCancel:   b.answerPrompt(b.cancelAnswer),
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

// promptPayload is what a lifecycle prompt remembers.
type promptPayload struct {
	TaskID int64 `json:"task_id"`
	// Album, after the first photo of an album, takes only the album's
	// other photos.
	Album string `json:"album,omitempty"`
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

// lifecycleError turns a store error into the answer to give, or passes it
// on; input errors go on too, so that a prompt can ask again.
func lifecycleError(err error, id int64, conflict string) (string, error) {
	switch {
	case errors.Is(err, tasks.ErrForbidden):
		return msgNotAllowed, nil
	case errors.Is(err, tasks.ErrNotFound):
		return fmt.Sprintf(msgTaskNotFound, id), nil
	case errors.Is(err, tasks.ErrConflict):
		return fmt.Sprintf(conflict, id), nil
	}
	return "", err
}

// askFor prompts the member for the text of kind about a task. In a group
// the prompt goes to their private chat, so that the group's talk is not
// taken for an answer.
func (b *Bot) askFor(ctx context.Context, r *request, kind string, id int64, text string) error {
	if r.private {
		return b.prompt(ctx, r, kind, promptPayload{TaskID: id}, text)
	}
	private := *r
	private.chatID, private.private = r.member.ChatID, true
	if err := b.prompt(ctx, &private, kind, promptPayload{TaskID: id}, text); err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgPromptPrivate, esc(r.member.FullName)), nil)
}

// ownOpenTask checks that the member may act as an owner on an open task.
func (b *Bot) ownOpenTask(ctx context.Context, r *request, id int64) (tasks.Task, string, error) {
	t, msg, err := b.taskFor(ctx, r, id)
	switch {
	case err != nil || msg != "":
		return t, msg, err
	case !r.member.OwnsTask(t):
		return t, msgNotAllowed, nil
	case !t.State.Open():
		return t, fmt.Sprintf(msgTaskClosed, id), nil
	}
	return t, "", nil
}

// askProgress asks an owner for a progress report.
func (b *Bot) askProgress(ctx context.Context, r *request, id int64) (string, error) {
	t, msg, err := b.taskFor(ctx, r, id)
	switch {
	case err != nil || msg != "":
		return msg, err
	case !r.member.OwnsTask(t):
		return msgNotAllowed, nil
	case t.State == tasks.StateDone || t.State == tasks.StateCancelled:
		return fmt.Sprintf(msgTaskClosed, id), nil
	}
	return "", b.askFor(ctx, r, convProgress, id, fmt.Sprintf(promptProgress, id))
}

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

// askRework asks the assigner (or a leader) why the task must be redone.
func (b *Bot) askRework(ctx context.Context, r *request, id int64) (string, error) {
	t, msg, err := b.taskFor(ctx, r, id)
	switch {
	case err != nil || msg != "":
		return msg, err
	case !r.member.CanManage(t):
		return msgNotAllowed, nil
	case t.State != tasks.StateReported:
		return fmt.Sprintf(msgNotWaiting, id), nil
	}
	return "", b.askFor(ctx, r, convRework, id, fmt.Sprintf(promptRework, id))
}

// askCancel asks a leader or secretary why the task is cancelled.
func (b *Bot) askCancel(ctx context.Context, r *request, id int64) (string, error) {
	t, msg, err := b.taskFor(ctx, r, id)
	switch {
	case err != nil || msg != "":
		return msg, err
	case !r.member.CanReassign(t):
		return msgNotAllowed, nil
	case t.State == tasks.StateDone || t.State == tasks.StateCancelled:
		return fmt.Sprintf(msgTaskClosed, id), nil
	}
	return "", b.askFor(ctx, r, convCancel, id, fmt.Sprintf(promptCancel, id))
}

// saveProgress records an owner's progress and says how it went.
func (b *Bot) saveProgress(ctx context.Context, r *request, id int64, p tasks.Progress) (string, error) {
	if _, msg, err := b.taskFor(ctx, r, id); err != nil || msg != "" {
		return msg, err
	}
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
		switch {
		case errors.Is(err, tasks.ErrConflict):
			return msgExtNotPending, nil
		case errors.Is(err, tasks.ErrNotFound):
			return msgExtNotPending, nil
		case err != nil:
			return lifecycleError(err, cb.ID, msgExtNotPending)
		}
		b.kick()
		if approve {
			return fmt.Sprintf(msgExtApproved, cb.ID, deadline.Format(e.NewDeadline.In(r.loc))), nil
		}
		return fmt.Sprintf(msgExtRejected, cb.ID), nil
	}
}

// refreshCard shows the pressed message's buttons as the task now stands.
func (b *Bot) refreshCard(ctx context.Context, r *request, cb callback) {
	t, err := b.store.Task(ctx, r.org.ID, cb.ID)
	if err != nil {
		return
	}
	files, err := b.store.TaskFiles(ctx, t.OrgID, t.ID)
	if err != nil {
		return
	}
	msg := cb.Query.Message
	b.setButtons(msg.Chat.ID, msg.MessageID, cardButtons(t, *r.member, len(files)))
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
	var leads, coords []string
	for _, u := range t.Units {
		if u.Role == tasks.RoleLead {
			leads = append(leads, esc(u.Name))
		} else {
			coords = append(coords, esc(u.Name))
		}
	}
	extra := ""
	if len(coords) > 0 {
		extra = fmt.Sprintf(msgReassignCoord, strings.Join(coords, ", "))
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgReassignedTask, id, strings.Join(leads, ", "), extra), nil)
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

func (b *Bot) cmdStopSeries(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, _, ok := splitTaskArg(r.args)
	if !ok {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgNeedTaskID, r.cmd), nil)
	}
	if _, msg, err := b.taskFor(ctx, r, id); err != nil {
		return err
	} else if msg != "" {
		return b.reply(ctx, r.chatID, msg, nil)
	}
	text := fmt.Sprintf(msgSeriesStopped, id)
	if err := b.store.StopSeries(ctx, *r.member, id, r.now); err != nil {
		if text, err = lifecycleError(err, id, msgNotSeries); err != nil {
			return err
		}
	}
	return b.reply(ctx, r.chatID, text, nil)
}

// answerPrompt wraps the handler of a lifecycle prompt's answer: it acts in
// the organisation that asked, lets "bỏ qua" end the prompt, sends a reply
// to another task's message to that task, and asks again after a mistake.
func (b *Bot) answerPrompt(f func(ctx context.Context, r *request, id int64, msg *tgbotapi.Message) (string, error)) conversationFunc {
	return func(ctx context.Context, r *request, c tasks.Conversation) error {
		var p promptPayload
		if err := json.Unmarshal(c.Payload, &p); err != nil {
			return fmt.Errorf("prompt payload: %w", err)
		}
		if c.OrgID != r.org.ID {
			if err := b.setOrg(ctx, r, c.OrgID); err != nil {
				return nil
			}
		}
		msg := r.update.Message
		if p.Album != "" && msg.MediaGroupID != p.Album {
			return b.notAnAnswer(ctx, r)
		}
		text := strings.TrimSpace(messageText(msg))
		if skipWords[vntext.Fold(strings.Trim(text, ".! "))] && len(messageFiles(msg)) == 0 {
			return b.reply(ctx, r.chatID, msgPromptDropped, nil)
		}
		if handled, err := b.taskReply(ctx, r, p.TaskID); handled || err != nil {
			return err
		}
		if r.forwarded && strings.HasPrefix(text, "/") {
			if err := b.store.SetConversation(ctx, *r.member, r.chatID, c.Kind, p, r.now.Add(conversationTTL)); err != nil {
				return err
			}
			return b.reply(ctx, r.chatID, msgForwardedCommand, nil)
		}
		answer, err := f(ctx, r, p.TaskID, msg)
		var ie *tasks.InputError
		if errors.As(err, &ie) {
			if err := b.store.SetConversation(ctx, *r.member, r.chatID, c.Kind, p, r.now.Add(conversationTTL)); err != nil {
				return err
			}
			return b.reply(ctx, r.chatID, esc(ie.Msg), nil)
		}
		if err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, answer, nil)
	}
}

// notAnAnswer handles a message that came while the bot waited for the rest
// of an album, but is not part of it, as if the bot waited for nothing.
func (b *Bot) notAnAnswer(ctx context.Context, r *request) error {
	if handled, err := b.lifecycleText(ctx, r); handled || err != nil {
		return err
	}
	if !r.private {
		return nil
	}
	return b.reply(ctx, r.chatID, msgNotUnderstood, nil)
}

func (b *Bot) progressAnswer(ctx context.Context, r *request, id int64, msg *tgbotapi.Message) (string, error) {
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
		if err := b.store.SetConversation(ctx, *r.member, r.chatID, convProgress, promptPayload{TaskID: id, Album: msg.MediaGroupID}, r.now.Add(mediaGroupTTL)); err != nil {
			return "", err
		}
	}
	return text, nil
}

func (b *Bot) extensionAnswer(ctx context.Context, r *request, id int64, msg *tgbotapi.Message) (string, error) {
	return b.requestExtension(ctx, r, id, messageText(msg))
}

func (b *Bot) reworkAnswer(ctx context.Context, r *request, id int64, msg *tgbotapi.Message) (string, error) {
	return b.reworkTask(ctx, r, id, messageText(msg))
}

func (b *Bot) cancelAnswer(ctx context.Context, r *request, id int64, msg *tgbotapi.Message) (string, error) {
	return b.cancelTask(ctx, r, id, messageText(msg))
}

// messageFiles returns the photo (its largest size) or document a message
// carries, as evidence.
func messageFiles(m *tgbotapi.Message) []tasks.FileRef {
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

// taskReply handles a reply to a bot message that stands for a task (a
// notice or a /task card): "xong" or "đã hoàn thành" reports done, anything
// else is progress, with any file as evidence. A reply to the message of
// task except is left to the caller (it answers that task's prompt). The
// task is looked up in this chat only and acted on with the sender's own
// rights.
func (b *Bot) taskReply(ctx context.Context, r *request, except int64) (bool, error) {
	msg := r.update.Message
	if msg == nil || msg.ReplyToMessage == nil || r.member == nil {
		return false, nil
	}
	to := msg.ReplyToMessage
	if to.From == nil || to.From.ID != b.tg.send.Self.ID {
		return false, nil
	}
	orgs := make([]int64, len(r.memberships))
	for i, m := range r.memberships {
		orgs[i] = m.OrgID
	}
	orgID, id, ok, err := b.store.TaskByMessage(ctx, orgs, r.chatID, int64(to.MessageID))
	if err != nil || !ok || id == except && orgID == r.org.ID {
		return false, err
	}
	if err := b.setOrg(ctx, r, orgID); err != nil {
		return false, nil
	}
	text := strings.TrimSpace(messageText(msg))
	files := messageFiles(msg)
	var answer string
	if tasks.IsDoneReply(text) && len(files) == 0 {
		answer, err = b.reportDone(ctx, r, id)
	} else {
		var p tasks.Progress
		if p, err = tasks.ParseProgress(text); err == nil {
			p.Files = files
			answer, err = b.saveProgress(ctx, r, id, p)
		}
	}
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return true, b.reply(ctx, r.chatID, esc(ie.Msg), nil)
	}
	if err != nil {
		return true, err
	}
	return true, b.reply(ctx, r.chatID, answer, nil)
}

// replyTask answers with a message that stands for a task: a reply to it
// later acts on that task.
func (b *Bot) replyTask(ctx context.Context, r *request, taskID int64, text string, buttons [][]outbox.Button) error {
	pieces := outbox.SplitHTML(text, outbox.MaxText)
	for i, piece := range pieces {
		if err := b.limits.Wait(ctx, r.chatID); err != nil {
			return nil
		}
		msg := tgbotapi.NewMessage(r.chatID, piece)
		msg.ParseMode = tgbotapi.ModeHTML
		msg.DisableWebPagePreview = true
		if i == len(pieces)-1 && len(buttons) > 0 {
			msg.ReplyMarkup = keyboard(buttons)
		}
		sent, err := b.tg.send.Send(msg)
		if err != nil {
			b.log.Warn("reply failed", "chat_id", r.chatID, "err", redact(err, b.tg.token))
			return nil
		}
		if err := b.store.RecordTaskMessage(ctx, r.org.ID, r.chatID, int64(sent.MessageID), taskID, r.now); err != nil {
			return err
		}
	}
	return nil
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
		if err := b.limits.Wait(ctx, r.chatID); err != nil {
			return "", nil
		}
		var c tgbotapi.Chattable
		if f.Kind == tasks.FilePhoto {
			p := tgbotapi.NewPhoto(r.chatID, tgbotapi.FileID(f.FileID))
			p.Caption, p.ParseMode = caption, tgbotapi.ModeHTML
			c = p
		} else {
			d := tgbotapi.NewDocument(r.chatID, tgbotapi.FileID(f.FileID))
			d.Caption, d.ParseMode = caption, tgbotapi.ModeHTML
			c = d
		}
		if _, err := b.tg.send.Send(c); err != nil {
			b.log.Warn("resend file failed", "chat_id", r.chatID, "task_id", t.ID, "err", redact(err, b.tg.token))
			failed++
		}
	}
	text := fmt.Sprintf(msgFilesSent, len(files)-failed)
	if failed > 0 {
		text += fmt.Sprintf(msgFilesFailed, failed)
	}
	return text, nil
}

// editMessage replaces the text and buttons of a message the bot sent.
func (b *Bot) editMessage(chatID int64, messageID int, text string, buttons [][]outbox.Button) {
	var cfg tgbotapi.EditMessageTextConfig
	if len(buttons) > 0 {
		cfg = tgbotapi.NewEditMessageTextAndMarkup(chatID, messageID, text, keyboard(buttons))
	} else {
		cfg = tgbotapi.NewEditMessageText(chatID, messageID, text)
	}
	cfg.ParseMode = tgbotapi.ModeHTML
	cfg.DisableWebPagePreview = true
	if _, err := b.tg.send.Send(cfg); err != nil && !strings.Contains(err.Error(), "not modified") {
		b.log.Warn("editMessageText failed", "err", redact(err, b.tg.token))
	}
}

// cardButtons are the buttons of a task card for a member: an owner's, then
// the decider's when the task waits for confirmation, cancelling for
// leaders and secretaries, and the evidence files.
func cardButtons(t tasks.Task, m tasks.Member, files int) [][]outbox.Button {
	rows := taskButtons(t, m)
	if t.State == tasks.StateReported && m.CanManage(t) {
		rows = append(rows, []outbox.Button{
			{Text: btnConfirmDone, Data: callbackData(t.OrgID, actConfirm, t.ID)},
			{Text: btnAskRework, Data: callbackData(t.OrgID, actRework, t.ID)},
		})
	}
	if (t.State.Open() || t.State == tasks.StateReported) && m.CanReassign(t) {
		rows = append(rows, []outbox.Button{{Text: btnCancelTask, Data: callbackData(t.OrgID, actCancel, t.ID)}})
	}
	if files > 0 && m.CanSee(t) {
		rows = append(rows, []outbox.Button{{Text: fmt.Sprintf(btnShowFiles, files), Data: callbackData(t.OrgID, actFiles, t.ID)}})
	}
	return rows
}

// ownerButtons are the second row of an owner's task buttons.
func ownerButtons(t tasks.Task) []outbox.Button {
	row := []outbox.Button{{Text: btnReportProgress, Data: callbackData(t.OrgID, actProgress, t.ID)}}
	if t.Deadline != nil {
		row = append(row, outbox.Button{Text: btnAskExtension, Data: callbackData(t.OrgID, actExtend, t.ID)})
	}
	return row
}

// historyLine is a line of a task's history with its details.
func historyLine(e tasks.HistoryEntry, r *request, dir *tasks.Directory) string {
	who := esc(e.Member)
	if e.Unit != "" {
		who += " (" + esc(e.Unit) + ")"
	}
	name := lifecycleEventNames[e.Kind]
	if name == "" {
		name = eventNames[e.Kind]
	}
	if name == "" {
		name = e.Kind
	}
	line := fmt.Sprintf("%s — %s: %s", deadline.Format(e.At.In(r.loc)), who, name)
	if c := e.Change; c != nil {
		old := historyNoDeadline
		if c.Old != nil {
			old = deadline.Format(c.Old.In(r.loc))
		}
		line += " " + fmt.Sprintf(historyDeadline, old, deadline.Format(c.New.In(r.loc)))
		if c.Late && e.Kind == tasks.EventExtensionAsked {
			line += historyLate
		}
	}
	if a := e.Reassign; a != nil && dir != nil {
		line += " " + fmt.Sprintf(historyReassigned, esc(unitNames(dir, a.From)), esc(unitNames(dir, a.To)))
	}
	if p := e.Progress; p != nil {
		if p.Percent != nil {
			line += fmt.Sprintf(historyPercent, *p.Percent)
		}
		if len(p.Files) > 0 {
			line += fmt.Sprintf(historyFiles, len(p.Files))
		}
	}
	if e.Note != "" {
		line += ": <i>" + esc(e.Note) + "</i>"
	}
	return line
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

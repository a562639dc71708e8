package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// Button action and prompt of received tasks: [Phân công] asks a child's
// leader to which units the received task goes.
const (
	actHandOn  = "rcvg"
	convHandOn = "received_hand_on"
	// [Xin gia hạn] on a received task asks the parent for a later deadline.
	actAskParent  = "rcvx"
	convAskParent = "received_extension"
	// [Xác nhận] and [Hủy] under the preview of /sapnhap: the data names
	// the unit that carries on and the merged units by id.
	actMergeOK = "mgok"
	actMergeNo = "mgno"
)

// handOnPayload is what the hand-on prompt waits with.
type handOnPayload struct {
	ReceivedID int64 `json:"received_id"`
}

func (b *Bot) tiersCommands() []command {
	return []command{
		{names: []string{"captren", "nhan"}, help: helpReceived, allow: assigners, run: b.cmdReceived},
		{names: []string{"sapnhap", "merge"}, help: helpMerge, allow: admins, run: b.cmdMerge},
		{names: []string{"doiten", "rename"}, help: helpRename, allow: admins, run: b.cmdRename},
	}
}

func (b *Bot) tiersActions() map[string]action {
	return map[string]action{
		actHandOn:    {run: b.withID(b.askHandOn), quiet: true},
		actAskParent: {run: b.withID(b.askParentExtension), quiet: true},
		actMergeOK:   {run: b.confirmMerge, refresh: b.dropButtons},
		actMergeNo:   {run: b.cancelMerge, quiet: true, refresh: b.dropButtons},
	}
}

func (b *Bot) tiersConversations() map[string]conversationFunc {
	return map[string]conversationFunc{convHandOn: b.handOnAnswer, convAskParent: b.parentExtensionAnswer}
}

// cmdReceived lists the organisation's open received tasks, each with a
// [Phân công] button.
func (b *Bot) cmdReceived(ctx context.Context, r *request) error {
	rs, err := b.store.ReceivedTasks(ctx, r.org.ID, true)
	if err != nil {
		return err
	}
	if len(rs) == 0 {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgReceivedNone, esc(r.org.Name)), nil)
	}
	var lines []string
	var buttons [][]outbox.Button
	for _, rc := range rs {
		lines = append(lines, receivedLine(rc, r.loc))
		buttons = append(buttons, []outbox.Button{{Text: fmt.Sprintf(btnHandOnN, rc.ID), Data: callbackData(r.org.ID, actHandOn, rc.ID)}})
	}
	return b.reply(ctx, r.chatID, msgReceivedList+"\n\n"+strings.Join(lines, "\n\n"), buttons)
}

// receivedHintShown reports whether a task list tells the leader how
// many received tasks wait to be handed on (overdue ones only in an
// overdue list): not for others, in a unit's group, or with a filter the
// received tasks cannot match. The count is read with the list
// (tasks.Store.TaskPageWaiting).
func receivedHintShown(r *request, f tasks.ListFilter) bool {
	return r.member.CanAssign() && r.member.ScopeUnit == 0 && f.UnitID == 0 && f.MeetingID == 0 && !f.ThisWeek
}

// receivedHint is the line under a leader's task list for n received
// tasks waiting; "" for none.
func receivedHint(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(listReceivedWaiting, n)
}

// askHandOn asks a leader of the organisation that received a task to
// which of its units it goes.
func (b *Bot) askHandOn(ctx context.Context, r *request, id int64) (string, error) {
	rc, refusal, err := b.openReceived(ctx, r, id)
	if refusal != "" || err != nil {
		return refusal, err
	}
	return "", b.prompt(ctx, r, convHandOn, handOnPayload{ReceivedID: id}, fmt.Sprintf(promptHandOn, receivedCard(rc, r.loc)))
}

// handOnAnswer makes the organisation's own task from the received one, for
// the units (and the part) the leader wrote.
func (b *Bot) handOnAnswer(ctx context.Context, r *request, c Conversation) error {
	var p handOnPayload
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("hand-on payload: %w", err)
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	cal, err := b.store.Calendar(ctx, r.org.ID)
	if err != nil {
		return err
	}
	a, err := tasks.ParseHandOn(deadline.Reader{Calendar: cal}, messageText(r.update.Message), dir, r.now.In(r.loc))
	if err != nil {
		return err
	}
	t, err := b.store.AssignReceived(ctx, *r.member, p.ReceivedID, a.NewTask(r.origin()), r.now)
	if refusal := receivedRefusal(err, p.ReceivedID); refusal != "" {
		return b.reply(ctx, r.chatID, refusal, nil)
	}
	if err != nil {
		return err
	}
	b.kick()
	text := fmt.Sprintf(msgHandedOn, taskCard(t, cardTitle, r.now, r.loc))
	return b.replyTask(ctx, r, t.ID, text, [][]outbox.Button{
		{{Text: btnHandOnMore, Data: callbackData(r.org.ID, actHandOn, p.ReceivedID)}},
	})
}

// receivedCard shows a received task with what the parent gave.
func receivedCard(rc tasks.Received, loc *time.Location) string {
	lines := []string{fmt.Sprintf(cardReceivedTitle, rc.ID, esc(rc.ParentOrgName)), esc(rc.Text)}
	if rc.Deadline != nil {
		lines = append(lines, fmt.Sprintf(cardDeadline, receivedDeadline(rc, loc)))
	} else {
		lines = append(lines, cardNoDeadline)
	}
	if rc.MeetingTitle != "" {
		lines = append(lines, fmt.Sprintf(cardReceivedMeeting, esc(rc.MeetingTitle)))
	}
	if rc.AssignerName != "" {
		lines = append(lines, fmt.Sprintf(cardReceivedAssigner, esc(rc.AssignerName)))
	}
	return strings.Join(lines, "\n")
}

func receivedDeadline(rc tasks.Received, loc *time.Location) string {
	if rc.DeadlineHasTime {
		return deadline.Format(rc.Deadline.In(loc))
	}
	return deadline.FormatDate(rc.Deadline.In(loc))
}

// receivedLine is a received task in a list.
func receivedLine(rc tasks.Received, loc *time.Location) string {
	s := fmt.Sprintf(lineReceived, rc.ID, esc(rc.Text), esc(rc.ParentOrgName), rc.State.Label())
	if rc.Deadline != nil {
		s += fmt.Sprintf(lineReceivedDeadline, receivedDeadline(rc, loc))
	}
	if rc.Open() && rc.ReturnReason != "" {
		s += "\n   " + fmt.Sprintf(cardReceivedReason, esc(rc.ReturnReason))
	}
	return s
}

// openReceived loads a received task that a leader of the organisation
// that received it may still act on; otherwise refusal says why not.
func (b *Bot) openReceived(ctx context.Context, r *request, id int64) (rc tasks.Received, refusal string, err error) {
	if !r.member.CanAssign() {
		return rc, msgNotAllowed, nil
	}
	rc, err = b.store.Received(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) {
		return rc, msgNotAllowed, nil
	}
	if err != nil {
		return rc, "", err
	}
	if !rc.Open() {
		return rc, fmt.Sprintf(msgReceivedClosed, rc.ID), nil
	}
	return rc, "", nil
}

// receivedRefusal is the answer to a store error about received task id
// that a person should read (closed meanwhile, not theirs), or "".
func receivedRefusal(err error, id int64) string {
	switch {
	case errors.Is(err, tasks.ErrConflict):
		return fmt.Sprintf(msgReceivedClosed, id)
	case errors.Is(err, tasks.ErrNotFound), errors.Is(err, tasks.ErrForbidden):
		return msgNotAllowed
	}
	return ""
}

// askParentExtension asks a leader of the organisation that received a
// task for the later deadline to ask the parent for, and why.
func (b *Bot) askParentExtension(ctx context.Context, r *request, id int64) (string, error) {
	rc, refusal, err := b.openReceived(ctx, r, id)
	if refusal != "" || err != nil {
		return refusal, err
	}
	return "", b.prompt(ctx, r, convAskParent, handOnPayload{ReceivedID: id}, fmt.Sprintf(promptAskParent, esc(rc.ParentOrgName)))
}

// parentExtensionAnswer sends the request for a later deadline up.
func (b *Bot) parentExtensionAnswer(ctx context.Context, r *request, c Conversation) error {
	var p handOnPayload
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("extension payload: %w", err)
	}
	rc, err := b.store.Received(ctx, r.org.ID, p.ReceivedID)
	if errors.Is(err, tasks.ErrNotFound) {
		return b.reply(ctx, r.chatID, msgNotAllowed, nil)
	}
	if err != nil {
		return err
	}
	ask, err := tasks.ParseExtensionAsk(messageText(r.update.Message), rc.Deadline, r.now.In(r.loc))
	if err != nil {
		return err
	}
	ask.Origin = r.origin()
	err = b.store.RequestReceivedExtension(ctx, *r.member, p.ReceivedID, ask, r.now)
	if refusal := receivedRefusal(err, p.ReceivedID); refusal != "" {
		return b.reply(ctx, r.chatID, refusal, nil)
	}
	if err != nil {
		return err
	}
	b.kick()
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgAskedParent, esc(rc.ParentOrgName), deadline.Format(ask.Deadline.Time.In(r.loc))), nil)
}

// cmdMerge shows what merging units would do, as `dondoc units merge`
// does it: "/sapnhap MÃ_MỚI MÃ_CŨ …" (codes, the first the unit that
// carries on). Nothing changes until an admin presses [Xác nhận] under the
// preview: a merge retires units and moves their members, and two codes
// written the wrong way round would retire the wrong one.
func (b *Bot) cmdMerge(ctx context.Context, r *request) error {
	codes := strings.Fields(strings.NewReplacer(",", " ", ";", " ").Replace(r.args))
	if len(codes) < 2 {
		return b.reply(ctx, r.chatID, msgMergeUsage, nil)
	}
	res, err := b.store.PreviewMerge(ctx, r.org.ID, codes[0], codes[1:], r.now)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n"+msgMergeUsage, nil)
	}
	if err != nil {
		return err
	}
	ids := make([]string, len(res.Retired))
	for i, u := range res.Retired {
		ids[i] = fmt.Sprint(u.ID)
	}
	ok := callbackData(r.org.ID, actMergeOK, res.Into.ID, strings.Join(ids, "."))
	if len(ok) > maxCallbackData {
		return b.reply(ctx, r.chatID, msgMergeTooMany, nil)
	}
	text := fmt.Sprintf(msgMergePreview, unitList(res.Retired), esc(res.Into.Name), res.Tasks, res.Members, res.Groups, unitList(res.Retired))
	return b.reply(ctx, r.chatID, text, [][]outbox.Button{{
		{Text: btnMergeOK, Data: ok},
		{Text: btnMergeNo, Data: callbackData(r.org.ID, actMergeNo, res.Into.ID)},
	}})
}

// maxCallbackData is the most bytes Telegram takes in a button's data.
const maxCallbackData = 64

// unitList names units in bold, separated by commas.
func unitList(us []tasks.Unit) string {
	names := make([]string, len(us))
	for i, u := range us {
		names[i] = "<b>" + esc(u.Name) + "</b>"
	}
	return strings.Join(names, ", ")
}

// confirmMerge makes the merge a preview showed, for an admin of the
// organisation only: the press is checked like the command, whatever
// message carried it.
func (b *Bot) confirmMerge(ctx context.Context, r *request, cb callback) (string, error) {
	if !admins(r.member) {
		return msgNotAllowed, nil
	}
	into, olds, ok, err := b.mergeCodes(ctx, r, cb)
	if err != nil || !ok {
		return msgNotAllowed, err
	}
	res, err := b.store.MergeUnits(ctx, r.org.ID, into, olds, r.now)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return esc(ie.Msg), nil
	}
	if err != nil {
		return "", err
	}
	b.kick()
	return fmt.Sprintf(msgMerged, unitList(res.Retired), esc(res.Into.Name), res.Tasks, res.Members, res.Groups), nil
}

// cancelMerge drops a preview's buttons, changing nothing.
func (b *Bot) cancelMerge(_ context.Context, r *request, _ callback) (string, error) {
	if !admins(r.member) {
		return msgNotAllowed, nil
	}
	return msgMergeCancelled, nil
}

// mergeCodes reads the units a merge button names back into their codes;
// ok is false when the data names units the organisation does not have.
func (b *Bot) mergeCodes(ctx context.Context, r *request, cb callback) (into string, olds []string, ok bool, err error) {
	units, err := b.store.Units(ctx, r.org.ID)
	if err != nil {
		return "", nil, false, err
	}
	code := map[int64]string{}
	for _, u := range units {
		code[u.ID] = u.Code
	}
	into, ok = code[cb.ID]
	for _, f := range strings.Split(cb.Arg, ".") {
		id, perr := strconv.ParseInt(f, 10, 64)
		c, known := code[id]
		if perr != nil || !known {
			return "", nil, false, nil
		}
		olds = append(olds, c)
	}
	return into, olds, ok && len(olds) > 0, nil
}

// cmdRename renames a unit, as `dondoc units rename` does: "/doiten MÃ Tên
// mới". The old name stays an alias, so that conclusions that still use it
// find the unit, and past events keep it.
func (b *Bot) cmdRename(ctx context.Context, r *request) error {
	code, name, _ := strings.Cut(strings.TrimSpace(r.args), " ")
	name = strings.TrimSpace(name)
	if code == "" || name == "" {
		return b.reply(ctx, r.chatID, msgRenameUsage, nil)
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	old, known := dir.ByCode(code)
	u, err := b.store.RenameUnit(ctx, r.org.ID, code, name)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n"+msgRenameUsage, nil)
	}
	if err != nil {
		return err
	}
	if !known || old.Name == u.Name {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgRenamedSame, esc(u.Name)), nil)
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgRenamed, esc(old.Name), esc(u.Name)), nil)
}

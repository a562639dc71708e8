package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/directives"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// Buttons of a meeting's draft: "<org>:<action>:<meeting>[:<item>]".
const (
	actMeetConfirm = "mok"
	actMeetDrop    = "mdrop"
	actMeetFix     = "mfix"
)

// Prompts of the meeting flow.
const (
	convConclusion = "meeting_conclusion"
	convMeetingFix = "meeting_fix"
)

// maxItemButtons bounds the items that get their own buttons: Telegram
// allows 100 buttons under a message.
const maxItemButtons = 45

// meetingPayload is what a meeting prompt waits for.
type meetingPayload struct {
	MeetingID int64 `json:"meeting_id"`
	N         int   `json:"n,omitempty"`
}

func (b *Bot) meetingCommands() []command {
	return []command{
		{names: []string{"hop", "meeting"}, help: helpMeeting, allow: members, run: b.cmdMeeting, menu: true},
	}
}

func (b *Bot) meetingActions() map[string]action {
	return map[string]action{
		actMeetConfirm: {run: b.confirmPressed, refresh: b.refreshConfirmed},
		actMeetDrop:    {run: b.dropPressed, quiet: true, refresh: b.dropButtons},
		actMeetFix:     {run: b.fixPressed},
	}
}

func (b *Bot) meetingConversations() map[string]conversationFunc {
	return map[string]conversationFunc{
		convConclusion: b.conclusionAnswer,
		convMeetingFix: b.fixAnswer,
	}
}

// meetingNumber reads "/hop 12", "/hop #12" or "/hop số 12".
var meetingNumber = regexp.MustCompile(`^(?:#|so\s+)?(\d{1,9})$`)

// cmdMeeting opens a meeting (/hop <tên> [ngày dd/mm/yyyy] [chủ trì <tên>],
// with the conclusion on the next lines, in an attached file, or in the
// next message), shows one (/hop <số>), or lists the latest.
func (b *Bot) cmdMeeting(ctx context.Context, r *request) error {
	args := strings.TrimSpace(r.args)
	doc := r.update.Message.Document
	if m := meetingNumber.FindStringSubmatch(vntext.Fold(args)); m != nil && doc == nil {
		id, _ := strconv.ParseInt(m[1], 10, 64)
		return b.showMeeting(ctx, r, id)
	}
	if args == "" && doc == nil {
		return b.meetingUsage(ctx, r)
	}
	if !r.member.CanAssign() {
		return b.reply(ctx, r.chatID, msgMeetingForbidden, nil)
	}
	header, conclusion, _ := strings.Cut(args, "\n")
	nm, err := tasks.ParseMeetingHeader(header, r.now.In(r.loc))
	if err != nil {
		return err
	}
	nm.Origin = r.origin()
	m, _, err := b.store.OpenMeeting(ctx, *r.member, nm, r.now)
	if err != nil {
		return err
	}
	if strings.TrimSpace(conclusion) != "" || doc != nil {
		return b.askAgain(ctx, r, convConclusion, meetingPayload{MeetingID: m.ID}, b.takeConclusion(ctx, r, m, conclusion))
	}
	return b.askConclusion(ctx, r, m, meetingOpened(m, r.loc))
}

// askConclusion asks for a meeting's conclusion and remembers the request,
// so that a reply to it is taken as the conclusion even later.
func (b *Bot) askConclusion(ctx context.Context, r *request, m tasks.Meeting, text string) error {
	chat := promptChat(r)
	return b.promptThen(ctx, r, convConclusion, meetingPayload{MeetingID: m.ID}, text, msgPromptPrivate, func(msgID int) error {
		return b.book.RecordMeetingMessage(ctx, m.OrgID, chat, int64(msgID), m.ID, r.now)
	})
}

func meetingOpened(m tasks.Meeting, loc *time.Location) string {
	chair := ""
	if m.Chair != "" {
		chair = fmt.Sprintf(msgMeetingChair, esc(m.Chair))
	}
	return fmt.Sprintf(msgMeetingOpened, m.ID, esc(m.Title), dayName(m.Day(loc)), chair)
}

func dayName(d time.Time) string {
	return fmt.Sprintf("%s (%s)", deadline.FormatDate(d), deadline.WeekdayName(d.Weekday()))
}

func (b *Bot) meetingUsage(ctx context.Context, r *request) error {
	lines := []string{msgMeetingUsage}
	ms, err := b.store.Meetings(ctx, r.org.ID, 5)
	if err != nil {
		return err
	}
	if len(ms) > 0 {
		lines = append(lines, "", msgMeetingRecent)
		for _, m := range ms {
			lines = append(lines, fmt.Sprintf(msgMeetingRow, m.ID, esc(m.Title), deadline.FormatDate(m.Day(r.loc)), meetingStateName(m, r.loc)))
		}
	}
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), nil)
}

func meetingStateName(m tasks.Meeting, loc *time.Location) string {
	if m.State == tasks.MeetingConfirmed && m.ConfirmedAt != nil {
		return fmt.Sprintf(stateMeetingConfirmed, m.State.Label(), deadline.Format(m.ConfirmedAt.In(loc)))
	}
	return m.State.Label()
}

// conclusionAnswer takes the message that answers "send the conclusion".
func (b *Bot) conclusionAnswer(ctx context.Context, r *request, c Conversation) error {
	var p meetingPayload
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("meeting payload: %w", err)
	}
	m, err := b.store.Meeting(ctx, r.org.ID, p.MeetingID)
	if err != nil {
		return err
	}
	return b.takeConclusion(ctx, r, m, strings.TrimSpace(messageText(r.update.Message)))
}

// takeConclusion reads a conclusion (the text, or the attached file) and
// answers with its draft. A mistake the person can fix is returned as a
// *tasks.InputError, for the caller to wait for the conclusion again
// (askAgain).
func (b *Bot) takeConclusion(ctx context.Context, r *request, m tasks.Meeting, text string) error {
	if doc := r.update.Message.Document; doc != nil {
		data, err := b.downloadDocument(ctx, doc)
		if err != nil {
			return err
		}
		if text, err = directives.FileText(doc.FileName, data); err != nil {
			return err
		}
	}
	if strings.TrimSpace(text) == "" {
		return &tasks.InputError{Msg: msgConclusionEmpty}
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	if len(dir.Units()) == 0 {
		return b.reply(ctx, r.chatID, msgNoUnits, nil)
	}
	ds := directives.Extract(text, dir, m.Day(r.loc))
	if len(ds) == 0 {
		return &tasks.InputError{Msg: msgNoDirectives}
	}
	items := make([]tasks.MeetingItem, len(ds))
	for i, d := range ds {
		items[i] = itemOf(d)
	}
	err = b.store.SaveDraft(ctx, *r.member, m.ID, text, items)
	switch {
	case errors.Is(err, tasks.ErrConflict):
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgMeetingFrozen, m.ID, m.ID), nil)
	case errors.Is(err, tasks.ErrForbidden):
		return b.reply(ctx, r.chatID, msgMeetingForbidden, nil)
	case err != nil:
		return err
	}
	return b.sendDraft(ctx, r, m.ID)
}

// meetingReply takes a reply to the bot's request for a conclusion as that
// conclusion, also once the bot stopped waiting for it.
func (b *Bot) meetingReply(ctx context.Context, r *request) (bool, error) {
	msg := r.update.Message
	if msg == nil || msg.ReplyToMessage == nil || r.member == nil || !r.member.CanAssign() {
		return false, nil
	}
	to := msg.ReplyToMessage
	if to.From == nil || to.From.ID != b.tg.ID() {
		return false, nil
	}
	id, ok, err := b.book.MeetingByMessage(ctx, r.org.ID, r.chatID, int64(to.MessageID))
	if err != nil || !ok {
		return false, err
	}
	m, err := b.store.Meeting(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if m.State == tasks.MeetingConfirmed {
		return true, b.reply(ctx, r.chatID, fmt.Sprintf(msgMeetingFrozen, m.ID, m.ID), nil)
	}
	return true, b.askAgain(ctx, r, convConclusion, meetingPayload{MeetingID: m.ID}, b.takeConclusion(ctx, r, m, strings.TrimSpace(messageText(msg))))
}

// itemOf turns an extracted directive into a draft item.
func itemOf(d directives.Directive) tasks.MeetingItem {
	phrase := ""
	if d.Deadline != nil && d.Deadline.Rule == nil {
		phrase = d.DeadlineText
	}
	it := tasks.MeetingItem{Text: tasks.Title(d.Text, phrase), DeadlineText: d.DeadlineText}
	if d.Lead != nil {
		it.Lead = d.Lead.Key()
	}
	for _, o := range d.Coordinators {
		it.Coordinators = append(it.Coordinators, o.Key())
	}
	if dl := d.Deadline; dl != nil {
		at := dl.Time
		it.Deadline, it.DeadlineHasTime, it.Rule = &at, dl.HasTime, dl.Rule
	}
	for _, w := range d.Warnings {
		it.Warnings = append(it.Warnings, tasks.DraftWarning{About: string(w.About), Text: w.Text})
	}
	return it
}

// downloadDocument fetches a file a person sent, within FileText's limit.
func (b *Bot) downloadDocument(ctx context.Context, doc *Document) ([]byte, error) {
	if doc.FileSize > directives.MaxFileSize {
		return nil, directives.TooBigError(doc.FileName)
	}
	data, err := b.tg.Download(ctx, doc.FileID, directives.MaxFileSize)
	if err != nil {
		return nil, err
	}
	return data, nil
}

// sendDraft shows a meeting's draft with its buttons; a long draft comes
// in several messages, the buttons under the last.
func (b *Bot) sendDraft(ctx context.Context, r *request, meetingID int64) error {
	m, err := b.store.Meeting(ctx, r.org.ID, meetingID)
	if err != nil {
		return err
	}
	items, err := b.store.MeetingItems(ctx, r.org.ID, meetingID)
	if err != nil {
		return err
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	lines := []string{fmt.Sprintf(msgDraftTitle, m.ID, esc(m.Title), deadline.FormatDate(m.Day(r.loc)))}
	var rows [][]outbox.Button
	pending := 0
	for _, it := range items {
		lines = append(lines, "", draftItem(it, dir, r.now, r.loc))
		if it.State == tasks.ItemCreated {
			continue
		}
		if it.State == tasks.ItemPending {
			pending++
		}
		if len(rows) < maxItemButtons {
			row := []outbox.Button{{Text: fmt.Sprintf(btnMeetFix, it.N), Data: callbackData(r.org.ID, actMeetFix, m.ID, strconv.Itoa(it.N))}}
			if it.State == tasks.ItemPending {
				row = append(row, outbox.Button{Text: fmt.Sprintf(btnMeetDrop, it.N), Data: callbackData(r.org.ID, actMeetDrop, m.ID, strconv.Itoa(it.N))})
			}
			rows = append(rows, row)
		}
	}
	lines = append(lines, "", msgDraftFooter)
	if len(items) > maxItemButtons {
		lines = append(lines, fmt.Sprintf(msgDraftTooLong, maxItemButtons))
	}
	rows = append(rows, []outbox.Button{{Text: fmt.Sprintf(btnMeetConfirm, pending), Data: callbackData(r.org.ID, actMeetConfirm, m.ID)}})
	return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), rows)
}

// draftItem renders one numbered item of a draft.
func draftItem(it tasks.MeetingItem, dir *tasks.Directory, now time.Time, loc *time.Location) string {
	switch it.State {
	case tasks.ItemDropped:
		return fmt.Sprintf(draftDropped, it.N, esc(vntext.Shorten(it.Text, 120)))
	case tasks.ItemCreated:
		return fmt.Sprintf(draftCreated, it.N, esc(vntext.Shorten(it.Text, 120)), *it.TaskID)
	}
	lines := append([]string{fmt.Sprintf(draftText, it.N, esc(it.Text))}, draftOwners(it, dir)...)
	switch {
	case it.Deadline != nil:
		d := deadline.Deadline{Time: *itemDue(it, now, loc), HasTime: it.DeadlineHasTime, Rule: it.Rule}
		lines = append(lines, fmt.Sprintf(draftDeadline, d.String(), esc(it.DeadlineText)))
		if it.Rule == nil && it.Deadline.Before(now) {
			lines = append(lines, fmt.Sprintf(draftWarning, msgDeadlinePassed))
		}
	default:
		lines = append(lines, draftNoDeadline)
	}
	for _, w := range it.Warnings {
		lines = append(lines, fmt.Sprintf(draftWarning, esc(w.Text)))
	}
	return strings.Join(lines, "\n")
}

// meetingButton reads the meeting and item of a draft button.
func meetingButton(cb callback) (int64, int) {
	n, _ := strconv.Atoi(cb.Arg)
	return cb.ID, n
}

// dropPressed leaves an item out and shows the draft again.
func (b *Bot) dropPressed(ctx context.Context, r *request, cb callback) (string, error) {
	id, n := meetingButton(cb)
	changed, err := b.store.DropItem(ctx, *r.member, id, n)
	if err != nil {
		return itemError(err, id, n)
	}
	if err := b.sendDraft(ctx, r, id); err != nil {
		return "", err
	}
	if !changed {
		return fmt.Sprintf(msgAlreadyDropped, n), nil
	}
	return fmt.Sprintf(msgItemDropped, n), nil
}

// itemError answers the refusals of acting on item n of meeting id's
// draft, and passes any other error on.
func itemError(err error, id int64, n int) (string, error) {
	return refusal(err, fmt.Sprintf(msgItemNotFound, n, id), fmt.Sprintf(msgMeetingFrozen, id, id))
}

// fixPressed asks for the item's new owner or deadline.
func (b *Bot) fixPressed(ctx context.Context, r *request, cb callback) (string, error) {
	id, n := meetingButton(cb)
	if !r.member.CanAssign() {
		return msgNotAllowed, nil
	}
	m, err := b.store.Meeting(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) {
		return fmt.Sprintf(msgMeetingNotFound, id), nil
	}
	if err != nil {
		return "", err
	}
	if m.State == tasks.MeetingConfirmed {
		return fmt.Sprintf(msgMeetingFrozen, id, id), nil
	}
	it, ok, err := b.meetingItem(ctx, r.org.ID, id, n)
	if err != nil {
		return "", err
	}
	if !ok {
		return fmt.Sprintf(msgItemNotFound, n, id), nil
	}
	if it.State == tasks.ItemCreated {
		return fmt.Sprintf(msgMeetingFrozen, id, id), nil
	}
	return "", b.prompt(ctx, r, convMeetingFix, meetingPayload{MeetingID: id, N: n}, fmt.Sprintf(msgFixPrompt, n, esc(vntext.Shorten(it.Text, 300))))
}

func (b *Bot) meetingItem(ctx context.Context, orgID, meetingID int64, n int) (tasks.MeetingItem, bool, error) {
	items, err := b.store.MeetingItems(ctx, orgID, meetingID)
	if err != nil {
		return tasks.MeetingItem{}, false, err
	}
	for _, it := range items {
		if it.N == n {
			return it, true, nil
		}
	}
	return tasks.MeetingItem{}, false, nil
}

// fixAnswer applies the correction typed for an item and shows the draft again.
func (b *Bot) fixAnswer(ctx context.Context, r *request, c Conversation) error {
	var p meetingPayload
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("meeting payload: %w", err)
	}
	text := strings.TrimSpace(messageText(r.update.Message))
	m, err := b.store.Meeting(ctx, r.org.ID, p.MeetingID)
	if err != nil {
		return err
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	fix, err := directives.ParseFix(text, dir, m.Day(r.loc))
	if err != nil {
		return err
	}
	if d := fix.Deadline; d != nil && d.Rule == nil && d.Time.Before(r.now) {
		return &tasks.InputError{Msg: fmt.Sprintf(msgFixPast, d.Text, deadline.FormatDate(d.Time.In(r.loc)))}
	}
	if _, err := b.store.UpdateItem(ctx, *r.member, p.MeetingID, p.N, func(it *tasks.MeetingItem) { applyFix(it, fix) }); err != nil {
		text, err := itemError(err, p.MeetingID, p.N)
		if err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, text, nil)
	}
	if err := b.reply(ctx, r.chatID, fmt.Sprintf(msgFixDone, p.N), nil); err != nil {
		return err
	}
	return b.sendDraft(ctx, r, p.MeetingID)
}

// applyFix changes a draft item as a correction says, and drops the
// warnings the correction answers.
func applyFix(it *tasks.MeetingItem, f directives.Fix) {
	owners := f.Lead != nil || f.SetCoordinators
	if f.Lead != nil {
		it.Lead = f.Lead.Key()
	}
	if f.SetCoordinators {
		it.Coordinators = nil
		for _, o := range f.Coordinators {
			if k := o.Key(); k != it.Lead {
				it.Coordinators = append(it.Coordinators, k)
			}
		}
	}
	if f.SetDeadline {
		it.Deadline, it.DeadlineText, it.DeadlineHasTime, it.Rule = nil, "", false, nil
		if d := f.Deadline; d != nil {
			at := d.Time
			it.Deadline, it.DeadlineText, it.DeadlineHasTime, it.Rule = &at, d.Text, d.HasTime, d.Rule
		}
	}
	var keep []tasks.DraftWarning
	for _, w := range it.Warnings {
		if owners && w.About == string(directives.AboutOwner) || f.SetDeadline && w.About == string(directives.AboutDeadline) {
			continue
		}
		keep = append(keep, w)
	}
	it.Warnings = keep
}

// confirmPressed turns the draft's waiting items into tasks, at most once
// each, and closes the meeting.
func (b *Bot) confirmPressed(ctx context.Context, r *request, cb callback) (string, error) {
	id := cb.ID
	if !r.member.CanAssign() {
		return msgNotAllowed, nil
	}
	m, err := b.store.Meeting(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) {
		return fmt.Sprintf(msgMeetingNotFound, id), nil
	}
	if err != nil {
		return "", err
	}
	items, err := b.store.MeetingItems(ctx, r.org.ID, id)
	if err != nil {
		return "", err
	}
	if m.State == tasks.MeetingConfirmed {
		return fmt.Sprintf(msgMeetingConfirmedBefore, id, createdList(items), id), nil
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return "", err
	}
	news, problems := b.newTasks(m, items, dir, r)
	if len(problems) > 0 {
		return fmt.Sprintf(msgConfirmRefused, strings.Join(problems, "\n")), nil
	}
	var created []string
	var made []tasks.Task
	for _, n := range news {
		t, _, err := b.store.CreateTask(ctx, *r.member, n.task, r.now)
		if err != nil {
			return "", err
		}
		if err := b.store.ItemCreated(ctx, r.org.ID, id, n.item, t.ID); err != nil {
			return "", err
		}
		created = append(created, confirmedLine(t, r.loc))
		made = append(made, t)
	}
	if _, err := b.store.ConfirmMeeting(ctx, *r.member, id, r.now); err != nil && !errors.Is(err, tasks.ErrConflict) {
		return "", err
	}
	b.kick()
	if len(created) == 0 {
		return fmt.Sprintf(msgConfirmedNone, id), nil
	}
	return fmt.Sprintf(msgConfirmed, len(created), id, esc(m.Title), strings.Join(created, "\n"), id) + b.restDaysNote(ctx, made, r.loc), nil
}

type newItemTask struct {
	item int
	task tasks.NewTask
}

// newTasks returns the task of every waiting item, or what keeps items
// from becoming tasks.
func (b *Bot) newTasks(m tasks.Meeting, items []tasks.MeetingItem, dir *tasks.Directory, r *request) ([]newItemTask, []string) {
	var (
		out      []newItemTask
		problems []string
	)
	for _, it := range items {
		if it.State != tasks.ItemPending {
			continue
		}
		d, unknown := itemDirective(it, dir)
		for _, k := range unknown {
			problems = append(problems, fmt.Sprintf(problemUnknownOwner, it.N, esc(k)))
		}
		switch {
		case it.Lead == "":
			problems = append(problems, fmt.Sprintf(problemNoLead, it.N))
			continue
		case len(unknown) > 0:
			continue
		case len(d.LeadUnits()) == 0:
			problems = append(problems, fmt.Sprintf(problemEmptyGroup, it.N, esc(d.Lead.Name())))
			continue
		}
		nt := tasks.NewTask{Text: it.Text, Origin: fmt.Sprintf("meeting:%d:%d", m.ID, it.N), MeetingID: &m.ID, DeadlineText: it.DeadlineText}
		for _, u := range d.LeadUnits() {
			nt.Leads = append(nt.Leads, u.ID)
		}
		for _, u := range d.CoordinatorUnits() {
			nt.Coordinators = append(nt.Coordinators, u.ID)
		}
		if due := itemDue(it, r.now, r.loc); due != nil {
			at := *due
			if it.Rule != nil {
				rule := *it.Rule
				nt.Rule = &rule
			} else if at.Before(r.now) {
				problems = append(problems, fmt.Sprintf(problemPast, it.N, deadline.FormatDate(at.In(r.loc))))
				continue
			}
			nt.Deadline, nt.DeadlineHasTime = &at, it.DeadlineHasTime
		}
		out = append(out, newItemTask{item: it.N, task: nt})
	}
	return out, problems
}

func confirmedLine(t tasks.Task, loc *time.Location) string {
	dl := ""
	if t.Deadline != nil {
		dl = fmt.Sprintf(confirmedDeadline, listDeadline(t, loc))
	}
	return fmt.Sprintf(confirmedItem, t.ID, esc(vntext.Shorten(t.Text, 80)), esc(leadList(t)), dl)
}

func createdList(items []tasks.MeetingItem) string {
	var ids []string
	for _, it := range items {
		if it.TaskID != nil {
			ids = append(ids, fmt.Sprintf("#%d", *it.TaskID))
		}
	}
	if len(ids) == 0 {
		return ""
	}
	return fmt.Sprintf(msgCreatedTasks, strings.Join(ids, ", "))
}

// refreshConfirmed removes the draft's buttons once the meeting is confirmed.
func (b *Bot) refreshConfirmed(ctx context.Context, r *request, cb callback) {
	if m, err := b.store.Meeting(ctx, r.org.ID, cb.ID); err == nil && m.State == tasks.MeetingConfirmed {
		b.dropButtons(ctx, r, cb)
	}
}

// showMeeting shows a meeting and the tasks of it the member may see; to
// a leader or secretary it also shows the draft, or asks for the
// conclusion again.
func (b *Bot) showMeeting(ctx context.Context, r *request, id int64) error {
	m, err := b.store.Meeting(ctx, r.org.ID, id)
	if errors.Is(err, tasks.ErrNotFound) {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgMeetingNotFound, id), nil)
	}
	if err != nil {
		return err
	}
	lines := []string{fmt.Sprintf(cardMeetingTitle, m.ID, esc(m.Title)), fmt.Sprintf(cardMeetingDay, dayName(m.Day(r.loc)))}
	if m.Chair != "" {
		lines = append(lines, fmt.Sprintf(cardMeetingChair, esc(m.Chair)))
	}
	if m.OpenerName != "" {
		lines = append(lines, fmt.Sprintf(cardMeetingOpener, esc(m.OpenerName)))
	}
	lines = append(lines, fmt.Sprintf(cardMeetingState, meetingStateName(m, r.loc)))
	list, err := b.store.Tasks(ctx, *r.member, tasks.TaskFilter{MeetingID: m.ID})
	if err != nil {
		return err
	}
	lines = append(lines, "", fmt.Sprintf(cardMeetingTasks, len(list)))
	if len(list) == 0 {
		lines = append(lines, cardMeetingNoTasks)
	}
	for _, t := range list {
		lines = append(lines, taskLine(t, r))
	}
	if err := b.reply(ctx, r.chatID, strings.Join(lines, "\n"), nil); err != nil {
		return err
	}
	if !r.member.CanAssign() {
		return nil
	}
	switch m.State {
	case tasks.MeetingOpen:
		return b.askConclusion(ctx, r, m, fmt.Sprintf(msgSendConclusion, m.ID))
	case tasks.MeetingDraft:
		return b.sendDraft(ctx, r, m.ID)
	}
	return nil
}

package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
	"github.com/dondoc/dondoc/weekly"
)

// Prompts and buttons of the weekly cycle.
const (
	convWeeklyEntry    = "weekly_entry"
	convWeeklyEdit     = "weekly_edit"
	convWeeklyEvidence = "weekly_evidence"
	convWeeklyPick     = "weekly_pick"
	actWeeklyUnit      = "wku"
)

// weeklyConv is what a weekly prompt waits with.
type weeklyConv struct {
	Kind  weekly.EntryKind `json:"kind,omitempty"`
	Unit  int64            `json:"unit,omitempty"`
	Week  string           `json:"week,omitempty"`
	Entry int64            `json:"entry,omitempty"`
	Text  string           `json:"text,omitempty"`
}

func reportViewers(m *tasks.Member) bool { return m != nil && m.SeesAll() }

func reportChatSetters(m *tasks.Member) bool { return m != nil && weekly.CanSetReportChat(*m) }

func (b *Bot) weeklyCommands() []command {
	return []command{
		{names: []string{"dangky"}, help: helpDangKy, allow: members, run: b.cmdDangKy, menu: true},
		{names: []string{"ketqua"}, help: helpKetQua, allow: members, run: b.cmdKetQua, menu: true},
		{names: []string{"baocao"}, help: helpBaoCao, allow: reportViewers, run: b.cmdBaoCao, menu: true},
		{names: []string{"baocao_o_day"}, help: helpBaoCaoODay, allow: reportChatSetters, run: b.cmdBaoCaoODay},
	}
}

func (b *Bot) weeklyActions() map[string]action {
	return map[string]action{
		actWeeklyUnit: {run: b.pickWeeklyUnit, quiet: true, refresh: b.dropButtons},
	}
}

func (b *Bot) weeklyConversations() map[string]conversationFunc {
	return map[string]conversationFunc{
		convWeeklyEntry:    b.answerWeeklyEntry,
		convWeeklyEdit:     b.answerWeeklyEdit,
		convWeeklyEvidence: b.answerWeeklyEvidence,
		convWeeklyPick:     b.answerWeeklyPick,
	}
}

// weeklyUnits are the units the member registers and reports for here: all
// their units in a private chat, only the group's unit in a unit's group.
func weeklyUnits(r *request) []int64 {
	var out []int64
	for _, u := range r.member.UnitIDs {
		if r.member.ActsFor(u) {
			out = append(out, u)
		}
	}
	return out
}

func (b *Bot) weekly() *weekly.Service { return weekly.New(b.store) }

// weeklyZone is the zone of the organisation's weekly schedule.
func weeklyZone(r *request) *time.Location {
	if s, err := weekly.OrgSchedule(r.org); err == nil {
		return s.Zone
	}
	return r.loc
}

// entryWeek is the week a unit registers for, or reports on, at now
// (weekly.Schedule.EntryWeek, with the organisation's days off).
func (b *Bot) entryWeek(ctx context.Context, kind weekly.EntryKind, r *request) weekly.Week {
	sch, err := weekly.OrgScheduleTx(ctx, b.store.DB(), r.org)
	if err != nil {
		if kind == weekly.Registration {
			return weekly.RegistrationWeek(r.now, r.loc)
		}
		return weekly.ResultWeek(r.now, r.loc)
	}
	return sch.EntryWeek(kind, r.now)
}

func kindWords(kind weekly.EntryKind) (name, cmd string) {
	if kind == weekly.Registration {
		return wkRegName, "dangky"
	}
	return wkResName, "ketqua"
}

func (b *Bot) cmdDangKy(ctx context.Context, r *request) error {
	return b.weeklyEntryCommand(ctx, r, weekly.Registration)
}

func (b *Bot) cmdKetQua(ctx context.Context, r *request) error {
	return b.weeklyEntryCommand(ctx, r, weekly.Result)
}

// weeklyEntryCommand handles /dangky and /ketqua: with text it records an
// entry; "sua N", "xoa N" and "lichsu N" edit, withdraw and show one;
// alone it lists the unit's entries and waits for one.
func (b *Bot) weeklyEntryCommand(ctx context.Context, r *request, kind weekly.EntryKind) error {
	if !r.private && r.group == nil {
		return b.reply(ctx, r.chatID, wkGroupNotLinked, nil)
	}
	if len(r.member.UnitIDs) == 0 {
		return b.reply(ctx, r.chatID, wkNoUnit, nil)
	}
	units := weeklyUnits(r)
	if len(units) == 0 {
		return b.reply(ctx, r.chatID, fmt.Sprintf(wkGroupOtherUnit, esc(r.group.UnitName)), nil)
	}
	c, err := weekly.ParseEntryCommand(kind, r.args)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg), nil)
	}
	if err != nil {
		return err
	}
	if len(units) > 1 && c.Action == weekly.EntryWrite {
		return b.askWeeklyUnit(ctx, r, kind, c.Text)
	}
	unit := units[0]
	switch {
	case c.Action != weekly.EntryWrite:
		return b.weeklyEntryAction(ctx, r, kind, units, c)
	case c.Text != "":
		return b.recordEntry(ctx, r, kind, unit, c.Text)
	}
	return b.showEntries(ctx, r, kind, unit)
}

// askWeeklyUnit asks a member of several units which one the entry is for,
// keeping the text they already wrote.
func (b *Bot) askWeeklyUnit(ctx context.Context, r *request, kind weekly.EntryKind, text string) error {
	if err := b.wait(ctx, r, convWeeklyPick, weeklyConv{Kind: kind, Text: text}); err != nil {
		return err
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	arg := "r"
	if kind == weekly.Result {
		arg = "k"
	}
	var rows [][]outbox.Button
	for _, id := range weeklyUnits(r) {
		if u, ok := dir.ByID(id); ok {
			rows = append(rows, []outbox.Button{{Text: u.Name, Data: callbackData(r.org.ID, actWeeklyUnit, id, arg)}})
		}
	}
	return b.reply(ctx, r.chatID, wkPickUnit, rows)
}

// answerWeeklyPick takes text sent instead of pressing a unit button as
// the entry's text and asks for the unit again.
func (b *Bot) answerWeeklyPick(ctx context.Context, r *request, c Conversation) error {
	var p weeklyConv
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("weekly pick: %w", err)
	}
	return b.askWeeklyUnit(ctx, r, p.Kind, r.args)
}

func (b *Bot) pickWeeklyUnit(ctx context.Context, r *request, cb callback) (string, error) {
	if !r.member.ActsFor(cb.ID) {
		return msgNotAllowed, nil
	}
	kind := weekly.Registration
	if cb.Arg == "k" {
		kind = weekly.Result
	}
	var p weeklyConv
	if c, ok, err := b.book.TakeConversation(ctx, *r.member, r.chatID, r.now); err != nil {
		return "", err
	} else if ok && c.Kind == convWeeklyPick {
		json.Unmarshal(c.Payload, &p)
	}
	if p.Text != "" && p.Kind == kind {
		return "", b.userError(ctx, r, b.recordEntry(ctx, r, kind, cb.ID, p.Text))
	}
	return "", b.showEntries(ctx, r, kind, cb.ID)
}

// unitName names a unit of the organisation.
func (b *Bot) unitName(ctx context.Context, orgID, unit int64) (string, error) {
	dir, err := b.store.Directory(ctx, orgID)
	if err != nil {
		return "", err
	}
	return unitNames(dir, []int64{unit}), nil
}

// showEntries lists a unit's entries of the week and waits for a new one.
func (b *Bot) showEntries(ctx context.Context, r *request, kind weekly.EntryKind, unit int64) error {
	w := b.entryWeek(ctx, kind, r)
	loc := weeklyZone(r)
	es, err := b.weekly().Entries(ctx, r.org.ID, kind, w, []int64{unit})
	if err != nil {
		return err
	}
	name, err := b.unitName(ctx, r.org.ID, unit)
	if err != nil {
		return err
	}
	title, ask := wkRegTitle, wkRegAsk
	if kind == weekly.Result {
		title, ask = wkResTitle, wkResAsk
	}
	_, cmd := kindWords(kind)
	lines := []string{fmt.Sprintf(title, weekly.WeekLabel(w, loc), esc(name)), "", wkListHeader}
	if len(es) == 0 {
		lines = append(lines, wkListEmpty)
	}
	for _, e := range es {
		lines = append(lines, weekly.EntryLine(e))
	}
	if len(es) > 0 {
		lines = append(lines, "", fmt.Sprintf(wkEditHint, cmd))
	}
	lines = append(lines, "", ask, msgSkipHint)
	return b.promptPrivately(ctx, r, convWeeklyEntry, weeklyConv{Kind: kind, Unit: unit, Week: w.String()}, strings.Join(lines, "\n"), wkAskedPrivately)
}

func (b *Bot) answerWeeklyEntry(ctx context.Context, r *request, c Conversation) error {
	var p weeklyConv
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("weekly prompt: %w", err)
	}
	if !r.member.ActsFor(p.Unit) {
		return b.reply(ctx, r.chatID, msgNotAllowed, nil)
	}
	return b.recordEntry(ctx, r, p.Kind, p.Unit, r.args)
}

// recordEntry records an entry of the unit from the message: its text (or
// caption) and, for a result, the photo or file it carries.
func (b *Bot) recordEntry(ctx context.Context, r *request, kind weekly.EntryKind, unit int64, text string) error {
	att := attachmentOf(r)
	text = strings.TrimSpace(text)
	if text == "" && att != nil {
		return b.reply(ctx, r.chatID, wkNeedText, nil)
	}
	w := b.entryWeek(ctx, kind, r)
	loc := weeklyZone(r)
	regSeq := 0
	if kind == weekly.Result {
		regSeq, text = weekly.SplitRegRef(text)
		if regSeq > 0 && vntext.Fold(text) == "" {
			text = ""
		}
	}
	if vntext.Clean(text) == "" {
		return b.showEntries(ctx, r, kind, unit)
	}
	next := weeklyConv{Kind: kind, Unit: unit, Week: w.String()}
	d, err := weekly.ParseDetails(text, w, loc)
	var ie *tasks.InputError
	if errors.As(err, &ie) && !r.private {
		_, cmd := kindWords(kind)
		return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n"+fmt.Sprintf(wkSendAgainGroup, cmd), nil)
	}
	if err != nil {
		return b.askAgain(ctx, r, convWeeklyEntry, next, err)
	}
	svc := b.weekly()
	e, _, err := svc.AddEntry(ctx, *r.member, weekly.NewEntry{Kind: kind, Week: w, UnitID: unit, Text: text, Details: d, RegSeq: regSeq,
		Origin: r.origin()}, r.now)
	if err != nil {
		return err
	}
	if att != nil && kind == weekly.Result {
		if _, err := svc.Attach(ctx, *r.member, e.ID, *att, r.now); err != nil {
			return err
		}
		if e, err = svc.Entry(ctx, r.org.ID, e.ID); err != nil {
			return err
		}
	}
	name, err := b.unitName(ctx, r.org.ID, unit)
	if err != nil {
		return err
	}
	what, _ := kindWords(kind)
	text = fmt.Sprintf(wkRecorded, what, e.Seq, esc(name), weekly.WeekLabel(w, loc), weekly.EntryLine(e))
	if !r.private {
		// In a group nothing more is awaited there; evidence is asked for
		// in the private chat.
		if kind == weekly.Result {
			if err := b.wait(ctx, r, convWeeklyEvidence, weeklyConv{Entry: e.ID}); err != nil {
				return err
			}
			if err := b.reply(ctx, r.member.ChatID, fmt.Sprintf(wkEvidenceAskPrivate, e.Seq, esc(name)), nil); err != nil {
				return err
			}
			text += "\n\n" + wkEvidenceInPrivate
		}
		return b.reply(ctx, r.chatID, text, nil)
	}
	if kind == weekly.Result {
		if err := b.wait(ctx, r, convWeeklyEvidence, weeklyConv{Entry: e.ID}); err != nil {
			return err
		}
		text += "\n\n" + wkEvidenceAsk
	} else {
		if err := b.wait(ctx, r, convWeeklyEntry, next); err != nil {
			return err
		}
		text += "\n\n" + wkMoreAsk
	}
	return b.reply(ctx, r.chatID, text, nil)
}

// attachmentOf returns the photo or document of the message, if any.
func attachmentOf(r *request) *weekly.Attachment {
	m := r.update.Message
	if m == nil {
		return nil
	}
	if len(m.Photo) > 0 {
		p := m.Photo[len(m.Photo)-1]
		return &weekly.Attachment{Kind: weekly.AttachPhoto, FileID: p.FileID, FileUniqueID: p.FileUniqueID}
	}
	if d := m.Document; d != nil {
		return &weekly.Attachment{Kind: weekly.AttachDocument, FileID: d.FileID, FileUniqueID: d.FileUniqueID, FileName: d.FileName}
	}
	return nil
}

func (b *Bot) answerWeeklyEvidence(ctx context.Context, r *request, c Conversation) error {
	var p weeklyConv
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("weekly evidence: %w", err)
	}
	svc := b.weekly()
	e, err := svc.Entry(ctx, r.org.ID, p.Entry)
	if errors.Is(err, tasks.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	att := attachmentOf(r)
	if att == nil {
		if wkDoneWords[vntext.Fold(r.args)] {
			return b.reply(ctx, r.chatID, fmt.Sprintf(wkEvidenceDone, e.Seq), nil)
		}
		return b.reply(ctx, r.chatID, wkEvidenceNote, nil)
	}
	added, err := svc.Attach(ctx, *r.member, e.ID, *att, r.now)
	if err != nil {
		return err
	}
	if err := b.wait(ctx, r, convWeeklyEvidence, p); err != nil {
		return err
	}
	if !added {
		return b.reply(ctx, r.chatID, fmt.Sprintf(wkAttachedDup, e.Seq), nil)
	}
	if e, err = svc.Entry(ctx, r.org.ID, e.ID); err != nil {
		return err
	}
	what := wkPhoto
	if att.Kind == weekly.AttachDocument {
		what = fmt.Sprintf(wkDocument, esc(att.FileName))
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(wkAttached, what, e.Seq, e.Photos, e.Files), nil)
}

// weeklyEntryAction edits ("sua [đơn vị] N [text]"), withdraws ("xoa
// [đơn vị] N") or shows the history ("lichsu [đơn vị] N") of an entry of
// the member's units this week. A member of several units names the unit by
// its code when number N is in more than one of them; every answer names
// the unit acted on.
func (b *Bot) weeklyEntryAction(ctx context.Context, r *request, kind weekly.EntryKind, units []int64, c weekly.EntryCommand) error {
	_, cmd := kindWords(kind)
	sub, seq, text := string(c.Action), c.Seq, c.Text
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	if c.Unit != "" {
		u, ok := entryUnit(dir, c.Unit)
		if !ok {
			return b.reply(ctx, r.chatID, fmt.Sprintf(wkNeedNumber, cmd, sub), nil)
		}
		if !slices.Contains(units, u.ID) {
			return b.reply(ctx, r.chatID, fmt.Sprintf(wkNotYourUnit, esc(u.Name)), nil)
		}
		units = []int64{u.ID}
	}
	w := b.entryWeek(ctx, kind, r)
	loc := weeklyZone(r)
	svc := b.weekly()
	var found []weekly.Entry
	for _, u := range units {
		e, err := svc.EntryBySeq(ctx, r.org.ID, kind, w, u, seq)
		if errors.Is(err, tasks.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		found = append(found, e)
	}
	switch {
	case len(found) == 0 && len(units) == 1:
		return b.reply(ctx, r.chatID, fmt.Sprintf(wkNoEntry, esc(unitNames(dir, units)), seq, weekly.WeekLabel(w, loc), cmd), nil)
	case len(found) == 0:
		return b.reply(ctx, r.chatID, fmt.Sprintf(wkNoEntryAny, esc(unitNames(dir, units)), seq, weekly.WeekLabel(w, loc), cmd), nil)
	case len(found) > 1:
		var names []string
		code := ""
		for _, e := range found {
			if u, ok := dir.ByID(e.UnitID); ok {
				names = append(names, fmt.Sprintf("%s (%s)", esc(u.Name), esc(u.Code)))
				if code == "" {
					code = u.Code
				}
			}
		}
		return b.reply(ctx, r.chatID, fmt.Sprintf(wkAmbiguousEntry, seq, strings.Join(names, ", "), cmd, sub, esc(code), seq), nil)
	}
	e := found[0]
	name := unitNames(dir, []int64{e.UnitID})
	what, _ := kindWords(kind)
	switch {
	case c.Action == weekly.EntryDelete:
		if err := svc.DeleteEntry(ctx, *r.member, e.ID, r.now); err != nil {
			return err
		}
		return b.reply(ctx, r.chatID, fmt.Sprintf(wkDeleted, what, seq, esc(name)), nil)
	case c.Action == weekly.EntryHistory:
		vs, err := svc.History(ctx, r.org.ID, e.ID)
		if err != nil {
			return err
		}
		lines := []string{fmt.Sprintf(wkHistory, what, seq, esc(name))}
		for _, v := range vs {
			body := esc(v.Text)
			if v.Deleted {
				body = wkHistoryDel
			}
			lines = append(lines, fmt.Sprintf(wkHistoryLine, v.Version, deadline.Format(v.At.In(loc)), esc(v.Member), body))
		}
		return b.reply(ctx, r.chatID, strings.Join(lines, "\n"), nil)
	}
	if strings.TrimSpace(text) == "" {
		return b.promptPrivately(ctx, r, convWeeklyEdit, weeklyConv{Kind: kind, Entry: e.ID, Week: w.String()}, fmt.Sprintf(wkEditAsk, seq, esc(e.Text)), wkAskedPrivately)
	}
	return b.editEntry(ctx, r, e, w, text)
}

// entryUnit reads the unit named before an entry's number: its code or a
// single-word alias ("damha", "KT-HT").
func entryUnit(dir *tasks.Directory, word string) (tasks.Unit, bool) {
	if u, ok := dir.ByCode(word); ok {
		return u, true
	}
	if ms := dir.Mentions(word); len(ms) == 1 && ms[0].Unit != nil {
		return *ms[0].Unit, true
	}
	return tasks.Unit{}, false
}

func (b *Bot) answerWeeklyEdit(ctx context.Context, r *request, c Conversation) error {
	var p weeklyConv
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return fmt.Errorf("weekly edit: %w", err)
	}
	e, err := b.weekly().Entry(ctx, r.org.ID, p.Entry)
	if errors.Is(err, tasks.ErrNotFound) {
		return b.reply(ctx, r.chatID, msgNotAllowed, nil)
	}
	if err != nil {
		return err
	}
	w, err := weekly.ParseWeek(e.Week)
	if err != nil {
		return err
	}
	return b.editEntry(ctx, r, e, w, r.args)
}

func (b *Bot) editEntry(ctx context.Context, r *request, e weekly.Entry, w weekly.Week, text string) error {
	d, err := weekly.ParseDetails(text, w, weeklyZone(r))
	if err != nil {
		return err
	}
	e, err = b.weekly().EditEntry(ctx, *r.member, e.ID, text, d, r.now)
	if errors.Is(err, tasks.ErrNotFound) {
		return b.reply(ctx, r.chatID, msgNotAllowed, nil)
	}
	if err != nil {
		return err
	}
	name, err := b.unitName(ctx, r.org.ID, e.UnitID)
	if err != nil {
		return err
	}
	what, _ := kindWords(e.Kind)
	return b.reply(ctx, r.chatID, fmt.Sprintf(wkEdited, what, e.Seq, esc(name), weekly.EntryLine(e)), nil)
}

// cmdBaoCao shows the current numbers of the weekly report, with its
// files, without marking anything sent. In a unit's group it shows only that
// unit's part, without the organisation's files; in a group linked to no
// unit only a report chat (/baocao_o_day) gets the report.
func (b *Bot) cmdBaoCao(ctx context.Context, r *request) error {
	if !r.private && r.group == nil {
		ok, err := b.weekly().IsReportChat(ctx, r.org.ID, r.chatID)
		if err != nil {
			return err
		}
		if !ok {
			return b.reply(ctx, r.chatID, wkReportGroupNotLinked, nil)
		}
	}
	q, err := weekly.ParseReportQuery(r.args, r.now, r.loc)
	if err != nil {
		return err
	}
	kind, week := q.Kind, q.Week
	w := b.entryWeek(ctx, kind.Side(), r)
	if week != nil {
		w = *week
	}
	rep, err := weekly.Build(ctx, b.store.DB(), r.org, kind, w, r.now)
	if err != nil {
		return err
	}
	rep.Preview = true
	if r.group != nil {
		text, ok := rep.UnitText(r.group.UnitID)
		if !ok {
			return b.reply(ctx, r.chatID, wkReportNoUnit, nil)
		}
		return b.reply(ctx, r.chatID, text, nil)
	}
	if err := b.reply(ctx, r.chatID, rep.Text(), nil); err != nil {
		return err
	}
	files, err := rep.Files()
	if err != nil {
		b.log.Error("weekly report files", "org_id", r.org.ID, "err", err)
		return b.reply(ctx, r.chatID, wkReportFilesError, nil)
	}
	for _, f := range files {
		b.sendFile(ctx, r.chatID, f.Part())
	}
	return nil
}

// sendFile sends a document or photo in answer to a command; like reply,
// a failure is logged, not retried.
func (b *Bot) sendFile(ctx context.Context, chatID int64, p outbox.Part) {
	b.sendPart(ctx, chatID, p)
}

// cmdBaoCaoODay makes the group receive the organisation's weekly reports,
// or stops it with "bo".
func (b *Bot) cmdBaoCaoODay(ctx context.Context, r *request) error {
	if r.private {
		return b.reply(ctx, r.chatID, wkChatOnlyGroup, nil)
	}
	svc := b.weekly()
	if wkOff[vntext.Fold(r.args)] {
		removed, err := svc.RemoveReportChat(ctx, *r.member, r.chatID)
		if errors.Is(err, tasks.ErrForbidden) {
			return b.reply(ctx, r.chatID, wkChatForbidden, nil)
		}
		if err != nil {
			return err
		}
		if !removed {
			return b.reply(ctx, r.chatID, wkChatNotReceiver, nil)
		}
		return b.reply(ctx, r.chatID, wkChatRemoved, nil)
	}
	title := ""
	if m := r.update.Message; m != nil && m.Chat != nil {
		title = m.Chat.Title
	}
	added, err := svc.AddReportChat(ctx, *r.member, r.chatID, title, r.now)
	if errors.Is(err, tasks.ErrForbidden) {
		return b.reply(ctx, r.chatID, wkChatForbidden, nil)
	}
	if err != nil {
		return err
	}
	if err := b.bindTopic(ctx, r); err != nil {
		return err
	}
	if !added {
		return b.reply(ctx, r.chatID, fmt.Sprintf(wkChatAlready, esc(r.org.Name)), nil)
	}
	sch, err := weekly.OrgScheduleTx(ctx, b.store.DB(), r.org)
	if err != nil {
		return err
	}
	when := func(k weekly.Kind) string {
		t, _ := sch.NextRun(k, r.now)
		if t.IsZero() {
			return wkChatOff
		}
		return fmt.Sprintf(wkChatNext, deadline.Format(t.In(sch.Zone)))
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(wkChatAdded, esc(title), esc(r.org.Name), when(weekly.Thursday), when(weekly.Monday)), nil)
}

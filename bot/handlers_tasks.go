package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
	"github.com/dondoc/dondoc/weekly"
)

func (b *Bot) cmdAssign(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	if strings.TrimSpace(r.args) == "" {
		return b.reply(ctx, r.chatID, msgAssignUsage, nil)
	}
	dir, err := b.store.Directory(ctx, r.org.ID)
	if err != nil {
		return err
	}
	if len(dir.Units()) == 0 {
		return b.reply(ctx, r.chatID, msgNoUnits, nil)
	}
	cal, err := b.store.Calendar(ctx, r.org.ID)
	if err != nil {
		return err
	}
	a, err := tasks.ParseAssignmentWith(deadline.Reader{Calendar: cal}, r.args, dir, r.now.In(r.loc))
	if asked, err := b.askAssignDeadline(ctx, r, err); asked {
		return err
	}
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return b.reply(ctx, r.chatID, esc(ie.Msg)+msgAssignFixHint, nil)
	}
	if err != nil {
		return err
	}
	if r.group != nil && !assignmentHas(a, r.group.UnitID) {
		return b.reply(ctx, r.chatID, fmt.Sprintf(groupAssignOther, esc(r.group.UnitName), esc(r.group.UnitName)), nil)
	}
	nt := a.NewTask(r.origin())
	t, created, err := b.store.CreateTask(ctx, *r.member, nt, r.now)
	if err != nil {
		return err
	}
	b.kick()
	card := taskCard(t, cardTitle, r.now, r.loc)
	if nt.Rule != nil {
		card += "\n" + fmt.Sprintf(cardSeries, esc(nt.Rule.String()))
	}
	text := fmt.Sprintf(msgAssigned, card)
	if !created {
		// The same message, handled again after a failure: the task is
		// the one it made then.
		text = fmt.Sprintf(msgAssignedAgain, t.ID) + "\n\n" + card
	}
	if empty, err := b.unitsWithoutMembers(ctx, t); err != nil {
		return err
	} else if empty != "" {
		text += fmt.Sprintf(msgNobodyInUnits, esc(empty))
	}
	text += b.restDayNote(ctx, t, r.loc)
	return b.replyTask(ctx, r, t.ID, text, [][]outbox.Button{{{Text: btnUndo, Data: callbackData(t.OrgID, actUndo, t.ID)}}})
}

// unitsWithoutMembers names the task's units nobody will be told about:
// units without members, apart from those that stand for a commune's
// organisation (their part goes to the commune as a received task).
func (b *Bot) unitsWithoutMembers(ctx context.Context, t tasks.Task) (string, error) {
	linked, err := b.linkedUnits(ctx, t.OrgID)
	if err != nil {
		return "", err
	}
	var names []string
	for _, u := range t.Units {
		if linked[u.UnitID] {
			continue
		}
		rs, err := b.store.UnitMembers(ctx, t.OrgID, []int64{u.UnitID})
		if err != nil {
			return "", err
		}
		if len(rs) == 0 {
			names = append(names, u.Name)
		}
	}
	return strings.Join(names, ", "), nil
}

func (b *Bot) cmdTasks(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	q := tasks.ParseListQuery(r.args)
	f := q.ListFilter
	if q.Unit != "" {
		u, err := b.findUnit(ctx, r, q.Unit)
		var ie *tasks.InputError
		if errors.As(err, &ie) {
			return b.reply(ctx, r.chatID, esc(ie.Msg)+"\n\n"+usageTaskFilter, nil)
		}
		if err != nil {
			return err
		}
		f.UnitID = u.ID
	}
	text, buttons, err := b.taskPage(ctx, r, f, 1)
	if err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, text, buttons)
}

// listPageSize is how many tasks a page of /viec shows.
const listPageSize = 10

// taskPage is one page of the tasks the member may see that pass f, with
// buttons to the pages around it.
func (b *Bot) taskPage(ctx context.Context, r *request, f tasks.ListFilter, page int) (string, [][]outbox.Button, error) {
	tf := tasks.TaskFilter{Open: true, UnitID: f.UnitID, MeetingID: f.MeetingID, Received: f.Received}
	desc := ""
	if f.Overdue {
		now := r.now
		tf.OverdueAt = &now
		desc += listOverdue
	}
	if f.ThisWeek {
		w := weekly.WeekOf(r.now, r.loc)
		from, to := w.Start(r.loc), w.End(r.loc)
		tf.DueFrom, tf.DueBefore = &from, &to
		desc += fmt.Sprintf(listThisWeek, deadline.FormatDate(from), deadline.FormatDate(to.AddDate(0, 0, -1)))
	}
	if f.UnitID != 0 {
		dir, err := b.store.Directory(ctx, r.org.ID)
		if err != nil {
			return "", nil, err
		}
		desc += fmt.Sprintf(listUnit, esc(unitNames(dir, []int64{f.UnitID})))
	}
	if f.MeetingID != 0 {
		desc += fmt.Sprintf(listMeeting, f.MeetingID)
	}
	if f.Received {
		desc += listReceived
	}
	// A leader's list says how many received tasks wait, read with it.
	hinted := receivedHintShown(r, f)
	var list []tasks.Task
	var total, waiting int
	tf.Limit, page = listPageSize, max(page, 1)
	for {
		tf.Offset = (page - 1) * listPageSize
		var p tasks.Page
		var err error
		if hinted {
			p, err = b.store.TaskPageWaiting(ctx, *r.member, tf)
		} else {
			p.Tasks, p.Total, err = b.store.TaskPage(ctx, *r.member, tf)
		}
		if err != nil {
			return "", nil, err
		}
		list, total, waiting = p.Tasks, p.Total, p.ReceivedWaiting
		if last := max((total+listPageSize-1)/listPageSize, 1); page > last {
			// A page past the last (tasks were closed since the list
			// was shown): the last one.
			page = last
			continue
		}
		break
	}
	hint := receivedHint(waiting)
	if total == 0 {
		if f == (tasks.ListFilter{}) {
			return msgNoTasks + hint, nil, nil
		}
		return listNone + hint, nil, nil
	}
	pages := (total + listPageSize - 1) / listPageSize
	lines := []string{orgLine(r) + fmt.Sprintf(listHeader, desc, total)}
	for _, t := range list {
		lines = append(lines, taskLine(t, r))
	}
	text := strings.Join(lines, "\n\n") + hint
	if pages == 1 {
		return text, nil, nil
	}
	text += fmt.Sprintf(listPage, page, pages)
	var row []outbox.Button
	if page > 1 {
		row = append(row, outbox.Button{Text: btnPagePrev, Data: pageData(r.org.ID, page-1, f)})
	}
	if page < pages {
		row = append(row, outbox.Button{Text: btnPageNext, Data: pageData(r.org.ID, page+1, f)})
	}
	return text, [][]outbox.Button{row}, nil
}

func pageData(orgID int64, page int, f tasks.ListFilter) string {
	if c := f.Code(); c != "" {
		return callbackData(orgID, actTasksPage, int64(page), c)
	}
	return callbackData(orgID, actTasksPage, int64(page))
}

// turnPage shows another page of a task list in the pressed message.
func (b *Bot) turnPage(ctx context.Context, r *request, cb callback) (string, error) {
	f, ok := tasks.ParseListCode(cb.Arg)
	if !ok || cb.ID <= 0 || cb.ID > 100000 {
		return msgNotAllowed, nil
	}
	if !r.private && r.group == nil {
		return msgNotAllowed, nil
	}
	text, buttons, err := b.taskPage(ctx, r, f, int(cb.ID))
	if err != nil {
		return "", err
	}
	if msg := cb.Query.Message; msg != nil {
		b.editMessage(ctx, msg.Chat.ID, msg.MessageID, text, buttons)
	}
	return "", nil
}

// taskLine is a task in a list: number, text, status, leads and deadline.
func taskLine(t tasks.Task, r *request) string {
	line := fmt.Sprintf("<b>#%d</b> %s — <i>%s</i>\n    %s", t.ID, esc(vntext.Shorten(t.Text, 90)), t.StatusAt(r.now, r.loc).Label(),
		fmt.Sprintf(cardLead, esc(leadList(t))))
	if t.Deadline != nil {
		line += " · " + fmt.Sprintf(cardDeadline, listDeadline(t, r.loc))
	}
	if t.ReceivedID != nil {
		line += lineFromParent
	}
	return line
}

// listLeadRunes is how long the leads of a task in a list may get before
// the rest are counted ("Công an huyện và 14 đơn vị khác").
const listLeadRunes = 60

// leadList names every lead unit of a task, the last ones counted when the
// names are long; /task names them all.
func leadList(t tasks.Task) string {
	var names []string
	for _, u := range t.Units {
		if u.Role == tasks.RoleLead {
			names = append(names, u.Name)
		}
	}
	return vntext.JoinShort(names, listLeadRunes, listMoreUnits)
}

// listDeadline is a task's deadline in a list: its day, and its time when
// it has one.
func listDeadline(t tasks.Task, loc *time.Location) string {
	return deadline.FormatDay(t.Deadline.In(loc), t.DeadlineHasTime)
}

// taskArg reads the task number of /task 42 or /done #42.
func (b *Bot) taskArg(ctx context.Context, r *request) (int64, bool, error) {
	arg := strings.TrimPrefix(strings.TrimSpace(r.args), "#")
	if f := strings.Fields(arg); len(f) > 0 {
		arg = strings.TrimPrefix(f[0], "#")
	}
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil || id <= 0 {
		return 0, false, b.reply(ctx, r.chatID, fmt.Sprintf(msgNeedTaskID, r.cmd), nil)
	}
	return id, true, nil
}

func (b *Bot) cmdTask(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, ok, err := b.taskArg(ctx, r)
	if !ok {
		return err
	}
	t, msg, err := b.taskFor(ctx, r, id)
	if err != nil {
		return err
	}
	if msg != "" {
		return b.reply(ctx, r.chatID, msg, nil)
	}
	hist, err := b.store.History(ctx, t.OrgID, t.ID)
	if err != nil {
		return err
	}
	files, err := b.store.TaskFiles(ctx, t.OrgID, t.ID)
	if err != nil {
		return err
	}
	dir, err := b.store.Directory(ctx, t.OrgID)
	if err != nil {
		return err
	}
	lines := []string{orgLine(r) + taskCard(t, cardTitle, r.now, r.loc)}
	if s, ok, err := b.store.TaskSeries(ctx, t.OrgID, t.ID); err != nil {
		return err
	} else if ok && s.StoppedAt == nil {
		lines = append(lines, fmt.Sprintf(cardSeries, esc(s.Rule.String())))
	}
	lines = append(lines, "")
	for _, u := range t.Units {
		lines = append(lines, fmt.Sprintf(cardUnitState, esc(u.Name), u.Role.Label(), tasks.UnitStateLabel(u.State)))
	}
	if len(files) > 0 {
		lines = append(lines, "", fmt.Sprintf(cardFilesHeader, len(files)))
		for _, f := range files {
			lines = append(lines, fmt.Sprintf(cardFileLine, esc(fileName(f)), esc(f.Member), deadline.Format(f.At.In(r.loc))))
		}
	}
	lines = append(lines, "", msgHistoryHeader)
	for _, e := range hist {
		lines = append(lines, historyLine(e, r, dir))
	}
	return b.replyTask(ctx, r, t.ID, strings.Join(lines, "\n"), cardButtons(t, *r.member, len(files)))
}

// taskButtons are the actions a member may take on a task now, under a
// notice of it.
func taskButtons(t tasks.Task, m tasks.Member) [][]outbox.Button {
	return ownerRows(t, m, onNotice)
}

// ownerRows are an owner's buttons under a message of kind on: while the
// task waits for confirmation, only a coordinating unit that has not
// reported its part may still report it.
func ownerRows(t tasks.Task, m tasks.Member, on string) [][]outbox.Button {
	if !m.OwnsTask(t) {
		return nil
	}
	done := outbox.Button{Text: btnDone, Data: taskData(t, actDone, on)}
	if t.State == tasks.StateReported && t.PartLeft(m.InUnit) {
		return [][]outbox.Button{{done}}
	}
	if !t.State.Open() {
		return nil
	}
	var row []outbox.Button
	if pendingAccept(t, m) {
		row = append(row, outbox.Button{Text: btnAccept, Data: taskData(t, actAccept, on)})
	}
	row = append(row, done)
	return [][]outbox.Button{row, ownerButtons(t)}
}

func (b *Bot) cmdDone(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, ok, err := b.taskArg(ctx, r)
	if !ok {
		return err
	}
	text, err := b.reportDone(ctx, r, id)
	if err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, text, nil)
}

// reportDone records the member's units' completion and says how it went.
func (b *Bot) reportDone(ctx context.Context, r *request, id int64) (string, error) {
	if _, msg, err := b.taskFor(ctx, r, id); err != nil || msg != "" {
		return msg, err
	}
	t, err := b.store.ReportDone(ctx, *r.member, id, r.now)
	if err != nil {
		return lifecycleError(err, id, msgAlreadyDone)
	}
	b.kick()
	format := msgReportedDone
	if onlyCoordinates(t, *r.member) {
		format = msgReportedPart
	}
	return fmt.Sprintf(format, esc(unitsOf(t, *r.member)), t.ID, deadline.Format(r.now.In(r.loc)), doneWords(t, r.now, r.loc)), nil
}

// onlyCoordinates reports whether every unit of m's on t coordinates: what
// they report is their part, not the task.
func onlyCoordinates(t tasks.Task, m tasks.Member) bool {
	for _, u := range t.Units {
		if m.InUnit(u.UnitID) && u.Role == tasks.RoleLead {
			return false
		}
	}
	return true
}

// pendingAccept reports whether one of m's units on t has not yet accepted it.
func pendingAccept(t tasks.Task, m tasks.Member) bool {
	for _, u := range t.Units {
		if u.AcceptedAt == nil && u.State == "assigned" && m.InUnit(u.UnitID) {
			return true
		}
	}
	return false
}

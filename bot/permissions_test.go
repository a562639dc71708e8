package bot_test

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// The permission matrix of docs/permissions.md, checked end to end: every
// command and every button, pressed or typed by every role, including a
// stranger and a leader of another organisation. "Allowed" means the action
// took effect; "refused" means it did not, the person was told so, and
// nothing of the task was shown to them.

// Roles of the matrix, in the order of the document's columns.
const (
	pAdmin = iota
	pLeader
	pSecretary
	pHead
	pMember
	pOther
	pStranger
	pForeign
	pRoles
)

var roleLabels = [pRoles]string{"admin", "leader", "secretary", "unit head", "member", "other unit", "stranger", "other org"}

// allow lists the roles allowed; the others are refused.
func allow(roles ...int) [pRoles]bool {
	var a [pRoles]bool
	for _, r := range roles {
		a[r] = true
	}
	return a
}

var (
	allowNone     = allow()
	allowOrg      = allow(pAdmin, pLeader, pSecretary, pHead, pMember, pOther)
	allowSeers    = allow(pAdmin, pLeader, pSecretary, pHead, pMember)
	allowOwners   = allow(pHead, pMember)
	allowDeciders = allow(pAdmin, pLeader)
	allowAssign   = allow(pAdmin, pLeader, pSecretary)
	allowAdmins   = allow(pAdmin, pHead)
	allowAdmin    = allow(pAdmin)
)

// permEnv is the organisation the matrix runs in.
type permEnv struct {
	h       *harness
	users   [pRoles]tgfake.User
	members [pRoles]tasks.Member
	orgB    tasks.Org
	units   map[string]tasks.Unit
	// fileTask has evidence files, for the files button.
	fileTask int64
	// targets are members made to be acted on by admin commands.
	targets int64
	// pressed is the message a button case pressed a button under.
	pressed tgfake.SentMessage
}

// refusals are the ways the bot says no.
var refusals = []string{"không có quyền", "Không tìm thấy nhiệm vụ", "chưa là thành viên", "chưa được gắn", "Không có nhiệm vụ", "Chỉ quản trị viên hoặc trưởng đơn vị",
	"chưa thuộc đơn vị nào", "Chỉ lãnh đạo, thư ký hoặc quản trị viên"}

func newPermEnv(t *testing.T) *permEnv {
	h := newHarness(t)
	ctx := context.Background()
	e := &permEnv{h: h, units: map[string]tasks.Unit{}}
	e.users = [pRoles]tgfake.User{
		{ID: 1000, FirstName: "Quản", LastName: "Trị"},
		leader, secretary,
		{ID: 2010, FirstName: "Trưởng", LastName: "Phòng"},
		kthtStaff, tckhStaff, stranger,
		{ID: 8001, FirstName: "Lãnh đạo", LastName: "Huyện Khác"},
	}
	h.join(e.users[pAdmin], tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(secretary, tasks.RoleSecretary, "")
	h.join(e.users[pHead], tasks.RoleMember, "ktht")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	h.say(stranger, "/start", "chưa được cấp quyền")
	dir, err := h.store.Directory(ctx, h.org.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range dir.Units() {
		e.units[u.Code] = u
	}
	for r := pAdmin; r <= pOther; r++ {
		e.members[r] = h.member(e.users[r])
	}
	head, err := h.store.SetUnit(ctx, e.members[pAdmin], e.members[pHead].ID, e.units["ktht"].ID, true)
	if err != nil {
		t.Fatal(err)
	}
	e.members[pHead] = head
	// Another organisation, whose leader tries everything here; it has
	// tasks with the same numbers.
	e.orgB = h.otherOrg("UBND huyện Bình Liêu", tasks.Unit{Code: "ktht", Name: "Phòng Kinh tế Bình Liêu", Kind: tasks.KindPhong})
	h.say(e.users[pForeign], "/start "+h.inviteTo(e.orgB.ID, tasks.RoleLeader, 0), "Chào mừng")
	ms, err := h.store.Memberships(ctx, e.users[pForeign].ID)
	if err != nil || len(ms) != 1 {
		t.Fatalf("foreign membership: %v %v", ms, err)
	}
	e.members[pForeign] = ms[0]
	unitsB, err := h.store.Units(ctx, e.orgB.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if _, _, err := h.store.CreateTask(ctx, ms[0], tasks.NewTask{Text: "Việc của Bình Liêu", Leads: []int64{unitsB[0].ID}}, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	e.fileTask = e.task(t, tasks.StateInProgress)
	upd := h.fake.SendDocument(kthtStaff, kthtStaff.ID, "bien-ban.pdf", "application/pdf", []byte("%PDF-1.4"), "")
	h.expect(kthtStaff.ID, "chưa rõ thuộc nhiệm vụ nào")
	if _, err := h.store.ReportProgress(ctx, e.members[pMember], e.fileTask, tasks.Progress{Text: "Biên bản hiện trường",
		Files: []tasks.FileRef{{FileID: upd.Message.Document.FileID, Kind: tasks.FileDocument, Name: "bien-ban.pdf"}}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	return e
}

// task makes a task given by the leader to KTHT, brought to state, and
// returns its number. Its text is unique, to tell whether it was shown.
func (e *permEnv) task(t *testing.T, state tasks.State) int64 {
	return e.taskBy(t, e.members[pLeader], state, nil)
}

func (e *permEnv) taskBy(t *testing.T, by tasks.Member, state tasks.State, rule *deadline.Rule) int64 {
	t.Helper()
	ctx := context.Background()
	due := time.Now().AddDate(1, 0, 0)
	if rule != nil {
		due = rule.Next(time.Now())
	}
	task, _, err := e.h.store.CreateTask(ctx, by, tasks.NewTask{
		Text: "Việc mật của Phòng Kinh tế", Deadline: &due, Leads: []int64{e.units["ktht"].ID}, Rule: rule,
	}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	e.h.store.DB().MustExec(`UPDATE tasks SET text = $3 WHERE org_id = $1 AND id = $2`, e.h.org.ID, task.ID, secretText(task.ID))
	switch state {
	case tasks.StateInProgress:
		_, err = e.h.store.ReportProgress(ctx, e.members[pMember], task.ID, tasks.Progress{Text: "đang làm"}, time.Now())
	case tasks.StateReported:
		_, err = e.h.store.ReportDone(ctx, e.members[pMember], task.ID, time.Now())
	}
	if err != nil {
		t.Fatal(err)
	}
	return task.ID
}

// meetingTitle is the title of the meetings made by permEnv.meeting.
const meetingTitle = "Giao ban ma trận quyền huyện Đầm Hà"

// meeting opens a meeting for the leader with a draft of one item, giving
// KTHT a task, and returns its number.
func (e *permEnv) meeting(t *testing.T) int64 {
	t.Helper()
	ctx := context.Background()
	m, _, err := e.h.store.OpenMeeting(ctx, e.members[pLeader], tasks.NewMeeting{Title: meetingTitle, HeldOn: time.Now()}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	due := time.Now().AddDate(1, 0, 0)
	item := tasks.MeetingItem{Text: "Phòng KTHT rà soát hồ sơ chỉnh trang lề đường", Lead: "ktht", Deadline: &due, DeadlineText: "trong một năm"}
	if err := e.h.store.SaveDraft(ctx, e.members[pLeader], m.ID, item.Text+".", []tasks.MeetingItem{item}); err != nil {
		t.Fatal(err)
	}
	return m.ID
}

// setSchedule stores the organisation's weekly settings.
func (e *permEnv) setSchedule(t *testing.T, st weekly.Settings) {
	t.Helper()
	if err := e.h.store.SetOrgSetting(context.Background(), e.h.org.ID, weekly.SettingsKey, st); err != nil {
		t.Fatal(err)
	}
}

func secretText(id int64) string {
	return fmt.Sprintf("Việc mật số %d của Phòng Kinh tế", id)
}

// newTarget makes a member of KTHT for an admin command to act on.
func (e *permEnv) newTarget(t *testing.T) tasks.Member {
	t.Helper()
	e.targets++
	m, err := e.h.store.Join(context.Background(), e.h.inviteTo(e.h.org.ID, tasks.RoleMember, e.units["ktht"].ID), tasks.TelegramUser{ID: 60000 + e.targets, ChatID: 60000 + e.targets, FullName: fmt.Sprintf("Người thử %d", e.targets)}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// settle waits until the outbox has sent what it holds, so that notices
// of a case's setup do not mix with the answers to the case.
func (e *permEnv) settle(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for e.h.count(`SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending') AND next_attempt_at <= now()`) > 0 {
		if time.Now().After(deadline) {
			t.Fatal("the outbox did not drain")
		}
		e.h.sender.Kick()
		time.Sleep(10 * time.Millisecond)
	}
}

func (e *permEnv) state(id int64) string { return lcState(e.h, e.h.org.ID, id) }

func (e *permEnv) events(id int64, kind string) int {
	return e.h.count(`SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = $2 AND kind = $3`, e.h.org.ID, id, kind)
}

// syncMarkers are the answers to /start, by which a test knows that the
// bot has handled everything sent before it.
var syncMarkers = []string{"Anh/chị đang làm việc tại", "Xin chào! Đây là dondoc, trợ lý"}

// run sends text as u in chat (their private chat, or a group) and returns
// everything the bot said there in answer.
func (e *permEnv) run(t *testing.T, u tgfake.User, chat tgfake.Chat, text string) string {
	t.Helper()
	before := len(e.h.fake.SentTo(chat.ID))
	send := func(s string) {
		if chat.ID < 0 {
			e.h.fake.SendGroupText(u, chat, s)
		} else {
			e.h.fake.SendText(u, s)
		}
	}
	send(text)
	send("/start")
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		msgs := e.h.fake.SentTo(chat.ID)[before:]
		var out []string
		for _, m := range msgs {
			for _, mk := range syncMarkers {
				if strings.Contains(m.PlainText, mk) {
					return strings.Join(out, "\n---\n")
				}
			}
			out = append(out, m.PlainText+m.Caption)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no answer to %q from %s", text, u.FirstName)
	return ""
}

func refused(answer string) bool {
	for _, r := range refusals {
		if strings.Contains(answer, r) {
			return true
		}
	}
	return false
}

// commandCase is one row of the command matrix.
type commandCase struct {
	name string
	// setup prepares what the command acts on and returns its text.
	setup func(t *testing.T, e *permEnv) (text string, id int64)
	// done reports whether the command took effect.
	done  func(e *permEnv, id int64, answer string) bool
	allow [pRoles]bool
	group bool
}

func taskCmd(format string, state tasks.State) func(*testing.T, *permEnv) (string, int64) {
	return func(t *testing.T, e *permEnv) (string, int64) {
		id := e.task(t, state)
		if !strings.Contains(format, "%d") {
			return format, id
		}
		return fmt.Sprintf(format, id), id
	}
}

// listCmd makes a task due sooner than the others, so that it is on the
// first page of a list.
func listCmd(text string) func(*testing.T, *permEnv) (string, int64) {
	return func(t *testing.T, e *permEnv) (string, int64) {
		id := e.task(t, tasks.StateAssigned)
		e.h.store.DB().MustExec(`UPDATE tasks SET deadline = now() + interval '1 day' - $3 * interval '1 second' WHERE org_id = $1 AND id = $2`, e.h.org.ID, id, id)
		return text, id
	}
}

// plain is a command that needs nothing made first.
func plain(text string) func(*testing.T, *permEnv) (string, int64) {
	return func(*testing.T, *permEnv) (string, int64) { return text, 0 }
}

// countCmd is a command whose effect is a new row of this organisation in
// table; the id it returns is the number of rows before.
func countCmd(text, table string) func(*testing.T, *permEnv) (string, int64) {
	return func(t *testing.T, e *permEnv) (string, int64) {
		return text, int64(e.h.count(`SELECT count(*) FROM `+table+` WHERE org_id = $1`, e.h.org.ID))
	}
}

func countGrew(table string) func(*permEnv, int64, string) bool {
	return func(e *permEnv, before int64, _ string) bool {
		return int64(e.h.count(`SELECT count(*) FROM `+table+` WHERE org_id = $1`, e.h.org.ID)) > before
	}
}

func shows(e *permEnv, id int64, answer string) bool { return strings.Contains(answer, secretText(id)) }

func stateIs(s string) func(*permEnv, int64, string) bool {
	return func(e *permEnv, id int64, _ string) bool { return e.state(id) == s }
}

func eventAdded(kind string) func(*permEnv, int64, string) bool {
	return func(e *permEnv, id int64, _ string) bool { return e.events(id, kind) > 0 }
}

func answerHas(part string) func(*permEnv, int64, string) bool {
	return func(_ *permEnv, _ int64, answer string) bool { return strings.Contains(answer, part) }
}

var commandMatrix = []commandCase{
	{name: "/task", setup: taskCmd("/task %d", tasks.StateAssigned), done: shows, allow: allowSeers},
	{name: "/viec", setup: listCmd("/viec"), done: shows, allow: allowSeers},
	{name: "/viec ktht", setup: listCmd("/viec ktht"), done: shows, allow: allowSeers},
	{name: "/done", setup: taskCmd("/done %d", tasks.StateAssigned), done: stateIs("reported"), allow: allowOwners},
	{name: "/tiendo", setup: taskCmd("/tiendo %d đạt 50%%", tasks.StateAssigned), done: eventAdded(tasks.EventProgress), allow: allowOwners},
	{name: "/giahan", setup: func(t *testing.T, e *permEnv) (string, int64) {
		id := e.task(t, tasks.StateAssigned)
		return fmt.Sprintf("/giahan %d %s vì chờ số liệu", id, time.Now().AddDate(2, 0, 0).Format("2/1/2006")), id
	}, done: eventAdded(tasks.EventExtensionAsked), allow: allowOwners},
	{name: "/xacnhan (leader's task)", setup: taskCmd("/xacnhan %d", tasks.StateReported), done: stateIs("done"), allow: allowDeciders},
	{name: "/xacnhan (secretary's task)", setup: func(t *testing.T, e *permEnv) (string, int64) {
		id := e.taskBy(t, e.members[pSecretary], tasks.StateReported, nil)
		return fmt.Sprintf("/xacnhan %d", id), id
	}, done: stateIs("done"), allow: allow(pAdmin, pLeader, pSecretary)},
	{name: "/lamlai", setup: taskCmd("/lamlai %d Thiếu số liệu", tasks.StateReported), done: stateIs("in_progress"), allow: allowDeciders},
	{name: "/lamlai (secretary's task)", setup: func(t *testing.T, e *permEnv) (string, int64) {
		id := e.taskBy(t, e.members[pSecretary], tasks.StateReported, nil)
		return fmt.Sprintf("/lamlai %d Thiếu số liệu", id), id
	}, done: stateIs("in_progress"), allow: allow(pAdmin, pLeader, pSecretary)},
	{name: "/huy", setup: taskCmd("/huy %d Không còn cần thiết", tasks.StateAssigned), done: stateIs("cancelled"), allow: allowAssign},
	{name: "/chuyen", setup: taskCmd("/chuyen %d TCKH: Phòng KTHT bận", tasks.StateAssigned), done: func(e *permEnv, id int64, _ string) bool {
		return e.events(id, tasks.EventReassigned) > 0
	}, allow: allowAssign},
	{name: "/dungdinhky", setup: func(t *testing.T, e *permEnv) (string, int64) {
		id := e.taskBy(t, e.members[pLeader], tasks.StateAssigned, &deadline.Rule{Freq: deadline.Monthly, Day: 5})
		return fmt.Sprintf("/dungdinhky %d", id), id
	}, done: eventAdded(tasks.EventSeriesStopped), allow: allowAssign},
	{name: "/giao", setup: func(t *testing.T, e *permEnv) (string, int64) {
		return "/giao KTHT: Việc giao trong ma trận quyền trước 30/6/2031", int64(e.h.count(`SELECT count(*) FROM tasks WHERE org_id = $1`, e.h.org.ID))
	}, done: func(e *permEnv, before int64, _ string) bool {
		return int64(e.h.count(`SELECT count(*) FROM tasks WHERE org_id = $1`, e.h.org.ID)) > before
	}, allow: allowAssign},
	{name: "/donvi", setup: func(*testing.T, *permEnv) (string, int64) { return "/donvi", 0 }, done: answerHas("Danh sách đơn vị"), allow: allow(pAdmin, pLeader, pSecretary, pHead, pMember, pOther, pForeign)},
	{name: "/help", setup: func(*testing.T, *permEnv) (string, int64) { return "/help", 0 }, done: answerHas("Các lệnh anh/chị có thể dùng"), allow: allow(pAdmin, pLeader, pSecretary, pHead, pMember, pOther, pForeign)},
	{name: "/org", setup: func(*testing.T, *permEnv) (string, int64) { return "/org", 0 }, done: answerHas("UBND huyện"), allow: allow(pAdmin, pLeader, pSecretary, pHead, pMember, pOther, pForeign)},
	{name: "/thanhvien", setup: func(*testing.T, *permEnv) (string, int64) { return "/thanhvien", 0 }, done: answerHas("Thành viên ("), allow: allowAdmins},
	{name: "/moi", setup: func(*testing.T, *permEnv) (string, int64) { return "/moi canbo KTHT", 0 }, done: answerHas("?start="), allow: allowAdmins},
	{name: "/moi lanhdao", setup: func(*testing.T, *permEnv) (string, int64) { return "/moi lanhdao", 0 }, done: answerHas("?start="), allow: allowAdmin},
	{name: "/vaitro", setup: func(t *testing.T, e *permEnv) (string, int64) {
		m := e.newTarget(t)
		return fmt.Sprintf("/vaitro %d thuky", m.ID), m.ID
	}, done: func(e *permEnv, id int64, _ string) bool {
		return e.h.count(`SELECT count(*) FROM members WHERE org_id = $1 AND id = $2 AND role = 'secretary'`, e.h.org.ID, id) == 1
	}, allow: allowAdmin},
	{name: "/xoathanhvien", setup: func(t *testing.T, e *permEnv) (string, int64) {
		m := e.newTarget(t)
		return fmt.Sprintf("/xoathanhvien %d", m.ID), m.ID
	}, done: func(e *permEnv, id int64, _ string) bool {
		return e.h.count(`SELECT count(*) FROM members WHERE org_id = $1 AND id = $2 AND removed_at IS NOT NULL`, e.h.org.ID, id) == 1
	}, allow: allowAdmin},
	{name: "/nhom (in a group)", group: true, setup: func(*testing.T, *permEnv) (string, int64) { return "/nhom KTHT", 0 },
		done: answerHas("Đã gắn nhóm này"), allow: allowAdmins},
	{name: "/admin outbox", setup: plain("/admin outbox"), done: answerHas("Hàng đợi gửi tin"), allow: allowAdmin},
	{name: "/nhacviec quahan 4", setup: plain("/nhacviec quahan 4"), done: answerHas("Đã lưu lịch nhắc việc"), allow: allowAdmin},
	// A leader of another organisation gets that organisation's report,
	// schedule, meetings: never this one's.
	{name: "/baocao", setup: plain("/baocao"), done: answerHas("UBND huyện Đầm Hà · số liệu đến"), allow: allowAssign},
	{name: "/baocao_o_day (in a group)", group: true, setup: plain("/baocao_o_day"),
		done: answerHas("sẽ nhận báo cáo tuần của UBND huyện Đầm Hà"), allow: allow(pAdmin, pLeader)},
	// Weekly entries are for one's own unit: a person in no unit is told so.
	{name: "/dangky", setup: countCmd("/dangky Ra quân dọn vệ sinh đường làng tại thôn 3, 50 người", "weekly_entries"),
		done: countGrew("weekly_entries"), allow: allow(pHead, pMember, pOther)},
	{name: "/ketqua", setup: countCmd("/ketqua Đã dọn vệ sinh 2 km đường làng, 60 người tham gia", "weekly_entries"),
		done: countGrew("weekly_entries"), allow: allow(pHead, pMember, pOther)},
	{name: "/lichbaocao", setup: func(t *testing.T, e *permEnv) (string, int64) {
		e.setSchedule(t, weekly.Settings{Specs: map[weekly.Kind]string{weekly.Thursday: "30 16 * * 5"}})
		return "/lichbaocao", 0
	}, done: answerHas("(dangky): thứ Sáu 16:30"), allow: allowAssign},
	{name: "/lichbaocao dangky thu6 16:30", setup: func(t *testing.T, e *permEnv) (string, int64) {
		e.setSchedule(t, weekly.Settings{})
		return "/lichbaocao dangky thu6 16:30", 0
	}, done: func(e *permEnv, _ int64, _ string) bool {
		org, err := e.h.store.Org(context.Background(), e.h.org.ID)
		if err != nil {
			e.h.t.Fatal(err)
		}
		st, err := weekly.OrgSettings(org)
		return err == nil && st.Specs[weekly.Thursday] == "30 16 * * 5"
	}, allow: allowAdmin},
	{name: "/hop (open a meeting)", setup: countCmd("/hop Giao ban mở trong ma trận quyền", "meetings"), done: countGrew("meetings"), allow: allowAssign},
	{name: "/hop <số>", setup: func(t *testing.T, e *permEnv) (string, int64) {
		return fmt.Sprintf("/hop %d", e.meeting(t)), 0
	}, done: answerHas(meetingTitle), allow: allowOrg},
	// Two tiers (tiers_test.go has the cascade's own rows).
	{name: "/captren", setup: plain("/captren"), done: answerHas("UBND huyện Đầm Hà hiện không có nhiệm vụ cấp trên giao"), allow: allowAssign},
	{name: "/sapnhap", setup: mergeCmd, done: mergePreviewed, allow: allowAdmin},
	{name: "/doiten", setup: renameCmd, done: renamed, allow: allowAdmin},
}

func TestPermissionMatrixCommands(t *testing.T) {
	e := newPermEnv(t)
	for _, c := range commandMatrix {
		for role := pAdmin; role < pRoles; role++ {
			t.Run(c.name+"/"+roleLabels[role], func(t *testing.T) {
				text, id := c.setup(t, e)
				e.settle(t)
				u := e.users[role]
				chat := tgfake.Chat{ID: u.ID}
				if c.group {
					chat = tgfake.Chat{ID: -900000 - int64(len(c.name))*100 - int64(role), Title: "Nhóm thử"}
				}
				answer := e.run(t, u, chat, text)
				got := c.done(e, id, answer)
				switch {
				case c.allow[role] && !got:
					t.Errorf("%s was refused %q; answer:\n%s", roleLabels[role], text, answer)
				case !c.allow[role] && got:
					t.Errorf("%s could %q; answer:\n%s", roleLabels[role], text, answer)
				case !c.allow[role] && role != pForeign && !refused(answer):
					t.Errorf("%s was not told why %q did nothing; answer:\n%s", roleLabels[role], text, answer)
				case !c.allow[role] && !allowSeers[role] && id != 0 && strings.Contains(answer, secretText(id)):
					t.Errorf("%s was shown the task refusing %q:\n%s", roleLabels[role], text, answer)
				}
			})
		}
	}
}

// TestPermissionMatrixForwarded: a forwarded command is never run, whoever
// forwards it.
func TestPermissionMatrixForwarded(t *testing.T) {
	e := newPermEnv(t)
	for role := pAdmin; role < pRoles; role++ {
		u := e.users[role]
		id := e.task(t, tasks.StateReported)
		for _, text := range []string{fmt.Sprintf("/xacnhan %d", id), fmt.Sprintf("/huy %d lý do", id)} {
			before := len(e.h.fake.SentTo(u.ID))
			e.h.fake.PushUpdate(tgfake.Update{Message: &tgfake.Message{
				MessageID: 99999, Date: int(time.Now().Unix()),
				From:        &tgfake.WireUser{ID: u.ID, FirstName: u.FirstName},
				Chat:        &tgfake.WireChat{ID: u.ID, Type: "private"},
				ForwardFrom: &tgfake.WireUser{ID: leader.ID, FirstName: leader.FirstName}, ForwardDate: int(time.Now().Unix()),
				ForwardOrigin: &tgfake.MessageOrigin{Type: "user", Date: int(time.Now().Unix()), SenderUser: &tgfake.WireUser{ID: leader.ID, FirstName: leader.FirstName}},
				Text:          text,
				Entities:      []tgfake.MessageEntity{{Type: "bot_command", Offset: 0, Length: strings.Index(text, " ")}},
			}})
			want := "Lệnh trong tin nhắn chuyển tiếp không được thực hiện"
			if role == pStranger {
				want = "chưa là thành viên"
			}
			e.h.after(u.ID, before, want)
		}
		if s := e.state(id); s != "reported" {
			t.Errorf("a command forwarded by %s acted: task %d is %s", roleLabels[role], id, s)
		}
	}
	// A channel post forwarded automatically into its discussion group.
	id := e.task(t, tasks.StateReported)
	before := len(e.h.fake.SentTo(leader.ID))
	e.h.fake.PushUpdate(tgfake.Update{Message: &tgfake.Message{
		MessageID: 99997, Date: int(time.Now().Unix()), IsAutomaticForward: true,
		From: &tgfake.WireUser{ID: leader.ID, FirstName: leader.FirstName},
		Chat: &tgfake.WireChat{ID: leader.ID, Type: "private"},
		Text: fmt.Sprintf("/xacnhan %d", id),
	}})
	e.h.after(leader.ID, before, "Lệnh trong tin nhắn chuyển tiếp không được thực hiện")
	if s := e.state(id); s != "reported" {
		t.Errorf("an automatic forward acted: task %d is %s", id, s)
	}
	// Bot API 7.0 marks a forward by forward_origin alone.
	e.h.fake.ForwardOriginOnly()
	for role := pAdmin; role < pRoles; role++ {
		u := e.users[role]
		id := e.task(t, tasks.StateReported)
		before := len(e.h.fake.SentTo(u.ID))
		upd := e.h.fake.Forward(u, u.ID, tgfake.SentMessage{PlainText: fmt.Sprintf("/xacnhan %d", id), At: time.Now()})
		if upd.Message.ForwardDate != 0 || upd.Message.ForwardFrom != nil {
			t.Fatalf("the forward carries deprecated fields: %+v", upd.Message)
		}
		want := "Lệnh trong tin nhắn chuyển tiếp không được thực hiện"
		if role == pStranger {
			want = "chưa là thành viên"
		}
		e.h.after(u.ID, before, want)
		if s := e.state(id); s != "reported" {
			t.Errorf("a command forwarded (forward_origin) by %s acted: task %d is %s", roleLabels[role], id, s)
		}
	}
}

// buttonCase is one row of the button matrix.
type buttonCase struct {
	action string
	// name tells rows of the same action apart.
	name string
	// setup returns the task and the callback's argument.
	setup func(t *testing.T, e *permEnv) (id int64, arg string)
	done  func(e *permEnv, id int64, role int, answer string) bool
	allow [pRoles]bool
}

func convWaiting(kind string) func(*permEnv, int64, int, string) bool {
	return func(e *permEnv, id int64, role int, _ string) bool {
		if role == pStranger || role == pForeign {
			return e.h.count(`SELECT count(*) FROM conversations WHERE kind = $1 AND payload->>'task_id' = $2`, kind, fmt.Sprint(id)) > 0
		}
		return e.h.count(`SELECT count(*) FROM conversations WHERE org_id = $1 AND member_id = $2 AND kind = $3 AND payload->>'task_id' = $4`,
			e.h.org.ID, e.members[role].ID, kind, fmt.Sprint(id)) > 0
	}
}

func btnState(s string) func(*permEnv, int64, int, string) bool {
	return func(e *permEnv, id int64, _ int, _ string) bool { return e.state(id) == s }
}

func btnTask(state tasks.State) func(*testing.T, *permEnv) (int64, string) {
	return func(t *testing.T, e *permEnv) (int64, string) { return e.task(t, state), "" }
}

// secretaryTask is a task the secretary gave, for the buttons of its
// assigner.
func secretaryTask(state tasks.State) func(*testing.T, *permEnv) (int64, string) {
	return func(t *testing.T, e *permEnv) (int64, string) {
		return e.taskBy(t, e.members[pSecretary], state, nil), ""
	}
}

func extensionFor(t *testing.T, e *permEnv) (int64, string) {
	return extensionOf(t, e, e.task(t, tasks.StateAssigned))
}

// extensionOf asks for an extension of task id as its owner and returns the
// task and the request's id.
func extensionOf(t *testing.T, e *permEnv, id int64) (int64, string) {
	ask, err := tasks.ParseExtensionAsk(time.Now().AddDate(2, 0, 0).Format("2/1/2006")+" vì chờ số liệu", nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	x, err := e.h.store.RequestExtension(context.Background(), e.members[pMember], id, ask, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return id, fmt.Sprint(x.ID)
}

func extStatus(s string) func(*permEnv, int64, int, string) bool {
	return func(e *permEnv, id int64, _ int, _ string) bool {
		return e.h.count(`SELECT count(*) FROM task_extensions WHERE org_id = $1 AND task_id = $2 AND status = $3`, e.h.org.ID, id, s) > 0
	}
}

var buttonMatrix = []buttonCase{
	{action: "acc", setup: btnTask(tasks.StateAssigned), done: btnState("accepted"), allow: allowOwners},
	{action: "done", setup: btnTask(tasks.StateAssigned), done: btnState("reported"), allow: allowOwners},
	{action: "undo", setup: btnTask(tasks.StateAssigned), done: btnState("cancelled"), allow: allowDeciders},
	{action: "prog", setup: btnTask(tasks.StateAssigned), done: convWaiting("progress"), allow: allowOwners},
	{action: "ext", setup: btnTask(tasks.StateAssigned), done: convWaiting("extension"), allow: allowOwners},
	{action: "conf", setup: btnTask(tasks.StateReported), done: btnState("done"), allow: allowDeciders},
	{action: "conf", name: "conf (secretary's task)", setup: secretaryTask(tasks.StateReported), done: btnState("done"), allow: allow(pAdmin, pLeader, pSecretary)},
	{action: "undo", name: "undo (secretary's task)", setup: secretaryTask(tasks.StateAssigned), done: btnState("cancelled"), allow: allow(pAdmin, pLeader, pSecretary)},
	{action: "rework", name: "rework (secretary's task)", setup: secretaryTask(tasks.StateReported), done: convWaiting("rework_reason"), allow: allow(pAdmin, pLeader, pSecretary)},
	{action: "rework", setup: btnTask(tasks.StateReported), done: convWaiting("rework_reason"), allow: allowDeciders},
	{action: "cancel", setup: btnTask(tasks.StateAssigned), done: convWaiting("cancel_reason"), allow: allowAssign},
	{action: "extok", setup: extensionFor, done: extStatus("approved"), allow: allowDeciders},
	{action: "extok", name: "extok (secretary's task)", setup: func(t *testing.T, e *permEnv) (int64, string) {
		return extensionOf(t, e, e.taskBy(t, e.members[pSecretary], tasks.StateAssigned, nil))
	}, done: extStatus("approved"), allow: allow(pAdmin, pLeader, pSecretary)},
	{action: "extno", setup: extensionFor, done: convWaiting("extension_reject"), allow: allowDeciders},
	{action: "files", setup: func(_ *testing.T, e *permEnv) (int64, string) { return e.fileTask, "" },
		done: func(_ *permEnv, _ int64, _ int, answer string) bool {
			return strings.Contains(answer, "Đã gửi 1 tệp")
		}, allow: allowSeers},
	{action: "page", setup: func(_ *testing.T, e *permEnv) (int64, string) { return 1, "" }, done: turnedToList, allow: allowOrg},
	{action: "org", setup: func(_ *testing.T, e *permEnv) (int64, string) { return e.h.org.ID, "" },
		done: func(_ *permEnv, _ int64, _ int, answer string) bool {
			return strings.Contains(answer, "Đã chuyển sang")
		}, allow: allowOrg},
	{action: "snz", setup: btnTask(tasks.StateAssigned), done: buttonsNow("snzset", "2h"), allow: allowOwners},
	{action: "snzback", setup: btnTask(tasks.StateAssigned), done: buttonsNow("snz", ""), allow: allowOwners},
	{action: "snzset", setup: func(t *testing.T, e *permEnv) (int64, string) { return e.task(t, tasks.StateAssigned), "2h" },
		done: func(_ *permEnv, _ int64, _ int, answer string) bool {
			return strings.Contains(answer, "Đã hẹn nhắc lại")
		}, allow: allowOwners},
	{action: "mok", setup: func(t *testing.T, e *permEnv) (int64, string) { return e.meeting(t), "" },
		done: func(e *permEnv, id int64, _ int, _ string) bool {
			return e.h.count(`SELECT count(*) FROM meetings WHERE org_id = $1 AND id = $2 AND state = 'confirmed'`, e.h.org.ID, id) == 1
		}, allow: allowAssign},
	{action: "mdrop", setup: func(t *testing.T, e *permEnv) (int64, string) { return e.meeting(t), "1" },
		done: func(e *permEnv, id int64, _ int, _ string) bool {
			return e.h.count(`SELECT count(*) FROM meeting_items WHERE org_id = $1 AND meeting_id = $2 AND n = 1 AND state = 'dropped'`, e.h.org.ID, id) == 1
		}, allow: allowAssign},
	{action: "mfix", setup: func(t *testing.T, e *permEnv) (int64, string) { return e.meeting(t), "1" },
		done: func(e *permEnv, id int64, _ int, _ string) bool {
			return e.h.count(`SELECT count(*) FROM conversations WHERE org_id = $1 AND kind = 'meeting_fix' AND payload->>'meeting_id' = $2`, e.h.org.ID, fmt.Sprint(id)) > 0
		}, allow: allowAssign},
	// /sapnhap's preview buttons (tiers_test.go): only an admin merges, or
	// drops the preview.
	{action: "mgok", setup: mergeButton, done: mergedInto, allow: allowAdmin},
	{action: "mgno", setup: mergeButton, done: func(_ *permEnv, _ int64, _ int, answer string) bool {
		return strings.Contains(answer, "Đã hủy, không sáp nhập")
	}, allow: allowAdmin},
	{action: "wku", setup: func(_ *testing.T, e *permEnv) (int64, string) { return e.units["ktht"].ID, "r" },
		done: func(e *permEnv, id int64, role int, _ string) bool {
			return e.h.count(`SELECT count(*) FROM conversations WHERE org_id = $1 AND member_id = $2 AND kind = 'weekly_entry' AND payload->>'unit' = $3`,
				e.h.org.ID, e.members[role].ID, fmt.Sprint(id)) > 0
		}, allow: allowOwners},
}

// pressedNow returns the message a button was pressed under, as it is now.
func (e *permEnv) pressedNow() tgfake.Message {
	m, _ := e.h.fake.Message(e.pressed.ChatID, e.pressed.MessageID)
	return m
}

// turnedToList reports whether the pressed message became a page of tasks
// (possibly an empty one).
func turnedToList(e *permEnv, _ int64, _ int, _ string) bool {
	text := e.pressedNow().Text
	return strings.Contains(text, "Nhiệm vụ đang thực hiện") || strings.Contains(text, "Không có nhiệm vụ nào đang thực hiện")
}

// buttonsNow reports whether the pressed message now has the button of
// action on the task (with arg, when not empty).
func buttonsNow(action, arg string) func(*permEnv, int64, int, string) bool {
	return func(e *permEnv, id int64, _ int, _ string) bool {
		data := e.h.data(action, id, arg)
		m := e.pressedNow()
		if m.ReplyMarkup == nil {
			return false
		}
		for _, row := range m.ReplyMarkup.InlineKeyboard {
			for _, b := range row {
				if b.CallbackData != nil && *b.CallbackData == data {
					return true
				}
			}
		}
		return false
	}
}

// anchor returns a message the bot sent to u, to press buttons under.
func (e *permEnv) anchor(t *testing.T, u tgfake.User) tgfake.SentMessage {
	t.Helper()
	msgs := e.h.fake.SentTo(u.ID)
	if len(msgs) == 0 {
		t.Fatalf("no message to %s", u.FirstName)
	}
	return msgs[len(msgs)-1]
}

func TestPermissionMatrixButtons(t *testing.T) {
	e := newPermEnv(t)
	for _, c := range buttonMatrix {
		name := c.action
		if c.name != "" {
			name = c.name
		}
		for role := pAdmin; role < pRoles; role++ {
			t.Run(name+"/"+roleLabels[role], func(t *testing.T) {
				id, arg := c.setup(t, e)
				e.settle(t)
				u := e.users[role]
				data := e.h.data(c.action, id, arg)
				e.pressed = e.anchor(t, u)
				answer := e.h.press(u, e.pressed, data)
				e.run(t, u, tgfake.Chat{ID: u.ID}, "/trogiup")
				got := c.done(e, id, role, answer)
				switch {
				case c.allow[role] && !got:
					t.Errorf("%s pressing %s was refused: %q", roleLabels[role], data, answer)
				case !c.allow[role] && got:
					t.Errorf("%s pressing %s acted: %q", roleLabels[role], data, answer)
				case !c.allow[role] && !refused(answer):
					t.Errorf("%s pressing %s was not told why nothing happened: %q", roleLabels[role], data, answer)
				}
				if !allowSeers[role] && (strings.Contains(strings.Join(sentTexts(e.h, u.ID), "\n"), secretText(id)) || strings.Contains(e.pressedNow().Text, "Việc mật số")) {
					t.Errorf("%s was shown task %d", roleLabels[role], id)
				}
			})
		}
	}
}

func sentTexts(h *harness, chat int64) []string {
	var out []string
	for _, m := range h.fake.SentTo(chat) {
		out = append(out, m.PlainText+m.Caption)
	}
	return out
}

// TestForgedCallbacks: button data naming another organisation, another
// task, garbage, or a press delivered twice, never acts beyond the
// person's rights.
func TestForgedCallbacks(t *testing.T) {
	e := newPermEnv(t)
	h := e.h
	leaderMsg := e.anchor(t, leader)
	memberMsg := e.anchor(t, kthtStaff)
	reported := e.task(t, tasks.StateReported)
	otherUnit, _, err := h.store.CreateTask(context.Background(), e.members[pLeader], tasks.NewTask{Text: "Việc của TCKH", Leads: []int64{e.units["tckh"].ID}}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		who  tgfake.User
		msg  tgfake.SentMessage
		data string
	}{
		{leader, leaderMsg, fmt.Sprintf("%d:conf:%d", e.orgB.ID, reported)},
		{e.users[pForeign], e.anchor(t, e.users[pForeign]), fmt.Sprintf("%d:conf:%d", e.orgB.ID, reported)},
		{e.users[pForeign], e.anchor(t, e.users[pForeign]), fmt.Sprintf("%d:conf:%d", h.org.ID, reported)},
		{kthtStaff, memberMsg, fmt.Sprintf("%d:done:%d", h.org.ID, otherUnit.ID)},
		{kthtStaff, memberMsg, fmt.Sprintf("%d:conf:%d", h.org.ID, reported)},
		{kthtStaff, memberMsg, "garbage"},
		{kthtStaff, memberMsg, fmt.Sprintf("%d:conf:abc", h.org.ID)},
		{kthtStaff, memberMsg, fmt.Sprintf("%d:nosuchaction:%d", h.org.ID, reported)},
		{kthtStaff, memberMsg, fmt.Sprintf("%d:page:1:u1.zz", h.org.ID)},
		{kthtStaff, memberMsg, fmt.Sprintf("%d:extok:%d:999", h.org.ID, reported)},
		{stranger, e.anchor(t, stranger), fmt.Sprintf("%d:done:%d", h.org.ID, reported)},
	} {
		if a := h.press(c.who, c.msg, c.data); !refused(a) && !strings.Contains(a, "không ở trạng thái chờ xác nhận") {
			t.Errorf("%s pressing %q got %q", c.who.FirstName, c.data, a)
		}
	}
	if s := e.state(reported); s != "reported" {
		t.Errorf("forged presses moved task %d to %s", reported, s)
	}
	if s := e.state(otherUnit.ID); s != "assigned" {
		t.Errorf("forged presses moved task %d to %s", otherUnit.ID, s)
	}
	// /sapnhap's [Xác nhận] forged: by a leader, naming another
	// organisation, naming that organisation's units, or garbage.
	admin := e.users[pAdmin]
	into, old := mergeButton(t, e)
	unitsB, err := h.store.Units(context.Background(), e.orgB.ID)
	if err != nil || len(unitsB) == 0 {
		t.Fatal(unitsB, err)
	}
	for _, c := range []struct {
		who  tgfake.User
		data string
	}{
		{leader, h.data("mgok", into, old)},
		{admin, fmt.Sprintf("%d:mgok:%d:%s", e.orgB.ID, into, old)},
		{e.users[pForeign], fmt.Sprintf("%d:mgok:%d:%d", e.orgB.ID, unitsB[0].ID, into)},
		{admin, h.data("mgok", into, fmt.Sprint(unitsB[0].ID))},
		{admin, h.data("mgok", unitsB[0].ID, old)},
		{admin, h.data("mgok", into, "abc")},
		{admin, h.data("mgok", into)},
	} {
		if a := h.press(c.who, e.anchor(t, c.who), c.data); !refused(a) {
			t.Errorf("%s pressing %q got %q", c.who.FirstName, c.data, a)
		}
	}
	if n := h.count(`SELECT count(*) FROM units WHERE retired_at IS NOT NULL`); n != 0 {
		t.Errorf("forged merge presses retired %d units", n)
	}

	// A press delivered twice is handled once.
	upd := h.fake.PressButton(leader, leaderMsg, h.data("conf", reported))
	h.expect(leader.ID, fmt.Sprintf("Đã xác nhận hoàn thành nhiệm vụ #%d", reported))
	h.fake.PushUpdate(upd)
	lcSync(h, leader)
	if n := e.events(reported, tasks.EventConfirmed); n != 1 {
		t.Errorf("%d confirmations after a replayed press", n)
	}
	n := 0
	for _, m := range h.fake.SentTo(leader.ID) {
		if strings.Contains(m.PlainText, fmt.Sprintf("Đã xác nhận hoàn thành nhiệm vụ #%d", reported)) {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the leader was told %d times", n)
	}
}

// TestEveryCommandIsInTheMatrix: each command that any role's /help lists
// is in the documented matrix, or else at least refused to a stranger and
// to another organisation's leader without showing this one's tasks.
func TestEveryCommandIsInTheMatrix(t *testing.T) {
	e := newPermEnv(t)
	documented := map[string]bool{"start": true}
	for _, c := range commandMatrix {
		documented[strings.Fields(strings.TrimPrefix(c.name, "/"))[0]] = true
	}
	cmdRe := regexp.MustCompile(`(?m)^/([a-z_]+) — `)
	seen := map[string]bool{}
	for role := pAdmin; role <= pOther; role++ {
		for _, m := range cmdRe.FindAllStringSubmatch(e.run(t, e.users[role], tgfake.Chat{ID: e.users[role].ID}, "/help"), -1) {
			seen[m[1]] = true
		}
	}
	var names []string
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	secret := e.task(t, tasks.StateAssigned)
	for _, n := range names {
		if documented[n] {
			continue
		}
		t.Logf("/%s is not in docs/permissions.md; checking that outsiders are refused", n)
		for _, role := range []int{pStranger, pForeign} {
			answer := e.run(t, e.users[role], tgfake.Chat{ID: e.users[role].ID}, fmt.Sprintf("/%s %d", n, secret))
			if strings.Contains(answer, secretText(secret)) {
				t.Errorf("/%s showed %s this organisation's task:\n%s", n, roleLabels[role], answer)
			}
			if role == pStranger && !refused(answer) {
				t.Errorf("/%s was not refused to a stranger:\n%s", n, answer)
			}
		}
	}
	for _, want := range []string{"giao", "viec", "task", "done", "tiendo", "giahan", "xacnhan", "lamlai", "huy", "chuyen", "dungdinhky", "org", "thanhvien", "moi", "vaitro", "xoathanhvien", "nhom", "donvi", "help",
		"admin", "nhacviec", "baocao", "baocao_o_day", "dangky", "ketqua", "lichbaocao", "hop"} {
		if !seen[want] {
			t.Errorf("/%s is listed by no role's /help", want)
		}
	}
}

// groupCase is one row of the group-chat matrix: a command typed, or a
// button pressed under the bot's last message, in a group.
type groupCase struct {
	name string
	// linked is true for the group linked to KTHT, false for one linked to
	// no unit.
	linked bool
	// text is the command; action and arg make a button of the task.
	text, action, arg string
	// task picks the task acted on from the group env.
	task  func(g *groupEnv) int64
	done  func(e *permEnv, id int64, answer string) bool
	allow [pRoles]bool
}

// groupEnv holds the tasks of the group matrix: own is KTHT's, other is
// TCKH's, both due soon and with evidence.
type groupEnv struct {
	linked, unlinked tgfake.Chat
	own, other       int64
}

func ownTask(g *groupEnv) int64 { return g.own }

// moreProgress reports whether a task got a progress report beyond the
// one of its setup.
func moreProgress(e *permEnv, id int64, _ string) bool { return e.events(id, tasks.EventProgress) > 1 }
func otherTask(g *groupEnv) int64                      { return g.other }

var groupMatrix = []groupCase{
	{name: "/viec", linked: true, text: "/viec", task: ownTask, done: shows, allow: allowSeers},
	{name: "/viec tckh", linked: true, text: "/viec tckh", task: otherTask, done: shows, allow: allowNone},
	{name: "/task", linked: true, text: "/task %d", task: ownTask, done: shows, allow: allowSeers},
	{name: "/task (other unit's task)", linked: true, text: "/task %d", task: otherTask, done: shows, allow: allowNone},
	{name: "/done (other unit's task)", linked: true, text: "/done %d", task: otherTask, done: stateIs("reported"), allow: allowNone},
	{name: "/tiendo (other unit's task)", linked: true, text: "/tiendo %d đạt 10%%", task: otherTask, done: moreProgress, allow: allowNone},
	{name: "files", linked: true, action: "files", task: ownTask, done: answerHas("Đã gửi 1 tệp"), allow: allowSeers},
	{name: "files (other unit's task)", linked: true, action: "files", task: otherTask, done: answerHas("Đã gửi 1 tệp"), allow: allowNone},
	{name: "done (other unit's task)", linked: true, action: "done", task: otherTask, done: stateIs("reported"), allow: allowNone},
	{name: "page", linked: true, action: "page", arg: "", task: func(*groupEnv) int64 { return 1 },
		done: func(e *permEnv, _ int64, _ string) bool { return turnedToList(e, 0, 0, "") }, allow: allowOrg},
	{name: "/viec (unlinked)", text: "/viec", task: ownTask, done: shows, allow: allowNone},
	{name: "/task (unlinked)", text: "/task %d", task: ownTask, done: shows, allow: allowNone},
	{name: "/done (unlinked)", text: "/done %d", task: ownTask, done: stateIs("reported"), allow: allowNone},
	{name: "files (unlinked)", action: "files", task: ownTask, done: answerHas("Đã gửi 1 tệp"), allow: allowNone},
	{name: "page (unlinked)", action: "page", task: func(*groupEnv) int64 { return 1 },
		done: func(e *permEnv, _ int64, _ string) bool { return turnedToList(e, 0, 0, "") }, allow: allowNone},
}

// groupTask makes a task of a unit due soon, with an evidence file from
// by, and returns its number.
func (e *permEnv) groupTask(t *testing.T, unit string, by tasks.Member, dueIn time.Duration) int64 {
	t.Helper()
	ctx := context.Background()
	due := time.Now().Add(dueIn)
	task, _, err := e.h.store.CreateTask(ctx, e.members[pLeader], tasks.NewTask{Text: "Việc mật", Deadline: &due, Leads: []int64{e.units[unit].ID}}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	e.h.store.DB().MustExec(`UPDATE tasks SET text = $3 WHERE org_id = $1 AND id = $2`, e.h.org.ID, task.ID, secretText(task.ID))
	files, err := e.h.store.TaskFiles(ctx, e.h.org.ID, e.fileTask)
	if err != nil || len(files) == 0 {
		t.Fatalf("evidence: %v %v", files, err)
	}
	if _, err := e.h.store.ReportProgress(ctx, by, task.ID, tasks.Progress{Text: "Biên bản", Files: []tasks.FileRef{files[0]}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	return task.ID
}

// TestPermissionMatrixGroups: in a group linked to KTHT nobody, a leader
// included, sees or acts on another unit's task, by command or button, and
// a member of another unit sees nothing of KTHT's; a group linked to no
// unit shows no task at all; talk not addressed to the bot gets no answer.
func TestPermissionMatrixGroups(t *testing.T) {
	e := newPermEnv(t)
	g := &groupEnv{linked: tgfake.Chat{ID: -700001, Title: "Nhóm Phòng Kinh tế"}, unlinked: tgfake.Chat{ID: -700002, Title: "Nhóm chưa gắn"}}
	if a := e.run(t, e.users[pAdmin], g.linked, "/nhom KTHT"); !strings.Contains(a, "Đã gắn nhóm này với Phòng Kinh tế và Hạ tầng") {
		t.Fatalf("linking the group: %s", a)
	}
	e.run(t, e.users[pAdmin], g.unlinked, "/start")
	g.other = e.groupTask(t, "tckh", e.members[pOther], time.Hour)
	g.own = e.groupTask(t, "ktht", e.members[pMember], 2*time.Hour)
	for _, c := range groupMatrix {
		for role := pAdmin; role < pRoles; role++ {
			t.Run(c.name+"/"+roleLabels[role], func(t *testing.T) {
				e.settle(t)
				u := e.users[role]
				chat := g.unlinked
				if c.linked {
					chat = g.linked
				}
				id := c.task(g)
				var answer string
				if c.action != "" {
					before := len(e.h.fake.SentTo(chat.ID))
					e.pressed = e.h.fake.SentTo(chat.ID)[before-1]
					data := e.h.data(c.action, id, c.arg)
					answer = e.h.press(u, e.pressed, data)
					answer += "\n" + e.run(t, u, chat, "/trogiup")
					answer += "\n" + strings.Join(sentTexts(e.h, chat.ID)[before:], "\n")
				} else {
					text := c.text
					if strings.Contains(text, "%") {
						text = fmt.Sprintf(text, id)
					}
					answer = e.run(t, u, chat, text)
				}
				got := c.done(e, id, answer)
				switch {
				case c.allow[role] && !got:
					t.Errorf("%s was refused %s; answer:\n%s", roleLabels[role], c.name, answer)
				case !c.allow[role] && got:
					t.Errorf("%s could %s; answer:\n%s", roleLabels[role], c.name, answer)
				case !c.allow[role] && !refused(answer):
					t.Errorf("%s was not told why %s did nothing; answer:\n%s", roleLabels[role], c.name, answer)
				}
				shown := answer
				if c.action != "" {
					shown += "\n" + e.pressedNow().Text
				}
				if strings.Contains(shown, secretText(g.other)) {
					t.Errorf("%s was shown TCKH's task in %s:\n%s", roleLabels[role], chat.Title, shown)
				}
				if strings.Contains(shown, secretText(g.own)) && (!c.linked || !allowSeers[role]) {
					t.Errorf("%s was shown KTHT's task in %s:\n%s", roleLabels[role], chat.Title, shown)
				}
			})
		}
	}
	if s := e.state(g.other); s != "in_progress" {
		t.Errorf("TCKH's task was moved to %s from KTHT's group", s)
	}
	if s := e.state(g.own); s != "in_progress" {
		t.Errorf("KTHT's task was moved to %s from a group linked to no unit", s)
	}
	if n := e.events(g.other, tasks.EventProgress); n != 1 {
		t.Errorf("TCKH's task has %d progress reports, want 1", n)
	}
	// Talk that is not addressed to the bot gets no answer, whoever says it.
	for _, chat := range []tgfake.Chat{g.linked, g.unlinked} {
		for role := pAdmin; role < pRoles; role++ {
			for _, text := range []string{"xong", "Chào cả nhà, chiều nay họp nhé", fmt.Sprintf("Nhiệm vụ #%d đã hoàn thành", g.own), "/viec@some_other_bot", "/khongcolenhnay"} {
				if a := e.run(t, e.users[role], chat, text); a != "" {
					t.Errorf("%s saying %q in %s got an answer:\n%s", roleLabels[role], text, chat.Title, a)
				}
			}
		}
	}
	if s := e.state(g.own); s != "in_progress" {
		t.Errorf("talk in the groups moved KTHT's task to %s", s)
	}
}

package tasks_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

func TestMergeTwoUnitsWithOpenTasksAndReminders(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	sched := reminders.New(db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	st := tasks.NewStore(db, tasks.WithScheduler(sched))
	loc, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	day := func(d, h int) time.Time { return time.Date(2021, 1, d, h, 0, 0, 0, loc) }
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", day(4, 8))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, []tasks.Unit{
		{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Aliases: []string{"Phòng KTHT"}, Kind: tasks.KindPhong},
		{Code: "qldt", Name: "Phòng Quản lý đô thị", Aliases: []string{"Phòng QLĐT"}, Kind: tasks.KindPhong},
		{Code: "kt", Name: "Phòng Kinh tế", Kind: tasks.KindPhong},
		{Code: "tckh", Name: "Phòng Tài chính – Kế hoạch", Kind: tasks.KindPhong},
	}); err != nil {
		t.Fatal(err)
	}
	units := map[string]tasks.Unit{}
	all, _ := st.Units(ctx, org.ID)
	for _, u := range all {
		units[u.Code] = u
	}
	join := func(tg int64, role tasks.Role, unit string) tasks.Member {
		ni := tasks.NewInvite{Role: role}
		if unit != "" {
			id := units[unit].ID
			ni.UnitID = &id
		}
		inv, err := st.CreateInvite(ctx, org.ID, ni, day(4, 8))
		if err != nil {
			t.Fatal(err)
		}
		m, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: tg, ChatID: tg, FullName: fmt.Sprint("Người ", tg)}, day(4, 8))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	leader := join(100, tasks.RoleLeader, "")
	a := join(200, tasks.RoleMember, "ktht")
	b := join(300, tasks.RoleMember, "qldt")
	c := join(400, tasks.RoleMember, "kt")
	if _, err := db.Exec(`UPDATE member_units SET is_head = true WHERE org_id = $1 AND member_id = $2`, org.ID, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO group_links (org_id, chat_id, unit_id, linked_by, linked_at) VALUES ($1, -500, $2, $3, $4)`,
		org.ID, units["qldt"].ID, leader.ID, day(4, 8)); err != nil {
		t.Fatal(err)
	}
	newTask := func(text string, leads, coords []string) tasks.Task {
		dl := day(15, 23).Add(59*time.Minute + 59*time.Second)
		nt := tasks.NewTask{Text: text, Deadline: &dl, DeadlineText: "trước 15/1"}
		for _, u := range leads {
			nt.Leads = append(nt.Leads, units[u].ID)
		}
		for _, u := range coords {
			nt.Coordinators = append(nt.Coordinators, units[u].ID)
		}
		task, _, err := st.CreateTask(ctx, leader, nt, day(4, 9))
		if err != nil {
			t.Fatal(err)
		}
		return task
	}
	both := newTask("Rà soát tiêu chí giao thông", []string{"ktht"}, []string{"qldt", "tckh"})
	onlyB := newTask("Chỉnh trang đô thị", []string{"qldt"}, nil)
	closed := newTask("Báo cáo số liệu quý IV", []string{"ktht"}, nil)
	if _, err := st.ReportDone(ctx, a, closed.ID, day(5, 9)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Confirm(ctx, leader, closed.ID, day(5, 10)); err != nil {
		t.Fatal(err)
	}

	res, err := st.MergeUnits(ctx, org.ID, "kt", []string{"ktht", "QLDT"}, day(6, 9))
	if err != nil {
		t.Fatal(err)
	}
	if res.Tasks != 2 || res.Members != 2 || res.Groups != 1 || len(res.Retired) != 2 {
		t.Errorf("merge result = %+v, want 2 tasks, 2 members, 1 group, 2 retired", res)
	}

	parts := func(id int64) string {
		task, err := st.Task(ctx, org.ID, id)
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, u := range task.Units {
			s = append(s, u.Code+":"+string(u.Role))
		}
		sort.Strings(s)
		return strings.Join(s, " ")
	}
	for _, tc := range []struct {
		name string
		id   int64
		want string
	}{
		{"a task of both merged units has one part, the lead", both.ID, "kt:lead tckh:coord"},
		{"a task of one merged unit", onlyB.ID, "kt:lead"},
		{"a closed task keeps its unit", closed.ID, "ktht:lead"},
	} {
		if got := parts(tc.id); got != tc.want {
			t.Errorf("%s: parts = %q, want %q", tc.name, got, tc.want)
		}
	}

	after, _ := st.Units(ctx, org.ID)
	for _, u := range after {
		retired := u.Code == "ktht" || u.Code == "qldt"
		if retired != (u.RetiredAt != nil) || retired && (u.SuccessorID == nil || *u.SuccessorID != units["kt"].ID) {
			t.Errorf("unit %s: retired %v, successor %v", u.Code, u.RetiredAt, u.SuccessorID)
		}
		if u.Code == "kt" && strings.Join(u.Aliases, "|") != "Phòng KTHT|Phòng QLĐT" {
			t.Errorf("the successor's aliases = %q", u.Aliases)
		}
	}
	var heads []string
	if err := db.Select(&heads, `SELECT m.tg_user_id || ':' || mu.is_head FROM member_units mu JOIN members m ON m.org_id = mu.org_id AND m.id = mu.member_id
		WHERE mu.org_id = $1 AND mu.unit_id = $2 ORDER BY m.tg_user_id`, org.ID, units["kt"].ID); err != nil {
		t.Fatal(err)
	}
	if strings.Join(heads, " ") != "200:true 300:false 400:false" {
		t.Errorf("members of the successor = %v", heads)
	}
	var group int64
	if err := db.Get(&group, `SELECT unit_id FROM group_links WHERE org_id = $1 AND chat_id = -500`, org.ID); err != nil || group != units["kt"].ID {
		t.Errorf("group chat unit = %d, %v", group, err)
	}
	var notified []int64
	if err := db.Select(&notified, `SELECT chat_id FROM outbox WHERE org_id = $1 AND kind = $2 ORDER BY chat_id`, org.ID, tasks.NoticeUnitMerged); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(notified) != "[200 300]" {
		t.Errorf("merge notices went to %v, want the members who moved", notified)
	}

	history, err := st.History(ctx, org.ID, closed.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fmt.Sprintf("%+v", history), "Phòng Kinh tế và Hạ tầng") {
		t.Errorf("the closed task's history lost the old unit's name: %+v", history)
	}
	moved, err := st.History(ctx, org.ID, both.ID)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(fmt.Sprintf("%+v", moved), tasks.EventUnitMerged); n != 2 {
		t.Errorf("the moved task records %d merges, want 2: %+v", n, moved)
	}

	dir, err := st.Directory(ctx, org.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, unit, retired string
	}{
		{"Giao Phòng Quản lý đô thị chủ trì", "kt", "qldt"},
		{"Giao Phòng QLĐT chủ trì", "kt", ""},
		{"Giao Phòng Kinh tế chủ trì", "kt", ""},
	} {
		ms := dir.Mentions(tc.text)
		if len(ms) != 1 || ms[0].Unit == nil || ms[0].Unit.Code != tc.unit {
			t.Errorf("%q: mentions = %+v, want %s", tc.text, ms, tc.unit)
			continue
		}
		got := ""
		if ms[0].Retired != nil {
			got = ms[0].Retired.Code
		}
		if got != tc.retired {
			t.Errorf("%q: retired = %q, want %q", tc.text, got, tc.retired)
		}
		if note := tasks.RetiredNote(ms[0]); (note != "") != (tc.retired != "") || tc.retired != "" && !strings.Contains(note, "hãy dùng đơn vị kế tiếp “Phòng Kinh tế”") {
			t.Errorf("%q: note = %q", tc.text, note)
		}
	}
	if group := dir.Expand(tasks.Mention{Group: tasks.KindPhong}); len(group) != 2 {
		t.Errorf("“các phòng” names %d units, want the 2 live ones", len(group))
	}

	// The lead's reminders now go to every member of the successor: c, who
	// was never in the merged units, is reminded of both moved tasks.
	if _, err := sched.Scan(ctx, day(15, 9), 100); err != nil {
		t.Fatal(err)
	}
	var reminded []string
	if err := db.Select(&reminded, `SELECT DISTINCT task_id || ':' || chat_id FROM outbox WHERE org_id = $1 AND kind = $2 ORDER BY 1`,
		org.ID, reminders.MessageReminder); err != nil {
		t.Fatal(err)
	}
	want := []string{}
	for _, id := range []int64{both.ID, onlyB.ID} {
		for _, m := range []tasks.Member{a, b, c} {
			want = append(want, fmt.Sprintf("%d:%d", id, m.ChatID))
		}
	}
	gotR := map[string]bool{}
	for _, r := range reminded {
		gotR[r] = true
	}
	for _, w := range want {
		if !gotR[w] {
			t.Errorf("no reminder %s (task:chat) after the merge; reminders: %v", w, reminded)
		}
	}

	for _, tc := range []struct {
		name, into string
		olds       []string
		wantIn     string
	}{
		{"a retired unit again", "kt", []string{"ktht"}, "đã được sáp nhập trước đó"},
		{"into a retired unit", "ktht", []string{"tckh"}, "đã thôi hoạt động nên không nhận sáp nhập"},
		{"into itself", "kt", []string{"kt"}, "được ghi hai lần"},
		{"no old unit", "kt", nil, "Hãy ghi mã các đơn vị được sáp nhập"},
		{"an unknown unit", "kt", []string{"khongco"}, "Không có đơn vị mã “khongco”"},
	} {
		_, err := st.MergeUnits(ctx, org.ID, tc.into, tc.olds, day(7, 9))
		var ie *tasks.InputError
		if !errors.As(err, &ie) || !strings.Contains(ie.Msg, tc.wantIn) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.wantIn)
		}
	}

	if _, err := st.RetireUnit(ctx, org.ID, "kt", day(7, 9)); err == nil || !strings.Contains(err.Error(), "còn 2 nhiệm vụ đang thực hiện và 3 cán bộ") {
		t.Errorf("a unit with open tasks and members was retired: %v", err)
	}
	renamed, err := st.RenameUnit(ctx, org.ID, "tckh", "Phòng Tài chính")
	if err != nil || renamed.Name != "Phòng Tài chính" {
		t.Fatalf("rename = %+v, %v", renamed, err)
	}
	dir, _ = st.Directory(ctx, org.ID)
	if ms := dir.Mentions("Phòng Tài chính – Kế hoạch tham mưu"); len(ms) != 1 || ms[0].Unit.Code != "tckh" {
		t.Errorf("the old name no longer finds the renamed unit: %+v", ms)
	}
}

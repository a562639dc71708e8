package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// TestListsShowEveryLead: /viec and /hop N name every lead of a task,
// shortened when long, /task names them all, and a deadline with a time
// shows its time in lists.
func TestListsShowEveryLead(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	ctx := context.Background()
	var all []int64
	for _, code := range []string{"ktht", "tckh", "quanglam", "damha"} {
		all = append(all, h.unit(code).ID)
	}
	due := localDay("30/06/2031 17:00")
	m, _, err := h.store.OpenMeeting(ctx, h.member(leader), tasks.NewMeeting{Title: "Giao ban tháng 6", HeldOn: time.Now()}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, nt := range []tasks.NewTask{
		{Text: "Việc của bốn đơn vị", Leads: all, Deadline: &due, DeadlineHasTime: true, MeetingID: &m.ID},
		{Text: "Việc của hai đơn vị", Leads: all[:2], Coordinators: all[2:3]},
	} {
		if _, _, err := h.store.CreateTask(ctx, h.member(leader), nt, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	list := h.say(leader, "/viec", "Nhiệm vụ đang thực hiện")
	for _, want := range []string{
		"Chủ trì: Phòng Kinh tế và Hạ tầng, Phòng Tài chính – Kế hoạch và 2 đơn vị khác · Thời hạn: 30/06/2031 17:00",
		"Chủ trì: Phòng Kinh tế và Hạ tầng, Phòng Tài chính – Kế hoạch\n",
	} {
		if !strings.Contains(list.PlainText+"\n", want) {
			t.Errorf("/viec does not say %q:\n%s", want, list.PlainText)
		}
	}
	h.say(leader, "/hop 1", "Việc của bốn đơn vị", "Chủ trì: Phòng Kinh tế và Hạ tầng, Phòng Tài chính – Kế hoạch và 2 đơn vị khác · Thời hạn: 30/06/2031 17:00")
	h.say(leader, "/task 1", "Chủ trì: Phòng Kinh tế và Hạ tầng, Phòng Tài chính – Kế hoạch, UBND xã Quảng Lâm, UBND xã Đầm Hà")
}

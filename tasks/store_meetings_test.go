package tasks_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

func TestMeetingsAreNumberedPerOrgAndOpenedOnce(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	day := time.Date(2021, 1, 7, 0, 0, 0, 0, time.UTC)
	m1, created, err := f.store.OpenMeeting(ctx, f.leader, tasks.NewMeeting{Title: "Giao ban tháng 1", HeldOn: day, Chair: "Trần Việt Dũng", Origin: "tg:1"}, t0)
	if err != nil || !created || m1.ID != 1 || m1.State != tasks.MeetingOpen {
		t.Fatalf("first meeting = %+v, %v, %v", m1, created, err)
	}
	again, created, err := f.store.OpenMeeting(ctx, f.leader, tasks.NewMeeting{Title: "Giao ban tháng 1", HeldOn: day, Origin: "tg:1"}, t0)
	if err != nil || created || again.ID != 1 {
		t.Fatalf("replayed opening = %+v, %v, %v", again, created, err)
	}
	m2, _, err := f.store.OpenMeeting(ctx, f.leader, tasks.NewMeeting{Title: "Họp tổ hồ sơ NTM", HeldOn: day, Origin: "tg:2"}, t0)
	if err != nil || m2.ID != 2 {
		t.Fatalf("second meeting = %+v, %v", m2, err)
	}
	loc, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	if got := m1.Day(loc); !got.Equal(time.Date(2021, 1, 7, 0, 0, 0, 0, loc)) || m1.Chair != "Trần Việt Dũng" || m1.OpenerName == "" {
		t.Errorf("meeting 1 = %+v, day %v", m1, got)
	}
	if _, _, err := f.store.OpenMeeting(ctx, f.ktht, tasks.NewMeeting{Title: "x", HeldOn: day}, t0); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("a member opened a meeting: %v", err)
	}

	other, err := f.store.CreateOrg(ctx, "UBND huyện Thạch Hà", "Asia/Ho_Chi_Minh", t0)
	if err != nil {
		t.Fatal(err)
	}
	inv, err := f.store.CreateInvite(ctx, other.ID, tasks.NewInvite{Role: tasks.RoleSecretary}, t0)
	if err != nil {
		t.Fatal(err)
	}
	sec, err := f.store.Join(ctx, inv.Code, tasks.TelegramUser{ID: 900, ChatID: 900, FullName: "Thư ký"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	mo, _, err := f.store.OpenMeeting(ctx, sec, tasks.NewMeeting{Title: "Giao ban", HeldOn: day, Origin: "tg:1"}, t0)
	if err != nil || mo.ID != 1 || mo.OrgID != other.ID {
		t.Errorf("the other organisation's first meeting = %+v, %v", mo, err)
	}
	if _, err := f.store.Meeting(ctx, other.ID, 2); !errors.Is(err, tasks.ErrNotFound) {
		t.Errorf("meeting 2 of the other organisation: %v", err)
	}
	list, err := f.store.Meetings(ctx, f.org.ID, 10)
	if err != nil || len(list) != 2 || list[0].ID != 2 {
		t.Errorf("meetings = %+v, %v", list, err)
	}
}

func TestMeetingDraftBecomesTasks(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	m, _, err := f.store.OpenMeeting(ctx, f.leader, tasks.NewMeeting{Title: "Giao ban", HeldOn: t0}, t0)
	if err != nil {
		t.Fatal(err)
	}
	due := time.Date(2031, 1, 15, 23, 59, 59, 0, t0.Location())
	rule := &deadline.Rule{Freq: deadline.Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}
	items := []tasks.MeetingItem{
		{Text: "Rà soát hồ sơ", Lead: "ktht", Coordinators: []string{"group:xa"}, Deadline: &due, DeadlineText: "trước 15/1/2031"},
		{Text: "Báo cáo hằng tuần", Lead: "tckh", Rule: rule, Deadline: &due, DeadlineText: "trước 17h thứ 5 hàng tuần", DeadlineHasTime: true},
		{Text: "Tiếp tục triển khai", Warnings: []tasks.DraftWarning{{About: "owner", Text: "Chưa xác định được đơn vị chủ trì."}}},
	}
	if err := f.store.SaveDraft(ctx, f.ktht, m.ID, "kết luận", items); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("a member saved a draft: %v", err)
	}
	if err := f.store.SaveDraft(ctx, f.leader, m.ID, "kết luận", items); err != nil {
		t.Fatal(err)
	}
	got, err := f.store.MeetingItems(ctx, f.org.ID, m.ID)
	if err != nil || len(got) != 3 {
		t.Fatalf("items = %+v, %v", got, err)
	}
	if got[0].N != 1 || got[0].Coordinators[0] != "group:xa" || !got[0].Deadline.Equal(due) || got[0].State != tasks.ItemPending {
		t.Errorf("item 1 = %+v", got[0])
	}
	if got[1].Rule == nil || *got[1].Rule != *rule || !got[1].DeadlineHasTime {
		t.Errorf("item 2 rule = %+v", got[1].Rule)
	}
	if len(got[2].Warnings) != 1 || got[2].Warnings[0].About != "owner" || got[2].Lead != "" {
		t.Errorf("item 3 = %+v", got[2])
	}
	if m, _ := f.store.Meeting(ctx, f.org.ID, m.ID); m.State != tasks.MeetingDraft || m.Conclusion != "kết luận" {
		t.Errorf("meeting after the draft = %+v", m)
	}

	if changed, err := f.store.DropItem(ctx, f.leader, m.ID, 3); err != nil || !changed {
		t.Fatalf("drop = %v, %v", changed, err)
	}
	if changed, err := f.store.DropItem(ctx, f.leader, m.ID, 3); err != nil || changed {
		t.Errorf("second drop = %v, %v", changed, err)
	}
	if _, err := f.store.DropItem(ctx, f.leader, m.ID, 9); !errors.Is(err, tasks.ErrNotFound) {
		t.Errorf("drop of a missing item: %v", err)
	}
	fixed, err := f.store.UpdateItem(ctx, f.leader, m.ID, 3, func(it *tasks.MeetingItem) {
		it.Lead, it.Warnings = "quanglam", nil
	})
	if err != nil || fixed.State != tasks.ItemPending || fixed.Lead != "quanglam" {
		t.Fatalf("fix of a dropped item = %+v, %v", fixed, err)
	}
	if _, err := f.store.DropItem(ctx, f.leader, m.ID, 3); err != nil {
		t.Fatal(err)
	}

	if _, err := f.store.ConfirmMeeting(ctx, f.leader, m.ID, t0); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("confirmed with items waiting: %v", err)
	}
	for _, it := range got[:2] {
		id := m.ID
		nt := tasks.NewTask{Text: it.Text, Leads: []int64{f.units[it.Lead].ID}, Deadline: it.Deadline, DeadlineText: it.DeadlineText,
			Origin: "meeting:1:" + string(rune('0'+it.N)), MeetingID: &id}
		for n := 0; n < 2; n++ {
			task, created, err := f.store.CreateTask(ctx, f.leader, nt, t0)
			if err != nil || created != (n == 0) || task.MeetingID == nil || *task.MeetingID != m.ID {
				t.Fatalf("create task for item %d (try %d) = %+v, %v, %v", it.N, n, task, created, err)
			}
			if err := f.store.ItemCreated(ctx, f.org.ID, m.ID, it.N, task.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.store.SaveDraft(ctx, f.leader, m.ID, "kết luận khác", items); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("a draft with tasks was replaced: %v", err)
	}
	if _, err := f.store.UpdateItem(ctx, f.leader, m.ID, 1, func(*tasks.MeetingItem) {}); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("an item that became a task was changed: %v", err)
	}
	if changed, err := f.store.ConfirmMeeting(ctx, f.leader, m.ID, t0); err != nil || !changed {
		t.Fatalf("confirm = %v, %v", changed, err)
	}
	if changed, err := f.store.ConfirmMeeting(ctx, f.leader, m.ID, t0); err != nil || changed {
		t.Errorf("second confirm = %v, %v", changed, err)
	}
	if _, err := f.store.DropItem(ctx, f.leader, m.ID, 3); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("drop after confirmation: %v", err)
	}
	list, err := f.store.Tasks(ctx, f.leader, tasks.TaskFilter{MeetingID: m.ID})
	if err != nil || len(list) != 2 {
		t.Fatalf("tasks of the meeting = %d, %v", len(list), err)
	}
	if all, _ := f.store.Tasks(ctx, f.leader, tasks.TaskFilter{}); len(all) != 2 {
		t.Errorf("%d tasks in all, want 2", len(all))
	}
	if m, _ := f.store.Meeting(ctx, f.org.ID, m.ID); m.State != tasks.MeetingConfirmed || m.ConfirmedAt == nil {
		t.Errorf("meeting after confirmation = %+v", m)
	}
}

package web_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// TestActionsDoWhatTheChatDoes: rework, extension decisions and
// reassignment from the page change the task as the chat's commands do and
// queue the same notices.
func TestActionsDoWhatTheChatDoes(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := f.clock.Now()
	outbox := func(kind string) int {
		var n int
		if err := f.store.DB().Get(&n, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, f.org.ID, kind); err != nil {
			t.Fatal(err)
		}
		return n
	}

	// Rework of a reported task.
	a := f.task("Báo cáo tình hình giải ngân", now.Add(5*24*time.Hour), "ktht")
	if _, err := f.store.ReportDone(ctx, f.people["member_ktht"], a.ID, now); err != nil {
		t.Fatal(err)
	}
	if status, body := f.post(fmt.Sprintf("/api/tasks/%d/rework", a.ID), "leader", map[string]string{"reason": "thiếu số liệu quý IV"}); status != http.StatusOK {
		t.Fatalf("rework: %d %s", status, body)
	}
	if got, _ := f.store.Task(ctx, f.org.ID, a.ID); got.State != tasks.StateInProgress || outbox(tasks.NoticeRework) == 0 {
		t.Errorf("after rework: %s, %d notices", got.State, outbox(tasks.NoticeRework))
	}

	// An extension request, refused to a member, approved by the leader.
	ask, err := tasks.ParseExtensionAsk("30/01/2021 vì chờ số liệu của các xã", a.Deadline, now)
	if err != nil {
		t.Fatal(err)
	}
	ask.Origin = "ext1"
	ext, err := f.store.RequestExtension(ctx, f.people["member_ktht"], a.ID, ask, now)
	if err != nil {
		t.Fatal(err)
	}
	var d web.TaskDetail
	f.getJSON(fmt.Sprintf("/api/tasks/%d", a.ID), "leader", &d)
	if len(d.Extensions) != 1 || d.Extensions[0].ID != ext.ID || !d.Can.Decide {
		t.Fatalf("extensions on the page: %+v, can decide %v", d.Extensions, d.Can.Decide)
	}
	path := fmt.Sprintf("/api/tasks/%d/extensions/%d/approve", a.ID, ext.ID)
	if status, _ := f.post(path, "member_ktht", nil); status != http.StatusForbidden {
		t.Errorf("a member approved an extension: %d", status)
	}
	if status, body := f.post(path, "leader", nil); status != http.StatusOK {
		t.Fatalf("approve: %d %s", status, body)
	}
	got, _ := f.store.Task(ctx, f.org.ID, a.ID)
	if got.Deadline == nil || got.Deadline.In(hcm).Day() != 30 {
		t.Errorf("deadline after the extension: %v", got.Deadline)
	}
	if status, _ := f.post(path, "leader", nil); status == http.StatusOK {
		t.Error("an extension was decided twice")
	}

	// A second request, refused: as in the chat, only with a reason.
	ask, err = tasks.ParseExtensionAsk("15/02/2021 vì chờ kinh phí", got.Deadline, now)
	if err != nil {
		t.Fatal(err)
	}
	ask.Origin = "ext2"
	ext2, err := f.store.RequestExtension(ctx, f.people["member_ktht"], a.ID, ask, now)
	if err != nil {
		t.Fatal(err)
	}
	reject := fmt.Sprintf("/api/tasks/%d/extensions/%d/reject", a.ID, ext2.ID)
	if status, _ := f.post(reject, "leader", map[string]string{"reason": ""}); status != http.StatusBadRequest {
		t.Errorf("a refusal without a reason: %d", status)
	}
	if status, body := f.post(reject, "leader", map[string]string{"reason": "thời hạn do UBND huyện ấn định"}); status != http.StatusOK {
		t.Fatalf("reject: %d %s", status, body)
	}
	if e, err := f.store.Extension(ctx, f.org.ID, a.ID, ext2.ID); err != nil || e.Status != tasks.ExtensionRejected {
		t.Errorf("the refused request: %+v %v", e.Status, err)
	}

	// Reassignment to Quảng Lâm with the finance office coordinating.
	body := map[string]any{"leads": []int64{f.units["quanglam"].ID}, "coords": []int64{f.units["tckh"].ID}, "reason": "đúng chức năng của xã"}
	if status, resp := f.post(fmt.Sprintf("/api/tasks/%d/reassign", a.ID), "secretary", body); status != http.StatusOK {
		t.Fatalf("reassign: %d %s", status, resp)
	}
	got, _ = f.store.Task(ctx, f.org.ID, a.ID)
	lead, _ := got.Lead()
	if lead.UnitID != f.units["quanglam"].ID || len(got.Coordinators()) != 1 || got.HasUnit(f.units["ktht"].ID) {
		t.Errorf("units after reassigning: %+v", got.Units)
	}
	if outbox(tasks.NoticeMoved) == 0 {
		t.Error("KTHT was not told the task went to other units")
	}
}

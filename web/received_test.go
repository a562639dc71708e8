package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// TestListFromParent: the dashboard's list keeps, with from=captren, the
// tasks made from what a parent organisation gave, and marks them.
func TestListFromParent(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := f.clock.Now()
	db := f.store.DB()
	if _, err := db.Exec(`UPDATE orgs SET level = 'tinh' WHERE id = $1`, f.other.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE orgs SET level = 'xa', parent_id = $2 WHERE id = $1`, f.org.ID, f.other.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.store.ImportUnits(ctx, f.other.ID, []tasks.Unit{{Code: "x", Name: "UBND huyện Đầm Hà", Kind: tasks.KindXa}}); err != nil {
		t.Fatal(err)
	}
	x, err := f.store.LinkUnit(ctx, f.other.ID, "x", f.org.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	due := now.Add(5 * 24 * time.Hour)
	if _, _, err := f.store.CreateTask(ctx, f.people["other_org"], tasks.NewTask{Text: "Kiểm tra an toàn hồ đập", Deadline: &due, Leads: []int64{x.ID}}, now); err != nil {
		t.Fatal(err)
	}
	for {
		n, err := f.store.ApplyCascadeSteps(ctx, time.Now().AddDate(100, 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	rs, err := f.store.ReceivedTasks(ctx, f.org.ID, true)
	if err != nil || len(rs) != 1 {
		t.Fatalf("received %d, %v", len(rs), err)
	}
	own, err := f.store.AssignReceived(ctx, f.people["leader"], rs[0].ID, tasks.NewTask{Leads: []int64{f.units["ktht"].ID}}, now)
	if err != nil {
		t.Fatal(err)
	}
	f.task("Việc riêng của huyện", due, "ktht")

	var l web.TaskList
	f.getJSON("/api/tasks?from=captren", "secretary", &l)
	if l.Total != 1 || len(l.Tasks) != 1 || l.Tasks[0].Text != "Kiểm tra an toàn hồ đập" || !l.Tasks[0].FromParent {
		t.Errorf("from=captren lists %+v", l.Tasks)
	}
	f.getJSON("/api/tasks", "member_ktht", &l)
	marked := 0
	for _, r := range l.Tasks {
		if r.FromParent {
			marked++
		}
	}
	if l.Total != 2 || marked != 1 {
		t.Errorf("the whole list: %d tasks, %d marked; want 2, 1", l.Total, marked)
	}
	resp := f.request("GET", "/api/tasks?from=xyz", "secretary", nil, nil)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("from=xyz: %d", resp.StatusCode)
	}
	resp = f.request("GET", "/p/tasks?from=captren", "secretary", nil, nil)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if page := string(b); resp.StatusCode != http.StatusOK || !strings.Contains(page, "Cấp trên giao</span>") || !strings.Contains(page, `value="captren" selected`) {
		t.Errorf("the list page does not mark the task or keep the filter (%d):\n%s", resp.StatusCode, page)
	}

	// A member's request beyond the parent's deadline, approved on the
	// dashboard, goes up: the leader is told so, and the deadline waits.
	ask := tasks.ExtensionAsk{Deadline: deadline.Deadline{Time: due.AddDate(0, 0, 10), Text: "sau"}, Reason: "chờ số liệu"}
	ext, err := f.store.RequestExtension(ctx, f.people["member_ktht"], own.ID, ask, now)
	if err != nil {
		t.Fatal(err)
	}
	status, body := f.post(fmt.Sprintf("/api/tasks/%d/extensions/%d/approve", own.ID, ext.ID), "leader", nil)
	if status != http.StatusOK || !strings.Contains(body, "đã chuyển đề nghị lên cấp trên") {
		t.Errorf("approve beyond the parent's deadline: %d %s", status, body)
	}
	if got, _ := f.store.Task(ctx, f.org.ID, own.ID); got.Deadline == nil || !got.Deadline.Equal(due) {
		t.Errorf("the deadline moved before the parent decided: %v", got.Deadline)
	}
}

package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/dondoc/dondoc/web"
)

// TestListFilters: every filter of the list keeps what it says, status
// words as StatusAt gives them, text searched without diacritics.
func TestListFilters(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := f.clock.Now()
	f.task("Lập kế hoạch chỉnh trang lề đường", now.Add(10*24*time.Hour), "ktht")
	f.task("Báo cáo giải ngân vốn đầu tư", now.Add(2*24*time.Hour), "ktht")
	f.task("Rà soát dự toán chi thường xuyên", now.Add(-3*24*time.Hour), "tckh")
	done := f.task("Tổng hợp thu ngân sách", now.Add(5*24*time.Hour), "tckh")
	late := f.task("Kiểm tra đê điều", now.Add(-5*24*time.Hour), "quanglam")
	cancelled := f.task("Việc đã hủy", now.Add(5*24*time.Hour), "quanglam")
	if _, err := f.store.ReportDone(ctx, f.join(f.org.ID, "stranger", "member", f.units["tckh"].ID), done.ID, now.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.ReportDone(ctx, f.people["member_xa"], late.ID, now.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Confirm(ctx, f.people["leader"], late.ID, now); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Cancel(ctx, f.people["leader"], cancelled.ID, "không cần nữa", now); err != nil {
		t.Fatal(err)
	}
	year, num := now.ISOWeek()
	w := fmt.Sprintf("%d-W%02d", year, num)
	cases := []struct {
		query string
		want  []string
	}{
		{"", []string{"Kiểm tra đê điều", "Rà soát dự toán chi thường xuyên", "Báo cáo giải ngân vốn đầu tư", "Tổng hợp thu ngân sách", "Việc đã hủy", "Lập kế hoạch chỉnh trang lề đường"}},
		{"status=trong-han", []string{"Lập kế hoạch chỉnh trang lề đường"}},
		{"status=sap-den-han", []string{"Báo cáo giải ngân vốn đầu tư"}},
		{"status=qua-han", []string{"Rà soát dự toán chi thường xuyên"}},
		{"status=cho-xac-nhan", []string{"Tổng hợp thu ngân sách"}},
		{"status=hoan-thanh-dung-han", []string{"Tổng hợp thu ngân sách"}},
		{"status=hoan-thanh-qua-han", []string{"Kiểm tra đê điều"}},
		{"status=da-huy", []string{"Việc đã hủy"}},
		{"q=" + url.QueryEscape("DU TOAN chi"), []string{"Rà soát dự toán chi thường xuyên"}},
		{"q=" + url.QueryEscape("đê điều"), []string{"Kiểm tra đê điều"}},
		{fmt.Sprintf("unit=%d", f.units["ktht"].ID), []string{"Báo cáo giải ngân vốn đầu tư", "Lập kế hoạch chỉnh trang lề đường"}},
		{fmt.Sprintf("assigner=%d", f.people["leader"].ID) + "&status=qua-han", []string{"Rà soát dự toán chi thường xuyên"}},
		{fmt.Sprintf("assigner=%d", f.people["admin"].ID), nil},
		{"week=" + w + "&unit=" + fmt.Sprint(f.units["ktht"].ID), []string{"Báo cáo giải ngân vốn đầu tư"}},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			var l web.TaskList
			f.getJSON("/api/tasks?"+c.query, "secretary", &l)
			var got []string
			for _, r := range l.Tasks {
				got = append(got, r.Text)
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) || l.Total != len(c.want) {
				t.Errorf("got %d %q, want %q", l.Total, got, c.want)
			}
		})
	}
	for _, bad := range []string{"status=xyz", "week=2021-W99", "unit=abc", "page=0"} {
		resp := f.request("GET", "/api/tasks?"+bad, "secretary", nil, nil)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d", bad, resp.StatusCode)
		}
	}
}

// TestPaging: 45 tasks come 20 to a page, by deadline.
func TestPaging(t *testing.T) {
	f := newFixture(t)
	for i := range 45 {
		f.task(fmt.Sprintf("Việc số %02d", i), t0.Add(time.Duration(i+1)*24*time.Hour), "ktht")
	}
	var l web.TaskList
	f.getJSON("/api/tasks?page=3", "leader", &l)
	if l.Total != 45 || l.Pages != 3 || len(l.Tasks) != 5 || l.Tasks[0].Text != "Việc số 40" {
		t.Errorf("page 3: total %d, pages %d, %d tasks, first %+v", l.Total, l.Pages, len(l.Tasks), l.Tasks)
	}
}

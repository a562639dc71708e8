package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// matrixFixture has: reported, a task led by KTHT with Quảng Lâm
// coordinating, reported done and waiting for confirmation; tckh, an open
// task of the finance office only; foreign, a task of the other
// organisation; and a meeting numbered 1 in each organisation.
type matrixFixture struct {
	*fixture
	reported, tckh, foreign tasks.Task
}

func newMatrix(t *testing.T) matrixFixture {
	f := newFixture(t)
	ctx := context.Background()
	m := matrixFixture{fixture: f}
	m.reported = f.task("Rà soát hồ sơ đất đai", t0.Add(72*time.Hour), "ktht", "quanglam")
	if _, err := f.store.ReportDone(ctx, f.people["member_ktht"], m.reported.ID, t0.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	m.tckh = f.task("Lập dự toán ngân sách", t0.Add(10*24*time.Hour), "tckh")
	if _, _, err := f.store.ImportUnits(ctx, f.other.ID, []tasks.Unit{{Code: "vp", Name: "Văn phòng Ba Chẽ", Kind: tasks.KindPhong}}); err != nil {
		t.Fatal(err)
	}
	dir, err := f.store.Directory(ctx, f.other.ID)
	if err != nil {
		t.Fatal(err)
	}
	vp, _ := dir.ByCode("vp")
	due := t0.Add(24 * time.Hour)
	// Tasks are numbered per organisation: the third of the other
	// organisation has a number this one does not use.
	for range 3 {
		if m.foreign, _, err = f.store.CreateTask(ctx, f.people["other_org"], tasks.NewTask{Text: "Việc bí mật của Ba Chẽ", Deadline: &due, Leads: []int64{vp.ID}}, t0); err != nil {
			t.Fatal(err)
		}
	}
	for _, o := range []struct {
		who, title string
	}{{"leader", "Giao ban tháng 1"}, {"other_org", "Họp kín Ba Chẽ"}} {
		if _, _, err := f.store.OpenMeeting(ctx, f.people[o.who], tasks.NewMeeting{Title: o.title, HeldOn: t0}, t0); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

var everyone = []string{"admin", "leader", "secretary", "head_ktht", "member_ktht", "member_xa", "other_org", "stranger", ""}

// TestReadMatrix checks every read route for every kind of person: who is
// let in, who is refused, and that nobody reads another organisation's or
// another unit's tasks whatever id they ask for (tasks are numbered per
// organisation: the same number is the organisation's own task).
func TestReadMatrix(t *testing.T) {
	m := newMatrix(t)
	ok, hidden, refused, strangerS, anon := 200, 404, 403, 403, 401
	type row map[string]int
	all := func(members int, extra row) row {
		r := row{"stranger": strangerS, "": anon}
		for _, w := range []string{"admin", "leader", "secretary", "head_ktht", "member_ktht", "member_xa", "other_org"} {
			r[w] = members
		}
		for k, v := range extra {
			r[k] = v
		}
		return r
	}
	cases := []struct {
		path string
		want row
		// hide is text that must not be in a 200 answer.
		hide string
	}{
		{"/api/me", all(ok, nil), ""},
		{"/api/overview", all(ok, nil), "Ba Chẽ"},
		{"/api/tasks", all(ok, nil), "bí mật"},
		{fmt.Sprintf("/api/tasks/%d", m.reported.ID), all(ok, nil), "bí mật"},
		{fmt.Sprintf("/api/tasks/%d", m.tckh.ID), all(ok, row{"head_ktht": hidden, "member_ktht": hidden, "member_xa": hidden, "other_org": ok}), ""},
		{fmt.Sprintf("/api/tasks/%d", m.foreign.ID), all(hidden, row{"other_org": ok}), ""},
		{"/api/meetings", all(ok, nil), ""},
		{"/api/meetings/1", all(ok, nil), ""},
		{"/api/reports/ketqua", all(ok, row{"head_ktht": refused, "member_ktht": refused, "member_xa": refused}), "bí mật"},
		{"/api/reports/dangky", all(ok, row{"head_ktht": refused, "member_ktht": refused, "member_xa": refused}), "bí mật"},
		{"/p/overview", all(ok, nil), "Ba Chẽ"},
		{"/p/tasks", all(ok, nil), "bí mật"},
		{fmt.Sprintf("/p/task?id=%d", m.tckh.ID), all(ok, row{"head_ktht": hidden, "member_ktht": hidden, "member_xa": hidden, "other_org": ok}), ""},
		{fmt.Sprintf("/p/task?id=%d", m.foreign.ID), all(hidden, row{"other_org": ok}), ""},
		{"/p/meetings", all(ok, nil), ""},
		{"/p/meeting?id=1", all(ok, nil), ""},
		{"/p/report?kind=ketqua", all(ok, row{"head_ktht": refused, "member_ktht": refused, "member_xa": refused}), "bí mật"},
		{"/api/reports/ketqua/report.xlsx", all(ok, row{"head_ktht": refused, "member_ktht": refused, "member_xa": refused}), ""},
		{"/api/reports/ketqua/chart.png", all(ok, row{"head_ktht": refused, "member_ktht": refused, "member_xa": refused}), ""},
	}
	for _, c := range cases {
		for _, who := range everyone {
			t.Run(c.path+"/"+who, func(t *testing.T) {
				resp := m.request("GET", c.path, who, nil, nil)
				defer resp.Body.Close()
				body, _ := io.ReadAll(resp.Body)
				if resp.StatusCode != c.want[who] {
					t.Fatalf("status %d, want %d: %.300s", resp.StatusCode, c.want[who], body)
				}
				if who == "other_org" && (strings.Contains(string(body), "Lập dự toán") || strings.Contains(string(body), "Rà soát")) {
					t.Errorf("the other organisation reads this one's tasks: %.300s", body)
				}
				secret := c.hide
				if who != "other_org" && resp.StatusCode == 200 && secret != "" && strings.Contains(string(body), secret) {
					t.Errorf("the answer shows %q: %.300s", secret, body)
				}
			})
		}
	}
}

// TestListsFollowUnits: a member lists the tasks of their units only; the
// leaders list all; each organisation numbers its own meetings.
func TestListsFollowUnits(t *testing.T) {
	m := newMatrix(t)
	count := func(who string) int {
		var l web.TaskList
		m.getJSON("/api/tasks", who, &l)
		return l.Total
	}
	for who, want := range map[string]int{"leader": 2, "secretary": 2, "member_ktht": 1, "member_xa": 1, "other_org": 3} {
		if got := count(who); got != want {
			t.Errorf("%s lists %d tasks, want %d", who, got, want)
		}
	}
	var md web.MeetingDetail
	m.getJSON("/api/meetings/1", "member_xa", &md)
	if md.Title != "Giao ban tháng 1" {
		t.Errorf("meeting 1 of the organisation is %q", md.Title)
	}
	var o web.Overview
	m.getJSON("/api/overview", "member_ktht", &o)
	if o.Total != nil || len(o.Units) != 1 || o.Units[0].Code != "ktht" {
		t.Errorf("a member's overview: total %v, units %+v", o.Total, o.Units)
	}
	m.getJSON("/api/overview", "leader", &o)
	if o.Total == nil || o.Total.Counts.Assigned != 2 {
		t.Errorf("the leader's overview total: %+v", o.Total)
	}
}

// TestActionMatrix: every action is refused to those the chat refuses it
// to, and done once for one it allows.
func TestActionMatrix(t *testing.T) {
	m := newMatrix(t)
	reported, tckh := fmt.Sprintf("/api/tasks/%d/", m.reported.ID), fmt.Sprintf("/api/tasks/%d/", m.tckh.ID)
	reason := map[string]string{"reason": "đã có văn bản khác"}
	cases := []struct {
		path string
		who  string
		body any
		want int
	}{
		{reported + "confirm", "member_ktht", nil, http.StatusForbidden},
		{reported + "confirm", "head_ktht", nil, http.StatusForbidden},
		{reported + "confirm", "member_xa", nil, http.StatusForbidden},
		{reported + "confirm", "secretary", nil, http.StatusForbidden},
		{fmt.Sprintf("/api/tasks/%d/confirm", m.foreign.ID), "leader", nil, http.StatusNotFound},
		{reported + "rework", "leader", map[string]string{"reason": ""}, http.StatusBadRequest},
		{reported + "frobnicate", "leader", nil, http.StatusBadRequest},
		{tckh + "confirm", "leader", nil, http.StatusConflict},
		{tckh + "cancel", "member_ktht", reason, http.StatusNotFound},
		{tckh + "cancel", "head_ktht", reason, http.StatusNotFound},
		{reported + "cancel", "member_ktht", reason, http.StatusForbidden},
		{reported + "reassign", "leader", map[string]any{"leads": []int64{}, "reason": "x"}, http.StatusBadRequest},
		{reported + "reassign", "leader", map[string]any{"leads": []int64{999999}, "reason": "x"}, http.StatusBadRequest},
		{tckh + "remind", "member_xa", nil, http.StatusNotFound},
		{tckh + "remind", "secretary", nil, http.StatusForbidden},
		{reported + "remind", "leader", nil, http.StatusConflict},
		{tckh + "remind", "leader", nil, http.StatusOK},
		{reported + "confirm", "leader", nil, http.StatusOK},
		{reported + "confirm", "leader", nil, http.StatusConflict},
		{tckh + "cancel", "secretary", reason, http.StatusOK},
	}
	for _, c := range cases {
		status, body := m.post(c.path, c.who, c.body)
		if status != c.want {
			t.Errorf("POST %s as %s: %d, want %d: %.300s", c.path, c.who, status, c.want, body)
		}
		if status >= 400 && !strings.Contains(body, `"error"`) {
			t.Errorf("POST %s as %s: no message: %s", c.path, c.who, body)
		}
	}
	st, err := m.store.Task(context.Background(), m.org.ID, m.reported.ID)
	if err != nil || st.State != tasks.StateDone {
		t.Errorf("confirmed task: %v %v", st.State, err)
	}
	var n int
	if err := m.store.DB().Get(&n, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, m.org.ID, tasks.NoticeConfirmed); err != nil || n == 0 {
		t.Errorf("no confirmation notice queued for the owners (%d, %v)", n, err)
	}
	if err := m.store.DB().Get(&n, `SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, m.org.ID, tasks.NoticeRemindNow); err != nil || n != 0 {
		t.Errorf("reminders queued for a unit with no member: %d, %v", n, err)
	}
	if m.kicks == 0 {
		t.Error("the sender was not woken")
	}
}

// TestCSRF: a change without the session's token, with another session's
// token, or sent from another site is refused and changes nothing.
func TestCSRF(t *testing.T) {
	m := newMatrix(t)
	path := fmt.Sprintf("/api/tasks/%d/confirm", m.reported.ID)
	cases := []struct {
		name string
		hdr  map[string]string
	}{
		{"no token", nil},
		{"another person's token", map[string]string{"X-CSRF-Token": m.csrf("admin")}},
		{"a made-up token", map[string]string{"X-CSRF-Token": strings.Repeat("0", 40)}},
		{"another site", map[string]string{"X-CSRF-Token": m.csrf("leader"), "Origin": "https://evil.example"}},
	}
	for _, c := range cases {
		resp := m.request("POST", path, "leader", nil, c.hdr)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "CSRF") {
			t.Errorf("%s: %d %s", c.name, resp.StatusCode, body)
		}
	}
	st, err := m.store.Task(context.Background(), m.org.ID, m.reported.ID)
	if err != nil || st.State != tasks.StateReported {
		t.Fatalf("the task changed: %v %v", st.State, err)
	}
	// A cookie session needs its token too.
	code, err := web.CreateLogin(context.Background(), m.store.DB(), m.people["leader"], m.clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	c := browser(t)
	if resp, err := c.PostForm(m.srv.URL+"/login", form("c", code)); err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login: %v %v", resp, err)
	}
	post := func(token string) int {
		req, _ := http.NewRequest("POST", m.srv.URL+path, nil)
		if token != "" {
			req.Header.Set("X-CSRF-Token", token)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := post(""); got != http.StatusForbidden {
		t.Errorf("cookie session without token: %d", got)
	}
	resp, err := c.Get(m.srv.URL + "/api/me")
	if err != nil {
		t.Fatal(err)
	}
	var me web.Me
	decode(t, resp, &me)
	if got := post(me.CSRF); got != http.StatusOK {
		t.Errorf("cookie session with its token: %d", got)
	}
}

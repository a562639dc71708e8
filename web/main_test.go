package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// token is the fake Telegram's: the dashboard fetches evidence files
// through it.
const token = tgfake.Token

var hcm, _ = time.LoadLocation("Asia/Ho_Chi_Minh")

// t0 is a Thursday morning in Hồ Chí Minh City's zone.
var t0 = time.Date(2021, 1, 14, 9, 0, 0, 0, hcm)

type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// fixture is an organisation with units and one member of every kind the
// permission rules tell apart, another organisation, and the dashboard's
// server.
type fixture struct {
	t      *testing.T
	store  *tasks.Store
	clock  *clock
	srv    *httptest.Server
	org    tasks.Org
	units  map[string]tasks.Unit
	people map[string]tasks.Member
	other  tasks.Org
	kicks  int
	fake   *tgfake.Server
}

// tgIDs are the Telegram ids of the fixture's people.
var tgIDs = map[string]int64{
	"admin": 100, "leader": 101, "secretary": 102, "head_ktht": 103, "member_ktht": 104,
	"member_xa": 105, "other_org": 106, "stranger": 107,
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	st := tasks.NewStore(pgtest.New(t))
	f := &fixture{t: t, store: st, clock: &clock{now: t0}, units: map[string]tasks.Unit{}, people: map[string]tasks.Member{}}
	var err error
	if f.org, err = st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", t0.Add(-30*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, f.org.ID, []tasks.Unit{
		{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong},
		{Code: "tckh", Name: "Phòng Tài chính – Kế hoạch", Kind: tasks.KindPhong},
		{Code: "quanglam", Name: "UBND xã Quảng Lâm", Kind: tasks.KindXa},
	}); err != nil {
		t.Fatal(err)
	}
	units, err := st.Units(ctx, f.org.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		f.units[u.Code] = u
	}
	f.people["admin"] = f.join(f.org.ID, "admin", tasks.RoleAdmin, 0)
	f.people["leader"] = f.join(f.org.ID, "leader", tasks.RoleLeader, 0)
	f.people["secretary"] = f.join(f.org.ID, "secretary", tasks.RoleSecretary, 0)
	f.people["head_ktht"] = f.join(f.org.ID, "head_ktht", tasks.RoleMember, f.units["ktht"].ID)
	if f.people["head_ktht"], err = st.SetUnit(ctx, f.people["admin"], f.people["head_ktht"].ID, f.units["ktht"].ID, true); err != nil {
		t.Fatal(err)
	}
	f.people["member_ktht"] = f.join(f.org.ID, "member_ktht", tasks.RoleMember, f.units["ktht"].ID)
	f.people["member_xa"] = f.join(f.org.ID, "member_xa", tasks.RoleMember, f.units["quanglam"].ID)
	if f.other, err = st.CreateOrg(ctx, "UBND huyện Ba Chẽ", "Asia/Ho_Chi_Minh", t0); err != nil {
		t.Fatal(err)
	}
	f.people["other_org"] = f.join(f.other.ID, "other_org", tasks.RoleLeader, 0)
	f.fake = tgfake.New()
	t.Cleanup(f.fake.Close)
	tg, err := bot.Connect(ctx, token, f.fake.Endpoint(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	s, err := web.New(st, web.Config{Token: token, PublicURL: "https://dondoc.example", Files: tg}, func() { f.kicks++ }, f.clock.Now,
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(s.Handler())
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) join(orgID int64, who string, role tasks.Role, unit int64) tasks.Member {
	f.t.Helper()
	ctx := context.Background()
	ni := tasks.NewInvite{Role: role}
	if unit != 0 {
		ni.UnitID = &unit
	}
	inv, err := f.store.CreateInvite(ctx, orgID, ni, t0.Add(-time.Hour))
	if err != nil {
		f.t.Fatal(err)
	}
	m, err := f.store.Join(ctx, inv.Code, tasks.TelegramUser{ID: tgIDs[who], ChatID: tgIDs[who], FullName: "Ông " + who}, t0.Add(-time.Hour))
	if err != nil {
		f.t.Fatal(err)
	}
	return m
}

// task gives a task from the leader to lead units (codes) with
// coordinating ones, due at due.
func (f *fixture) task(text string, due time.Time, lead string, coords ...string) tasks.Task {
	f.t.Helper()
	nt := tasks.NewTask{Text: text, Deadline: &due, Leads: []int64{f.units[lead].ID}}
	for _, c := range coords {
		nt.Coordinators = append(nt.Coordinators, f.units[c].ID)
	}
	t, _, err := f.store.CreateTask(context.Background(), f.people["leader"], nt, f.clock.Now().Add(-48*time.Hour))
	if err != nil {
		f.t.Fatal(err)
	}
	return t
}

// initData signs a Mini App launch for a person.
func (f *fixture) initData(who string) string {
	return web.SignInitData(token, tgIDs[who], who, f.clock.Now())
}

// request sends a request as who ("" for nobody) with Mini App initData.
func (f *fixture) request(method, path, who string, body any, hdr map[string]string) *http.Response {
	f.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = strings.NewReader(string(b))
	}
	req, err := http.NewRequest(method, f.srv.URL+path, rd)
	if err != nil {
		f.t.Fatal(err)
	}
	if who != "" {
		req.Header.Set("Authorization", "tma "+f.initData(who))
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	return resp
}

// csrf returns the CSRF token of a person's Mini App session.
func (f *fixture) csrf(who string) string {
	f.t.Helper()
	var me web.Me
	f.getJSON("/api/me", who, &me)
	return me.CSRF
}

// getJSON fetches path as who and decodes a 200 answer.
func (f *fixture) getJSON(path, who string, v any) {
	f.t.Helper()
	resp := f.request("GET", path, who, nil, nil)
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		f.t.Fatalf("GET %s as %s: %d %s", path, who, resp.StatusCode, b)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		f.t.Fatal(err)
	}
}

// post sends an action as who with their CSRF token.
func (f *fixture) post(path, who string, body any) (int, string) {
	f.t.Helper()
	resp := f.request("POST", path, who, body, map[string]string{"X-CSRF-Token": f.csrf(who)})
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// browser is an HTTP client keeping cookies, as a desktop browser does
// on a secure site: the test server is plain HTTP, so the jar also keeps
// Secure cookies.
func browser(t *testing.T) *http.Client {
	return &http.Client{Jar: &plainJar{}, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// plainJar keeps the last value of every cookie for every address.
type plainJar struct {
	mu sync.Mutex
	cs map[string]*http.Cookie
}

func (j *plainJar) SetCookies(_ *url.URL, cs []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.cs == nil {
		j.cs = map[string]*http.Cookie{}
	}
	for _, c := range cs {
		if c.MaxAge < 0 {
			delete(j.cs, c.Name)
			continue
		}
		j.cs[c.Name] = c
	}
}

func (j *plainJar) Cookies(*url.URL) []*http.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []*http.Cookie
	for _, c := range j.cs {
		out = append(out, &http.Cookie{Name: c.Name, Value: c.Value})
	}
	return out
}

func form(v ...string) url.Values {
	out := url.Values{}
	for i := 0; i+1 < len(v); i += 2 {
		out.Set(v[i], v[i+1])
	}
	return out
}

func decode(t *testing.T, resp *http.Response, v any) {
	t.Helper()
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("%d %s", resp.StatusCode, b)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

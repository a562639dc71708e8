package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// chromiumPath finds the browser: $CHROMIUM, or chromium on PATH. The
// browser tests fail, never skip, without it: scripts/test.sh installs it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("Chromium is not installed: the dashboard's browser tests need it. Run scripts/test.sh (it installs the Debian package chromium as root) or apt-get install -y chromium, or set CHROMIUM to the browser's path.")
	return ""
}

// newBrowser starts headless Chromium with a fresh profile, for this
// machine's closed network.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("lang", "vi-VN"),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

// waitText waits until the text of sel contains want.
func waitText(t *testing.T, ctx context.Context, sel, want string) string {
	t.Helper()
	var got string
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		tctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		var err error
		got, err = chromedp.Run(tctx, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible))
		cancel()
		if err == nil && strings.Contains(got, want) {
			return got
		}
		time.Sleep(100 * time.Millisecond)
	}
	hctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	html, _ := chromedp.Run(hctx, chromedp.OuterHTML(chromedp.CSS("main")))
	t.Fatalf("%s: %q does not contain %q; page: %.1500s", sel, got, want, html)
	return ""
}

func browse(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// dashboardDay is the data set of the browser test: people who joined
// through the bot and five tasks of known standing, given by the leader.
type dashboardDay struct {
	fake                    *tgfake.Server
	base                    string
	leader, ktht, tckh      tgfake.User
	pendingID, overdueCount int64
}

// startDashboard runs `dondoc run` with the HTTP server against the fake
// Telegram and a fresh database, and seeds the data set.
func startDashboard(t *testing.T) dashboardDay {
	fake := tgfake.New()
	t.Cleanup(fake.Close)
	dbURL := pgtest.URL(t)
	addr := freeAddr(t)
	t.Setenv("DATABASE_URL", dbURL)
	t.Setenv("TELEGRAM_TOKEN", tgfake.Token)
	t.Setenv("TELEGRAM_API_ENDPOINT", fake.Endpoint())
	t.Setenv("TELEGRAM_BOT_USERNAME", "")
	t.Setenv("DONDOC_HTTP_ADDR", addr)
	t.Setenv("DONDOC_PUBLIC_URL", "https://dondoc.example")

	out, err := runCLI(t, "org", "create", "UBND huyện Đầm Hà")
	if err != nil {
		t.Fatal(err)
	}
	leaderCode := startCode(t, out)
	csv := filepath.Join(t.TempDir(), "units.csv")
	os.WriteFile(csv, []byte("code,name,aliases,kind\nktht,Phòng Kinh tế và Hạ tầng,KT-HT,phong\ntckh,Phòng Tài chính – Kế hoạch,TC-KH,phong\nquanglam,UBND xã Quảng Lâm,,xa\n"), 0o644)
	if _, err := runCLI(t, "units", "import", "--org", "ubnd-huyen-dam-ha", csv); err != nil {
		t.Fatal(err)
	}
	invite := func(unit string) string {
		out, err := runCLI(t, "invite", "--org", "ubnd-huyen-dam-ha", "--role", "member", "--unit", unit)
		if err != nil {
			t.Fatal(err)
		}
		return startCode(t, out)
	}
	kthtCode, tckhCode := invite("ktht"), invite("tckh")

	t.Cleanup(startRun(t))
	d := dashboardDay{fake: fake, base: "http://" + addr,
		leader: tgfake.User{ID: 601, FirstName: "Trần", LastName: "Lãnh Đạo"},
		ktht:   tgfake.User{ID: 602, FirstName: "Cán bộ", LastName: "KTHT"},
		tckh:   tgfake.User{ID: 603, FirstName: "Cán bộ", LastName: "TCKH"}}
	for _, j := range []struct {
		u    tgfake.User
		code string
	}{{d.leader, leaderCode}, {d.ktht, kthtCode}, {d.tckh, tckhCode}} {
		fake.SendText(j.u, "/start "+j.code)
		fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
			return m.ChatID == j.u.ID && strings.Contains(m.PlainText, "Chào mừng")
		})
	}
	d.seed(t, dbURL)
	return d
}

// seed gives five tasks now: KTHT one on time and one due soon; TCKH one
// overdue and one reported done (waiting for confirmation); Quảng Lâm one
// overdue. The week's figures are then: 5 given, 1 done on time, 1 open on
// time, 1 due soon, 2 overdue, 20 % done.
func (d *dashboardDay) seed(t *testing.T, dbURL string) {
	ctx := context.Background()
	db := sqlx.MustOpen("postgres", dbURL)
	defer db.Close()
	st := tasks.NewStore(db)
	org, err := st.OrgByRef(ctx, "ubnd-huyen-dam-ha")
	if err != nil {
		t.Fatal(err)
	}
	dir, err := st.Directory(ctx, org.ID)
	if err != nil {
		t.Fatal(err)
	}
	member := func(u tgfake.User) tasks.Member {
		ms, err := st.Memberships(ctx, u.ID)
		if err != nil || len(ms) != 1 {
			t.Fatalf("memberships of %d: %v %v", u.ID, ms, err)
		}
		return ms[0]
	}
	leader := member(d.leader)
	now := time.Now()
	meeting, _, err := st.OpenMeeting(ctx, leader, tasks.NewMeeting{Title: "Giao ban công tác phòng chống thiên tai", HeldOn: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	give := func(text string, due time.Duration, unit string) tasks.Task {
		u, _ := dir.ByCode(unit)
		dl := now.Add(due)
		nt := tasks.NewTask{Text: text, Deadline: &dl, Leads: []int64{u.ID}}
		if unit == "quanglam" {
			nt.MeetingID = &meeting.ID
		}
		tk, _, err := st.CreateTask(ctx, leader, nt, now)
		if err != nil {
			t.Fatal(err)
		}
		return tk
	}
	give("Lập kế hoạch chỉnh trang lề đường", 10*24*time.Hour, "ktht")
	give("Báo cáo tiến độ giải ngân vốn đầu tư công", 2*24*time.Hour, "ktht")
	give("Rà soát dự toán chi thường xuyên", -3*24*time.Hour, "tckh")
	pending := give("Tổng hợp số liệu thu ngân sách quý IV", 10*24*time.Hour, "tckh")
	give("Kiểm tra hiện trạng đê điều", -2*24*time.Hour, "quanglam")
	if _, err := st.ReportDone(ctx, member(d.tckh), pending.ID, now); err != nil {
		t.Fatal(err)
	}
	d.pendingID, d.overdueCount = pending.ID, 2
}

// launch is the address Telegram opens: the page with the launch
// parameters (signed initData, theme) in its fragment.
func (d dashboardDay) launch(u tgfake.User, theme string) string {
	v := url.Values{}
	v.Set("tgWebAppData", web.SignInitData(tgfake.Token, u.ID, u.FirstName, time.Now()))
	v.Set("tgWebAppVersion", "8.0")
	v.Set("tgWebAppPlatform", "android")
	v.Set("tgWebAppThemeParams", theme)
	return d.base + "/#" + v.Encode()
}

const lightTheme = `{"bg_color":"#ffffff","text_color":"#000000","hint_color":"#707579","link_color":"#3390ec","button_color":"#3390ec","button_text_color":"#ffffff","secondary_bg_color":"#f4f4f5"}`

// TestDashboardInBrowser opens the Mini App in headless Chromium as
// Telegram would, checks the overview's numbers against the seeded tasks,
// filters the list, opens the task waiting for confirmation, confirms it,
// and sees the owners told in the chat.
func TestDashboardInBrowser(t *testing.T) {
	d := startDashboard(t)
	ctx := newBrowser(t)
	browse(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(d.launch(d.leader, lightTheme)))
	waitText(t, ctx, "#who", "UBND huyện Đầm Hà")
	for sel, want := range map[string]string{
		`#totals [data-n="assigned"]`: "5", `#totals [data-n="done_on_time"]`: "1", `#totals [data-n="done_late"]`: "0",
		`#totals [data-n="open_on_time"]`: "1", `#totals [data-n="due_soon"]`: "1", `#totals [data-n="overdue"]`: "2",
		`#totals [data-n="rate"]`: "20,0%",
	} {
		if got := waitText(t, ctx, sel, want); strings.TrimSpace(got) != want {
			t.Errorf("%s = %q, want %q", sel, got, want)
		}
	}
	for label, want := range map[string]string{"Giao": "2", "Trong hạn": "1", "Sắp hạn": "1", "Quá hạn": "0"} {
		sel := fmt.Sprintf(`#units tr[data-unit="ktht"] td[data-label=%q]`, label)
		if got := waitText(t, ctx, sel, want); strings.TrimSpace(got) != want {
			t.Errorf("KTHT's %s = %q, want %q", label, got, want)
		}
	}
	shoot(t, ctx, "overview-phone")

	// A unit's list, then the status filter.
	browse(t, ctx, chromedp.Click(chromedp.CSS(`#units tr[data-unit="ktht"] td.name a`)))
	waitText(t, ctx, "h2", "Nhiệm vụ của Phòng Kinh tế và Hạ tầng")
	waitText(t, ctx, "#count", "2 nhiệm vụ")
	shoot(t, ctx, "unit-phone")
	browse(t, ctx, chromedp.SetValue(chromedp.CSS(`#filters select[name="unit"]`), ""),
		chromedp.SetValue(chromedp.CSS(`#filters select[name="status"]`), "qua-han"),
		chromedp.Click(chromedp.CSS(`#filters button[type="submit"]`)))
	waitText(t, ctx, "#count", fmt.Sprintf("%d nhiệm vụ", d.overdueCount))
	waitText(t, ctx, "#tasklist", "Rà soát dự toán chi thường xuyên")
	browse(t, ctx, chromedp.SetValue(chromedp.CSS(`#filters select[name="status"]`), "cho-xac-nhan"),
		chromedp.Click(chromedp.CSS(`#filters button[type="submit"]`)))
	waitText(t, ctx, "#count", "1 nhiệm vụ")

	// The task, confirmed in the page.
	browse(t, ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#tasklist li[data-task="%d"] a`, d.pendingID))))
	waitText(t, ctx, "#status", "chờ xác nhận")
	shoot(t, ctx, "task-phone")
	browse(t, ctx, chromedp.Click(chromedp.CSS("#confirm")))
	waitText(t, ctx, "#toast", "Đã xác nhận hoàn thành")
	waitText(t, ctx, "#task", "(hoàn thành)")
	status := waitText(t, ctx, "#status", "hoàn thành đúng hạn")
	if strings.Contains(status, "chờ xác nhận") {
		t.Errorf("after confirming, the status is %q", status)
	}
	d.fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == d.tckh.ID && strings.Contains(m.PlainText, fmt.Sprintf("Nhiệm vụ #%d đã được", d.pendingID)) &&
			strings.Contains(m.PlainText, "xác nhận hoàn thành")
	})

	// The desktop layout of the same views.
	browse(t, ctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate("about:blank"), chromedp.Navigate(d.launch(d.leader, lightTheme)))
	waitText(t, ctx, `#totals [data-n="done_on_time"]`, "1")
	shoot(t, ctx, "overview-desktop")
	browse(t, ctx, chromedp.Click(chromedp.CSS(`#units tr[data-unit="ktht"] td.name a`)))
	waitText(t, ctx, "#count", "2 nhiệm vụ")
	shoot(t, ctx, "unit-desktop")
	browse(t, ctx, chromedp.Click(chromedp.CSS(`#tasklist li a`)))
	title := waitText(t, ctx, "#task h2", "Nhiệm vụ #")
	shoot(t, ctx, "task-desktop")

	// Reminding the owners now reaches KTHT's member in the chat.
	browse(t, ctx, chromedp.Click(chromedp.CSS("#remind")))
	waitText(t, ctx, "#toast", "Đã gửi lời nhắc")
	d.fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == d.ktht.ID && strings.Contains(m.PlainText, "Nhắc việc: "+strings.ToLower(title[:1])+title[1:])
	})

	// The meetings and their tasks; the week's report with its chart.
	browse(t, ctx, chromedp.Click(chromedp.CSS(`.tab[data-go="meetings"]`)))
	waitText(t, ctx, "main", "Giao ban công tác phòng chống thiên tai")
	browse(t, ctx, chromedp.Click(chromedp.CSS(`main .tasks li a`)))
	waitText(t, ctx, "main", "Kiểm tra hiện trạng đê điều")
	browse(t, ctx, chromedp.Click(chromedp.CSS(`.tab[data-go="report"]`)))
	waitText(t, ctx, "main h2", "Báo cáo kết quả tuần")
	// Monday to Wednesday the results report is last week's, which had no
	// tasks and so no chart; then this week's has one.
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("[data-download]").getAttribute("data-download")`))
	if err != nil {
		t.Fatal(err)
	}
	if y, w := time.Now().In(hcmZone(t)).ISOWeek(); !strings.HasSuffix(shown, fmt.Sprintf("week=%d-W%02d", y, w)) {
		if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("img.chart").length`)); err != nil || n != 0 {
			t.Errorf("last week, without tasks, shows %d charts (%v)", n, err)
		}
		browse(t, ctx, chromedp.Click(chromedp.CSS(`.controls a[data-q*="week="]:nth-of-type(2)`)))
	}
	// This week's report, with its tasks, has its chart drawn.
	waitText(t, ctx, "main", "Phòng Kinh tế và Hạ tầng")
	browse(t, ctx, chromedp.WaitVisible(chromedp.CSS("img.chart")))
	if w, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelector("img.chart").naturalWidth`)); err != nil || w == 0 {
		t.Errorf("the chart is not drawn: width %d (%v)", w, err)
	}
	shoot(t, ctx, "report-desktop")

	// Telegram's dark theme reaches the page's colours.
	browse(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate("about:blank"), chromedp.Navigate(d.launch(d.leader, darkTheme)))
	waitText(t, ctx, `#totals [data-n="assigned"]`, "5")
	bg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
	if err != nil || bg != "rgb(24, 34, 45)" {
		t.Errorf("the page's background in the dark theme is %q (%v), want the theme's secondary_bg_color", bg, err)
	}
	shoot(t, ctx, "overview-phone-dark")
}

const darkTheme = `{"bg_color":"#212d3b","text_color":"#ffffff","hint_color":"#aaaaaa","link_color":"#5eabe1","button_color":"#5289c1","button_text_color":"#ffffff","secondary_bg_color":"#18222d","section_bg_color":"#212d3b"}`

// TestDashboardLoginLink: /bang in a private chat gives the Mini App
// button and a one-time link; the link opens the dashboard in a plain
// browser, with a session cookie, once.
func TestDashboardLoginLink(t *testing.T) {
	d := startDashboard(t)
	if mb := d.fake.Menu(); mb == nil || mb.Type != "web_app" || mb.WebApp != "https://dondoc.example/" {
		t.Errorf("menu button: %+v", mb)
	}
	d.fake.SendText(d.leader, "/bang")
	m := d.fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == d.leader.ID && strings.Contains(m.PlainText, "Bảng theo dõi nhiệm vụ")
	})
	var app, link string
	for _, row := range m.Buttons {
		for _, b := range row {
			app, link = app+b.WebApp, link+b.URL
		}
	}
	if app != "https://dondoc.example/" || !strings.HasPrefix(link, "https://dondoc.example/login?c=") {
		t.Fatalf("buttons of /bang: %+v", m.Buttons)
	}
	local := d.base + strings.TrimPrefix(link, "https://dondoc.example")
	ctx := newBrowser(t)
	browse(t, ctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(local))
	waitText(t, ctx, "main", "Bấm nút dưới đây")
	browse(t, ctx, chromedp.Click(chromedp.CSS(`button[type="submit"]`)))
	waitText(t, ctx, `#totals [data-n="assigned"]`, "5")
	browse(t, ctx, chromedp.Navigate(local))
	browse(t, ctx, chromedp.Click(chromedp.CSS(`button[type="submit"]`)))
	waitText(t, ctx, "main", "đã dùng hoặc đã hết hạn")
}

func hcmZone(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// shoot saves a screenshot of the page into $DONDOC_SCREENSHOTS, when set.
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("DONDOC_SCREENSHOTS")
	if dir == "" {
		return
	}
	browse(t, ctx, chromedp.Sleep(300*time.Millisecond))
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// One `dondoc run` with two tokens serves two provinces: each province's
// people talk to its bot, its notices go through its bot only, a person
// who writes to the other bot is told which bot to use, and a join link
// opened in the wrong bot points to the right one.
func TestTwoBotsServeTheirProvinces(t *testing.T) {
	d := newTwoBots(t)
	fakeQN, fakeLS := d.qn, d.ls
	t.Setenv("TELEGRAM_TOKENS", tokenQN+", "+tokenLS) // a space after the comma is allowed
	adminQN, memberQN, adminLS, memberLS := provinces(t)
	db := d.db(t)

	defer startRun(t)()
	join(t, fakeQN, adminQNUser, adminQN)
	join(t, fakeQN, memberQNUser, memberQN)
	join(t, fakeLS, adminLSUser, adminLS)

	// The member of Lạng Sơn opens the link in Quảng Ninh's bot: it
	// points to Lạng Sơn's bot, and the person joins nothing there.
	fakeQN.SendText(memberLSUser, "/start "+memberLS)
	fakeQN.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == memberLSUser.ID && strings.Contains(m.PlainText, "UBND tỉnh Lạng Sơn") &&
			strings.Contains(m.PlainText, "t.me/"+usernameLS+"?start="+memberLS)
	})
	join(t, fakeLS, memberLSUser, memberLS)

	assignAndDeliver(t, fakeQN, adminQNUser, memberQNUser, "Rà soát quy hoạch vùng ven biển", 10*time.Second)
	assignAndDeliver(t, fakeLS, adminLSUser, memberLSUser, "Kiểm tra cửa khẩu Hữu Nghị", 10*time.Second)

	// Quảng Ninh's admin writes to Lạng Sơn's bot: told to use their own.
	fakeLS.SendText(adminQNUser, "/viec")
	fakeLS.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == adminQNUser.ID && strings.Contains(m.PlainText, "UBND tỉnh Quảng Ninh") && strings.Contains(m.PlainText, "@"+usernameQN)
	})

	// A group of Quảng Ninh's unit, where Lạng Sơn's bot is too: a
	// command to Lạng Sơn's bot is answered with the right bot's name,
	// other messages are left alone.
	group := tgfake.Chat{ID: -5001, Title: "Sở KHĐT Quảng Ninh", Type: "supergroup"}
	fakeQN.SendGroupText(adminQNUser, group, "/nhom ktht")
	fakeQN.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == group.ID && strings.Contains(m.PlainText, "Sở Kế hoạch và Đầu tư")
	})
	fakeLS.SendGroupText(adminQNUser, group, "Chào cả nhà")
	fakeLS.SendGroupText(adminQNUser, group, "/viec") // for Quảng Ninh's bot, also in the group
	fakeLS.SendGroupText(adminQNUser, group, "/viec@"+usernameLS)
	fakeLS.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == group.ID && strings.Contains(m.PlainText, "@"+usernameQN)
	})

	deliveredOnce(t, db, time.Time{})
	if n := len(fakeLS.SentTo(group.ID)); n != 1 {
		t.Errorf("Lạng Sơn's bot sent %d messages to Quảng Ninh's group, want the one answer to the command addressed to it", n)
	}
	noneTo(t, usernameQN, fakeQN, adminLSUser)
	noneTo(t, usernameLS, fakeLS, memberQNUser)
	for _, c := range []struct {
		fake   *tgfake.Server
		member tgfake.User
		text   string
	}{{fakeQN, memberQNUser, "Rà soát quy hoạch"}, {fakeLS, memberLSUser, "Kiểm tra cửa khẩu"}} {
		if n := sentCount(c.fake, c.member.ID, c.text); n != 1 {
			t.Errorf("the notice %q was sent %d times, want once", c.text, n)
		}
	}
	var ledgers []int64
	if err := db.Select(&ledgers, `SELECT DISTINCT bot_id FROM telegram_updates ORDER BY bot_id`); err != nil {
		t.Fatal(err)
	}
	if len(ledgers) != 2 || ledgers[0] != 111111 || ledgers[1] != 222222 {
		t.Errorf("updates recorded under bots %v, want [111111 222222]", ledgers)
	}
}

// Two processes on one database, one bot each (a bot per province): the
// first is killed with kill -9, and the second goes on serving its
// province meanwhile; when the first comes back, what its people sent
// while it was down is answered and its notices go out, once, through it.
func TestOneBotRestartsTheOtherCarriesOn(t *testing.T) {
	d := newTwoBots(t)
	fakeQN, fakeLS := d.qn, d.ls
	adminQN, memberQN, adminLS, memberLS := provinces(t)
	db := d.db(t)

	procQN := startBot(t, d.env(tokenQN))
	startBot(t, d.env(tokenLS))
	join(t, fakeQN, adminQNUser, adminQN)
	join(t, fakeQN, memberQNUser, memberQN)
	join(t, fakeLS, adminLSUser, adminLS)
	join(t, fakeLS, memberLSUser, memberLS)
	assignAndDeliver(t, fakeQN, adminQNUser, memberQNUser, "Rà soát quy hoạch vùng ven biển", 10*time.Second)

	// Killed once what it sent is recorded: a message in flight at the
	// kill may arrive twice (see README, Delivery guarantees).
	deliveredOnce(t, db, time.Time{})
	before := len(fakeQN.SentTo(memberQNUser.ID))
	if err := procQN.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	procQN.Wait()
	// While Quảng Ninh's bot is down, its admin gives a task, and Lạng
	// Sơn's bot serves its province as before.
	fakeQN.SendText(adminQNUser, "/giao KTHT: Báo cáo tình hình mưa lũ trước 30/6/2031")
	assignAndDeliver(t, fakeLS, adminLSUser, memberLSUser, "Kiểm tra cửa khẩu Hữu Nghị", 10*time.Second)
	if n := len(fakeQN.SentTo(memberQNUser.ID)); n != before {
		t.Fatalf("Quảng Ninh's member got %d messages while its bot was down", n-before)
	}

	startBot(t, d.env(tokenQN))
	fakeQN.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == memberQNUser.ID && strings.Contains(m.PlainText, "mưa lũ")
	})
	deliveredOnce(t, db, time.Time{})
	noneTo(t, usernameQN, fakeQN, adminLSUser, memberLSUser)
	noneTo(t, usernameLS, fakeLS, adminQNUser, memberQNUser)
	for _, c := range []struct {
		fake *tgfake.Server
		to   tgfake.User
		text string
	}{
		{fakeQN, memberQNUser, "mưa lũ"},
		{fakeQN, memberQNUser, "Rà soát quy hoạch"},
		{fakeLS, memberLSUser, "Kiểm tra cửa khẩu"},
	} {
		if n := sentCount(c.fake, c.to.ID, c.text); n != 1 {
			t.Errorf("%q reached user %d %d times, want once", c.text, c.to.ID, n)
			for _, m := range c.fake.SentTo(c.to.ID) {
				t.Logf("sent to %d: %q", c.to.ID, m.PlainText)
			}
		}
	}
}

// With a webhook, each bot of the deployment has its own path (the bot's
// id after DONDOC_WEBHOOK_URL's path) and its own secret: an update posted
// to one bot's path with the other's secret is refused.
func TestTwoBotsByWebhook(t *testing.T) {
	d := newTwoBots(t)
	fakeQN, fakeLS := d.qn, d.ls
	addr, internal := freeAddr(t), freeAddr(t)
	t.Setenv("DONDOC_HTTP_ADDR", addr)
	t.Setenv("DONDOC_INTERNAL_ADDR", internal)
	t.Setenv("DONDOC_WEBHOOK_URL", "http://"+addr+"/tg/hook")
	adminQN, _, adminLS, _ := provinces(t)

	defer startRun(t)()
	secrets := map[string]string{}
	for name, c := range map[string]struct {
		fake *tgfake.Server
		url  string
	}{"qn": {fakeQN, "http://" + addr + "/tg/hook/111111"}, "ls": {fakeLS, "http://" + addr + "/tg/hook/222222"}} {
		deadline := time.Now().Add(20 * time.Second)
		for {
			if info, ok := c.fake.Webhook(); ok {
				if info.URL != c.url || info.SecretToken == "" {
					t.Fatalf("webhook of %s = %+v, want %s", name, info, c.url)
				}
				secrets[name] = info.SecretToken
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("no webhook was set for %s", name)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	if secrets["qn"] == secrets["ls"] {
		t.Error("the two bots share a webhook secret")
	}
	join(t, fakeQN, adminQNUser, adminQN)
	join(t, fakeLS, adminLSUser, adminLS)

	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/tg/hook/111111", strings.NewReader(`{"update_id": 99}`))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secrets["ls"])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("an update for one bot with the other's secret: %d, want 401", resp.StatusCode)
	}
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		code, body := get(t, "http://"+internal+"/readyz")
		if code == 200 && strings.Contains(body, "telegram:111111 leader") && strings.Contains(body, "telegram:222222 leader") {
			break
		}
		if time.Since(start) > 10*time.Second {
			t.Errorf("/readyz: %d %s", code, body)
			break
		}
	}
	if code, body := get(t, "http://"+internal+"/metrics"); code != 200 || !strings.Contains(body, "dondoc_updates_received_total 2") {
		t.Errorf("/metrics: %d, the two bots' updates are not counted", code)
	}
}

// An organisation made before any bot was known is bound at the first
// start of a deployment of one bot (nothing changes for one bot); with
// several bots it is bound by the bot its first member registers through,
// and its join links opened in the other bot point there.
func TestUnboundOrganisations(t *testing.T) {
	t.Run("one bot takes them at start", func(t *testing.T) {
		fake := tgfake.New()
		defer fake.Close()
		dbURL := pgtest.URL(t)
		t.Setenv("DATABASE_URL", dbURL)
		t.Setenv("TELEGRAM_TOKEN", "")
		t.Setenv("TELEGRAM_TOKENS", "")
		t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
		out, err := runCLI(t, "org", "create", "UBND huyện Đầm Hà")
		if err != nil || !strings.Contains(out, "chưa gắn với bot") {
			t.Fatalf("org create with no bot known: %q, %v", out, err)
		}
		db := sqlx.MustConnect("postgres", dbURL)
		defer db.Close()
		t.Setenv("TELEGRAM_TOKEN", tgfake.Token)
		t.Setenv("TELEGRAM_API_ENDPOINT", fake.URL())
		defer startRun(t)()
		waitFor(t, db, "organisations bound to the one bot", `SELECT count(*) FROM orgs WHERE bot_id = 123456`, 1)
	})
	t.Run("several: the first registration binds", func(t *testing.T) {
		fakeQN, fakeLS := tgfake.NewBot(tokenQN, usernameQN), tgfake.NewBot(tokenLS, usernameLS)
		defer fakeQN.Close()
		defer fakeLS.Close()
		dbURL := pgtest.URL(t)
		t.Setenv("DATABASE_URL", dbURL)
		t.Setenv("TELEGRAM_TOKEN", "")
		t.Setenv("TELEGRAM_TOKENS", "")
		t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
		out, err := runCLI(t, "org", "create", "UBND tỉnh Cao Bằng", "--level", "tinh")
		if err != nil {
			t.Fatal(err)
		}
		admin := startCode(t, out)
		if _, err := runCLI(t, "org", "create", "UBND xã Trà Lĩnh", "--level", "xa", "--parent", "ubnd-tinh-cao-bang"); err != nil {
			t.Fatal(err)
		}
		out, err = runCLI(t, "invite", "--org", "ubnd-tinh-cao-bang", "--role", "member")
		if err != nil {
			t.Fatal(err)
		}
		member := startCode(t, out)
		db := sqlx.MustConnect("postgres", dbURL)
		defer db.Close()
		t.Setenv("TELEGRAM_TOKENS", tokenQN+","+tokenLS)
		t.Setenv("TELEGRAM_API_ENDPOINT", oneEndpoint(t, fakeQN, fakeLS))
		t.Setenv("TELEGRAM_BOT_USERNAME", "")
		defer startRun(t)()
		waitFor(t, db, "bots registered", `SELECT count(*) FROM telegram_bots WHERE username <> ''`, 2)
		waitFor(t, db, "organisations left unbound by a start with two bots", `SELECT count(*) FROM orgs WHERE bot_id IS NULL`, 2)

		join(t, fakeLS, adminLSUser, admin)
		waitFor(t, db, "the province and its commune bound to the bot of the first registration",
			`SELECT count(*) FROM orgs WHERE bot_id = 222222`, 2)
		fakeQN.SendText(memberQNUser, "/start "+member)
		fakeQN.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
			return m.ChatID == memberQNUser.ID && strings.Contains(m.PlainText, "t.me/"+usernameLS+"?start="+member)
		})
	})
}

// A province moved to another bot (`dondoc org bot`) while both run: its
// queued and later notices go through the new bot; a button under a
// notice of the old bot and a command to the old bot are answered with
// the new bot's name.
func TestMovingAProvinceToAnotherBot(t *testing.T) {
	d := newTwoBots(t)
	fakeQN, fakeLS := d.qn, d.ls
	_, _, adminLS, memberLS := provinces(t)
	db := d.db(t)

	defer startRun(t)()
	join(t, fakeLS, adminLSUser, adminLS)
	join(t, fakeLS, memberLSUser, memberLS)
	fakeLS.SendText(adminLSUser, "/giao KTHT: Kiểm tra cửa khẩu Hữu Nghị trước 30/6/2031")
	notice := fakeLS.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == memberLSUser.ID && strings.Contains(m.PlainText, "Kiểm tra cửa khẩu") && len(m.Buttons) > 0
	})
	deliveredOnce(t, db, time.Time{})

	moved := time.Now()
	out, err := runCLI(t, "org", "bot", "--org", "ubnd-tinh-lang-son", "--bot", "@"+usernameQN)
	if err != nil || !strings.Contains(out, "@"+usernameQN) {
		t.Fatalf("org bot: %q, %v", out, err)
	}
	fakeLS.PressButton(memberLSUser, notice, notice.Buttons[0][0].CallbackData)
	deadline := time.Now().Add(10 * time.Second)
	for {
		answers := fakeLS.CallbackAnswers()
		if len(answers) > 0 && answers[len(answers)-1].ShowAlert && strings.Contains(answers[len(answers)-1].Text, "không làm việc qua bot này") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a button of the old bot was answered %+v, want an alert to use the organisation's bot", answers)
		}
		time.Sleep(50 * time.Millisecond)
	}
	fakeLS.SendText(adminLSUser, "/viec")
	fakeLS.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == adminLSUser.ID && strings.Contains(m.PlainText, "@"+usernameQN)
	})

	fakeQN.StartChat(memberLSUser.ID)
	fakeQN.SendText(adminLSUser, "/giao KTHT: Báo cáo xuất nhập khẩu quý IV trước 30/6/2031")
	fakeQN.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == memberLSUser.ID && strings.Contains(m.PlainText, "xuất nhập khẩu")
	})
	deliveredOnce(t, db, moved)
	for _, m := range fakeLS.SentTo(memberLSUser.ID) {
		if strings.Contains(m.PlainText, "xuất nhập khẩu") {
			t.Errorf("the old bot sent a notice given after the move: %q", m.PlainText)
		}
	}
}

// The dashboard opens a file through the bot that received it: each bot
// is asked in turn, as a file id is valid for one bot only.
func TestFilesOfEveryBot(t *testing.T) {
	fakeQN, fakeLS := tgfake.NewBot(tokenQN, usernameQN), tgfake.NewBot(tokenLS, usernameLS)
	defer fakeQN.Close()
	defer fakeLS.Close()
	endpoint := oneEndpoint(t, fakeQN, fakeLS)
	var fs botFiles
	for _, tok := range []string{tokenQN, tokenLS} {
		tg, err := bot.Connect(context.Background(), tok, endpoint, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, tg)
	}
	u := fakeLS.SendDocument(memberLSUser, memberLSUser.ID, "bao-cao.pdf", "application/pdf", []byte("%PDF-1.4 báo cáo"), "")
	body, err := fs.OpenFile(context.Background(), u.Message.Document.FileID)
	if err != nil {
		t.Fatalf("a file sent to the second bot: %v", err)
	}
	data, _ := io.ReadAll(body)
	body.Close()
	if string(data) != "%PDF-1.4 báo cáo" {
		t.Errorf("opened %q", data)
	}
	if _, err := fs.OpenFile(context.Background(), "no-such-file"); err == nil {
		t.Error("a file no bot knows was opened")
	}
}

// Each bot has its own budget: while Telegram makes one bot wait (429
// with a long retry_after), the other bot's replies and notices go on.
func TestOneBotsPauseDoesNotHoldUpTheOther(t *testing.T) {
	d := newTwoBots(t)
	fakeQN, fakeLS := d.qn, d.ls
	adminQN, _, adminLS, memberLS := provinces(t)

	defer startRun(t)()
	join(t, fakeQN, adminQNUser, adminQN)
	join(t, fakeLS, adminLSUser, adminLS)
	join(t, fakeLS, memberLSUser, memberLS)

	fakeQN.SetFaults(tgfake.Faults{Rate429: 1, RetryAfter: 60})
	fakeQN.SendText(adminQNUser, "/viec")
	deadline := time.Now().Add(10 * time.Second)
	for paused := false; !paused; time.Sleep(20 * time.Millisecond) {
		for _, r := range fakeQN.Requests() {
			paused = paused || r.Status == http.StatusTooManyRequests
		}
		if time.Now().After(deadline) {
			t.Fatal("Quảng Ninh's bot was never told to wait")
		}
	}
	start := time.Now()
	assignAndDeliver(t, fakeLS, adminLSUser, memberLSUser, "Kiểm tra cửa khẩu Hữu Nghị", 15*time.Second)
	t.Logf("Lạng Sơn's notice went out %v after Quảng Ninh's bot was told to wait 60 s", time.Since(start).Round(time.Millisecond))
}

// Every token is checked with getMe at start: one Telegram refuses stops
// the start, with the token's position and bot id.
func TestRunRefusesABadTokenAmongSeveral(t *testing.T) {
	newTwoBots(t)
	t.Setenv("TELEGRAM_TOKENS", tokenQN+",333333:REVOKED")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := cli(ctx, []string{"run"}, io.Discard, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), "mã bot thứ 2 (bot 333333) không dùng được") {
		t.Errorf("run with a token Telegram refuses: %v", err)
	}
}

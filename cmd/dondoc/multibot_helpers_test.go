package main

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// The setup the tests of several bots (multibot_*_test.go) share.

// The two bots of the tests: a bot per province.
const (
	tokenQN    = "111111:QUANG-NINH"
	tokenLS    = "222222:LANG-SON"
	usernameQN = "dondoc_qn_bot"
	usernameLS = "dondoc_ls_bot"
)

// oneEndpoint serves the fakes of several tokens on one base URL, as
// api.telegram.org serves every token: a request goes to the fake of the
// token in its path.
func oneEndpoint(t *testing.T, fakes ...*tgfake.Server) string {
	t.Helper()
	byToken := map[string]*httputil.ReverseProxy{}
	for tok, f := range map[string]*tgfake.Server{tokenQN: fakes[0], tokenLS: fakes[1]} {
		u, err := url.Parse(f.URL())
		if err != nil {
			t.Fatal(err)
		}
		p := httputil.NewSingleHostReverseProxy(u)
		p.ErrorLog = log.New(io.Discard, "", 0) // long polls cut short at the end of a test
		byToken[tok] = p
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/file"), "/bot")
		tok, _, _ := strings.Cut(rest, "/")
		p, ok := byToken[tok]
		if !ok {
			http.Error(w, `{"ok":false,"error_code":401,"description":"Unauthorized"}`, http.StatusUnauthorized)
			return
		}
		p.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// provinces sets up, with the CLI, two provinces served by two bots and a
// commune of the first, each province with a unit and a member's invite.
// It returns the join codes: admin and member of each province.
func provinces(t *testing.T) (adminQN, memberQN, adminLS, memberLS string) {
	t.Helper()
	if _, err := runCLI(t, "org", "create", "UBND tỉnh Hà Giang", "--level", "tinh"); err == nil || !strings.Contains(err.Error(), "--bot") {
		t.Errorf("with two bots, an organisation made without --bot: %v, want a request to choose the bot", err)
	}
	// The two provinces, in the order they are made.
	both := []struct{ name, slug, bot, username string }{
		{"UBND tỉnh Quảng Ninh", "ubnd-tinh-quang-ninh", "111111", usernameQN},
		{"UBND tỉnh Lạng Sơn", "ubnd-tinh-lang-son", "222222", usernameLS},
	}
	var admins, members []string
	for _, p := range both {
		out, err := runCLI(t, "org", "create", p.name, "--level", "tinh", "--bot", p.bot)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "t.me/"+p.username+"?start=") {
			t.Errorf("the join link of %s is not its bot's: %q", p.name, out)
		}
		admins = append(admins, startCode(t, out))
	}
	out, err := runCLI(t, "org", "create", "UBND phường Hạ Long", "--level", "xa", "--parent", "ubnd-tinh-quang-ninh")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "t.me/"+usernameQN+"?start=") || !strings.Contains(out, "111111") {
		t.Errorf("a commune does not take its province's bot: %q", out)
	}
	if _, err := runCLI(t, "org", "create", "UBND xã Mẫu Sơn", "--level", "xa", "--parent", "ubnd-tinh-lang-son", "--bot", "111111"); err == nil || !strings.Contains(err.Error(), "Lạng Sơn") {
		t.Errorf("a commune given another bot than its province's: %v, want a refusal naming the province", err)
	}
	csv := filepath.Join(t.TempDir(), "units.csv")
	os.WriteFile(csv, []byte("code,name,aliases,kind\nktht,Sở Kế hoạch và Đầu tư,KHĐT,so\n"), 0o644)
	for _, p := range both {
		if _, err := runCLI(t, "units", "import", "--org", p.slug, csv); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range both {
		out, err := runCLI(t, "invite", "--org", p.slug, "--role", "member", "--unit", "ktht")
		if err != nil || !strings.Contains(out, p.username) {
			t.Fatalf("invite of %s: %q, %v", p.name, out, err)
		}
		members = append(members, startCode(t, out))
	}
	out, err = runCLI(t, "org", "list")
	if err != nil || !strings.Contains(out, "bot 111111") || !strings.Contains(out, "bot 222222") {
		t.Errorf("org list does not say which bot serves each organisation: %q, %v", out, err)
	}
	return admins[0], members[0], admins[1], members[1]
}

var (
	adminQNUser  = tgfake.User{ID: 701, FirstName: "Quản trị", LastName: "Quảng Ninh"}
	memberQNUser = tgfake.User{ID: 702, FirstName: "Cán bộ", LastName: "Quảng Ninh"}
	adminLSUser  = tgfake.User{ID: 801, FirstName: "Quản trị", LastName: "Lạng Sơn"}
	memberLSUser = tgfake.User{ID: 802, FirstName: "Cán bộ", LastName: "Lạng Sơn"}
)

// join has a person open a join link in a bot and waits for the welcome.
func join(t *testing.T, fake *tgfake.Server, u tgfake.User, code string) {
	t.Helper()
	fake.SendText(u, "/start "+code)
	fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == u.ID && strings.Contains(m.PlainText, "Chào mừng")
	})
}

// assignAndDeliver has an admin give a task and waits for the member's notice.
func assignAndDeliver(t *testing.T, fake *tgfake.Server, admin, member tgfake.User, text string, within time.Duration) {
	t.Helper()
	fake.SendText(admin, "/giao KTHT: "+text+" trước 30/6/2031")
	fake.WaitSent(t, within, func(m tgfake.SentMessage) bool {
		return m.ChatID == member.ID && strings.Contains(m.PlainText, "Nhiệm vụ mới") && strings.Contains(m.PlainText, text)
	})
}

// noneTo fails when the fake (one bot) sent anything to the people of the
// other bot's province.
func noneTo(t *testing.T, name string, fake *tgfake.Server, users ...tgfake.User) {
	t.Helper()
	for _, u := range users {
		if sent := fake.SentTo(u.ID); len(sent) > 0 {
			t.Errorf("bot %s sent %d messages to %s %s, who is served by the other bot: %q", name, len(sent), u.FirstName, u.LastName, sent[0].PlainText)
		}
	}
}

// deliveredOnce waits until every outbox row is sent and every update
// handled, then checks that each row made since `since` went through its
// organisation's (current) bot.
func deliveredOnce(t *testing.T, db *sqlx.DB, since time.Time) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var open int
		if err := db.Get(&open, `SELECT (SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending'))
			+ (SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL)`); err != nil {
			t.Fatal(err)
		}
		if open == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d outbox rows or updates still open after 20 s", open)
		}
		time.Sleep(50 * time.Millisecond)
	}
	var wrong, failed int
	if err := db.Get(&wrong, `SELECT count(*) FROM outbox o JOIN orgs g ON g.id = o.org_id WHERE o.bot_id IS DISTINCT FROM g.bot_id AND o.created_at >= $1`, since); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(&failed, `SELECT count(*) FROM outbox WHERE status = 'failed'`); err != nil {
		t.Fatal(err)
	}
	if wrong > 0 || failed > 0 {
		t.Errorf("%d outbox rows carry another bot than their organisation's, %d failed", wrong, failed)
	}
}

// waitFor polls the database until query gives want.
func waitFor(t *testing.T, db *sqlx.DB, what, query string, want int64) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var got int64
		err := db.Get(&got, query)
		if err == nil && got == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: got %d (%v), want %d", what, got, err, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// twoBots is a deployment of the two provinces' bots for a test: their
// fakes behind one endpoint and a fresh database, with the environment
// set for `dondoc` to run both tokens.
type twoBots struct {
	qn, ls   *tgfake.Server
	dbURL    string
	endpoint string
}

// newTwoBots makes the fakes of the two bots and a fresh database, and sets
// the environment of `dondoc run` and of the CLI to them; everything ends
// with the test.
func newTwoBots(t *testing.T) *twoBots {
	t.Helper()
	d := &twoBots{qn: tgfake.NewBot(tokenQN, usernameQN), ls: tgfake.NewBot(tokenLS, usernameLS)}
	t.Cleanup(d.qn.Close)
	t.Cleanup(d.ls.Close)
	d.dbURL = pgtest.URL(t)
	d.endpoint = oneEndpoint(t, d.qn, d.ls)
	t.Setenv("DATABASE_URL", d.dbURL)
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("TELEGRAM_TOKENS", tokenQN+","+tokenLS)
	t.Setenv("TELEGRAM_API_ENDPOINT", d.endpoint)
	t.Setenv("TELEGRAM_BOT_USERNAME", "")
	return d
}

// db connects to the deployment's database, for the test to look at; the
// connection is closed when the test ends.
func (d *twoBots) db(t *testing.T) *sqlx.DB {
	t.Helper()
	db := sqlx.MustConnect("postgres", d.dbURL)
	t.Cleanup(func() { db.Close() })
	return db
}

// env is the environment of a process of the deployment (startBot) that
// runs the one token.
func (d *twoBots) env(token string) []string {
	return []string{"DATABASE_URL=" + d.dbURL, "TELEGRAM_TOKEN=", "TELEGRAM_TOKENS=" + token, "TELEGRAM_API_ENDPOINT=" + d.endpoint,
		"TELEGRAM_BOT_USERNAME=", "DONDOC_LOG_LEVEL=warn"}
}

// sentCount counts the messages the fake (one bot) sent to the user that
// contain every one of texts.
func sentCount(fake *tgfake.Server, userID int64, texts ...string) int {
	n := 0
	for _, m := range fake.SentTo(userID) {
		all := true
		for _, s := range texts {
			all = all && strings.Contains(m.PlainText, s)
		}
		if all {
			n++
		}
	}
	return n
}

package bot_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// wait is how long a test waits for the bot to answer.
const wait = 10 * time.Second

// harness runs the real bot (polling loop, handlers, outbox sender) against
// the fake Telegram server and a fresh database.
type harness struct {
	t      testing.TB
	fake   *tgfake.Server
	store  *tasks.Store
	tg     *bot.Telegram
	sender *outbox.Sender
	sched  *reminders.Scheduler
	clock  *testClock
	org    tasks.Org
	cancel context.CancelFunc
	wg     sync.WaitGroup
	bot    *bot.Bot
	// hook serves the bot's webhook handler, with withWebhook.
	hook *httptest.Server
}

var fastLimits = outbox.LimitsConfig{Global: 1000, PerChat: 1000, PerGroup: 1000}

type option func(*harnessConfig)

type harnessConfig struct {
	limits outbox.LimitsConfig
	sender outbox.Config
	units  []tasks.Unit
	log    io.Writer
	// webhook runs the bot by webhook instead of long polling.
	webhook bool
}

func withLimits(l outbox.LimitsConfig) option { return func(c *harnessConfig) { c.limits = l } }
func withSender(s outbox.Config) option       { return func(c *harnessConfig) { c.sender = s } }
func withUnits(u ...tasks.Unit) option        { return func(c *harnessConfig) { c.units = u } }
func withWebhook() option                     { return func(c *harnessConfig) { c.webhook = true } }

var defaultUnits = []tasks.Unit{
	{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Aliases: []string{"KT-HT", "Phòng KTHT"}, Kind: tasks.KindPhong},
	{Code: "tckh", Name: "Phòng Tài chính – Kế hoạch", Aliases: []string{"TC-KH"}, Kind: tasks.KindPhong},
	{Code: "quanglam", Name: "UBND xã Quảng Lâm", Kind: tasks.KindXa},
	{Code: "damha", Name: "UBND xã Đầm Hà", Kind: tasks.KindXa},
}

func newHarness(t testing.TB, opts ...option) *harness {
	t.Helper()
	cfg := harnessConfig{limits: fastLimits, sender: outbox.DefaultConfig(), units: defaultUnits, log: io.Discard}
	cfg.sender.Poll = 20 * time.Millisecond
	for _, o := range opts {
		o(&cfg)
	}
	if testing.Verbose() && os.Getenv("DONDOC_TEST_LOG") != "" {
		cfg.log = os.Stderr
	}
	log := slog.New(slog.NewTextHandler(cfg.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	db := pgtest.New(t)
	fake := tgfake.New()
	t.Cleanup(fake.Close)
	ctx, cancel := context.WithCancel(context.Background())
	tg, err := bot.Connect(ctx, tgfake.Token, fake.Endpoint(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	sched := reminders.New(db, log)
	st := tasks.NewStore(db, tasks.WithScheduler(sched))
	limits := outbox.NewLimits(cfg.limits)
	clock := &testClock{}
	sender := outbox.NewSender(db, bot.NewRenderer(st, tg.Username()), bot.NewTransport(tg).WithTopics(bot.NewBook(db), log), bot.NewHooks(st), limits, cfg.sender, clock.Now, log)
	b := bot.New(tg, st, limits, sender.Kick, clock.Now, log, bot.Config{PollTimeout: time.Second, RetryUpdate: 50 * time.Millisecond}, bot.WithSnoozer(sched), bot.WithPolicies(sched))
	h := &harness{t: t, fake: fake, store: st, tg: tg, sender: sender, sched: sched, clock: clock, cancel: cancel}
	h.org, err = st.CreateOrg(ctx, "UBND huyện Đầm Hà", hcmZone.String(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.units) > 0 {
		if _, _, err := st.ImportUnits(ctx, h.org.ID, cfg.units); err != nil {
			t.Fatal(err)
		}
	}
	h.bot = b
	h.wg.Add(2)
	if cfg.webhook {
		h.hook = httptest.NewServer(b.WebhookHandler())
		t.Cleanup(h.hook.Close)
		go func() { defer h.wg.Done(); b.RunWebhook(ctx, bot.WebhookOptions{URL: h.hook.URL}) }()
		h.wg.Add(1) // the process leads: it handles what the webhook records
		go func() {
			defer h.wg.Done()
			b.HandleRecorded(ctx, bot.WebhookOptions{Poll: 50 * time.Millisecond, OrderGrace: 3 * time.Second})
		}()
	} else {
		go func() { defer h.wg.Done(); b.Run(ctx) }()
	}
	go func() { defer h.wg.Done(); sender.Run(ctx) }()
	h.wg.Add(1) // steps between a parent organisation and its children
	go func() { defer h.wg.Done(); st.RunCascade(ctx, clock.Now, 50*time.Millisecond, sender.Kick, log) }()
	t.Cleanup(h.stop)
	return h
}

func (h *harness) stop() {
	h.cancel()
	h.wg.Wait()
}

// unit returns the unit of the harness's organisation with the code.
func (h *harness) unit(code string) tasks.Unit {
	h.t.Helper()
	dir, err := h.store.Directory(context.Background(), h.org.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	u, ok := dir.ByCode(code)
	if !ok {
		h.t.Fatalf("no unit %s", code)
	}
	return u
}

// invite makes a join code for a role and, optionally, a unit code.
func (h *harness) invite(role tasks.Role, unit string) string {
	h.t.Helper()
	var unitID int64
	if unit != "" {
		unitID = h.unit(unit).ID
	}
	return h.inviteTo(h.org.ID, role, unitID)
}

// inviteTo makes a join code of organisation org for a role and, when
// unitID is not 0, a unit of org.
func (h *harness) inviteTo(org int64, role tasks.Role, unitID int64) string {
	h.t.Helper()
	ni := tasks.NewInvite{Role: role}
	if unitID != 0 {
		ni.UnitID = &unitID
	}
	inv, err := h.store.CreateInvite(context.Background(), org, ni, time.Now())
	if err != nil {
		h.t.Fatal(err)
	}
	return inv.Code
}

// otherOrg creates a second organisation in the zone of the first, with
// units.
func (h *harness) otherOrg(name string, units ...tasks.Unit) tasks.Org {
	h.t.Helper()
	ctx := context.Background()
	org, err := h.store.CreateOrg(ctx, name, hcmZone.String(), time.Now())
	if err != nil {
		h.t.Fatal(err)
	}
	if len(units) > 0 {
		if _, _, err := h.store.ImportUnits(ctx, org.ID, units); err != nil {
			h.t.Fatal(err)
		}
	}
	return org
}

// member returns a person's membership in the harness's organisation.
func (h *harness) member(u tgfake.User) tasks.Member {
	h.t.Helper()
	ms, err := h.store.Memberships(context.Background(), u.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, m := range ms {
		if m.OrgID == h.org.ID {
			return m
		}
	}
	h.t.Fatalf("%s is not a member", u.FirstName)
	return tasks.Member{}
}

// join makes a person join through the bot with /start <code>.
func (h *harness) join(u tgfake.User, role tasks.Role, unit string) tgfake.User {
	h.t.Helper()
	h.fake.SendText(u, "/start "+h.invite(role, unit))
	h.expect(u.ID, "Chào mừng")
	return u
}

// expect waits for a message to chat whose plain text contains every part.
func (h *harness) expect(chat int64, parts ...string) tgfake.SentMessage {
	h.t.Helper()
	return h.fake.WaitSent(h.t, wait, func(m tgfake.SentMessage) bool {
		return m.ChatID == chat && containsAll(m.PlainText, parts)
	})
}

// say sends text as u and waits for a later bot message to u containing parts.
func (h *harness) say(u tgfake.User, text string, parts ...string) tgfake.SentMessage {
	h.t.Helper()
	before := len(h.fake.SentTo(u.ID))
	h.fake.SendText(u, text)
	return h.after(u.ID, before, parts...)
}

// after waits for a message to chat, beyond the first skip ones, whose plain
// text contains every part.
func (h *harness) after(chat int64, skip int, parts ...string) tgfake.SentMessage {
	h.t.Helper()
	deadline := time.Now().Add(wait)
	for {
		msgs := h.fake.SentTo(chat)
		for _, m := range msgs[min(skip, len(msgs)):] {
			if containsAll(m.PlainText, parts) {
				return m
			}
		}
		if time.Now().After(deadline) {
			var got []string
			for _, m := range msgs {
				got = append(got, m.PlainText)
			}
			h.t.Fatalf("no message to %d containing %q after %d; got:\n%s", chat, parts, skip, strings.Join(got, "\n---\n"))
			return tgfake.SentMessage{}
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

// press presses a button as u and returns the bot's answer to that press.
func (h *harness) press(u tgfake.User, msg tgfake.SentMessage, data string) string {
	h.t.Helper()
	id := h.fake.PressButton(u, msg, data).CallbackQuery.ID
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		for _, a := range h.fake.CallbackAnswers() {
			if a.ID == id {
				return a.Text
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.t.Fatalf("press %q by %s was not answered", data, u.FirstName)
	return ""
}

// data is the callback data of a button of the harness's organisation:
// "<org>:<action>:<id>[:<arg>…]"; empty args are left out.
func (h *harness) data(action string, id int64, args ...string) string {
	return callbackData(h.org.ID, action, id, args...)
}

// callbackData is the callback data of a button of organisation org.
func callbackData(org int64, action string, id int64, args ...string) string {
	parts := []string{strconv.FormatInt(org, 10), action, strconv.FormatInt(id, 10)}
	for _, a := range args {
		if a != "" {
			parts = append(parts, a)
		}
	}
	return strings.Join(parts, ":")
}

func (h *harness) count(query string, args ...any) int {
	h.t.Helper()
	var n int
	if err := h.store.DB().Get(&n, query, args...); err != nil {
		h.t.Fatal(err)
	}
	return n
}

var (
	leader    = tgfake.User{ID: 1001, FirstName: "Trần", LastName: "Việt Dũng"}
	secretary = tgfake.User{ID: 1002, FirstName: "Lê", LastName: "Thư"}
	kthtStaff = tgfake.User{ID: 2001, FirstName: "Nguyễn", LastName: "Văn Hạ"}
	kthtOther = tgfake.User{ID: 2002, FirstName: "Phạm", LastName: "Thị Tầng"}
	xaStaff   = tgfake.User{ID: 3001, FirstName: "Hoàng", LastName: "Quảng"}
	tckhStaff = tgfake.User{ID: 4001, FirstName: "Đỗ", LastName: "Kế"}
	stranger  = tgfake.User{ID: 9001, FirstName: "Người", LastName: "Lạ"}
)

// hcmZone is the organisations' time zone.
var hcmZone = mustZone("Asia/Ho_Chi_Minh")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// localDay reads "dd/mm/yyyy hh:mm" in hcmZone.
func localDay(s string) time.Time {
	t, err := time.ParseInLocation("02/01/2006 15:04", s, hcmZone)
	if err != nil {
		panic(err)
	}
	return t
}

// tinyPNG is a small valid PNG image, for photos sent as evidence.
func tinyPNG(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 4, 3))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testClock is the bot's and the sender's clock: the real time, moved by an
// offset when a test jumps ahead (to a reminder's day, say).
type testClock struct{ offset atomic.Int64 }

// Now returns the real time plus the offset.
func (c *testClock) Now() time.Time { return time.Now().Add(time.Duration(c.offset.Load())) }

// Jump moves the clock so that it reads at now.
func (c *testClock) Jump(at time.Time) { c.offset.Store(int64(time.Until(at))) }

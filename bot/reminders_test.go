package bot_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// scanAt moves the bot's clock to now and queues the reminders due then.
func (h *harness) scanAt(now time.Time) int {
	h.t.Helper()
	h.clock.Jump(now)
	r, err := h.sched.Scan(context.Background(), h.clock.Now(), 500)
	if err != nil {
		h.t.Fatal(err)
	}
	h.sender.Kick()
	return r.Messages
}

func TestReminderSnoozeAndDone(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Rà soát hồ sơ tiêu chí giao thông trước 15/1/2031", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")

	if n := h.scanAt(localDay("13/01/2031 08:00")); n != 1 {
		t.Fatalf("scan queued %d messages, want 1", n)
	}
	rem := h.expect(kthtStaff.ID, "Nhắc việc", "#1", "15/01/2031")
	for _, data := range []string{h.data("done", 1, "r"), h.data("prog", 1), h.data("snz", 1)} {
		if !rem.HasButton(data) {
			t.Errorf("reminder lacks button %s: %v", data, rem.Buttons)
		}
	}
	h.fake.PressButton(kthtStaff, rem, h.data("snz", 1))
	edited := h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.Method == "editMessageReplyMarkup" && m.ChatID == kthtStaff.ID && m.HasButton(h.data("snzset", 1, "2h"))
	})
	h.fake.PressButton(kthtStaff, edited, h.data("snzset", 1, "2h"))
	h.expect(kthtStaff.ID, "Đã hẹn nhắc lại nhiệm vụ #1")
	if n := h.count(`SELECT count(*) FROM reminders WHERE kind = 'snooze' AND member_id IS NOT NULL`); n != 1 {
		t.Errorf("%d snoozes planned, want 1", n)
	}

	// A stranger's press on the same button does nothing.
	h.fake.PressButton(tckhStaff, rem, h.data("snzset", 1, "am"))
	if n := h.count(`SELECT count(*) FROM reminders WHERE kind = 'snooze'`); n != 1 {
		t.Errorf("a stranger planned a snooze")
	}

	// Queued for the due day, then the task is finished before it goes out.
	h.clock.Jump(localDay("14/01/2031 09:00"))
	if _, err := h.sched.Scan(context.Background(), localDay("15/01/2031 08:00"), 100); err != nil {
		t.Fatal(err)
	}
	h.fake.PressButton(kthtStaff, rem, h.data("done", 1, "r"))
	h.expect(kthtStaff.ID, "Đã ghi nhận")
	// Nothing is left to remind of: the reminder loses its buttons.
	h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.Method == "editMessageReplyMarkup" && m.ChatID == kthtStaff.ID && m.MessageID == rem.MessageID && len(m.Buttons) == 0
	})
	// The reminder's buttons say why they no longer act.
	if a := h.press(kthtStaff, rem, h.data("snz", 1)); !strings.Contains(a, "Nhiệm vụ #1 đã hoàn thành hoặc đã bị hủy") {
		t.Errorf("snooze of a task reported done answered %q", a)
	}
	if a := h.press(kthtStaff, rem, h.data("snz", 99)); !strings.Contains(a, "Không tìm thấy nhiệm vụ #99") {
		t.Errorf("snooze of a missing task answered %q", a)
	}
	before := len(h.fake.SentTo(kthtStaff.ID))
	h.scanAt(localDay("20/01/2031 08:00"))
	h.say(kthtStaff, "/task 1", "Diễn biến")
	for _, m := range h.fake.SentTo(kthtStaff.ID)[before:] {
		if strings.Contains(m.PlainText, "Nhắc") || strings.Contains(m.PlainText, "quá hạn") {
			t.Errorf("a reminder came after the task was done: %q", m.PlainText)
		}
	}
	if n := h.count(`SELECT count(*) FROM outbox WHERE kind = 'reminder' AND status = 'sent'`); n != 1 {
		t.Errorf("%d reminders sent, want 1", n)
	}
}

// TestRemindersArriveOnceUnderFaults delivers task notices and reminders
// through a Telegram that fails often, with Telegram's real limits.
func TestRemindersArriveOnceUnderFaults(t *testing.T) {
	cfg := outbox.DefaultConfig()
	cfg.Poll, cfg.BaseBackoff, cfg.MaxBackoff = 20*time.Millisecond, 50*time.Millisecond, 500*time.Millisecond
	h := newHarness(t, withLimits(outbox.DefaultLimits()), withSender(cfg))
	h.join(leader, tasks.RoleLeader, "")
	var staff []tgfake.User
	for i := range 12 {
		u := tgfake.User{ID: int64(5000 + i), FirstName: fmt.Sprintf("Cán bộ %d", i)}
		staff = append(staff, h.join(u, tasks.RoleMember, "ktht"))
	}
	blocked := staff[len(staff)-1]
	h.fake.Block(blocked.ID)
	for i := 1; i <= 3; i++ {
		h.say(leader, fmt.Sprintf("/giao KTHT: Việc số %d trước 15/1/2031", i), fmt.Sprintf("Nhiệm vụ #%d", i))
	}
	// The blocked member's three notices fail before the reminders are
	// planned, so the scan leaves them out (they are unreachable).
	h.eventually("the blocked member's notices to fail", func() bool {
		return h.count(`SELECT count(*) FROM outbox WHERE status = 'failed' AND chat_id = $1`, blocked.ID) == 3
	})
	h.fake.SetFaults(tgfake.Faults{Seed: 7, Rate429: 0.1, RetryAfter: 1, Rate500: 0.1, RateHTML502: 0.05,
		RateParseError: 0.1, Latency: 2 * time.Millisecond, LatencyJitter: 20 * time.Millisecond})
	h.scanAt(localDay("13/01/2031 08:00"))

	for _, u := range staff[:len(staff)-1] {
		for i := 1; i <= 3; i++ {
			h.expect(u.ID, fmt.Sprintf("Nhiệm vụ mới #%d", i))
			h.expect(u.ID, fmt.Sprintf("nhiệm vụ #%d còn 2 ngày", i))
		}
	}
	h.expect(leader.ID, "Không gửi được", blocked.FirstName)
	h.fake.SetFaults(tgfake.Faults{})
	// Every row ends sent (or, for the blocked member, failed); rows still
	// backing off from the last faults get there too, the blocked
	// member's included (its last notice may still be retrying a fault).
	const unsettled = `FROM outbox WHERE (status NOT IN ('sent', 'cancelled') AND chat_id <> $1)
		OR (status NOT IN ('sent', 'cancelled', 'failed') AND chat_id = $1)`
	deadline := time.Now().Add(wait)
	for h.count(`SELECT count(*) `+unsettled, blocked.ID) > 0 {
		if time.Now().After(deadline) {
			var left []string
			h.store.DB().Select(&left, `SELECT idem_key || ' ' || status || ' ' || last_error `+unsettled, blocked.ID)
			t.Fatalf("outbox rows not settled: %v", left)
		}
		time.Sleep(20 * time.Millisecond)
	}

	for _, u := range staff[:len(staff)-1] {
		counts := map[string]int{}
		for _, m := range h.fake.SentTo(u.ID) {
			if m.Method != "sendMessage" {
				continue
			}
			for i := 1; i <= 3; i++ {
				for _, key := range []string{fmt.Sprintf("Nhiệm vụ mới #%d", i), fmt.Sprintf("nhiệm vụ #%d còn 2 ngày", i)} {
					if strings.Contains(m.PlainText, key) {
						counts[key]++
					}
				}
			}
		}
		for k, n := range counts {
			if n != 1 {
				t.Errorf("%s got %q %d times", u.FirstName, k, n)
			}
		}
	}
	if n := h.count(`SELECT count(*) FROM outbox WHERE status = 'failed' AND chat_id = $1`, blocked.ID); n != 3 {
		t.Errorf("%d notices to the blocked member failed, want 3", n)
	}
	if n := h.count(`SELECT count(*) FROM outbox WHERE kind = 'reminder' AND chat_id = $1`, blocked.ID); n != 0 {
		t.Errorf("%d reminders were queued to the unreachable member", n)
	}
	checkSpacing(t, h.fake.Requests())
}

// checkSpacing fails when one private chat got more than its budget (a
// burst of outbox.DefaultLimits().Burst, then one a second; a retry after a
// 429 with retry_after 1 included) in some window, or when more than 30
// fell in one second. That every chat waits after a 429 is tested in
// outbox's TestRateLimitedIsNotAnAttempt.
func checkSpacing(t *testing.T, reqs []tgfake.Request) {
	t.Helper()
	// The limiter spaces sends as they leave; they arrive with the jitter
	// of the HTTP client (a new connection, the race detector, two busy
	// cores: 270 ms was seen). The exact windows are tested on a clock of
	// our own in outbox's TestLimitsWindows; this checks the wiring.
	const slack = 350 * time.Millisecond
	burst := outbox.DefaultLimits().Burst
	perChat := map[int64][]time.Time{}
	var all []time.Time
	for _, r := range reqs {
		if r.Method != "sendMessage" || r.ChatID <= 0 {
			continue
		}
		all = append(all, r.At)
		perChat[r.ChatID] = append(perChat[r.ChatID], r.At)
	}
	for chat, at := range perChat {
		sort.Slice(at, func(i, j int) bool { return at[i].Before(at[j]) })
		for i := range at {
			for j := i + burst; j < len(at); j++ {
				// burst+k sends need at least k seconds between the first and the last.
				if need := time.Duration(j-i-burst+1)*time.Second - slack; at[j].Sub(at[i]) < need {
					t.Errorf("chat %d: %d sends within %v", chat, j-i+1, at[j].Sub(at[i]))
					return
				}
			}
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Before(all[j]) })
	for i := range all {
		j := sort.Search(len(all), func(k int) bool { return all[k].After(all[i].Add(time.Second - slack)) })
		if j-i > 31 {
			t.Errorf("%d sends within one second from %s", j-i, all[i].Format("15:04:05.000"))
			break
		}
	}
}

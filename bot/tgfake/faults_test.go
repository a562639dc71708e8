package tgfake

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFaults(t *testing.T) {
	tests := []struct {
		name   string
		faults Faults
		mode   string
		check  func(t *testing.T, err error)
		sent   int // messages recorded
	}{
		{"429 carries retry_after", Faults{Rate429: 1, RetryAfter: 7}, "", func(t *testing.T, err error) {
			e := apiErr(t, err)
			if e.Code != 429 || e.RetryAfter != 7 || e.Message != "Too Many Requests: retry after 7" {
				t.Fatalf("error = %+v", e)
			}
		}, 0},
		{"500 is a Telegram error", Faults{Rate500: 1}, "", func(t *testing.T, err error) {
			wantAPIError(t, err, 500, "Internal Server Error")
		}, 0},
		{"HTML 502 is not a Telegram error", Faults{RateHTML502: 1}, "", func(t *testing.T, err error) {
			var tgErr *Error
			var syntaxErr *json.SyntaxError
			if errors.As(err, &tgErr) || !errors.As(err, &syntaxErr) {
				t.Fatalf("error = %v (%T), want a JSON syntax error", err, err)
			}
		}, 0},
		{"parse error for HTML", Faults{RateParseError: 1}, ModeHTML, func(t *testing.T, err error) {
			e := apiErr(t, err)
			if e.Code != 400 || !strings.HasPrefix(e.Message, "Bad Request: can't parse entities: ") {
				t.Fatalf("error = %+v", e)
			}
		}, 0},
		{"no parse error without HTML", Faults{RateParseError: 1}, "", func(t *testing.T, err error) {
			if err != nil {
				t.Fatal(err)
			}
		}, 1},
		{"latency", Faults{Latency: 150 * time.Millisecond}, "", func(t *testing.T, err error) {
			if err != nil {
				t.Fatal(err)
			}
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t)
			bot := newBot(t, srv)
			srv.SendText(alice, "hi")
			srv.SetFaults(tt.faults)
			msg := NewMessage(alice.ID, "<b>news</b>")
			msg.ParseMode = tt.mode
			start := time.Now()
			_, err := bot.Send(msg)
			if time.Since(start) < tt.faults.Latency {
				t.Fatalf("answered after %v, before the latency", time.Since(start))
			}
			tt.check(t, err)
			if got := len(srv.Sent()); got != tt.sent {
				t.Fatalf("%d messages recorded, want %d", got, tt.sent)
			}
			// Other methods are not faulted by default.
			if _, err := bot.GetMe(); err != nil {
				t.Fatalf("getMe faulted: %v", err)
			}
			if _, err := bot.Request(NewSetMyCommands(BotCommand{Command: "start", Description: "Start"})); err != nil {
				t.Fatalf("setMyCommands faulted: %v", err)
			}
		})
	}
}

func TestFaultsForAll(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SetFaults(Faults{Rate500: 1, FaultsForAll: true})
	_, err := bot.GetMe()
	wantAPIError(t, err, 500, "Internal Server Error")
	_, err = bot.GetUpdates(UpdateConfig{})
	wantAPIError(t, err, 500, "Internal Server Error")
	srv.SetFaults(Faults{})
	if _, err := bot.GetMe(); err != nil {
		t.Fatal(err)
	}
}

// A send that hangs past the client's timeout was delivered anyway: the
// retry that follows makes a duplicate.
func TestTimeoutFaultDeliversDuplicates(t *testing.T) {
	srv := newServer(t)
	bot := newBotWithTimeout(t, srv, 300*time.Millisecond)
	srv.SendText(alice, "hi")
	srv.SetFaults(Faults{RateTimeout: 1, TimeoutDelay: 2 * time.Second})

	for attempt := 0; attempt < 2; attempt++ {
		if _, err := bot.Send(NewMessage(alice.ID, "reminder")); err == nil {
			t.Fatal("the client did not time out")
		}
	}
	got := srv.WaitCount(t, time.Second, 2, func(m SentMessage) bool { return m.Text == "reminder" })
	if got[0].MessageID == got[1].MessageID {
		t.Fatalf("duplicates share an id: %v", got)
	}
}

func TestFaultsAreDeterministic(t *testing.T) {
	run := func() []int {
		srv := newServer(t)
		bot := newBot(t, srv)
		srv.SendText(alice, "hi")
		srv.SetFaults(Faults{Seed: 42, Rate429: 0.2, Rate500: 0.2, RateHTML502: 0.2})
		var statuses []int
		for i := 0; i < 30; i++ {
			_, _ = bot.Send(NewMessage(alice.ID, "x"))
		}
		for _, r := range srv.Requests() {
			if r.Method == "sendMessage" {
				statuses = append(statuses, r.Status)
			}
		}
		return statuses
	}
	first, second := run(), run()
	if !slices.Equal(first, second) {
		t.Fatalf("same seed, different faults:\n%v\n%v", first, second)
	}
	counts := map[int]int{}
	for _, s := range first {
		counts[s]++
	}
	if counts[200] == 0 || counts[429] == 0 || counts[500] == 0 || counts[502] == 0 {
		t.Fatalf("statuses %v: want a mix", counts)
	}
}

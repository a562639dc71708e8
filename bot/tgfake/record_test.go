package tgfake

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestWaitSentAndWaitCount(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "hi")
	srv.SendText(bob, "hi")
	go func() {
		time.Sleep(50 * time.Millisecond)
		for i := 0; i < 3; i++ {
			_, _ = bot.Send(NewMessage(alice.ID, fmt.Sprintf("alice %d", i)))
		}
		_, _ = bot.Send(NewMessage(bob.ID, "bob"))
	}()
	toBob := srv.WaitSent(t, 5*time.Second, func(m SentMessage) bool { return m.ChatID == bob.ID })
	if toBob.Text != "bob" {
		t.Fatalf("WaitSent = %+v", toBob)
	}
	toAlice := srv.WaitCount(t, time.Second, 3, func(m SentMessage) bool { return m.ChatID == alice.ID })
	if len(toAlice) != 3 || toAlice[2].Text != "alice 2" || len(srv.SentTo(alice.ID)) != 3 {
		t.Fatalf("WaitCount = %+v", toAlice)
	}
	if toAlice[0].MessageID != 2 || toBob.MessageID != 2 {
		t.Fatalf("message ids are per chat: %d, %d", toAlice[0].MessageID, toBob.MessageID)
	}

	// A request is recorded with its status once its answer is written,
	// just after the message it sent.
	statuses := map[string]int{}
	for deadline := time.Now().Add(time.Second); statuses["sendMessage"] < 4 && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		statuses = map[string]int{}
		for _, r := range srv.Requests() {
			if r.Status == 200 {
				statuses[r.Method]++
			}
		}
	}
	if statuses["sendMessage"] != 4 || srv.Calls("sendMessage") != 4 {
		t.Fatalf("requests = %v", srv.Requests())
	}
}

// fakeTB captures a test failure.
type fakeTB struct {
	testing.TB
	failure string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Fatalf(format string, args ...any) { f.failure = fmt.Sprintf(format, args...) }

func TestWaitSentTimeoutDumpsSent(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "hi")
	msg := NewMessage(alice.ID, "Choose")
	msg.ReplyMarkup = NewInlineKeyboardMarkup(NewInlineKeyboardRow(NewInlineKeyboardButtonData("Yes", "y")))
	if _, err := bot.Send(msg); err != nil {
		t.Fatal(err)
	}
	tb := &fakeTB{}
	srv.WaitSent(tb, 50*time.Millisecond, func(m SentMessage) bool { return m.Text == "never" })
	for _, want := range []string{"0 of 1", `sendMessage chat=1001 msg=2 text="Choose" ["Yes"->"y"]`} {
		if !strings.Contains(tb.failure, want) {
			t.Fatalf("failure %q lacks %q", tb.failure, want)
		}
	}
}

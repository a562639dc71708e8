package tgfake

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestLongPollReturnsNewUpdate(t *testing.T) {
	srv := newServer(t)
	bot := newBotWithTimeout(t, srv, 15*time.Second)

	type result struct {
		updates []Update
		err     error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		u, err := bot.GetUpdates(UpdateConfig{Timeout: 10})
		done <- result{u, err}
	}()
	waitPolling(t, srv)
	pushed := srv.SendText(alice, "/start@dondoc_test_bot hello")

	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatalf("long poll took %v", time.Since(start))
	}
	if len(r.updates) != 1 || r.updates[0].UpdateID != pushed.UpdateID {
		t.Fatalf("updates = %+v", r.updates)
	}
	m := r.updates[0].Message
	if m == nil || !m.IsCommand() || m.Command() != "start" || m.CommandArguments() != "hello" || m.Chat.Type != "private" {
		t.Fatalf("message = %+v", m)
	}
}

func TestLongPollTimesOut(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	start := time.Now()
	got, err := bot.GetUpdates(UpdateConfig{Timeout: 1})
	if err != nil || len(got) != 0 {
		t.Fatalf("GetUpdates = %v, %v", got, err)
	}
	if d := time.Since(start); d < 900*time.Millisecond || d > 3*time.Second {
		t.Fatalf("timeout 1 took %v", d)
	}
}

func TestOffsetConfirmsUpdates(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	var ids []int
	for _, text := range []string{"one", "two", "three"} {
		ids = append(ids, srv.SendText(alice, text).UpdateID)
	}
	get := func(offset, limit int) []int {
		t.Helper()
		got, err := bot.GetUpdates(UpdateConfig{Offset: offset, Limit: limit})
		if err != nil {
			t.Fatal(err)
		}
		var out []int
		for _, u := range got {
			out = append(out, u.UpdateID)
		}
		return out
	}
	tests := []struct {
		name   string
		offset int
		limit  int
		want   []int
	}{
		{"offset 0 returns all unconfirmed", 0, 0, ids},
		{"limit", 0, 2, ids[:2]},
		{"offset confirms earlier ones", ids[1], 0, ids[1:]},
		{"confirmed ones are gone even with offset 0", 0, 0, ids[1:]},
		{"negative offset keeps the last ones", -1, 0, ids[2:]},
		{"offset past the last confirms all", ids[2] + 1, 0, nil},
		{"nothing left", 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := get(tt.offset, tt.limit); !slices.Equal(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// As in Telegram, a new long poll terminates the one already waiting.
func TestConcurrentGetUpdatesConflict(t *testing.T) {
	srv := newServer(t)
	first := newBotWithTimeout(t, srv, 15*time.Second)
	second := newBotWithTimeout(t, srv, 15*time.Second)

	firstDone := make(chan error, 1)
	go func() {
		_, err := first.GetUpdates(UpdateConfig{Timeout: 10})
		firstDone <- err
	}()
	waitPolling(t, srv)

	secondDone := make(chan []Update, 1)
	go func() {
		u, err := second.GetUpdates(UpdateConfig{Timeout: 10})
		if err != nil {
			t.Errorf("second poll: %v", err)
		}
		secondDone <- u
	}()

	select {
	case err := <-firstDone:
		wantAPIError(t, err, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
	case <-time.After(5 * time.Second):
		t.Fatal("the first poll was not terminated")
	}
	// The second poll now holds the connection and gets the next update.
	waitPolling(t, srv)
	srv.SendText(alice, "hi")
	select {
	case u := <-secondDone:
		if len(u) != 1 || u[0].Message.Text != "hi" {
			t.Fatalf("second poll got %+v", u)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the second poll did not return")
	}
}

// PushUpdate simulates Telegram delivering an update again, as after a
// crash: a restarted bot (offset 0) sees it, and so does the next call
// of a running one, even though its id is below the confirmed offset.
func TestPushUpdateReplaysConfirmedUpdate(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	u := srv.SendText(alice, "/done 7")
	got, err := bot.GetUpdates(UpdateConfig{Offset: 0})
	if err != nil || len(got) != 1 {
		t.Fatalf("first delivery = %v, %v", got, err)
	}
	confirmed := u.UpdateID + 1
	if got, _ := bot.GetUpdates(UpdateConfig{Offset: confirmed}); len(got) != 0 {
		t.Fatalf("after confirming: %v", got)
	}

	tests := []struct {
		name   string
		offset int
	}{
		{"running bot with the confirmed offset", confirmed},
		{"restarted bot with offset 0", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv.PushUpdate(u)
			got, err := bot.GetUpdates(UpdateConfig{Offset: tt.offset})
			if err != nil || len(got) != 1 || got[0].UpdateID != u.UpdateID || got[0].Message.Text != "/done 7" {
				t.Fatalf("replay = %+v, %v", got, err)
			}
			// Delivered once, then confirmed by the next call.
			if got, _ := bot.GetUpdates(UpdateConfig{Offset: confirmed}); len(got) != 0 {
				t.Fatalf("replay delivered twice: %+v", got)
			}
		})
	}
}

func TestPushUpdateKeepsIDOrder(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	a := srv.SendText(alice, "a")
	b := srv.SendText(alice, "b")
	srv.PushUpdate(a)
	got, err := bot.GetUpdates(UpdateConfig{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int
	for _, u := range got {
		ids = append(ids, u.UpdateID)
	}
	if want := []int{a.UpdateID, a.UpdateID, b.UpdateID}; !slices.Equal(ids, want) {
		t.Fatalf("ids = %v, want %v", ids, want)
	}
	fresh := srv.PushUpdate(Update{Message: &Message{Text: "x", Chat: &WireChat{ID: bob.ID}, From: &WireUser{ID: bob.ID}}})
	if fresh.UpdateID <= b.UpdateID {
		t.Fatalf("fresh id %d not after %d", fresh.UpdateID, b.UpdateID)
	}
	if _, err := bot.Send(NewMessage(bob.ID, "pushed private message started the chat")); err != nil {
		t.Fatal(err)
	}
}

func TestAllowedUpdates(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "hi")
	if _, err := bot.Send(NewMessage(alice.ID, "menu")); err != nil {
		t.Fatal(err)
	}
	menu := srv.Sent()[0]

	// A bot that asks only for messages never sees button presses.
	got, err := bot.GetUpdates(UpdateConfig{Offset: 0, AllowedUpdates: []string{"message"}})
	if err != nil || len(got) != 1 {
		t.Fatalf("GetUpdates = %v, %v", got, err)
	}
	offset := got[0].UpdateID + 1
	srv.PressButton(alice, menu, "x")
	srv.SendText(alice, "text")
	got, _ = bot.GetUpdates(UpdateConfig{Offset: offset})
	if len(got) != 1 || got[0].Message == nil {
		t.Fatalf("with allowed_updates [message]: %+v", got)
	}
	offset = got[0].UpdateID + 1

	// [] restores the default.
	if _, err := bot.GetUpdates(UpdateConfig{Offset: offset, AllowedUpdates: []string{}}); err != nil {
		t.Fatal(err)
	}
	srv.PressButton(alice, menu, "y")
	got, _ = bot.GetUpdates(UpdateConfig{Offset: offset})
	if len(got) != 1 || got[0].CallbackQuery == nil || got[0].CallbackQuery.Data != "y" {
		t.Fatalf("after allowed_updates []: %+v", got)
	}
}

func TestCommandEntities(t *testing.T) {
	tests := []struct {
		text string
		want []string // the commands, as text
	}{
		{"/start", []string{"/start"}},
		{"/start payload", []string{"/start"}},
		{"/report@dondoc_test_bot 2024-01", []string{"/report@dondoc_test_bot"}},
		{"hello /help", []string{"/help"}},
		{"/a /b", []string{"/a", "/b"}},
		{"/старт", nil},
		{"a/b", nil},
		{"/path/to", nil},
		{"/x@ab", nil},
		{"plain text", nil},
		{"😀 /help", []string{"/help"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, e := range commandEntities(tt.text) {
				if e.Type != "bot_command" {
					t.Fatalf("type %q", e.Type)
				}
				got = append(got, utf16Slice(tt.text, e.Offset, e.Length))
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("commands = %q, want %q", got, tt.want)
			}
		})
	}
}

// utf16Slice returns the part of s at a UTF-16 offset and length.
func utf16Slice(s string, offset, length int) string {
	pos := 0
	var b strings.Builder
	for _, r := range s {
		n := 1
		if r >= 0x10000 {
			n = 2
		}
		if pos >= offset && pos < offset+length {
			b.WriteRune(r)
		}
		pos += n
	}
	return b.String()
}

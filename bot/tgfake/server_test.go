package tgfake

import (
	"encoding/json"
	"errors"
	"net/http"
	"runtime"
	"testing"
	"time"
)

func TestGetMe(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	if bot.Self.ID != BotID || bot.Self.UserName != BotUsername || !bot.Self.IsBot {
		t.Fatalf("Self = %+v", bot.Self)
	}
	if srv.Calls("getMe") != 1 {
		t.Fatalf("getMe calls = %d", srv.Calls("getMe"))
	}
}

func TestWrongTokenIsUnauthorized(t *testing.T) {
	srv := newServer(t)
	_, err := NewBotAPIWithClient("999:WRONG", srv.Endpoint(), &http.Client{Timeout: time.Second})
	wantAPIError(t, err, 401, "Unauthorized")
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Method != "getMe" || reqs[0].Status != 401 {
		t.Fatalf("requests = %+v", reqs)
	}
}

func TestUnknownMethodIsNotFoundAndRecorded(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	_, err := bot.MakeRequest("sendSticker", Params{"chat_id": "1"})
	wantAPIError(t, err, 404, "Not Found")
	if got := srv.UnknownMethods(); len(got) != 1 || got[0] != "sendSticker" {
		t.Fatalf("UnknownMethods = %v", got)
	}
	if srv.Calls("sendSticker") != 1 {
		t.Fatalf("Calls(sendSticker) = %d", srv.Calls("sendSticker"))
	}
	last := srv.Requests()[len(srv.Requests())-1]
	if last.Status != 404 || last.ChatID != 1 {
		t.Fatalf("last request = %+v", last)
	}
}

func TestMethodNamesIgnoreCase(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	if _, err := bot.MakeRequest("GETME", nil); err != nil {
		t.Fatal(err)
	}
	if srv.Calls("getMe") != 2 {
		t.Fatalf("Calls(getMe) = %d", srv.Calls("getMe"))
	}
}

// Methods whose result is true must go through Request: against real
// Telegram, Send fails to decode true into a Message, and so it does here.
func TestTrueResultMethods(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "hi")
	if _, err := bot.Send(NewMessage(alice.ID, "Choose")); err != nil {
		t.Fatal(err)
	}
	cb := srv.PressButton(alice, srv.Sent()[0], "x")
	cb2 := srv.PressButton(alice, srv.Sent()[0], "y")

	tests := []struct {
		name string
		req  chattable
		send chattable
	}{
		{"answerCallbackQuery", NewCallback(cb.CallbackQuery.ID, "ok"), NewCallback(cb2.CallbackQuery.ID, "")},
		{"setMyCommands",
			NewSetMyCommands(BotCommand{Command: "start", Description: "Start"}),
			NewSetMyCommandsWithScope(NewBotCommandScopeAllPrivateChats(),
				BotCommand{Command: "help", Description: "Help"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := bot.Request(tt.req)
			if err != nil {
				t.Fatalf("Request: %v", err)
			}
			if string(resp.Result) != "true" {
				t.Fatalf("result = %s, want true", resp.Result)
			}
			_, err = bot.Send(tt.send)
			var typeErr *json.UnmarshalTypeError
			if !errors.As(err, &typeErr) {
				t.Fatalf("Send: err = %v (%T), want a JSON type error", err, err)
			}
		})
	}
	if cmds := srv.Commands(); len(cmds) != 1 || cmds[0].Command != "help" {
		t.Fatalf("Commands = %+v", cmds)
	}
	sets := srv.CommandSets()
	if len(sets) != 2 || sets[0].Scope != nil || sets[1].Scope == nil || sets[1].Scope.Type != "all_private_chats" {
		t.Fatalf("CommandSets = %+v", sets)
	}
	if got := srv.CallbackAnswers(); len(got) != 2 || got[0].Text != "ok" {
		t.Fatalf("CallbackAnswers = %+v", got)
	}
}

func TestSetMyCommandsValidation(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	tests := []struct {
		name string
		cmd  BotCommand
		want string
	}{
		{"upper case", BotCommand{Command: "Start", Description: "Start"}, "Bad Request: BOT_COMMAND_INVALID"},
		{"dash", BotCommand{Command: "my-report", Description: "Report"}, "Bad Request: BOT_COMMAND_INVALID"},
		{"slash", BotCommand{Command: "/start", Description: "Start"}, "Bad Request: BOT_COMMAND_INVALID"},
		{"no description", BotCommand{Command: "start"}, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bot.Request(NewSetMyCommands(tt.cmd))
			wantAPIError(t, err, 400, tt.want)
		})
	}
	if len(srv.CommandSets()) != 0 {
		t.Fatalf("a failed setMyCommands was recorded: %+v", srv.CommandSets())
	}
}

// Close must end a long poll at once, and leave no goroutine behind.
func TestCloseEndsLongPollWithoutLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	srv := New()
	transport := &http.Transport{}
	bot, err := NewBotAPIWithClient(Token, srv.Endpoint(), &http.Client{Transport: transport, Timeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := bot.GetUpdates(UpdateConfig{Timeout: 25})
		done <- err
	}()
	waitPolling(t, srv)
	start := time.Now()
	srv.Close()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("GetUpdates after Close: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("long poll did not end on Close")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("Close took %v", d)
	}
	transport.CloseIdleConnections()
	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines before, %d after Close:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

package tgfake

import (
	"encoding/json"
	"testing"
	"time"
)

func TestReplyAndForward(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "hi")
	if _, err := bot.Send(NewMessage(alice.ID, "What is the deadline?")); err != nil {
		t.Fatal(err)
	}
	question := srv.Sent()[0]

	reply := srv.Reply(alice, alice.ID, question.MessageID, "Friday")
	rt := reply.Message.ReplyToMessage
	if rt == nil || rt.MessageID != int(question.MessageID) || rt.Text != "What is the deadline?" || rt.From.ID != BotID {
		t.Fatalf("reply_to_message = %+v", rt)
	}

	fwd := srv.Forward(bob, bob.ID, question)
	if fwd.Message.ForwardFrom == nil || fwd.Message.ForwardFrom.ID != BotID || fwd.Message.Text != "What is the deadline?" {
		t.Fatalf("forward = %+v", fwd.Message)
	}
	// Forwarding to the bot in a private chat started it.
	if _, err := bot.Send(NewMessage(bob.ID, "thanks")); err != nil {
		t.Fatal(err)
	}
}

func TestForwardOriginOnly(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.ForwardOriginOnly()
	fwd := srv.Forward(bob, bob.ID, SentMessage{PlainText: "/done 3", At: time.Now()})
	if fwd.Message.ForwardFrom != nil || fwd.Message.ForwardDate != 0 {
		t.Fatalf("forward = %+v", fwd.Message)
	}
	resp, err := bot.Request(UpdateConfig{})
	if err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Message map[string]json.RawMessage `json:"message"`
	}
	if err := json.Unmarshal(resp.Result, &got); err != nil || len(got) != 1 {
		t.Fatalf("updates = %s (%v)", resp.Result, err)
	}
	var origin struct {
		Type       string   `json:"type"`
		SenderUser WireUser `json:"sender_user"`
		Date       int      `json:"date"`
	}
	if err := json.Unmarshal(got[0].Message["forward_origin"], &origin); err != nil || origin.Type != "user" || origin.SenderUser.ID != BotID || origin.Date == 0 {
		t.Errorf("forward_origin = %s (%v)", got[0].Message["forward_origin"], err)
	}
	for _, f := range []string{"forward_from", "forward_date"} {
		if _, ok := got[0].Message[f]; ok {
			t.Errorf("the update has %s", f)
		}
	}
}

func TestPressButton(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "hi")
	msg := NewMessage(alice.ID, "Approve?")
	msg.ReplyMarkup = NewInlineKeyboardMarkup(NewInlineKeyboardRow(NewInlineKeyboardButtonData("Yes", "yes")))
	if _, err := bot.Send(msg); err != nil {
		t.Fatal(err)
	}
	sent := srv.Sent()[0]

	u := srv.PressButton(alice, sent, "yes")
	cq := u.CallbackQuery
	if cq == nil || cq.Data != "yes" || cq.From.ID != alice.ID || cq.Message == nil ||
		cq.Message.MessageID != int(sent.MessageID) || cq.Message.ReplyMarkup == nil {
		t.Fatalf("callback = %+v", cq)
	}
	if u2 := srv.PressButton(alice, sent, "yes"); u2.CallbackQuery.ID == cq.ID {
		t.Fatal("callback ids repeat")
	}

	if _, err := bot.Request(NewCallback(cq.ID, "Approved")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		id   string
	}{
		{"answered twice", cq.ID},
		{"unknown id", "123"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bot.Request(NewCallback(tt.id, ""))
			wantAPIError(t, err, 400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
		})
	}
	if got := srv.CallbackAnswers(); len(got) != 1 || got[0] != (CallbackAnswer{ID: cq.ID, Text: "Approved"}) {
		t.Fatalf("answers = %+v", got)
	}
}

func TestGroupMessages(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	u := srv.SendGroupText(bob, team, "/report@dondoc_test_bot")
	if u.Message.Chat.ID != team.ID || u.Message.Chat.Type != "group" || u.Message.Chat.Title != "Team" || u.Message.Command() != "report" {
		t.Fatalf("group message = %+v", u.Message)
	}
	if _, err := bot.Send(NewMessage(team.ID, "report follows")); err != nil {
		t.Fatal(err)
	}
	// Writing in the group did not start Bob's private chat.
	_, err := bot.Send(NewMessage(bob.ID, "private"))
	wantAPIError(t, err, 403, "Forbidden: bot can't initiate conversation with a user")
}

package tgfake

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestWebhookDeliversWithSecretAndBlocksGetUpdates(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	got := make(chan Update, 10)
	status := http.StatusInternalServerError // the first post fails: it is posted again
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Telegram-Bot-Api-Secret-Token") != "s3cret_-x" {
			t.Errorf("secret header = %q", r.Header.Get("X-Telegram-Bot-Api-Secret-Token"))
		}
		body, _ := io.ReadAll(r.Body)
		var u Update
		if err := json.Unmarshal(body, &u); err != nil {
			t.Errorf("body %s: %v", body, err)
		}
		w.WriteHeader(status)
		if status == http.StatusOK {
			got <- u
		}
		status = http.StatusOK
	}))
	defer hook.Close()
	resp, err := bot.MakeRequest("setWebhook", Params{"url": hook.URL, "secret_token": "s3cret_-x", "max_connections": "1", "allowed_updates": `["message"]`})
	if err != nil || string(resp.Result) != "true" {
		t.Fatalf("setWebhook = %v, %v", resp, err)
	}
	if _, err := bot.MakeRequest("setWebhook", Params{"url": hook.URL, "secret_token": "bad secret!"}); err == nil {
		t.Fatal("a secret with a space and ! was accepted")
	}
	if info, ok := srv.Webhook(); !ok || info.SecretToken != "s3cret_-x" || info.MaxConnections != 1 || len(info.AllowedUpdates) != 1 {
		t.Fatalf("webhook = %+v, %v", info, ok)
	}
	_, err = bot.GetUpdates(UpdateConfig{})
	wantAPIError(t, err, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")

	srv.SendText(alice, "hello")
	select {
	case u := <-got:
		if u.Message == nil || u.Message.Text != "hello" {
			t.Fatalf("posted %+v", u)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the update was not posted again after a 500")
	}
	if _, err := bot.MakeRequest("deleteWebhook", nil); err != nil {
		t.Fatal(err)
	}
	srv.SendText(alice, "polled")
	us, err := bot.GetUpdates(UpdateConfig{})
	if err != nil || len(us) != 1 || us[0].Message.Text != "polled" {
		t.Fatalf("after deleteWebhook: %+v, %v", us, err)
	}
}

func TestTopicMessages(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	forum := Chat{ID: -100500, Title: "Lãnh đạo", Forum: true}
	u := srv.SendTopicText(alice, forum, 7, "/nhom")
	if u.Message.MessageThreadID != 7 || !u.Message.IsTopicMessage || !u.Message.Chat.IsForum || u.Message.Chat.Type != "supergroup" {
		t.Fatalf("topic message = %+v", u.Message)
	}
	if _, err := bot.MakeRequest("sendMessage", Params{"chat_id": "-100500", "text": "x", "message_thread_id": "7"}); err != nil {
		t.Fatal(err)
	}
	if s := srv.SentTo(forum.ID); len(s) != 1 || s[0].ThreadID != 7 {
		t.Fatalf("sent = %+v", s)
	}
	_, err := bot.MakeRequest("sendMessage", Params{"chat_id": "-100500", "text": "x", "message_thread_id": "8"})
	wantAPIError(t, err, 400, "Bad Request: message thread not found")
}

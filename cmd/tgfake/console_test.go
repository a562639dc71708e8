package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
)

const testToken = "123:abc"

// syncBuffer is a bytes.Buffer safe for the console's printer goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// call makes one Bot API call on srv as the bot would, and returns the
// raw result.
func call(t *testing.T, srv *tgfake.Server, method string, params url.Values) json.RawMessage {
	t.Helper()
	resp, err := http.PostForm(srv.URL()+"/bot"+testToken+"/"+method, params)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var r struct {
		OK     bool            `json:"ok"`
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(body, &r); err != nil || !r.OK {
		t.Fatalf("%s: %s", method, body)
	}
	return r.Result
}

func waitFor(t *testing.T, out *syncBuffer, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("the console never printed %q:\n%s", want, out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestConsole: lines typed become updates the bot polls, and what the bot
// sends is printed with the line that presses each button.
func TestConsole(t *testing.T) {
	srv, err := tgfake.Listen(testToken, "dondoc_local_bot", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	out := &syncBuffer{}
	c := newConsole(srv, out, 1001)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go c.printSent(ctx)

	if string(call(t, srv, "getMe", nil)) == "" {
		t.Fatal("getMe answered nothing")
	}
	c.handle("/start 1-abc")
	if got := string(call(t, srv, "getUpdates", nil)); !strings.Contains(got, `"text":"/start 1-abc"`) || !strings.Contains(got, `"id":1001`) {
		t.Fatalf("getUpdates after a typed line: %s", got)
	}

	kb := `{"inline_keyboard":[[{"text":"Hoàn thành","callback_data":"1:done:7"}]]}`
	call(t, srv, "sendMessage", url.Values{"chat_id": {"1001"}, "text": {"Nhiệm vụ <b>#7</b>"}, "parse_mode": {"HTML"}, "reply_markup": {kb}})
	waitFor(t, out, "Nhiệm vụ #7")
	waitFor(t, out, "[Hoàn thành] → :bam 2 1:done:7")

	c.handle(":bam 2 1:done:7")
	if got := string(call(t, srv, "getUpdates", url.Values{"offset": {"2"}})); !strings.Contains(got, `"data":"1:done:7"`) {
		t.Fatalf("getUpdates after :bam: %s", got)
	}
	c.handle(":traloi 2 xong")
	if got := string(call(t, srv, "getUpdates", url.Values{"offset": {"3"}})); !strings.Contains(got, `"text":"xong"`) || !strings.Contains(got, `"reply_to_message"`) {
		t.Fatalf("getUpdates after :traloi: %s", got)
	}
	c.handle(":nguoi 1002 Lan")
	c.handle(":nhom -100 /baocao_o_day")
	if got := string(call(t, srv, "getUpdates", url.Values{"offset": {"4"}})); !strings.Contains(got, `"id":-100`) || !strings.Contains(got, `"first_name":"Lan"`) {
		t.Fatalf("getUpdates after :nhom as Lan: %s", got)
	}
	if !c.handle(":thoat") {
		t.Error(":thoat does not quit")
	}
}

// TestConsoleRefusals: a line the console cannot act on is answered with
// how to write it, and sends nothing.
func TestConsoleRefusals(t *testing.T) {
	srv, err := tgfake.Listen(testToken, "dondoc_local_bot", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	for _, tc := range []struct{ line, want string }{
		{":bam", "viết :bam"},
		{":bam x 1:done:7", "viết :bam"},
		{":bam 9 1:done:7", "bot chưa gửi tin 9 trong chat riêng 1001"},
		{":bam -100/3 d", "bot chưa gửi tin 3 trong nhóm -100"},
		{":traloi 5", "viết :traloi"},
		{":traloi 5 xong", "bot chưa gửi tin 5"},
		{":nguoi abc", "mã người dùng phải là số dương"},
		{":nhom 100 hi", "mã nhóm phải là số âm"},
		{":lalala", "không hiểu"},
	} {
		out := &syncBuffer{}
		c := newConsole(srv, out, 1001)
		if c.handle(tc.line) {
			t.Errorf("%q quits", tc.line)
		}
		if !strings.Contains(out.String(), tc.want) {
			t.Errorf("%q: printed %q, want %q", tc.line, out.String(), tc.want)
		}
	}
	if got := string(call(t, srv, "getUpdates", nil)); got != "[]" {
		t.Errorf("refused lines made updates: %s", got)
	}
}

func TestCheckToken(t *testing.T) {
	for _, tc := range []struct {
		token string
		ok    bool
	}{
		{"123:abc", true},
		{"7001234567:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0", true},
		{"abc", false},
		{"abc:def", false},
		{"123:", false},
		{"0:abc", false},
	} {
		if err := checkToken(tc.token); (err == nil) != tc.ok {
			t.Errorf("checkToken(%q) = %v, want ok %v", tc.token, err, tc.ok)
		}
	}
}

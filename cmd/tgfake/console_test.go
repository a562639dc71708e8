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

// call makes one Bot API call on the endpoint e as the bot of token would,
// and returns the raw result.
func call(t *testing.T, e *endpoint, token, method string, params url.Values) json.RawMessage {
	t.Helper()
	resp, err := http.PostForm(e.url+"/bot"+token+"/"+method, params)
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
	e, err := listen("127.0.0.1:0", []string{testToken}, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	out := &syncBuffer{}
	c := newConsole(e.bots, out, 1001)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go c.printSent(ctx)

	if string(call(t, e, testToken, "getMe", nil)) == "" {
		t.Fatal("getMe answered nothing")
	}
	c.handle("/start 1-abc")
	if got := string(call(t, e, testToken, "getUpdates", nil)); !strings.Contains(got, `"text":"/start 1-abc"`) || !strings.Contains(got, `"id":1001`) {
		t.Fatalf("getUpdates after a typed line: %s", got)
	}

	kb := `{"inline_keyboard":[[{"text":"Hoàn thành","callback_data":"1:done:7"}]]}`
	call(t, e, testToken, "sendMessage", url.Values{"chat_id": {"1001"}, "text": {"Nhiệm vụ <b>#7</b>"}, "parse_mode": {"HTML"}, "reply_markup": {kb}})
	waitFor(t, out, "Nhiệm vụ #7")
	waitFor(t, out, "[Hoàn thành] → :bam 2 1:done:7")

	c.handle(":bam 2 1:done:7")
	if got := string(call(t, e, testToken, "getUpdates", url.Values{"offset": {"2"}})); !strings.Contains(got, `"data":"1:done:7"`) {
		t.Fatalf("getUpdates after :bam: %s", got)
	}
	c.handle(":traloi 2 xong")
	if got := string(call(t, e, testToken, "getUpdates", url.Values{"offset": {"3"}})); !strings.Contains(got, `"text":"xong"`) || !strings.Contains(got, `"reply_to_message"`) {
		t.Fatalf("getUpdates after :traloi: %s", got)
	}
	c.handle(":nguoi 1002 Lan")
	c.handle(":nhom -100 /baocao_o_day")
	if got := string(call(t, e, testToken, "getUpdates", url.Values{"offset": {"4"}})); !strings.Contains(got, `"id":-100`) || !strings.Contains(got, `"first_name":"Lan"`) {
		t.Fatalf("getUpdates after :nhom as Lan: %s", got)
	}
	c.handle(":nguoi 1001")
	c.handle(":nguoi 1002")
	waitFor(t, out, "đang đóng vai người dùng 1002 (Lan)")
	if !c.handle(":thoat") {
		t.Error(":thoat does not quit")
	}
}

// TestConsoleRefusals: a line the console cannot act on is answered with
// how to write it, and sends nothing.
func TestConsoleRefusals(t *testing.T) {
	e, err := listen("127.0.0.1:0", []string{testToken}, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
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
		{":bot 3", "các bot: 1: @dondoc_local_bot"},
	} {
		out := &syncBuffer{}
		c := newConsole(e.bots, out, 1001)
		if c.handle(tc.line) {
			t.Errorf("%q quits", tc.line)
		}
		if !strings.Contains(out.String(), tc.want) {
			t.Errorf("%q: printed %q, want %q", tc.line, out.String(), tc.want)
		}
	}
	if got := string(call(t, e, testToken, "getUpdates", nil)); got != "[]" {
		t.Errorf("refused lines made updates: %s", got)
	}
}

// TestTwoBots: with two tokens each bot is served at the one endpoint, the
// user writes to the bot chosen with :bot, and a token the endpoint does
// not serve is refused as Telegram refuses it.
func TestTwoBots(t *testing.T) {
	const other = "456:def"
	e, err := listen("127.0.0.1:0", []string{testToken, other}, []string{"@dondoc_qn_bot"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	out := &syncBuffer{}
	c := newConsole(e.bots, out, 1001)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go c.printSent(ctx)
	for tok, want := range map[string]string{testToken: `"username":"dondoc_qn_bot"`, other: `"username":"dondoc_local2_bot"`} {
		if got := string(call(t, e, tok, "getMe", nil)); !strings.Contains(got, want) {
			t.Errorf("getMe of %s: %s, want %s", tok, got, want)
		}
	}
	c.handle(":bot @dondoc_local2_bot")
	c.handle("/start 2-abc")
	if got := string(call(t, e, other, "getUpdates", nil)); !strings.Contains(got, "/start 2-abc") {
		t.Errorf("the second bot did not get the line: %s", got)
	}
	if got := string(call(t, e, testToken, "getUpdates", nil)); got != "[]" {
		t.Errorf("the first bot got the line meant for the second: %s", got)
	}
	call(t, e, other, "sendMessage", url.Values{"chat_id": {"1001"}, "text": {"Chào"}})
	waitFor(t, out, "← @dondoc_local2_bot gửi chat riêng 1001")
	resp, err := http.Get(e.url + "/bot789:xyz/getMe")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("an unknown token: HTTP %d, want 401", resp.StatusCode)
	}
}

func TestParseTokens(t *testing.T) {
	for _, tc := range []struct {
		list string
		want int // tokens read; 0: refused
	}{
		{"123:abc", 1},
		{"7001234567:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0, 456:def", 2},
		{"abc", 0},
		{"abc:def", 0},
		{"123:", 0},
		{"0:abc", 0},
		{"123:abc,123:xyz", 0},
		{" , ", 0},
	} {
		got, err := parseTokens(tc.list)
		if len(got) != tc.want || (err == nil) != (tc.want > 0) {
			t.Errorf("parseTokens(%q) = %v, %v; want %d tokens", tc.list, got, err, tc.want)
		}
	}
}

// TestRunPrintsHowToStartTheBot: the emulator prints the line that starts
// the bot against it, with TELEGRAM_TOKEN for one bot and TELEGRAM_TOKENS
// for several, and a bad token stops it at once.
func TestRunPrintsHowToStartTheBot(t *testing.T) {
	for _, tc := range []struct {
		tokens, want string
		code         int
	}{
		{"123:abc", " TELEGRAM_TOKEN=123:abc scripts/run.sh", 0},
		{"123:abc,456:def", " TELEGRAM_TOKENS=123:abc,456:def scripts/run.sh", 0},
		{"abc", "không đúng dạng", 2},
	} {
		out, errOut := &syncBuffer{}, &syncBuffer{}
		in := strings.NewReader(":thoat\n")
		code := run([]string{"-addr", "127.0.0.1:0", "-token", tc.tokens}, in, out, errOut)
		if code != tc.code || !strings.Contains(out.String()+errOut.String(), tc.want) {
			t.Errorf("tokens %q: exit %d, printed %q %q; want %d and %q", tc.tokens, code, out.String(), errOut.String(), tc.code, tc.want)
		}
	}
}

// TestRestartedEmulatorIsHeard: the emulator's ids start after the base
// it is given (the Unix time when run), so a bot that saw the ids of an
// earlier run does not drop the new ones.
func TestRestartedEmulatorIsHeard(t *testing.T) {
	e, err := listen("127.0.0.1:0", []string{testToken}, nil, 1_800_000_000)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	c := newConsole(e.bots, &syncBuffer{}, 1001)
	c.handle("/viec")
	if got := string(call(t, e, testToken, "getUpdates", nil)); !strings.Contains(got, `"update_id":1800000001`) || !strings.Contains(got, `"message_id":1800000001`) {
		t.Errorf("the first update after base 1800000000: %s", got)
	}
}

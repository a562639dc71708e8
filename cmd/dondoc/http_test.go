package main

import (
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// freeAddr returns a local address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// TestRunByWebhook runs `dondoc run` with DONDOC_WEBHOOK_URL: the fake
// Telegram posts updates to the bot's public HTTP server, which also
// serves /healthz and refuses posts without the secret; /readyz and
// /metrics are served on the internal listener only (DONDOC_INTERNAL_ADDR),
// and answer 404 on the public server.
func TestRunByWebhook(t *testing.T) {
	fake := tgfake.New()
	defer fake.Close()
	addr, internal := freeAddr(t), freeAddr(t)
	t.Setenv("DONDOC_INTERNAL_ADDR", internal)
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_TOKEN", tgfake.Token)
	t.Setenv("TELEGRAM_API_ENDPOINT", fake.URL())
	t.Setenv("TELEGRAM_BOT_USERNAME", "")
	t.Setenv("DONDOC_HTTP_ADDR", "")
	t.Setenv("DONDOC_METRICS_ADDR", addr) // the older name still works
	t.Setenv("DONDOC_WEBHOOK_URL", "http://"+addr+"/tg/hook")

	out, err := runCLI(t, "org", "create", "UBND huyện Đầm Hà")
	if err != nil {
		t.Fatal(err)
	}
	adminCode := startCode(t, out)

	defer startRun(t)()

	deadline := time.Now().Add(20 * time.Second)
	for {
		if info, ok := fake.Webhook(); ok {
			if info.URL != "http://"+addr+"/tg/hook" || info.SecretToken == "" {
				t.Fatalf("webhook = %+v", info)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no webhook was set")
		}
		time.Sleep(20 * time.Millisecond)
	}
	admin := tgfake.User{ID: 501, FirstName: "Quản", LastName: "Trị"}
	fake.SendText(admin, "/start "+adminCode)
	fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == admin.ID && strings.Contains(m.PlainText, "Chào mừng")
	})

	for _, a := range []string{addr, internal} {
		if code, body := get(t, "http://"+a+"/healthz"); code != 200 {
			t.Errorf("/healthz on %s: %d %s", a, code, body)
		}
	}
	for _, path := range []string{"/metrics", "/readyz"} {
		if code, body := get(t, "http://"+addr+path); code != http.StatusNotFound || strings.Contains(body, "dondoc_") || strings.Contains(body, "leadership") {
			t.Errorf("%s on the public server: %d %s", path, code, body)
		}
	}
	// The one process takes the leadership within seconds.
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		code, body := get(t, "http://"+internal+"/readyz")
		if code == 200 && strings.Contains(body, "ready") && strings.Contains(body, "leadership: leader") {
			break
		}
		if time.Since(start) > 10*time.Second {
			t.Errorf("/readyz: %d %s", code, body)
			break
		}
	}
	if code, body := get(t, "http://"+internal+"/metrics"); code != 200 || !strings.Contains(body, "dondoc_updates_received_total 1") {
		t.Errorf("/metrics: %d, no update counted", code)
	}
	resp, err := http.Post("http://"+addr+"/tg/hook", "application/json", strings.NewReader(`{"update_id": 5}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("a post without the secret: %d, want 401", resp.StatusCode)
	}
}

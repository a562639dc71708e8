package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestRunCarriesTasksToCommunes: `dondoc run` applies the cascade steps: a
// task the province gives to a linked commune reaches the commune's admin,
// and /metrics shows no step left behind.
func TestRunCarriesTasksToCommunes(t *testing.T) {
	fake := tgfake.New()
	defer fake.Close()
	addr, internal := freeAddr(t), freeAddr(t)
	t.Setenv("DONDOC_INTERNAL_ADDR", internal) // /metrics is served there only
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_TOKEN", tgfake.Token)
	t.Setenv("TELEGRAM_API_ENDPOINT", fake.URL())
	t.Setenv("TELEGRAM_BOT_USERNAME", "")
	t.Setenv("DONDOC_HTTP_ADDR", addr)
	t.Setenv("DONDOC_WEBHOOK_URL", "")

	out, err := runCLI(t, "org", "create", "UBND tỉnh Quảng Ninh", "--level", "tinh")
	if err != nil {
		t.Fatal(err)
	}
	provinceCode := startCode(t, out)
	if out, err = runCLI(t, "org", "create", "UBND phường Đầm Hà", "--level", "xa", "--parent", "ubnd-tinh-quang-ninh"); err != nil {
		t.Fatal(err)
	}
	communeCode := startCode(t, out)
	csv := filepath.Join(t.TempDir(), "tinh.csv")
	if err := os.WriteFile(csv, []byte("code,name,aliases,kind\nx_damha,UBND phường Đầm Hà,,xa\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"units", "import", "--org", "ubnd-tinh-quang-ninh", csv},
		{"units", "link", "--org", "ubnd-tinh-quang-ninh", "--unit", "x_damha", "--to", "ubnd-phuong-dam-ha"},
	} {
		if _, err := runCLI(t, args...); err != nil {
			t.Fatal(err)
		}
	}
	defer startRun(t)()

	province := tgfake.User{ID: 601, FirstName: "Văn phòng", LastName: "Tỉnh"}
	commune := tgfake.User{ID: 602, FirstName: "Văn phòng", LastName: "Phường"}
	for u, code := range map[tgfake.User]string{province: provinceCode, commune: communeCode} {
		fake.SendText(u, "/start "+code)
		fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
			return m.ChatID == u.ID && strings.Contains(m.PlainText, "Chào mừng")
		})
	}
	fake.SendText(province, "/giao UBND phường Đầm Hà: Rà soát hộ nghèo trước 30/6/2031")
	fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == commune.ID && strings.Contains(m.PlainText, "Nhiệm vụ cấp trên giao") && strings.Contains(m.PlainText, "Rà soát hộ nghèo")
	})
	if code, body := get(t, "http://"+internal+"/metrics"); code != 200 || !strings.Contains(body, "dondoc_cascade_steps_pending 0") {
		t.Errorf("/metrics: %d, cascade steps left:\n%s", code, grepLines(body, "dondoc_cascade"))
	}
}

// grepLines keeps the lines of s that contain sub.
func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

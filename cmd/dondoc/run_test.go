package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestRunServesTelegram runs the bot as `dondoc run` does, wired as in
// production, against the fake Telegram: an admin joins, a unit member
// joins, a task is given and its notice delivered through the outbox.
func TestRunServesTelegram(t *testing.T) {
	fake := tgfake.New()
	defer fake.Close()
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_TOKEN", tgfake.Token)
	t.Setenv("TELEGRAM_API_ENDPOINT", fake.Endpoint())
	t.Setenv("TELEGRAM_BOT_USERNAME", "")

	out, err := runCLI(t, "org", "create", "UBND huyện Đầm Hà")
	if err != nil {
		t.Fatal(err)
	}
	adminCode := startCode(t, out)
	csv := filepath.Join(t.TempDir(), "units.csv")
	os.WriteFile(csv, []byte("code,name,aliases,kind\nktht,Phòng Kinh tế và Hạ tầng,KT-HT,phong\n"), 0o644)
	if _, err := runCLI(t, "units", "import", "--org", "ubnd-huyen-dam-ha", csv); err != nil {
		t.Fatal(err)
	}
	out, err = runCLI(t, "invite", "--org", "ubnd-huyen-dam-ha", "--role", "member", "--unit", "ktht")
	if err != nil {
		t.Fatal(err)
	}
	memberCode := startCode(t, out)

	defer startRun(t)()

	admin := tgfake.User{ID: 501, FirstName: "Quản", LastName: "Trị"}
	fake.SendText(admin, "/start "+adminCode)
	fake.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == admin.ID && regexp.MustCompile(`Chào mừng .* quản trị`).MatchString(m.PlainText)
	})
	member := tgfake.User{ID: 502, FirstName: "Cán", LastName: "Bộ"}
	fake.SendText(member, "/start "+memberCode)
	fake.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == member.ID && strings.Contains(m.PlainText, "Phòng Kinh tế và Hạ tầng")
	})
	fake.SendText(admin, "/giao KTHT: Rà soát hồ sơ trước 30/6/2031")
	fake.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == member.ID && strings.Contains(m.PlainText, "Nhiệm vụ mới #1")
	})
	if len(fake.Commands()) == 0 {
		t.Error("the command menu was not registered")
	}
}

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
)

// TestJoiningThroughASecondBot: a person of Quảng Ninh (its bot) who joins
// Lạng Sơn through Lạng Sơn's bot is welcomed as a member of one
// organisation there, as /org then says, not told to switch among two.
func TestJoiningThroughASecondBot(t *testing.T) {
	d := newTwoBots(t)
	fakeQN, fakeLS := d.qn, d.ls
	adminQN, _, _, _ := provinces(t)
	out, err := runCLI(t, "invite", "--org", "ubnd-tinh-lang-son", "--role", "leader")
	if err != nil {
		t.Fatal(err)
	}
	leaderLS := startCode(t, out)

	defer startRun(t)()
	join(t, fakeQN, adminQNUser, adminQN)
	fakeLS.SendText(adminQNUser, "/start "+leaderLS)
	welcome := fakeLS.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == adminQNUser.ID && strings.Contains(m.PlainText, "Chào mừng")
	})
	if strings.Contains(welcome.PlainText, "2 cơ quan") || strings.Contains(welcome.PlainText, "/org") {
		t.Errorf("the welcome in Lạng Sơn's bot counts Quảng Ninh, which another bot serves:\n%s", welcome.PlainText)
	}
	fakeLS.SendText(adminQNUser, "/org")
	fakeLS.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == adminQNUser.ID && strings.Contains(m.PlainText, "chỉ thuộc UBND tỉnh Lạng Sơn")
	})
}

package main

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
)

// A bot's process dies between claiming a notice and sending it; the
// deployment then replaces that bot's token by another bot's, and the
// operator moves the province to the new bot (`dondoc org bot`). Once
// the dead sender's lease is over, the new bot takes the notice; Telegram
// refuses it while the member has not opened the new bot, and it goes out
// once when they do; nothing is left waiting for the old bot.
func TestTokenSwapDeliversWhatTheDeadSenderHeld(t *testing.T) {
	d := newTwoBots(t)
	fakeQN, fakeLS := d.qn, d.ls
	_, _, adminLS, memberLS := provinces(t)
	db := d.db(t)

	procLS := startBot(t, d.env(tokenLS))
	join(t, fakeLS, adminLSUser, adminLS)
	join(t, fakeLS, memberLSUser, memberLS)
	// Every send of Lạng Sơn's bot now hangs: its sender claims the
	// member's notice and is killed before Telegram answers.
	fakeLS.SetFaults(tgfake.Faults{Latency: 10 * time.Minute})
	fakeLS.SendText(adminLSUser, "/giao KTHT: Kiểm tra cửa khẩu Hữu Nghị trước 30/6/2031")
	waitFor(t, db, "the member's notice claimed by Lạng Sơn's sender",
		`SELECT count(*) FROM outbox WHERE status = 'sending' AND chat_id = `+strconv.FormatInt(memberLSUser.ID, 10), 1)
	if err := procLS.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	procLS.Wait()

	// The token is swapped: the deployment runs Quảng Ninh's bot only,
	// and the operator moves Lạng Sơn to it.
	t.Setenv("TELEGRAM_TOKENS", tokenQN)
	startBot(t, d.env(tokenQN))
	if out, err := runCLI(t, "org", "bot", "--org", "ubnd-tinh-lang-son", "--bot", "111111"); err != nil {
		t.Fatalf("org bot: %q, %v", out, err)
	}
	// Time passes: the dead sender's lease runs out. The new bot takes the
	// notice, but the member has never opened it: Telegram refuses.
	db.MustExec(`UPDATE outbox SET lease_until = now() - interval '1 second' WHERE status = 'sending'`)
	waitFor(t, db, "the notice refused by Telegram through the new bot",
		`SELECT count(*) FROM outbox WHERE status = 'failed' AND refused_at IS NOT NULL AND bot_id = 111111 AND chat_id = `+strconv.FormatInt(memberLSUser.ID, 10), 1)
	// The member opens the new bot: the notice goes out then.
	fakeQN.StartChat(memberLSUser.ID)
	fakeQN.SendText(memberLSUser, "/viec")
	fakeQN.WaitSent(t, 20*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == memberLSUser.ID && strings.Contains(m.PlainText, "Nhiệm vụ mới") && strings.Contains(m.PlainText, "Kiểm tra cửa khẩu")
	})
	waitFor(t, db, "the notice marked sent through the new bot",
		`SELECT count(*) FROM outbox WHERE status = 'sent' AND bot_id = 111111 AND chat_id = `+strconv.FormatInt(memberLSUser.ID, 10), 1)
	n := sentCount(fakeQN, memberLSUser.ID, "Nhiệm vụ mới", "Kiểm tra cửa khẩu")
	if n != 1 || len(fakeLS.SentTo(memberLSUser.ID)) != 1 { // the welcome only
		t.Errorf("the notice went out %d times through the new bot, and the old bot sent %d messages to the member; want once and the welcome only",
			n, len(fakeLS.SentTo(memberLSUser.ID)))
	}
	var waiting int
	if err := db.Get(&waiting, `SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')`); err != nil {
		t.Fatal(err)
	}
	if waiting != 0 {
		t.Errorf("%d outbox rows still wait after the move", waiting)
	}
}

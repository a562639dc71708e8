package main

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
)

// A Telegram chat id is the same for every bot: one supergroup may hold
// the bots of two provinces. Each province links the group to a unit of
// its own through its own bot, each bot sees its own province's link,
// both take their weekly reports there, and one province unlinking leaves
// the other's link alone.
func TestOneGroupHoldsTwoProvincesBots(t *testing.T) {
	d := newTwoBots(t)
	fakeQN, fakeLS := d.qn, d.ls
	adminQN, _, adminLS, _ := provinces(t)
	db := d.db(t)

	defer startRun(t)()
	join(t, fakeQN, adminQNUser, adminQN)
	join(t, fakeLS, adminLSUser, adminLS)
	group := tgfake.Chat{ID: -1001234500, Title: "Phối hợp liên tỉnh", Type: "supergroup"}
	say := func(fake *tgfake.Server, from tgfake.User, username, text, want string) {
		t.Helper()
		cmd, args, _ := strings.Cut(text, " ")
		fake.SendGroupText(from, group, strings.TrimSpace(cmd+"@"+username+" "+args))
		fake.WaitSent(t, 10*time.Second, func(m tgfake.SentMessage) bool {
			return m.ChatID == group.ID && strings.Contains(m.PlainText, want)
		})
	}
	say(fakeQN, adminQNUser, usernameQN, "/nhom ktht", "Đã gắn nhóm này với Sở Kế hoạch và Đầu tư")
	say(fakeLS, adminLSUser, usernameLS, "/nhom ktht", "Đã gắn nhóm này với Sở Kế hoạch và Đầu tư")
	var links []struct {
		Org  string `db:"slug"`
		Unit string `db:"code"`
	}
	if err := db.Select(&links, `SELECT o.slug, u.code FROM group_links g JOIN orgs o ON o.id = g.org_id
		JOIN units u ON u.org_id = g.org_id AND u.id = g.unit_id WHERE g.chat_id = $1 ORDER BY o.slug`, group.ID); err != nil {
		t.Fatal(err)
	}
	if len(links) != 2 || links[0].Org != "ubnd-tinh-lang-son" || links[1].Org != "ubnd-tinh-quang-ninh" {
		t.Fatalf("the group's links: %+v, want one for each province", links)
	}

	// Both provinces take their weekly reports in the group.
	say(fakeQN, adminQNUser, usernameQN, "/baocao_o_day", "sẽ nhận báo cáo tuần của")
	say(fakeLS, adminLSUser, usernameLS, "/baocao_o_day", "sẽ nhận báo cáo tuần của")
	waitFor(t, db, "report chats of the group", `SELECT count(*) FROM report_chats WHERE chat_id = -1001234500`, 2)

	// Lạng Sơn unlinks: Quảng Ninh's link stands.
	say(fakeLS, adminLSUser, usernameLS, "/nhom bo", "Đã bỏ gắn")
	say(fakeQN, adminQNUser, usernameQN, "/nhom", "Nhóm này đang gắn với")
	say(fakeLS, adminLSUser, usernameLS, "/nhom", "Hãy ghi tên hoặc mã đơn vị")
}

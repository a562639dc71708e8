package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// TestReportChatLost removes the bot from the organisation's one report
// chat (Telegram answers 403 to the week's report there), or the chat is
// gone (400 "chat not found"), or the bot may no longer post there (400
// "not enough rights to send text messages"). The chat is marked
// unreachable, the admin and the leader are told once what happened and how
// to fix it, the report goes to the private chats of those who see
// everything, the next week's report goes there too with no second
// notice, and /baocao_o_day in the group (the bot added back) makes the
// group receive the reports again.
func TestReportChatLost(t *testing.T) {
	for _, tc := range []struct {
		name   string
		refuse func(h *harness, chatID int64)
		reason string
	}{
		{"bot removed (403)", func(h *harness, id int64) { h.fake.RemoveBot(id) }, "kicked"},
		{"chat not found (400)", func(h *harness, id int64) { h.fake.NeverStarted(id) }, "chat not found"},
		{"may not post (400)", func(h *harness, id int64) { h.fake.MuteBot(id) }, "not enough rights"},
	} {
		t.Run(tc.name, func(t *testing.T) { testReportChatLost(t, tc.refuse, tc.reason) })
	}
}

func testReportChatLost(t *testing.T, refuse func(h *harness, chatID int64), reason string) {
	h := newHarness(t)
	midweek(h)
	admin := tgfake.User{ID: 1000, FirstName: "Quản", LastName: "Trị"}
	h.join(admin, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(secretary, tasks.RoleSecretary, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	group := tgfake.Chat{ID: -100888, Title: "Lãnh đạo huyện"}
	h.fake.SendGroupText(leader, group, "/baocao_o_day")
	h.expect(group.ID, "Từ nay nhóm Lãnh đạo huyện sẽ nhận báo cáo tuần")
	refuse(h, group.ID)

	ctx := context.Background()
	now := h.clock.Now()
	w := weekly.ResultWeek(now, hcmZone)
	svc := weekly.New(h.store)
	if _, err := svc.Run(ctx, h.org, weekly.Monday, w, now, now, false, weekly.TriggerCommand); err != nil {
		t.Fatal(err)
	}
	h.sender.Kick()
	title := "BÁO CÁO KẾT QUẢ " + strings.ToUpper(weekly.WeekTitle(w))
	for _, u := range []tgfake.User{admin, leader} {
		h.expect(u.ID, "⚠️ Không gửi được báo cáo tuần vào nhóm Lãnh đạo huyện", "bot đã bị mời ra khỏi nhóm",
			"Báo cáo kết quả tuần ("+weekly.WeekTitle(w)+") đã được gửi vào tin nhắn riêng",
			"thêm bot @"+tgfake.BotUsername+" vào nhóm (hoặc cho bot quyền gửi tin), rồi gõ /baocao_o_day trong nhóm")
	}
	for _, u := range []tgfake.User{admin, leader, secretary} {
		h.expect(u.ID, title)
	}
	if n := h.count(`SELECT count(*) FROM report_chats WHERE chat_id = $1 AND unreachable_at IS NOT NULL AND unreachable_reason LIKE '%' || $2 || '%'`, group.ID, reason); n != 1 {
		t.Errorf("report chat marked unreachable %d times", n)
	}
	if n := h.count(`SELECT count(*) FROM outbox WHERE kind = $1`, weekly.NoticeReportChatLost); n != 2 {
		t.Errorf("%d notices, want one each to the admin and the leader", n)
	}
	if ok, err := svc.IsReportChat(ctx, h.org.ID, group.ID); err != nil || ok {
		t.Errorf("still a report chat: %v %v", ok, err)
	}

	// The next report goes to the private chats straight away, with no
	// second notice and nothing to the group.
	rw := weekly.RegistrationWeek(now, hcmZone)
	if _, err := svc.Run(ctx, h.org, weekly.Thursday, rw, now, now, false, weekly.TriggerCommand); err != nil {
		t.Fatal(err)
	}
	h.sender.Kick()
	h.expect(leader.ID, "TỔNG HỢP ĐĂNG KÝ RA QUÂN")
	if n := h.count(`SELECT count(*) FROM outbox WHERE chat_id = $1 AND kind = $2 AND payload->>'run' = 'thursday'`, group.ID, weekly.NoticeReport); n != 0 {
		t.Errorf("%d reports queued to the lost group", n)
	}
	if n := h.count(`SELECT count(*) FROM outbox WHERE kind = $1`, weekly.NoticeReportChatLost); n != 2 {
		t.Errorf("%d notices after the second report", n)
	}

	// The bot added back, /baocao_o_day makes the group receive them again.
	before := len(h.fake.SentTo(group.ID))
	h.fake.SendGroupText(leader, group, "/baocao_o_day")
	h.after(group.ID, before, "Từ nay nhóm Lãnh đạo huyện sẽ nhận báo cáo tuần")
	if ok, err := svc.IsReportChat(ctx, h.org.ID, group.ID); err != nil || !ok {
		t.Errorf("not a report chat again: %v %v", ok, err)
	}
}

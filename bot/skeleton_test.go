package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

func TestStrangerIsRefused(t *testing.T) {
	h := newHarness(t)
	h.say(stranger, "/start", "chưa được cấp quyền", "đường dẫn mời")
	h.say(stranger, "/start 1-nonsense", "không hợp lệ")
	h.say(stranger, "/viec", "chưa là thành viên")
	h.say(stranger, "/giao KTHT: làm việc", "chưa là thành viên")
	h.say(stranger, "xin chào", "chưa là thành viên")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 0 {
		t.Errorf("a stranger created %d tasks", n)
	}
	for _, m := range h.fake.SentTo(stranger.ID) {
		if strings.Contains(m.PlainText, "Kinh tế") || strings.Contains(m.PlainText, "#") {
			t.Errorf("a stranger was shown %q", m.PlainText)
		}
	}
}

func TestJoinAssignNotifyListFinish(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	h.join(tckhStaff, tasks.RoleMember, "tckh")

	reply := h.say(leader, "/giao phong kinh te ha tang chủ trì, phối hợp UBND xã Quảng Lâm: Lập kế hoạch chỉnh trang lề đường, hoàn thành trước 17h ngày 15/1/2031",
		"Nhiệm vụ #1", "Chủ trì: Phòng Kinh tế và Hạ tầng", "Phối hợp: UBND xã Quảng Lâm", "15/01/2031 17:00 (thứ Tư)")
	if !reply.HasButton(h.data("undo", 1)) {
		t.Errorf("confirmation has no undo button: %v", reply.Buttons)
	}
	notice := h.expect(kthtStaff.ID, "Nhiệm vụ mới #1", "Lập kế hoạch chỉnh trang lề đường")
	if !notice.HasButton(h.data("acc", 1)) || !notice.HasButton(h.data("done", 1)) {
		t.Errorf("notice buttons = %v", notice.Buttons)
	}
	h.expect(xaStaff.ID, "Nhiệm vụ mới #1")

	h.say(kthtStaff, "/viec", "#1", "trong hạn")
	h.say(xaStaff, "/tasks", "#1")
	h.say(tckhStaff, "/viec", "Không có nhiệm vụ")
	h.say(tckhStaff, "/task 1", "Không tìm thấy nhiệm vụ #1")
	h.say(leader, "/viec", "#1", "Phòng Kinh tế và Hạ tầng")

	h.fake.PressButton(kthtStaff, notice, h.data("acc", 1))
	h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.Method == "editMessageReplyMarkup" && m.ChatID == kthtStaff.ID
	})
	h.fake.PressButton(kthtStaff, notice, h.data("done", 1))
	h.expect(kthtStaff.ID, "Đã ghi nhận Phòng Kinh tế và Hạ tầng hoàn thành nhiệm vụ #1", "đúng hạn")
	h.expect(leader.ID, "Phòng Kinh tế và Hạ tầng báo cáo hoàn thành nhiệm vụ #1", "đúng hạn")
	h.say(kthtStaff, "/done 1", "đã được báo cáo hoàn thành")

	m := h.say(leader, "/task 1", "Diễn biến", "giao nhiệm vụ", "xác nhận đã nhận", "báo cáo hoàn thành", "hoàn thành đúng hạn (chờ xác nhận)")
	if strings.Contains(m.PlainText, "đã báo cáo hoàn thành") == false {
		t.Errorf("unit states missing: %s", m.PlainText)
	}
}

func TestAssignInputErrors(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao", "Cách giao việc")
	h.say(leader, "/giao Phòng Văn hóa XYZ: làm báo cáo", "Không tìm thấy đơn vị “Phòng Văn hóa XYZ”")
	h.say(leader, "/giao KTHT: làm báo cáo trước 30/2/2031", "Thời hạn chưa đúng", "30/02/2031")
	h.say(leader, "/giao KTHT: làm báo cáo trước 15/1/2021", "đã qua")
	h.say(leader, "/giao KTHT:", "Chưa có nội dung")
	h.say(kthtStaff, "/giao KTHT: tự giao việc", "không có quyền")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 0 {
		t.Errorf("bad input created %d tasks", n)
	}
}

func TestReplayedUpdateCreatesOneTask(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	u := h.fake.SendText(leader, "/giao KTHT: Rà soát số liệu tiêu chí giao thông trước 30/6/2031")
	h.expect(leader.ID, "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	h.fake.PushUpdate(u)
	// A later message proves the replay was read before it.
	h.say(leader, "/viec", "#1")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 1 {
		t.Errorf("%d tasks after a replayed update, want 1", n)
	}
	if n := len(h.fake.SentTo(kthtStaff.ID)); n != 2 {
		t.Errorf("the owner got %d messages, want 2 (welcome, one notice)", n)
	}
	// The same message handled again, as after a failure once the task was
	// made, says so and makes nothing more. (Its update id comes last.)
	u.UpdateID += 1000
	h.fake.PushUpdate(u)
	h.expect(leader.ID, "Tin giao việc này đã được ghi nhận trước đó thành nhiệm vụ #1")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 1 {
		t.Errorf("%d tasks after the message was handled again, want 1", n)
	}
}

func TestUndoWithdrawsTask(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	reply := h.say(leader, "/giao KTHT: Việc giao nhầm", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	if a := h.press(kthtStaff, reply, h.data("undo", 1)); !strings.Contains(a, "không có quyền") {
		t.Errorf("a member pressing undo got %q", a)
	}
	h.fake.PressButton(leader, reply, h.data("undo", 1))
	h.expect(leader.ID, "Đã hoàn tác")
	h.expect(kthtStaff.ID, "Nhiệm vụ #1 đã được Trần Việt Dũng thu hồi")
	h.say(kthtStaff, "/viec", "Không có nhiệm vụ")
}

func TestUnreachableOwnerIsReported(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(kthtOther, tasks.RoleMember, "ktht")
	h.fake.Block(kthtOther.ID)
	h.say(leader, "/giao KTHT: Báo cáo tiến độ hồ sơ", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	m := h.expect(leader.ID, "Không gửi được nhiệm vụ #1 đến Phạm Thị Tầng (Phòng Kinh tế và Hạ tầng)", "https://t.me/"+tgfake.BotUsername)
	_ = m
	if n := h.count(`SELECT count(*) FROM members WHERE tg_user_id = $1 AND unreachable_at IS NOT NULL`, kthtOther.ID); n != 1 {
		t.Error("the blocked member is not marked unreachable")
	}
	// Writing to the bot again makes them reachable.
	h.fake.Unblock(kthtOther.ID)
	h.say(kthtOther, "/viec", "#1")
	if n := h.count(`SELECT count(*) FROM members WHERE tg_user_id = $1 AND unreachable_at IS NOT NULL`, kthtOther.ID); n != 0 {
		t.Error("the member is still marked unreachable")
	}
}

func TestNamesAreEscaped(t *testing.T) {
	h := newHarness(t, withUnits(tasks.Unit{Code: "tckh", Name: "Phòng TC_KH <b>", Kind: tasks.KindPhong}))
	h.join(leader, tasks.RoleLeader, "")
	evil := tgfake.User{ID: 5001, FirstName: "<i>Tên", LastName: "& Họ</i>"}
	h.join(evil, tasks.RoleMember, "tckh")
	h.say(leader, "/giao tckh: Kiểm tra <script> & báo cáo", "Chủ trì: Phòng TC_KH <b>", "Kiểm tra <script> & báo cáo")
	h.expect(evil.ID, "Nhiệm vụ mới #1", "Phòng TC_KH <b>")
	h.say(evil, "/done 1", "Phòng TC_KH <b>")
	h.expect(leader.ID, "Phòng TC_KH <b> báo cáo hoàn thành")
}

func TestHelpByRoleAndMenu(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/help", "/giao")
	m := h.say(kthtStaff, "/help", "/viec", "/done")
	if strings.Contains(m.PlainText, "/giao") {
		t.Errorf("a member's help lists /giao: %s", m.PlainText)
	}
	// The leader's private chat gets the leader's menu (see TestMenuPerRole).
	names := map[string]bool{}
	for deadline := time.Now().Add(wait); len(names) == 0 && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		for _, s := range h.fake.CommandSets() {
			if s.Scope != nil && s.Scope.Type == "chat" && s.Scope.ChatID == leader.ID {
				for _, c := range s.Commands {
					names[c.Command] = true
				}
			}
		}
	}
	for _, want := range []string{"giao", "viec", "task", "done", "help"} {
		if !names[want] {
			t.Errorf("the leader's menu lacks /%s: %v", want, names)
		}
	}
	h.say(kthtStaff, "/khongco", "Không có lệnh /khongco")
}

func TestReplyFallsBackToPlainText(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.fake.SetFaults(tgfake.Faults{Seed: 1, RateParseError: 1})
	m := h.say(leader, "/help", "/giao")
	if m.ParseMode != "" {
		t.Errorf("the fallback reply kept parse_mode %q", m.ParseMode)
	}
}

func TestReplySurvivesTelegramHiccups(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	// Every other send fails with 429 or 500: the confirmation still comes.
	h.fake.SetFaults(tgfake.Faults{Seed: 3, Rate429: 0.3, RetryAfter: 1, Rate500: 0.3})
	m := h.say(leader, "/giao KTHT: Kiểm tra hồ sơ trước 30/6/2031", "Nhiệm vụ #1")
	if !m.HasButton(h.data("undo", 1)) {
		t.Errorf("the confirmation lost its undo button: %v", m.Buttons)
	}
	if n := h.count(`SELECT count(*) FROM tasks`); n != 1 {
		t.Errorf("%d tasks, want 1", n)
	}
}

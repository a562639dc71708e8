package bot_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// lcState reads a task's state from the database.
func lcState(h *harness, orgID, id int64) string {
	h.t.Helper()
	var s string
	if err := h.store.DB().Get(&s, `SELECT state FROM tasks WHERE org_id = $1 AND id = $2`, orgID, id); err != nil {
		h.t.Fatal(err)
	}
	return s
}

// lcSync waits until the bot has handled everything sent before, by asking
// u for /help and waiting for the answer.
func lcSync(h *harness, u tgfake.User) {
	h.t.Helper()
	h.say(u, "/help", "Các lệnh anh/chị có thể dùng")
}

func TestProgressWithEvidence(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Khảo sát hiện trạng lề đường trước 30/6/2031", "Nhiệm vụ #1")
	notice := h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	if !notice.HasButton(h.data("prog", 1)) || !notice.HasButton(h.data("ext", 1)) {
		t.Fatalf("notice buttons = %v", notice.Buttons)
	}
	before := len(h.fake.SentTo(kthtStaff.ID))
	h.press(kthtStaff, notice, h.data("prog", 1))
	h.after(kthtStaff.ID, before, "Nhiệm vụ #1: mời gửi nội dung tiến độ")

	photo := tinyPNG(t)
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendPhoto(kthtStaff, kthtStaff.ID, photo, "Đạt 60%, đã khảo sát 3/5 xã")
	h.after(kthtStaff.ID, before, "Đã ghi nhận tiến độ nhiệm vụ #1, đạt 60%, kèm 1 tệp minh chứng")
	if s := lcState(h, h.org.ID, 1); s != "in_progress" {
		t.Errorf("state after progress = %s", s)
	}
	h.say(kthtStaff, "/tiendo 1 Đã hoàn thiện dự thảo báo cáo", "Đã ghi nhận tiến độ nhiệm vụ #1.")
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendDocument(kthtStaff, kthtStaff.ID, "bien-ban-khao-sat.pdf", "application/pdf", []byte("%PDF-1.4 biên bản"), "/tiendo 1 Biên bản khảo sát")
	h.after(kthtStaff.ID, before, "Đã ghi nhận tiến độ nhiệm vụ #1, kèm 1 tệp minh chứng")
	h.say(kthtStaff, "/tiendo 1 đạt 140%", "không hợp lệ", "từ 0 đến 100")
	h.say(kthtStaff, "/tiendo", "Cách báo cáo tiến độ")

	card := h.say(leader, "/task 1", "Hồ sơ minh chứng (2 tệp)", "bien-ban-khao-sat.pdf", "ảnh — Nguyễn Văn Hạ",
		"báo cáo tiến độ (đạt 60%) [1 tệp]: Đạt 60%, đã khảo sát 3/5 xã", "Phòng Kinh tế và Hạ tầng (chủ trì): đang thực hiện")
	if !card.HasButton(h.data("files", 1)) {
		t.Fatalf("card buttons = %v", card.Buttons)
	}
	if a := h.press(leader, card, h.data("files", 1)); !strings.Contains(a, "Đã gửi 2 tệp") {
		t.Errorf("files answer = %q", a)
	}
	got := h.fake.WaitCount(t, wait, 2, func(m tgfake.SentMessage) bool {
		return m.ChatID == leader.ID && (m.Method == "sendPhoto" || m.Method == "sendDocument")
	})
	for _, m := range got {
		switch {
		case m.Photo != nil && bytes.Equal(m.Photo.Data, photo):
		case m.Document != nil && m.Document.Name == "bien-ban-khao-sat.pdf" && strings.Contains(string(m.Document.Data), "biên bản"):
		default:
			t.Errorf("resent %s", m)
		}
		if !strings.Contains(m.Caption, "Nhiệm vụ #1 — Nguyễn Văn Hạ") {
			t.Errorf("caption = %q", m.Caption)
		}
	}
	// Someone who may not see the task gets nothing, even with the button.
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	if a := h.press(tckhStaff, h.say(tckhStaff, "/viec", "Không có nhiệm vụ"), h.data("files", 1)); !strings.Contains(a, "Không tìm thấy nhiệm vụ #1") {
		t.Errorf("an outsider pressing files got %q", a)
	}
	for _, m := range h.fake.SentTo(tckhStaff.ID) {
		if m.Photo != nil || m.Document != nil {
			t.Errorf("an outsider got a file: %s", m)
		}
	}

	// [Hoàn thành] pressed on a card leaves the card's own buttons.
	own := h.say(kthtStaff, "/task 1", "Hồ sơ minh chứng (2 tệp)")
	done := h.data("done", 1, "c")
	if !own.HasButton(done) || !own.HasButton(h.data("files", 1)) {
		t.Fatalf("owner's card buttons = %v", own.Buttons)
	}
	h.press(kthtStaff, own, done)
	edited := h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.Method == "editMessageReplyMarkup" && m.ChatID == kthtStaff.ID
	})
	if !edited.HasButton(h.data("files", 1)) || edited.HasButton(done) {
		t.Errorf("card buttons after [Hoàn thành] = %v", edited.Buttons)
	}
}

func TestLeadAndCoordinatorReportThenConfirm(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	h.say(leader, "/giao KTHT, phối hợp xã Quảng Lâm: Lập kế hoạch chỉnh trang lề đường trước 30/6/2031", "Nhiệm vụ #1")
	notice := h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	h.expect(xaStaff.ID, "Nhiệm vụ mới #1")

	h.say(xaStaff, "/done 1", "Đã ghi nhận UBND xã Quảng Lâm hoàn thành phần phối hợp trong nhiệm vụ #1")
	part := h.expect(leader.ID, "UBND xã Quảng Lâm báo cáo xong phần phối hợp trong nhiệm vụ #1", "chưa phải kết quả của cả nhiệm vụ")
	if part.HasButton(h.data("conf", 1)) {
		t.Error("a coordinator's report offers confirmation")
	}
	// Work is under way, but the task does not wait for confirmation.
	if s := lcState(h, h.org.ID, 1); s != "in_progress" {
		t.Errorf("state after the coordinator's report = %s", s)
	}
	h.say(leader, "/task 1", "UBND xã Quảng Lâm (phối hợp): đã báo cáo hoàn thành", "Phòng Kinh tế và Hạ tầng (chủ trì): chưa nhận")
	h.say(leader, "/xacnhan 1", "không ở trạng thái chờ xác nhận")

	h.fake.PressButton(kthtStaff, notice, h.data("done", 1))
	ask := h.expect(leader.ID, "Phòng Kinh tế và Hạ tầng báo cáo hoàn thành nhiệm vụ #1", "đúng hạn", "Đề nghị xác nhận")
	if !ask.HasButton(h.data("conf", 1)) || !ask.HasButton(h.data("rework", 1)) {
		t.Fatalf("confirmation buttons = %v", ask.Buttons)
	}
	if a := h.press(kthtStaff, notice, h.data("conf", 1)); !strings.Contains(a, "không có quyền") {
		t.Errorf("an owner pressing confirm got %q", a)
	}
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, ask, h.data("rework", 1))
	h.after(leader.ID, before, "mời ghi lý do yêu cầu làm lại")
	h.say(leader, "Thiếu số liệu của xã Quảng Lâm", "Đã yêu cầu thực hiện lại nhiệm vụ #1")
	rework := h.expect(kthtStaff.ID, "Nhiệm vụ #1 cần thực hiện lại", "Trần Việt Dũng", "Lý do: Thiếu số liệu của xã Quảng Lâm")
	h.expect(xaStaff.ID, "Nhiệm vụ #1 cần thực hiện lại")
	if s := lcState(h, h.org.ID, 1); s != "in_progress" {
		t.Errorf("state after rework = %s", s)
	}
	if a := h.press(leader, ask, h.data("conf", 1)); !strings.Contains(a, "không ở trạng thái chờ xác nhận") {
		t.Errorf("confirming a task returned for rework got %q", a)
	}

	// The lead replies "xong" to the rework notice: reported again.
	before = len(h.fake.SentTo(kthtStaff.ID))
	leaderBefore := len(h.fake.SentTo(leader.ID))
	h.fake.Reply(kthtStaff, kthtStaff.ID, rework.MessageID, "xong")
	h.after(kthtStaff.ID, before, "Đã ghi nhận Phòng Kinh tế và Hạ tầng hoàn thành nhiệm vụ #1")
	// The rework named the xã, so it reports again, while the task waits
	// for confirmation.
	h.after(leader.ID, leaderBefore, "Phòng Kinh tế và Hạ tầng báo cáo hoàn thành nhiệm vụ #1", "Đề nghị xác nhận")
	if card := h.say(xaStaff, "/task 1", "UBND xã Quảng Lâm (phối hợp): đang thực hiện"); !card.HasButton(h.data("done", 1, "c")) {
		t.Errorf("a coordinator yet to report has no done button: %v", card.Buttons)
	}
	h.say(xaStaff, "/done 1", "Đã ghi nhận UBND xã Quảng Lâm hoàn thành phần phối hợp trong nhiệm vụ #1")
	h.expect(leader.ID, "UBND xã Quảng Lâm báo cáo xong phần phối hợp trong nhiệm vụ #1", "chờ xác nhận")
	if card := h.say(xaStaff, "/task 1", "UBND xã Quảng Lâm (phối hợp): đã báo cáo hoàn thành"); len(card.Buttons) != 0 {
		t.Errorf("a coordinator that reported still has buttons: %v", card.Buttons)
	}
	again := h.after(leader.ID, leaderBefore, "Phòng Kinh tế và Hạ tầng báo cáo hoàn thành nhiệm vụ #1", "Đề nghị xác nhận")
	if a := h.press(leader, again, h.data("conf", 1)); !strings.Contains(a, "Đã xác nhận hoàn thành nhiệm vụ #1 (đúng hạn)") {
		t.Errorf("confirm answer = %q", a)
	}
	h.expect(kthtStaff.ID, "Nhiệm vụ #1 đã được Trần Việt Dũng xác nhận hoàn thành", "đúng hạn")
	h.expect(xaStaff.ID, "Nhiệm vụ #1 đã được Trần Việt Dũng xác nhận hoàn thành")
	if s := lcState(h, h.org.ID, 1); s != "done" {
		t.Errorf("state after confirmation = %s", s)
	}
	// A replayed press does nothing more.
	if a := h.press(leader, again, h.data("conf", 1)); !strings.Contains(a, "không ở trạng thái chờ xác nhận") {
		t.Errorf("second confirm got %q", a)
	}
	h.say(leader, "/task 1", "yêu cầu làm lại: Thiếu số liệu", "xác nhận hoàn thành", "hoàn thành đúng hạn",
		"UBND xã Quảng Lâm (phối hợp): đã báo cáo hoàn thành")

	// A coordinator that never reports: confirmation closes its part, and
	// the weekly statistics see it as ended, not overdue for ever.
	h.say(leader, "/giao KTHT, phối hợp xã Đầm Hà: Báo cáo hiện trạng cầu trước 30/6/2031", "Nhiệm vụ #2")
	h.say(kthtStaff, "/done 2", "Đã ghi nhận Phòng Kinh tế và Hạ tầng hoàn thành nhiệm vụ #2")
	h.say(leader, "/xacnhan 2", "Đã xác nhận hoàn thành nhiệm vụ #2")
	h.say(leader, "/task 2", "UBND xã Đầm Hà (phối hợp): kết thúc cùng nhiệm vụ")
	loc, _ := h.org.Location()
	later := time.Date(2031, 7, 7, 12, 0, 0, 0, loc)
	st, err := weekly.ComputeStats(context.Background(), h.store.DB(), h.org.ID, weekly.WeekOf(later, loc), later, loc)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range st.Units {
		if u.Code == "damha" && (u.Year.Open() != 0 || u.Week.Open() != 0) {
			t.Errorf("the coordinator's closed part counts as open: %+v", u)
		}
	}
}

func TestExtensionRequests(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Rà soát tiêu chí giao thông trước 30/6/2031", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	original, err := h.store.Task(context.Background(), h.org.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	pendingFor := func(due time.Time) int {
		return h.count(`SELECT count(*) FROM reminders WHERE org_id = $1 AND task_id = 1 AND status = 'pending' AND slot LIKE $2`, h.org.ID, fmt.Sprintf("%%@%d", due.Unix()))
	}
	if pendingFor(*original.Deadline) == 0 {
		t.Fatal("no reminders planned for the deadline")
	}

	h.say(kthtStaff, "/giahan", "Cách xin gia hạn")
	h.say(kthtStaff, "/giahan 1 vì chờ số liệu", "Chưa thấy thời hạn mới", "Cách xin gia hạn")
	h.say(kthtStaff, "/giahan 1 15/7/2031", "lý do", "Cách xin gia hạn")
	h.say(kthtStaff, "/giahan 1 20/6/2031 vì bận", "không muộn hơn thời hạn hiện tại")
	h.say(leader, "/giahan 1 15/7/2031 vì bận", "không có quyền")
	h.say(kthtStaff, "/giahan 1 15/7/2031 vì chờ số liệu của các xã", "Đã gửi đề nghị gia hạn nhiệm vụ #1: thời hạn mới 15/07/2031 23:59")
	ask := h.expect(leader.ID, "Đề nghị gia hạn nhiệm vụ #1", "Phòng Kinh tế và Hạ tầng (Nguyễn Văn Hạ)",
		"từ 30/06/2031 23:59 (thứ Hai) đến 15/07/2031 23:59 (thứ Ba)", "Lý do: chờ số liệu của các xã")
	var ok, no string
	for _, row := range ask.Buttons {
		for _, b := range row {
			switch {
			case strings.Contains(b.CallbackData, ":extok:1:"):
				ok = b.CallbackData
			case strings.Contains(b.CallbackData, ":extno:1:"):
				no = b.CallbackData
			}
		}
	}
	if ok == "" || no == "" {
		t.Fatalf("extension buttons = %v", ask.Buttons)
	}
	if a := h.press(kthtStaff, ask, ok); !strings.Contains(a, "không có quyền") {
		t.Errorf("the asker approving got %q", a)
	}
	if a := h.press(leader, ask, ok); !strings.Contains(a, "Đã đồng ý gia hạn nhiệm vụ #1 đến 15/07/2031 23:59") {
		t.Errorf("approve answer = %q", a)
	}
	h.expect(kthtStaff.ID, "Nhiệm vụ #1 được gia hạn", "thời hạn mới 15/07/2031 23:59")
	extended, err := h.store.Task(context.Background(), h.org.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if old, now := pendingFor(*original.Deadline), pendingFor(*extended.Deadline); old != 0 || now == 0 {
		t.Errorf("reminders after the extension: %d for the old deadline, %d for the new one", old, now)
	}
	if a := h.press(leader, ask, no); !strings.Contains(a, "đã được xử lý") {
		t.Errorf("deciding twice got %q", a)
	}
	h.say(kthtStaff, "/task 1", "Thời hạn: 15/07/2031 23:59 (thứ Ba), đã gia hạn từ 30/06/2031", "xin gia hạn từ 30/06/2031 23:59 (thứ Hai) đến 15/07/2031 23:59 (thứ Ba): chờ số liệu",
		"đồng ý gia hạn từ 30/06/2031 23:59 (thứ Hai) đến 15/07/2031 23:59 (thứ Ba)")

	// Asking after the deadline is allowed and shown as such; this one is
	// refused, through the button and the prompt.
	ktht := h.member(kthtStaff)
	past := time.Now().Add(-50 * time.Hour)
	lead := h.member(leader)
	if _, _, err := h.store.CreateTask(context.Background(), lead, tasks.NewTask{Text: "Báo cáo quá hạn", Deadline: &past, Leads: ktht.UnitIDs}, time.Now().Add(-72*time.Hour)); err != nil {
		t.Fatal(err)
	}
	notice := h.expect(kthtStaff.ID, "Nhiệm vụ mới #2")
	before := len(h.fake.SentTo(kthtStaff.ID))
	h.press(kthtStaff, notice, h.data("ext", 2))
	h.after(kthtStaff.ID, before, "Nhiệm vụ #2 (thời hạn hiện tại:", "mời ghi thời hạn mới và lý do")
	h.say(kthtStaff, "vì mưa bão", "Chưa thấy thời hạn mới")
	h.say(kthtStaff, "30/7/2031 vì mưa bão", "Đã gửi đề nghị gia hạn nhiệm vụ #2", "đã quá hạn")
	late := h.expect(leader.ID, "Đề nghị gia hạn nhiệm vụ #2", "Đề nghị được gửi khi nhiệm vụ đã quá hạn")
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, late, h.data("extno", 2, extArg(late)))
	h.after(leader.ID, before, "Không đồng ý gia hạn nhiệm vụ #2 (đề nghị đến 30/07/2031 23:59", "mời ghi lý do")
	if n := h.count(`SELECT count(*) FROM task_extensions WHERE status = 'rejected'`); n != 0 {
		t.Errorf("refused before the reason was given")
	}
	h.say(leader, ".", "lý do")
	h.say(leader, "Cần xong đúng hạn để kịp báo cáo tỉnh", "Đã không đồng ý gia hạn nhiệm vụ #2")
	h.expect(kthtStaff.ID, "Đề nghị gia hạn nhiệm vụ #2 không được đồng ý", "Lý do: Cần xong đúng hạn để kịp báo cáo tỉnh")
	if m, _ := h.fake.Message(late.ChatID, late.MessageID); m.ReplyMarkup != nil && len(m.ReplyMarkup.InlineKeyboard) > 0 {
		t.Errorf("the refused request keeps its buttons %v", m.ReplyMarkup.InlineKeyboard)
	}
	// A forged press names this request under another task.
	if a := h.press(leader, late, h.data("extok", 1, extArg(late))); !strings.Contains(a, "đã được xử lý") {
		t.Errorf("extension of task 2 approved through task 1: %q", a)
	}
	if n := h.count(`SELECT count(*) FROM task_extensions WHERE status = 'approved'`); n != 1 {
		t.Errorf("%d approved extensions, want 1", n)
	}
}

// extArg is the extension id in an extension notice's buttons.
func extArg(m tgfake.SentMessage) string {
	for _, row := range m.Buttons {
		for _, b := range row {
			if parts := strings.Split(b.CallbackData, ":"); len(parts) == 4 {
				return parts[3]
			}
		}
	}
	return ""
}

func TestCancelAndReassign(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(secretary, tasks.RoleSecretary, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	h.say(leader, "/giao KTHT: Lập dự toán sửa chữa cầu Đầm Hà trước 30/6/2031", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")

	h.say(kthtStaff, "/huy 1 không làm", "không có quyền dùng lệnh /huy")
	h.say(kthtStaff, "/chuyen 1 TCKH: đẩy việc", "không có quyền dùng lệnh /chuyen")
	h.say(secretary, "/chuyen 1", "Cách giao lại nhiệm vụ")
	h.say(secretary, "/chuyen 1 Phòng XYZ: lý do", "Không tìm thấy đơn vị “Phòng XYZ”", "Cách giao lại nhiệm vụ")
	h.say(secretary, "/chuyen 1 TCKH: Phòng KTHT đang tập trung cho dự án khác",
		"Đã giao lại nhiệm vụ #1: chủ trì Phòng Tài chính – Kế hoạch")
	h.expect(kthtStaff.ID, "Nhiệm vụ #1 đã được Lê Thư giao lại cho Phòng Tài chính – Kế hoạch.",
		"Phòng Kinh tế và Hạ tầng không cần thực hiện", "Lý do: Phòng KTHT đang tập trung cho dự án khác")
	tckhNotice := h.expect(tckhStaff.ID, "Nhiệm vụ mới #1", "Lập dự toán sửa chữa cầu Đầm Hà")
	h.say(kthtStaff, "/task 1", "Không tìm thấy nhiệm vụ #1")
	h.say(kthtStaff, "/done 1", "Không tìm thấy nhiệm vụ #1")
	card := h.say(leader, "/task 1", "giao lại từ Phòng Kinh tế và Hạ tầng sang Phòng Tài chính – Kế hoạch", "Phòng Tài chính – Kế hoạch (chủ trì): chưa nhận")
	if strings.Contains(card.PlainText, "Phòng Kinh tế và Hạ tầng (chủ trì)") {
		t.Errorf("the old lead is still shown as lead:\n%s", card.PlainText)
	}
	if !card.HasButton(h.data("cancel", 1)) {
		t.Fatalf("card buttons = %v", card.Buttons)
	}
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, card, h.data("cancel", 1))
	h.after(leader.ID, before, "mời ghi lý do hủy nhiệm vụ")
	h.say(leader, "Bỏ qua", "Đã bỏ qua.")
	if s := lcState(h, h.org.ID, 1); s != "assigned" {
		t.Fatalf("state after skipping = %s", s)
	}
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, card, h.data("cancel", 1))
	h.after(leader.ID, before, "mời ghi lý do hủy nhiệm vụ")
	h.say(leader, ".", "Hãy ghi lý do")
	h.say(leader, "Nội dung đã được thực hiện trong kế hoạch khác", "Đã hủy nhiệm vụ #1")
	h.expect(tckhStaff.ID, "Nhiệm vụ #1 đã bị Trần Việt Dũng hủy", "Lý do: Nội dung đã được thực hiện trong kế hoạch khác")
	if s := lcState(h, h.org.ID, 1); s != "cancelled" {
		t.Errorf("state = %s", s)
	}
	// An old [Đã nhận] under the notice of the cancelled task does nothing.
	if a := h.press(tckhStaff, tckhNotice, h.data("acc", 1)); !strings.Contains(a, "Nhiệm vụ #1 đã hoàn thành hoặc đã bị hủy") {
		t.Errorf("accepting a cancelled task got %q", a)
	}
	if n := h.count(`SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = 1 AND kind = 'accepted'`, h.org.ID); n != 0 {
		t.Errorf("%d accepted events on a cancelled task", n)
	}
	h.say(secretary, "/chuyen 1 KTHT: trả lại", "đã hoàn thành hoặc đã bị hủy")
	h.say(secretary, "/huy 1 lần nữa", "đã hoàn thành hoặc đã bị hủy")
	h.say(tckhStaff, "/viec", "Không có nhiệm vụ")
}

func TestRepliesToTaskMessages(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ đất đai trước 30/6/2031", "Nhiệm vụ #1")
	h.say(leader, "/giao KTHT: Tổng hợp ý kiến cử tri trước 30/6/2031", "Nhiệm vụ #2")
	first := h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #2")

	before := len(h.fake.SentTo(kthtStaff.ID))
	h.fake.Reply(kthtStaff, kthtStaff.ID, first.MessageID, "Đang liên hệ các xã, đạt 30%")
	h.after(kthtStaff.ID, before, "Đã ghi nhận tiến độ nhiệm vụ #1, đạt 30%")
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.Reply(kthtStaff, kthtStaff.ID, first.MessageID, norm.NFD.String("Đã hoàn thành!"))
	h.after(kthtStaff.ID, before, "Đã ghi nhận Phòng Kinh tế và Hạ tầng hoàn thành nhiệm vụ #1")
	if s := lcState(h, h.org.ID, 1); s != "reported" {
		t.Errorf("task 1 after the reply = %s", s)
	}
	// A reply to a /task card works the same; the other task is untouched.
	card := h.say(kthtStaff, "/task 2", "Nhiệm vụ #2")
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendPhoto(kthtStaff, kthtStaff.ID, tinyPNG(t), "")
	h.after(kthtStaff.ID, before, "chưa rõ thuộc nhiệm vụ nào")
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.Reply(kthtStaff, kthtStaff.ID, card.MessageID, "da xong")
	h.after(kthtStaff.ID, before, "hoàn thành nhiệm vụ #2")
	// A reply to a message that stands for no task is not understood.
	welcome := h.fake.SentTo(kthtStaff.ID)[0]
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.Reply(kthtStaff, kthtStaff.ID, welcome.MessageID, "xong")
	h.after(kthtStaff.ID, before, "Chưa hiểu tin nhắn này")

	// The leader's task 3, which the TCKH member may not touch.
	h.say(leader, "/giao KTHT: Việc thứ ba trước 30/6/2031", "Nhiệm vụ #3")
	third := h.expect(kthtStaff.ID, "Nhiệm vụ mới #3")
	h.say(tckhStaff, "/viec", "Không có nhiệm vụ")
	// A forged reply in the TCKH member's chat to KTHT's notice id.
	self := h.tg.Username()
	h.fake.PushUpdate(tgfake.Update{Message: &tgfake.Message{
		MessageID: 9999, Date: int(time.Now().Unix()),
		From: &tgfake.WireUser{ID: tckhStaff.ID, FirstName: tckhStaff.FirstName, LastName: tckhStaff.LastName},
		Chat: &tgfake.WireChat{ID: tckhStaff.ID, Type: "private"},
		Text: "xong",
		ReplyToMessage: &tgfake.Message{MessageID: int(third.MessageID), From: &tgfake.WireUser{ID: tgfake.BotID, IsBot: true, UserName: self},
			Chat: &tgfake.WireChat{ID: tckhStaff.ID, Type: "private"}},
	}})
	lcSync(h, tckhStaff)
	// A forwarded command is never run, by anyone.
	for _, u := range []tgfake.User{tckhStaff, kthtStaff} {
		before = len(h.fake.SentTo(u.ID))
		h.fake.PushUpdate(tgfake.Update{Message: &tgfake.Message{
			MessageID: 9998, Date: int(time.Now().Unix()),
			From:        &tgfake.WireUser{ID: u.ID, FirstName: u.FirstName},
			Chat:        &tgfake.WireChat{ID: u.ID, Type: "private"},
			ForwardFrom: &tgfake.WireUser{ID: leader.ID, FirstName: leader.FirstName}, ForwardDate: int(time.Now().Unix()),
			ForwardOrigin: &tgfake.MessageOrigin{Type: "user", Date: int(time.Now().Unix()), SenderUser: &tgfake.WireUser{ID: leader.ID, FirstName: leader.FirstName}},
			Text:          "/done 3",
			Entities:      []tgfake.MessageEntity{{Type: "bot_command", Offset: 0, Length: 5}},
		}})
		h.after(u.ID, before, "Lệnh trong tin nhắn chuyển tiếp không được thực hiện")
	}
	// Forwarding the bot's notice of task 3 to the bot acts on nothing.
	before = len(h.fake.SentTo(tckhStaff.ID))
	h.fake.Forward(tckhStaff, tckhStaff.ID, third)
	h.after(tckhStaff.ID, before, "Chưa hiểu tin nhắn này")
	if s := lcState(h, h.org.ID, 3); s != "assigned" {
		t.Errorf("task 3 = %s after forged replies and forwards", s)
	}
	if n := h.count(`SELECT count(*) FROM task_events WHERE task_id = 3 AND kind <> 'assigned'`); n != 0 {
		t.Errorf("task 3 has %d events besides its assignment", n)
	}
}

func TestTaskFiltersAndPaging(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	ctx := context.Background()
	lead, ktht := h.member(leader), h.member(kthtStaff)
	dir, err := h.store.Directory(ctx, h.org.ID)
	if err != nil {
		t.Fatal(err)
	}
	tckh, _ := dir.ByCode("tckh")
	loc, _ := h.org.Location()
	now := time.Now().In(loc)
	monday := time.Date(now.Year(), now.Month(), now.Day()-(int(now.Weekday())+6)%7, 0, 0, 0, 0, loc)
	mk := func(text string, due time.Time, unit int64) {
		t.Helper()
		if _, _, err := h.store.CreateTask(ctx, lead, tasks.NewTask{Text: text, Deadline: &due, Leads: []int64{unit}}, now.Add(-30*24*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i <= 12; i++ {
		mk(fmt.Sprintf("Việc xa số %d", i), now.AddDate(1, 0, i), ktht.UnitIDs[0])
	}
	// Overdue by whole days whatever the hour: now minus 49 hours, just
	// after midnight, is three days back.
	daysAgo := func(n int) time.Time { return time.Date(now.Year(), now.Month(), now.Day()-n, 0, 1, 0, 0, loc) }
	mk("Việc quá hạn KTHT", daysAgo(2), ktht.UnitIDs[0])
	mk("Việc quá hạn TCKH", daysAgo(3), tckh.ID)
	mk("Việc TCKH sau", now.AddDate(0, 2, 0), tckh.ID)
	mk("Việc cuối tuần này", monday.AddDate(0, 0, 7).Add(-time.Minute), tckh.ID)
	mk("Việc tuần sau", monday.AddDate(0, 0, 8), ktht.UnitIDs[0])
	h.say(leader, "/viec", "Nhiệm vụ đang thực hiện (17)", "Trang 1/2", "Việc quá hạn TCKH")

	page := h.say(leader, "/viec", "Trang 1/2")
	next := ""
	for _, row := range page.Buttons {
		for _, b := range row {
			next = b.CallbackData
		}
	}
	if next != h.data("page", 2) {
		t.Fatalf("page buttons = %v", page.Buttons)
	}
	h.press(leader, page, next)
	edited := h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.Method == "editMessageText" && m.MessageID == page.MessageID && strings.Contains(m.PlainText, "Trang 2/2")
	})
	if !edited.HasButton(h.data("page", 1)) || strings.Contains(edited.PlainText, "Việc quá hạn TCKH") {
		t.Errorf("page 2 = %s", edited)
	}

	m := h.say(leader, "/viec quá hạn", "Nhiệm vụ đang thực hiện — quá hạn (2)", "Việc quá hạn KTHT", "quá hạn 2 ngày", "Việc quá hạn TCKH", "quá hạn 3 ngày")
	if strings.Contains(m.PlainText, "Việc xa") {
		t.Errorf("overdue list shows tasks not overdue:\n%s", m.PlainText)
	}
	m = h.say(leader, "/viec tckh", "— Phòng Tài chính – Kế hoạch (3)", "Việc TCKH sau")
	if strings.Contains(m.PlainText, "KTHT") {
		t.Errorf("unit list shows another unit's tasks:\n%s", m.PlainText)
	}
	h.say(leader, "/viec quahan phong tai chinh ke hoach", "quá hạn — Phòng Tài chính – Kế hoạch (1)", "Việc quá hạn TCKH")
	m = h.say(leader, "/viec tuần này", "đến hạn tuần này", "Việc cuối tuần này")
	if strings.Contains(m.PlainText, "Việc tuần sau") || strings.Contains(m.PlainText, "Việc xa") {
		t.Errorf("this week's list:\n%s", m.PlainText)
	}
	h.say(leader, "/viec Phòng Văn hóa", "Không tìm thấy đơn vị “Phòng Văn hóa”", "Cách lọc nhiệm vụ")
	h.say(leader, "/viec các xã", "một đơn vị cụ thể", "Cách lọc nhiệm vụ")
	// A member sees only their units' tasks whatever the filter names.
	h.say(kthtStaff, "/viec tckh", "Không có nhiệm vụ nào phù hợp")
	h.say(kthtStaff, "/viec quahan", "(1)", "Việc quá hạn KTHT")

	// Meetings: tasks linked to meeting 1 are listed by its number.
	var meeting int64
	if err := h.store.DB().Get(&meeting, `INSERT INTO meetings (org_id, id, title, held_on, opened_by, created_at)
		VALUES ($1, 1, 'Giao ban', now(), $2, now()) RETURNING id`, h.org.ID, lead.ID); err != nil {
		t.Fatalf("meeting: %v", err)
	}
	h.store.DB().MustExec(`UPDATE tasks SET meeting_id = 1 WHERE org_id = $1 AND id IN (1, 14)`, h.org.ID)
	m = h.say(leader, "/viec hop 1", "cuộc họp số 1 (2)", "Việc xa số 1", "Việc quá hạn TCKH")
	if strings.Contains(m.PlainText, "Việc xa số 2") {
		t.Errorf("meeting list:\n%s", m.PlainText)
	}
	h.say(leader, "/viec 2", "Không có nhiệm vụ nào phù hợp")
}

func TestRecurringTasks(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	reply := h.say(leader, "/giao KTHT: Tổng hợp đăng ký ra quân của các địa phương trước 17h thứ 5 hàng tuần", "Nhiệm vụ #1", "Định kỳ: 17:00 thứ Năm hằng tuần")
	notice := h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	first, err := h.store.Task(context.Background(), h.org.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := h.org.Location()
	if d := first.Deadline.In(loc); d.Weekday() != time.Thursday || d.Hour() != 17 || !d.After(time.Now()) || d.Sub(time.Now()) > 7*24*time.Hour {
		t.Fatalf("first occurrence due %v", d)
	}
	_ = reply
	h.say(kthtStaff, "/task 1", "Định kỳ: 17:00 thứ Năm hằng tuần")
	h.fake.PressButton(kthtStaff, notice, h.data("done", 1))
	ask := h.expect(leader.ID, "báo cáo hoàn thành nhiệm vụ #1")
	h.press(leader, ask, h.data("conf", 1))
	second := h.expect(kthtStaff.ID, "Nhiệm vụ mới #2", "Tổng hợp đăng ký ra quân")
	want := first.Deadline.AddDate(0, 0, 7)
	if !strings.Contains(second.PlainText, want.In(loc).Format("02/01/2006 15:04")) {
		t.Errorf("second occurrence:\n%s\nwant due %v", second.PlainText, want)
	}
	// Its deadline passes without a report: the scan makes the third, once.
	n, err := h.store.CreateDueOccurrences(context.Background(), want.Add(time.Minute))
	if err != nil || n != 1 {
		t.Fatalf("CreateDueOccurrences = %d, %v", n, err)
	}
	if n, _ := h.store.CreateDueOccurrences(context.Background(), want.Add(2*time.Minute)); n != 0 {
		t.Errorf("a second scan made %d", n)
	}
	h.clock.Jump(want.Add(2 * time.Minute))
	h.sender.Kick()
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #3")
	h.say(kthtStaff, "/dungdinhky 3", "không có quyền dùng lệnh")
	h.say(leader, "/huy 3 Tuần này nghỉ lễ", "Đã hủy nhiệm vụ #3", "các kỳ sau vẫn được giao", "/dungdinhky 3")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #4")
	// Reassigning an occurrence gives the later ones to the new unit too.
	h.say(leader, "/chuyen 4 TCKH: Phòng TCKH tổng hợp từ tuần này", "Đã giao lại nhiệm vụ #4: chủ trì Phòng Tài chính – Kế hoạch",
		"các kỳ sau cũng được giao cho các đơn vị này")
	h.expect(tckhStaff.ID, "Nhiệm vụ mới #4")
	h.say(leader, "/huy 4 Tuần này nghỉ lễ", "Đã hủy nhiệm vụ #4")
	h.expect(tckhStaff.ID, "Nhiệm vụ mới #5", "Tổng hợp đăng ký ra quân")
	h.say(leader, "/task 5", "Phòng Tài chính – Kế hoạch (chủ trì)")
	for _, m := range h.fake.SentTo(kthtStaff.ID) {
		if strings.Contains(m.PlainText, "#5") {
			t.Errorf("the unit taken off the series got occurrence 5:\n%s", m.PlainText)
		}
	}
	h.say(leader, "/dungdinhky 5", "Đã dừng nhiệm vụ định kỳ #5")
	h.say(leader, "/dungdinhky 5", "không phải nhiệm vụ định kỳ, hoặc đã được dừng")
	if n, _ := h.store.CreateDueOccurrences(context.Background(), want.AddDate(0, 1, 0)); n != 0 {
		t.Errorf("a stopped series made %d more", n)
	}
}

func TestGroupChats(t *testing.T) {
	h := newHarness(t)
	admin := tgfake.User{ID: 1000, FirstName: "Quản", LastName: "Trị"}
	h.join(admin, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(kthtOther, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	group := tgfake.Chat{ID: -5001, Title: "Phòng KTHT"}
	inGroup := func(u tgfake.User, text string, parts ...string) tgfake.SentMessage {
		t.Helper()
		before := len(h.fake.SentTo(group.ID))
		h.fake.SendGroupText(u, group, text)
		return h.after(group.ID, before, parts...)
	}
	h.say(leader, "/giao KTHT: Việc của Phòng Kinh tế trước 30/6/2031", "Nhiệm vụ #1")
	h.say(leader, "/giao TCKH: Việc riêng của Phòng Tài chính trước 30/6/2031", "Nhiệm vụ #2")

	inGroup(kthtStaff, "/viec", "chưa được gắn với đơn vị nào")
	inGroup(leader, "/task 2", "chưa được gắn với đơn vị nào")
	inGroup(kthtStaff, "/nhom KTHT", "không có quyền dùng lệnh /nhom")
	h.say(admin, fmt.Sprintf("/vaitro %d truongdonvi KTHT", h.member(kthtStaff).ID), "Đã đặt Nguyễn Văn Hạ: trưởng đơn vị Phòng Kinh tế và Hạ tầng")
	inGroup(kthtStaff, "/nhom TCKH", "Chỉ quản trị viên hoặc trưởng đơn vị Phòng Tài chính – Kế hoạch")
	inGroup(kthtStaff, "/nhom KTHT", "Đã gắn nhóm này với Phòng Kinh tế và Hạ tầng")
	inGroup(kthtStaff, "/nhom", "Nhóm này đang gắn với Phòng Kinh tế và Hạ tầng")
	h.say(kthtStaff, "/nhom KTHT", "dùng trong nhóm chat")

	m := inGroup(leader, "/viec", "(1)", "Việc của Phòng Kinh tế")
	if strings.Contains(m.PlainText, "Phòng Tài chính") {
		t.Errorf("a unit's group shows another unit's task:\n%s", m.PlainText)
	}
	inGroup(leader, "/task 2", "Không tìm thấy nhiệm vụ #2")
	inGroup(leader, "/viec tckh", "Không có nhiệm vụ nào phù hợp")
	inGroup(tckhStaff, "/done 2", "Không tìm thấy nhiệm vụ #2")
	inGroup(leader, "/giao TCKH: Giao nhầm nhóm trước 30/6/2031", "chỉ giao được việc có Phòng Kinh tế và Hạ tầng tham gia")
	inGroup(admin, "/thanhvien", "tin nhắn riêng")

	// Talk that is not addressed to the bot gets no answer.
	before := len(h.fake.SentTo(group.ID))
	h.fake.SendGroupText(kthtOther, group, "Chào cả nhà, chiều nay họp nhé")
	h.fake.SendGroupText(kthtOther, group, "/viec@some_other_bot")
	h.fake.SendGroupText(kthtOther, group, "/khongcolenhnay")
	inGroup(kthtOther, "/viec", "Việc của Phòng Kinh tế")
	if got := len(h.fake.SentTo(group.ID)); got != before+1 {
		t.Errorf("the bot said %d things in the group, want 1", got-before)
	}

	// A member of another organisation sees nothing of this one here.
	orgB := h.otherOrg("UBND huyện Bình Liêu")
	outsider := tgfake.User{ID: 7001, FirstName: "Lãnh đạo", LastName: "Bình Liêu"}
	h.say(outsider, "/start "+h.inviteTo(orgB.ID, tasks.RoleLeader, 0), "Chào mừng")
	m = inGroup(outsider, "/viec", "chưa là thành viên")
	if strings.Contains(m.PlainText, "#1") {
		t.Errorf("another org's leader was shown %q", m.PlainText)
	}

	// The unit's members act in the group; a prompt moves to the private chat.
	card := inGroup(kthtOther, "/task 1", "Nhiệm vụ #1", "Phòng Kinh tế và Hạ tầng (chủ trì)")
	if a := h.press(outsider, card, h.data("done", 1)); !strings.Contains(a, "không có quyền") {
		t.Errorf("another org's leader pressing done got %q", a)
	}
	if a := h.press(kthtOther, card, h.data("done", 2)); !strings.Contains(a, "Không tìm thấy nhiệm vụ #2") {
		t.Errorf("a forged press for another unit's task in the group got %q", a)
	}
	beforePrivate := len(h.fake.SentTo(kthtOther.ID))
	h.press(kthtOther, card, h.data("prog", 1))
	h.after(group.ID, 0, "Mời Phạm Thị Tầng trả lời trong tin nhắn riêng")
	h.after(kthtOther.ID, beforePrivate, "Nhiệm vụ #1: mời gửi nội dung tiến độ")
	h.say(kthtOther, "Đã gửi công văn cho các xã", "Đã ghi nhận tiến độ nhiệm vụ #1")
	before = len(h.fake.SentTo(group.ID))
	h.fake.Reply(kthtOther, group.ID, card.MessageID, "xong")
	h.after(group.ID, before, "Đã ghi nhận Phòng Kinh tế và Hạ tầng hoàn thành nhiệm vụ #1")
	if s := lcState(h, h.org.ID, 1); s != "reported" {
		t.Errorf("task 1 = %s", s)
	}
	if s := lcState(h, h.org.ID, 2); s != "assigned" {
		t.Errorf("task 2 = %s", s)
	}
	inGroup(tckhStaff, "/nhom bo", "không có quyền dùng lệnh /nhom")
	inGroup(admin, "/nhom bo", "Đã bỏ gắn nhóm này với Phòng Kinh tế và Hạ tầng")
	inGroup(leader, "/viec", "chưa được gắn với đơn vị nào")
}

func TestChooseOrganisation(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/org", "chỉ thuộc", "UBND huyện Đầm Hà")
	h.say(leader, "/giao KTHT: Việc của huyện Đầm Hà trước 30/6/2031", "Nhiệm vụ #1")
	orgB := h.otherOrg("UBND huyện Bình Liêu", []tasks.Unit{{Code: "vp", Name: "Văn phòng HĐND và UBND", Kind: tasks.KindPhong}}...)
	h.say(leader, "/start "+h.inviteTo(orgB.ID, tasks.RoleMember, 0), "Chào mừng", "UBND huyện Bình Liêu", "cán bộ")
	// Joining chose the new organisation.
	h.say(leader, "/viec", "Không có nhiệm vụ")
	h.say(leader, "/giao KTHT: thử", "không có quyền dùng lệnh /giao")
	list := h.say(leader, "/org", "Các cơ quan của anh/chị", "1. UBND huyện Đầm Hà — lãnh đạo\n", "2. UBND huyện Bình Liêu — cán bộ (đang làm việc)")
	data := callbackData(h.org.ID, "org", h.org.ID)
	if !list.HasButton(data) {
		t.Fatalf("org buttons = %v", list.Buttons)
	}
	if a := h.press(leader, list, callbackData(orgB.ID+1, "org", orgB.ID+1)); !strings.Contains(a, "không có quyền") {
		t.Errorf("choosing an org one is not in got %q", a)
	}
	if a := h.press(leader, list, callbackData(orgB.ID, "org", h.org.ID)); !strings.Contains(a, "không có quyền") {
		t.Errorf("a forged org choice got %q", a)
	}
	if a := h.press(kthtStaff, list, callbackData(orgB.ID, "org", orgB.ID)); !strings.Contains(a, "không có quyền") {
		t.Errorf("someone outside org B choosing it got %q", a)
	}
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, list, data)
	h.after(leader.ID, before, "Đã chuyển sang làm việc tại UBND huyện Đầm Hà (vai trò lãnh đạo)")
	h.say(leader, "/viec", "Việc của huyện Đầm Hà")
	h.say(leader, "/org 3", "Không có cơ quan số 3", "/org")
	h.say(leader, "/org 2", "Đã chuyển sang làm việc tại UBND huyện Bình Liêu")
	h.say(leader, "/task 1", "Không tìm thấy nhiệm vụ #1")
	// A button of the other organisation still acts there, not here.
	h.say(leader, "/org 1", "UBND huyện Đầm Hà")
	card := h.say(leader, "/task 1", "Việc của huyện Đầm Hà")
	h.say(leader, "/org 2", "UBND huyện Bình Liêu")
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, card, h.data("cancel", 1))
	h.after(leader.ID, before, "mời ghi lý do hủy nhiệm vụ")
	h.say(leader, "Đã có kế hoạch khác", "Đã hủy nhiệm vụ #1")
	if s := lcState(h, h.org.ID, 1); s != "cancelled" {
		t.Errorf("task 1 of Đầm Hà = %s", s)
	}
}

func TestAdminCommands(t *testing.T) {
	h := newHarness(t)
	admin := tgfake.User{ID: 1000, FirstName: "Quản", LastName: "Trị"}
	h.join(admin, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	staff := h.member(kthtStaff)
	h.say(admin, "/thanhvien", "Thành viên (4)", fmt.Sprintf("#%d Nguyễn Văn Hạ — cán bộ, Phòng Kinh tế và Hạ tầng", staff.ID), "/vaitro")
	h.say(admin, "/vaitro", "Cách đổi vai trò")
	h.say(admin, fmt.Sprintf("/vaitro %d giamdoc", staff.ID), "Cách đổi vai trò")
	h.say(admin, "/vaitro 999 lanhdao", "Không tìm thấy thành viên số 999")
	h.say(admin, fmt.Sprintf("/vaitro %d truongdonvi", staff.ID), "Hãy ghi đơn vị")
	h.say(admin, fmt.Sprintf("/vaitro %d canbo", h.member(admin).ID), "không thể tự thay đổi")
	h.say(admin, fmt.Sprintf("/vaitro %d thư ký", staff.ID), "Đã đặt Nguyễn Văn Hạ: thư ký")
	h.say(kthtStaff, "/help", "/giao")
	h.say(admin, fmt.Sprintf("/vaitro %d cán bộ", staff.ID), "Đã đặt Nguyễn Văn Hạ: cán bộ")
	h.say(kthtStaff, "/giao KTHT: thử", "không có quyền dùng lệnh /giao")
	h.say(admin, fmt.Sprintf("/vaitro %d truongdonvi ktht", staff.ID), "trưởng đơn vị Phòng Kinh tế và Hạ tầng")

	// The unit head sees and invites for their unit only.
	m := h.say(kthtStaff, "/thanhvien", "Thành viên (1)", "Nguyễn Văn Hạ", "(trưởng đơn vị)")
	if strings.Contains(m.PlainText, "Đỗ Kế") {
		t.Errorf("a unit head sees other units' members:\n%s", m.PlainText)
	}
	h.say(kthtStaff, "/moi lanhdao", "chỉ mời được cán bộ vào đơn vị mình", "/moi canbo ktht")
	h.say(kthtStaff, "/moi canbo TCKH", "chỉ mời được cán bộ vào đơn vị mình")
	h.say(kthtStaff, fmt.Sprintf("/vaitro %d lanhdao", staff.ID), "không có quyền dùng lệnh /vaitro")
	link := h.say(kthtStaff, "/moi canbo KTHT", "Đường dẫn mời cán bộ, thuộc Phòng Kinh tế và Hạ tầng", "https://t.me/"+tgfake.BotUsername+"?start=")
	code := link.PlainText[strings.Index(link.PlainText, "?start=")+len("?start="):]
	code = strings.Fields(code)[0]
	newcomer := tgfake.User{ID: 2003, FirstName: "Vũ", LastName: "Mới"}
	h.say(newcomer, "/start "+code, "Chào mừng Vũ Mới", "cán bộ", "Phòng Kinh tế và Hạ tầng")
	h.say(admin, "/moi", "Cách tạo đường dẫn mời")
	h.say(admin, "/moi lanhdao", "Đường dẫn mời lãnh đạo")

	// Removing a person: they lose access, their unit keeps its tasks.
	h.say(leader, "/giao KTHT: Việc của phòng trước 30/6/2031", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	h.say(leader, fmt.Sprintf("/xoathanhvien %d", staff.ID), "không có quyền dùng lệnh /xoathanhvien")
	h.say(admin, "/xoathanhvien", "Hãy ghi số thành viên")
	h.say(admin, fmt.Sprintf("/xoathanhvien %d", staff.ID), "Đã xóa Nguyễn Văn Hạ khỏi cơ quan", "vẫn giữ nguyên")
	h.say(kthtStaff, "/viec", "chưa là thành viên")
	h.say(newcomer, "/viec", "Việc của phòng")
	h.say(leader, "/task 1", "Phòng Kinh tế và Hạ tầng (chủ trì)")
	h.say(admin, fmt.Sprintf("/xoathanhvien %d", staff.ID), "Không tìm thấy thành viên")
	m = h.say(admin, "/thanhvien", "Thành viên (4)")
	if strings.Contains(m.PlainText, "Nguyễn Văn Hạ") {
		t.Errorf("a removed person is still listed:\n%s", m.PlainText)
	}
}

func TestAlbumAsEvidence(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Chụp ảnh hiện trạng trước 30/6/2031", "Nhiệm vụ #1")
	notice := h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	before := len(h.fake.SentTo(kthtStaff.ID))
	h.press(kthtStaff, notice, h.data("prog", 1))
	h.after(kthtStaff.ID, before, "mời gửi nội dung tiến độ")
	// An album arrives as one message per photo, the caption on the first.
	for i, caption := range []string{"Ảnh hiện trạng 3 tuyến đường", "", ""} {
		before = len(h.fake.SentTo(kthtStaff.ID))
		h.fake.PushUpdate(tgfake.Update{Message: &tgfake.Message{
			MessageID: 500 + i, Date: int(time.Now().Unix()), MediaGroupID: "album-1",
			From:    &tgfake.WireUser{ID: kthtStaff.ID, FirstName: kthtStaff.FirstName},
			Chat:    &tgfake.WireChat{ID: kthtStaff.ID, Type: "private"},
			Photo:   []tgfake.PhotoSize{{FileID: fmt.Sprintf("album-photo-%d", i), FileUniqueID: fmt.Sprintf("u%d", i), Width: 4, Height: 3}},
			Caption: caption,
		}})
		h.after(kthtStaff.ID, before, "Đã ghi nhận tiến độ nhiệm vụ #1", "kèm 1 tệp minh chứng")
	}
	h.say(leader, "/task 1", "Hồ sơ minh chứng (3 tệp)")
	// After the album, an ordinary message is not taken as evidence.
	h.say(kthtStaff, "Nhờ xem giúp ảnh", "Chưa hiểu tin nhắn này")
}

// TestRetriedUpdatesRecordOnce: when the bot fails after a progress report
// or an extension request was committed (the update is not marked handled),
// Telegram's second delivery of the update records nothing more.
func TestRetriedUpdatesRecordOnce(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Khảo sát hiện trạng lề đường trước 30/6/2031", "Nhiệm vụ #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	for _, c := range []struct{ text, answer string }{
		{"/tiendo 1 Đạt 40%, đã khảo sát 2 xã", "Đã ghi nhận tiến độ nhiệm vụ #1"},
		{"/giahan 1 15/7/2031 vì chờ số liệu của các xã", "Đã gửi đề nghị gia hạn nhiệm vụ #1"},
	} {
		before := len(h.fake.SentTo(kthtStaff.ID))
		u := h.fake.SendText(kthtStaff, c.text)
		h.after(kthtStaff.ID, before, c.answer)
		deadline := time.Now().Add(wait)
		for h.count(`SELECT count(*) FROM telegram_updates WHERE update_id = $1 AND handled_at IS NOT NULL`, u.UpdateID) == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("update %d was never marked handled", u.UpdateID)
			}
			time.Sleep(10 * time.Millisecond)
		}
		h.store.DB().MustExec(`DELETE FROM telegram_updates WHERE update_id = $1`, u.UpdateID)
		before = len(h.fake.SentTo(kthtStaff.ID))
		h.fake.PushUpdate(u)
		h.after(kthtStaff.ID, before, c.answer)
	}
	if n := h.count(`SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = 1 AND kind = $2`, h.org.ID, tasks.EventProgress); n != 1 {
		t.Errorf("%d progress events, want 1", n)
	}
	if n := h.count(`SELECT count(*) FROM task_extensions WHERE org_id = $1 AND task_id = 1`, h.org.ID); n != 1 {
		t.Errorf("%d extension requests, want 1", n)
	}
	h.expect(leader.ID, "Đề nghị gia hạn nhiệm vụ #1")
	lcSync(h, leader)
	if n := h.count(`SELECT count(*) FROM outbox WHERE org_id = $1 AND kind = $2`, h.org.ID, tasks.NoticeExtensionAsked); n != 1 {
		t.Errorf("the assigner was asked %d times, want 1", n)
	}
}

// TestPromptKeepsToItsOrganisation: a prompt waiting in one organisation
// takes only the plain answer to it; commands act in the organisation
// chosen with /org, and choosing one drops the prompts still waiting.
func TestPromptKeepsToItsOrganisation(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.say(leader, "/giao KTHT: Việc của huyện Đầm Hà trước 30/6/2031", "Nhiệm vụ #1")
	ctx := context.Background()
	orgB := h.otherOrg("UBND huyện Bình Liêu", []tasks.Unit{{Code: "vp", Name: "Văn phòng HĐND và UBND", Kind: tasks.KindPhong}}...)
	unitsB, err := h.store.Units(ctx, orgB.ID)
	if err != nil {
		t.Fatal(err)
	}
	chief, err := h.store.Join(ctx, h.inviteTo(orgB.ID, tasks.RoleLeader, 0), tasks.TelegramUser{ID: 7100, ChatID: 7100, FullName: "Chủ tịch Bình Liêu"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := h.store.CreateTask(ctx, chief, tasks.NewTask{Text: "Việc của Bình Liêu", Leads: []int64{unitsB[0].ID}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	h.say(leader, "/start "+h.inviteTo(orgB.ID, tasks.RoleMember, unitsB[0].ID), "Chào mừng", "UBND huyện Bình Liêu")
	h.say(leader, "/tiendo 1", "Nhiệm vụ #1: mời gửi nội dung tiến độ")
	h.say(leader, "/org 1", "Đã chuyển sang làm việc tại UBND huyện Đầm Hà")
	if m := h.say(leader, "/viec", "Việc của huyện Đầm Hà"); strings.Contains(m.PlainText, "Bình Liêu") {
		t.Errorf("/viec answered from the prompt's organisation:\n%s", m.PlainText)
	}
	h.say(leader, "Đã gửi công văn cho các xã", "Chưa hiểu tin nhắn này")
	if n := h.count(`SELECT count(*) FROM task_events WHERE org_id = $1 AND kind = $2`, orgB.ID, tasks.EventProgress); n != 0 {
		t.Errorf("a prompt of the organisation left behind took %d answers", n)
	}
}

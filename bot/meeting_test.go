package bot_test

import (
	"archive/zip"
	"bytes"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// latestDraft returns the newest draft message sent to u, with its buttons.
func (h *harness) latestDraft(u tgfake.User) tgfake.SentMessage {
	h.t.Helper()
	msgs := h.fake.SentTo(u.ID)
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Method == "sendMessage" && strings.Contains(msgs[i].PlainText, "Xác nhận tất cả") {
			return msgs[i]
		}
	}
	h.t.Fatal("no draft was sent")
	return tgfake.SentMessage{}
}

const conclusion = `Kết luận cuộc họp, đồng chí Chủ tịch UBND huyện đề nghị:
1. Phòng Kinh tế – Hạ tầng chủ trì, phối hợp với UBND các xã lập kế hoạch chỉnh trang lề đường, hoàn thành trước ngày 30/01/2031.
2. Phòng Văn hóa XYZ tổ chức hội báo xuân.
3. Phòng TCKH bố trí kinh phí cho xã Quảng Lâm trước 15/3/2031.
4. Tiếp tục triển khai các giải pháp nâng cao chất lượng các tiêu chí.`

func TestMeetingFromTextToTasks(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	h.join(tckhStaff, tasks.RoleMember, "tckh")
	today := deadline.FormatDate(time.Now().In(hcmZone))

	h.say(leader, "/hop Giao ban tháng 1, chủ trì đồng chí Trần Việt Dũng",
		"Đã mở cuộc họp số 1: Giao ban tháng 1", "Ngày họp: "+today, "Chủ trì: đồng chí Trần Việt Dũng", "gửi nội dung kết luận")
	draft := h.say(leader, conclusion, "Dự thảo nhiệm vụ từ kết luận cuộc họp số 1",
		"1. Phòng Kinh tế – Hạ tầng chủ trì, phối hợp với UBND các xã lập kế hoạch",
		"Chủ trì: Phòng Kinh tế và Hạ tầng", "Phối hợp: các xã, phường, thị trấn", "30/01/2031 (thứ Năm)",
		"2. Phòng Văn hóa XYZ", "Chủ trì: chưa xác định", "Không tìm thấy “Phòng Văn hóa XYZ”",
		"Chủ trì: Phòng Tài chính – Kế hoạch", "15/03/2031", "4. Tiếp tục triển khai")
	if b, _ := draft.Button(h.data("mok", 1)); b.Text != "✅ Xác nhận tất cả (4 mục)" {
		t.Errorf("confirm button %q", b.Text)
	}
	for _, b := range []string{h.data("mfix", 1, "2"), h.data("mdrop", 1, "4"), h.data("mok", 1)} {
		if !draft.HasButton(b) {
			t.Errorf("the draft lacks button %s: %v", b, draft.Buttons)
		}
	}
	if n := h.count(`SELECT count(*) FROM meeting_items WHERE meeting_id = 1`); n != 4 {
		t.Errorf("%d draft items stored, want 4", n)
	}

	// Items without an owner are refused, with how to fix them.
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, draft, h.data("mok", 1))
	h.after(leader.ID, before, "Chưa giao việc được", "Mục 2: chưa có đơn vị chủ trì", "Mục 4: chưa có đơn vị chủ trì", "Bấm “Sửa”")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 0 {
		t.Fatalf("%d tasks created from a draft with missing owners", n)
	}

	// Fix item 2 by replying with an owner and a deadline.
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, draft, h.data("mfix", 1, "2"))
	h.after(leader.ID, before, "Sửa mục 2", "Phòng Văn hóa XYZ", "KTHT, phối hợp các xã, trước 30/1")
	h.say(leader, "Phòng ABC", "Không tìm thấy đơn vị “Phòng ABC”", "Xin gửi lại")
	h.say(leader, "TCKH, phối hợp KTHT, trước 20/2/2031", "Đã sửa mục 2")
	draft = h.after(leader.ID, before, "Dự thảo nhiệm vụ", "2. Phòng Văn hóa XYZ tổ chức hội báo xuân\n    Chủ trì: Phòng Tài chính – Kế hoạch\n    Phối hợp: Phòng Kinh tế và Hạ tầng\n    Thời hạn: 20/02/2031")
	if strings.Contains(draft.PlainText, "Không tìm thấy “Phòng Văn hóa XYZ”") {
		t.Errorf("the fixed item still has its owner warning:\n%s", draft.PlainText)
	}

	// Start fixing item 4, then give up.
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, draft, h.data("mfix", 1, "4"))
	h.after(leader.ID, before, "Sửa mục 4")
	h.say(leader, "thôi", "Đã bỏ qua.")

	// Drop item 4.
	if a := h.press(leader, draft, h.data("mdrop", 1, "4")); !strings.Contains(a, "Đã bỏ mục 4") {
		t.Errorf("drop answered %q", a)
	}
	h.after(leader.ID, before, "4. Tiếp tục triển khai", "đã bỏ")
	draft = h.latestDraft(leader)
	if b, _ := draft.Button(h.data("mok", 1)); b.Text != "✅ Xác nhận tất cả (3 mục)" {
		t.Errorf("confirm button after a drop %q", b.Text)
	}
	if draft.HasButton(h.data("mdrop", 1, "4")) {
		t.Errorf("a dropped item still has its drop button")
	}

	// Confirm: three tasks, linked to the meeting, owners notified.
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, draft, h.data("mok", 1))
	h.after(leader.ID, before, "Đã giao 3 nhiệm vụ từ kết luận cuộc họp số 1", "#1", "#2", "#3", "hạn 30/01/2031")
	if n := h.count(`SELECT count(*) FROM tasks WHERE meeting_id = 1`); n != 3 {
		t.Fatalf("%d tasks linked to the meeting, want 3", n)
	}
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1", "lập kế hoạch chỉnh trang lề đường", "Theo kết luận cuộc họp số 1 (/hop 1)")
	h.expect(xaStaff.ID, "Nhiệm vụ mới #1")
	h.expect(tckhStaff.ID, "Nhiệm vụ mới #2", "Phòng Văn hóa XYZ tổ chức hội báo xuân")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #2")
	h.expect(tckhStaff.ID, "Nhiệm vụ mới #3", "bố trí kinh phí")
	if n := h.count(`SELECT count(*) FROM task_units WHERE task_id = 1 AND role = 'coord'`); n != 2 {
		t.Errorf("task 1 has %d coordinating units, want the 2 communes", n)
	}

	// A second press, a replayed press and a late drop change nothing.
	before = len(h.fake.SentTo(leader.ID))
	u := h.fake.PressButton(leader, draft, h.data("mok", 1))
	h.after(leader.ID, before, "đã được xác nhận giao việc trước đó", "#1, #2, #3")
	h.fake.PushUpdate(u)
	if a := h.press(leader, draft, h.data("mdrop", 1, "3")); !strings.Contains(a, "không sửa được nữa") {
		t.Errorf("a drop after confirmation answered %q", a)
	}
	h.say(leader, "/hop 1", "Cuộc họp số 1: Giao ban tháng 1", "đã giao việc lúc", "Nhiệm vụ của cuộc họp (3)", "#1", "#2", "#3")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 3 {
		t.Errorf("%d tasks after pressing twice and a replay, want 3", n)
	}
	if n := len(h.fake.SentTo(tckhStaff.ID)); n != 3 {
		t.Errorf("tckh got %d messages, want 3 (welcome, two notices)", n)
	}

	// A member sees the meeting's tasks of their unit only.
	m := h.say(kthtStaff, "/hop 1", "Cuộc họp số 1", "#1", "#2")
	if strings.Contains(m.PlainText, "#3") || strings.Contains(m.PlainText, "Dự thảo") {
		t.Errorf("a member saw more than their tasks:\n%s", m.PlainText)
	}
	h.say(leader, "/hop", "Các cuộc họp gần đây", "Số 1 — Giao ban tháng 1")
	h.say(leader, "/hop 7", "Không tìm thấy cuộc họp số 7")
}

// docx builds a Word document whose paragraphs starting with "#" are
// numbered list items, as Word writes an automatic list.
func docx(t *testing.T, paragraphs ...string) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range paragraphs {
		num := ""
		if strings.HasPrefix(p, "#") {
			p = p[1:]
			num = `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`
		}
		body.WriteString(`<w:p>` + num + `<w:r><w:t xml:space="preserve">` + html.EscapeString(p) + `</w:t></w:r></w:p>`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	f, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body.String() + `</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const docxMIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

func TestMeetingFromFiles(t *testing.T) {
	h := newHarness(t)
	h.join(secretary, tasks.RoleSecretary, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(xaStaff, tasks.RoleMember, "quanglam")

	h.say(secretary, "/hop Họp tổ hồ sơ NTM ngày 05/01/2031 chủ trì: đồng chí Trần Việt Dũng",
		"Đã mở cuộc họp số 1", "Ngày họp: 05/01/2031 (Chủ nhật)", "Chủ trì: đồng chí Trần Việt Dũng")

	// A format the bot cannot read keeps it waiting for the conclusion.
	before := len(h.fake.SentTo(secretary.ID))
	h.fake.SendDocument(secretary, secretary.ID, "ket-luan.doc", "application/msword", []byte{0xD0, 0xCF, 0x11, 0xE0}, "")
	h.after(secretary.ID, before, "Chỉ đọc được tệp .txt hoặc .docx", "Xin gửi lại", "bỏ qua")

	before = len(h.fake.SentTo(secretary.ID))
	h.fake.SendDocument(secretary, secretary.ID, "Kết luận.docx", docxMIME, docx(t,
		"THÔNG BÁO KẾT LUẬN",
		"Đồng chí Chủ tịch UBND huyện kết luận như sau:",
		"#Phòng KTHT chủ trì, phối hợp với xã Quảng Lâm rà soát hồ sơ giao thông trước 15/1;",
		"#UBND xã Quảng Lâm gửi báo cáo về Phòng Tài chính – Kế hoạch trước 17h thứ 5 hàng tuần.",
	), "")
	draft := h.after(secretary.ID, before, "Dự thảo nhiệm vụ từ kết luận cuộc họp số 1",
		"1. Phòng KTHT chủ trì", "Phối hợp: UBND xã Quảng Lâm", "15/01/2031",
		"2. UBND xã Quảng Lâm gửi báo cáo", "17:00 thứ Năm hằng tuần", "09/01/2031 17:00")
	if strings.Contains(draft.PlainText, "THÔNG BÁO") || strings.Contains(draft.PlainText, "3.") {
		t.Errorf("the draft holds more than the two directives:\n%s", draft.PlainText)
	}
	before = len(h.fake.SentTo(secretary.ID))
	h.press(secretary, draft, h.data("mok", 1))
	h.after(secretary.ID, before, "Đã giao 2 nhiệm vụ")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1", "rà soát hồ sơ giao thông")
	h.expect(xaStaff.ID, "Nhiệm vụ mới #2", "gửi báo cáo")
	if n := h.count(`SELECT count(*) FROM tasks WHERE meeting_id = 1 AND series_id IS NOT NULL`); n != 1 {
		t.Errorf("%d recurring tasks, want 1 (the weekly report)", n)
	}

	// A conclusion in a .txt sent with the command as its caption.
	before = len(h.fake.SentTo(secretary.ID))
	h.fake.SendDocument(secretary, secretary.ID, "ket-luan.txt", "text/plain",
		[]byte("Kết luận: 1. Phòng KTHT lập kế hoạch chỉnh trang trước 20/1/2031; 2. Phòng TCKH bố trí kinh phí."), "/hop Giao ban quý I")
	m := h.after(secretary.ID, before, "Dự thảo nhiệm vụ từ kết luận cuộc họp số 2", "Giao ban quý I", "1. Phòng KTHT lập kế hoạch", "2. Phòng TCKH bố trí kinh phí")
	if b, _ := m.Button(h.data("mok", 2)); b.Text != "✅ Xác nhận tất cả (2 mục)" {
		t.Errorf("confirm button of meeting 2 %q", b.Text)
	}

	// The conclusion on the lines after the command.
	m = h.say(secretary, "/hop Giao ban tuần\nGiao Phòng KTHT kiểm tra hệ thống chiếu sáng trước 30/1/2031.",
		"Dự thảo nhiệm vụ từ kết luận cuộc họp số 3", "1. Phòng KTHT kiểm tra hệ thống chiếu sáng", "Chủ trì: Phòng Kinh tế và Hạ tầng")
	if b, _ := m.Button(h.data("mok", 3)); b.Text != "✅ Xác nhận tất cả (1 mục)" {
		t.Errorf("confirm button of meeting 3 %q", b.Text)
	}
}

func TestMeetingInputMistakes(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.say(leader, "/hop", "Ghi kết luận cuộc họp", "/hop <tên cuộc họp>")
	h.say(leader, "/hop ngày 30/02/2031", "Ngày họp “ngày 30/02/2031” không có thật", "dd/mm/yyyy")
	h.say(leader, "/hop chủ trì đồng chí Dũng", "Chưa có tên cuộc họp")
	h.say(leader, "/hop Giao ban", "Đã mở cuộc họp số 1")
	h.say(leader, "Cảm ơn các đồng chí đã tham dự.", "Chưa tìm thấy chỉ đạo nào")
	before := len(h.fake.SentTo(leader.ID))
	h.fake.SendText(leader, "/hop 1")
	h.after(leader.ID, before, "Cuộc họp số 1: Giao ban", "chờ nội dung kết luận")
	h.after(leader.ID, before, "Cuộc họp số 1 chưa có nội dung kết luận")
	h.say(leader, "Phòng KTHT rà soát hồ sơ giao thông.", "Dự thảo nhiệm vụ từ kết luận cuộc họp số 1", "1. Phòng KTHT rà soát")
	before = len(h.fake.SentTo(leader.ID))
	h.fake.SendText(leader, "/hop 1")
	h.after(leader.ID, before, "dự thảo chờ xác nhận")
	draft := h.after(leader.ID, before, "Dự thảo nhiệm vụ từ kết luận cuộc họp số 1", "1. Phòng KTHT rà soát")
	before = len(h.fake.SentTo(leader.ID))
	h.press(leader, draft, h.data("mfix", 1, "1"))
	h.after(leader.ID, before, "Sửa mục 1")
	h.say(leader, "trước 1/1/2020", "Thời hạn “trước 1/1/2020” (01/01/2020) đã qua", "Xin gửi lại")
	h.say(leader, "KTHT, trước 30/2/2031", "Thời hạn “trước 30/2/2031” không hợp lệ (ngày 30/02/2031 không tồn tại", "bỏ thời hạn")
	h.say(leader, "hạn cuối tháng 6/2031", "Đã sửa mục 1")
	if n := h.count(`SELECT count(*) FROM meetings`); n != 1 {
		t.Errorf("%d meetings, want 1", n)
	}

	// Once the bot stopped waiting, a reply to its request still gives the conclusion.
	opened := h.say(leader, "/hop Họp chuyên đề", "Đã mở cuộc họp số 2")
	h.clock.Jump(time.Now().Add(time.Hour))
	h.say(leader, "Phòng TCKH bố trí kinh phí.", "Chưa hiểu tin nhắn này")
	before = len(h.fake.SentTo(leader.ID))
	h.fake.Reply(leader, leader.ID, opened.MessageID, "Phòng TCKH bố trí kinh phí trước 30/1/2031.")
	h.after(leader.ID, before, "Dự thảo nhiệm vụ từ kết luận cuộc họp số 2", "1. Phòng TCKH bố trí kinh phí", "30/01/2031")

	// A reply to the meeting's card is no conclusion: the draft stays.
	card := h.say(leader, "/hop 2", "Cuộc họp số 2: Họp chuyên đề", "dự thảo chờ xác nhận")
	before = len(h.fake.SentTo(leader.ID))
	h.fake.Reply(leader, leader.ID, card.MessageID, "Phòng KTHT sửa đường trước 30/1/2031.")
	h.after(leader.ID, before, "Chưa hiểu tin nhắn này")
	if n := h.count(`SELECT count(*) FROM meeting_items WHERE meeting_id = 2 AND text LIKE '%sửa đường%'`); n != 0 {
		t.Errorf("a reply to the card replaced the draft (%d items from it)", n)
	}
}

func TestMeetingNeedsAssignRights(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(kthtStaff, "/hop Giao ban", "Chỉ lãnh đạo, thư ký hoặc quản trị viên mới được mở cuộc họp")
	h.say(stranger, "/hop Giao ban", "chưa là thành viên")
	if n := h.count(`SELECT count(*) FROM meetings`); n != 0 {
		t.Fatalf("%d meetings opened without rights", n)
	}
	h.say(leader, "/hop Giao ban", "Đã mở cuộc họp số 1")
	draft := h.say(leader, "Phòng KTHT rà soát hồ sơ giao thông.", "Dự thảo nhiệm vụ")
	// The member presses the leader's buttons (forged presses).
	for _, b := range []string{h.data("mok", 1), h.data("mdrop", 1, "1"), h.data("mfix", 1, "1")} {
		if a := h.press(kthtStaff, draft, b); !strings.Contains(a, "không có quyền") {
			t.Errorf("a member pressing %s got %q", b, a)
		}
	}
	if n := h.count(`SELECT count(*) FROM tasks`); n != 0 {
		t.Errorf("a member created %d tasks", n)
	}
	if n := h.count(`SELECT count(*) FROM meeting_items WHERE state = 'pending'`); n != 1 {
		t.Errorf("a member changed the draft")
	}
}

// TestMeetingPromptsInGroups: in a group the bot never waits for the next
// message: it asks for the conclusion, and for a correction, in the
// person's private chat, and the group's talk is not taken for either.
func TestMeetingPromptsInGroups(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	group := tgfake.Chat{ID: -6001, Title: "Giao ban huyện"}
	inGroup := func(text string, parts ...string) tgfake.SentMessage {
		t.Helper()
		before := len(h.fake.SentTo(group.ID))
		h.fake.SendGroupText(leader, group, text)
		return h.after(group.ID, before, parts...)
	}
	quiet := func(text string) {
		t.Helper()
		before := len(h.fake.SentTo(group.ID))
		h.fake.SendGroupText(leader, group, text)
		inGroup("/start", "Anh/chị đang làm việc tại")
		for _, m := range h.fake.SentTo(group.ID)[before:] {
			if !strings.Contains(m.PlainText, "Anh/chị đang làm việc tại") {
				t.Errorf("the group's talk %q got an answer:\n%s", text, m.PlainText)
			}
		}
	}
	private := len(h.fake.SentTo(leader.ID))
	inGroup("/hop Giao ban tháng 1", "Mời Trần Việt Dũng trả lời trong tin nhắn riêng")
	h.after(leader.ID, private, "Đã mở cuộc họp số 1: Giao ban tháng 1", "gửi nội dung kết luận")
	quiet("Giao Phòng KTHT chủ trì rà soát hồ sơ chỉnh trang lề đường, hoàn thành trước 30/6/2031.")
	private = len(h.fake.SentTo(leader.ID))
	inGroup("/hop 1", "Mời Trần Việt Dũng trả lời trong tin nhắn riêng")
	h.after(leader.ID, private, "Cuộc họp số 1 chưa có nội dung kết luận")
	quiet("Phòng TCKH bố trí kinh phí trước 15/3/2031.")
	if n := h.count(`SELECT count(*) FROM meetings WHERE org_id = $1 AND id = 1 AND state = 'open'`, h.org.ID); n != 1 {
		t.Fatal("the group's talk was taken for the conclusion")
	}
	h.say(leader, "Giao Phòng KTHT chủ trì rà soát hồ sơ chỉnh trang lề đường, hoàn thành trước 30/6/2031.",
		"Dự thảo nhiệm vụ từ kết luận cuộc họp số 1", "Chủ trì: Phòng Kinh tế và Hạ tầng")

	// The draft shown in the group: [Sửa] asks privately.
	draft := inGroup("/hop 1", "Dự thảo nhiệm vụ từ kết luận cuộc họp số 1", "Xác nhận tất cả")
	if !draft.HasButton(h.data("mfix", 1, "1")) {
		t.Fatalf("the draft in the group has buttons %v", draft.Buttons)
	}
	private = len(h.fake.SentTo(leader.ID))
	before := len(h.fake.SentTo(group.ID))
	h.press(leader, draft, h.data("mfix", 1, "1"))
	h.after(group.ID, before, "Mời Trần Việt Dũng trả lời trong tin nhắn riêng")
	h.after(leader.ID, private, "Sửa mục 1")
	quiet("phối hợp TCKH")
	if n := h.count(`SELECT count(*) FROM meeting_items WHERE org_id = $1 AND meeting_id = 1 AND coordinators <> '{}'`, h.org.ID); n != 0 {
		t.Fatal("the group's talk was taken for a correction")
	}
	h.say(leader, "phối hợp TCKH", "Đã sửa mục 1")
}

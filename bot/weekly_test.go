package bot_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// midweek moves the bot's clock to 10:00 on the coming Wednesday (at most
// a week ahead, within the invites' lifetime), so that results and tasks
// of "this week" fall in the same week.
func midweek(h *harness) time.Time {
	now := time.Now().In(hcmZone)
	w := weekly.WeekOf(now, hcmZone)
	at := w.Start(hcmZone).AddDate(0, 0, 2).Add(10 * time.Hour)
	if !at.After(now.Add(time.Minute)) {
		at = at.AddDate(0, 0, 7)
	}
	h.clock.Jump(at)
	return at
}

func TestWeeklyRegistration(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	w := weekly.RegistrationWeek(h.clock.Now(), hcmZone)
	saturday := deadline.FormatDate(w.Start(hcmZone).AddDate(0, 0, 5))
	sunday := deadline.FormatDate(w.Last(hcmZone))

	h.say(leader, "/dangky", "chưa thuộc đơn vị nào")
	h.say(xaStaff, "/dangky", "Đăng ký ra quân "+weekly.WeekLabel(w, hcmZone), "UBND xã Quảng Lâm", "Chưa có mục nào", "Hãy gửi nội dung")
	h.say(xaStaff, "Ra quân dọn vệ sinh đường làng, thứ Bảy, tại thôn 3, 50 người",
		"Đã ghi đăng ký số 1 của UBND xã Quảng Lâm", "1) Ra quân dọn vệ sinh đường làng", "(thứ Bảy "+saturday+" · tại thôn 3 · 50 người)")
	// The prompt goes on: the next message is another entry.
	h.say(xaStaff, "tuyen truyen bau cu tai nha van hoa thon 1", "Đã ghi đăng ký số 2", "tại nha van hoa thon 1")
	h.say(xaStaff, "/dangky Họp dân ngày 30/2", "Ngày chưa đúng", "Xin gửi lại")
	h.say(xaStaff, "/dangky Họp dân ngày 1/1/2020", "không thuộc "+weekly.WeekLabel(w, hcmZone))
	h.say(xaStaff, "/dangky sua 1 Ra quân dọn vệ sinh, Chủ nhật, 80 người", "Đã sửa đăng ký số 1", "(Chủ nhật "+sunday+" · 80 người)", "(đã sửa)")
	h.say(xaStaff, "/dangky sua 9 Việc khác", "không có mục số 9")
	h.say(xaStaff, "/dangky xoa", "Hãy ghi số của mục")
	m := h.say(xaStaff, "/dangky lichsu 1", "Lịch sử đăng ký số 1 của UBND xã Quảng Lâm", "1. ", "2. ")
	if !strings.Contains(m.PlainText, "thứ Bảy, tại thôn 3, 50 người") || !strings.Contains(m.PlainText, "Chủ nhật, 80 người") {
		t.Errorf("history: %s", m.PlainText)
	}
	h.say(xaStaff, "/dangky xoa 2", "Đã xóa đăng ký số 2")
	m = h.say(xaStaff, "/dangky", "Đã ghi:")
	if strings.Contains(m.PlainText, "2) ") || !strings.Contains(m.PlainText, "1) Ra quân dọn vệ sinh, Chủ nhật, 80 người") {
		t.Errorf("list after edits: %s", m.PlainText)
	}
	if n := h.count(`SELECT count(*) FROM weekly_entry_versions`); n != 4 {
		t.Errorf("%d versions kept, want 4", n)
	}

	// A member of two units chooses the unit; what they wrote is kept.
	damha := h.unit("damha").ID
	if _, err := h.store.DB().Exec(`INSERT INTO member_units (org_id, member_id, unit_id) SELECT org_id, id, $2 FROM members WHERE tg_user_id = $1`, xaStaff.ID, damha); err != nil {
		t.Fatal(err)
	}
	pick := h.say(xaStaff, "/dangky Trồng cây xanh, thứ Năm, 30 người", "Anh/chị thuộc nhiều đơn vị")
	data := h.data("wku", damha, "r")
	if !pick.HasButton(data) {
		t.Fatalf("no button %s: %v", data, pick.Buttons)
	}
	before := len(h.fake.SentTo(xaStaff.ID))
	h.fake.PressButton(xaStaff, pick, data)
	h.after(xaStaff.ID, before, "Đã ghi đăng ký số 1 của UBND xã Đầm Hà", "Trồng cây xanh", "30 người")
}

// TestWeeklyPromptSkip checks that a skip word or thanks typed while the
// bot waits for a registration ends the wait, is never recorded, and gets a
// polite answer.
func TestWeeklyPromptSkip(t *testing.T) {
	h := newHarness(t)
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	entries := func() int { return h.count(`SELECT count(*) FROM weekly_entries`) }

	h.say(xaStaff, "/dangky", "Hãy gửi nội dung", "Gõ “bỏ qua” để thôi")
	h.say(xaStaff, "thôi", "Đã bỏ qua.")
	if n := entries(); n != 0 {
		t.Fatalf("%d entries after “thôi”, want 0", n)
	}
	// The wait is over: the next message is not an entry either.
	h.say(xaStaff, "Ra quân dọn vệ sinh", "Chưa hiểu tin nhắn này")

	h.say(xaStaff, "/dangky Ra quân dọn vệ sinh đường làng, thứ Bảy", "Đã ghi đăng ký số 1", "gõ “bỏ qua” nếu đã đủ")
	for _, word := range []string{"Cảm ơn!", "BO QUA"} {
		h.say(xaStaff, word, "Đã bỏ qua.")
		h.say(xaStaff, "/dangky", "Hãy gửi nội dung")
	}
	if n := entries(); n != 1 {
		t.Errorf("%d entries after the skip words, want 1", n)
	}
}

func TestWeeklyResultWithEvidence(t *testing.T) {
	h := newHarness(t)
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	ctx := context.Background()
	w := weekly.ResultWeek(h.clock.Now(), hcmZone)
	xa := h.member(xaStaff)
	if _, _, err := weekly.New(h.store).AddEntry(ctx, xa, weekly.NewEntry{Kind: weekly.Registration, Week: w, UnitID: xa.UnitIDs[0], Text: "Ra quân dọn vệ sinh"}, time.Now()); err != nil {
		t.Fatal(err)
	}

	h.say(xaStaff, "/ketqua", "Kết quả "+weekly.WeekLabel(w, hcmZone), "Hãy gửi nội dung kết quả")
	before := len(h.fake.SentTo(xaStaff.ID))
	h.fake.SendPhoto(xaStaff, xaStaff.ID, tinyPNG(t), "Theo đăng ký số 1: đã ra quân dọn vệ sinh 2 km đường làng, 60 người tham gia")
	h.after(xaStaff.ID, before, "Đã ghi kết quả số 1 của UBND xã Quảng Lâm", "(theo đăng ký số 1)", "minh chứng: 1 ảnh", "gõ “xong”")
	before = len(h.fake.SentTo(xaStaff.ID))
	h.fake.SendDocument(xaStaff, xaStaff.ID, "bien-ban.pdf", "application/pdf", []byte("%PDF-1.4 biên bản"), "")
	h.after(xaStaff.ID, before, "Đã nhận tệp “bien-ban.pdf” làm minh chứng cho kết quả số 1 (đã có 1 ảnh, 1 tệp)")
	h.say(xaStaff, "Xong", "Đã xong phần minh chứng cho kết quả số 1")
	h.say(xaStaff, "/ketqua theo dang ky so 7: việc khác", "không có mục đăng ký số 7")
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendPhoto(kthtStaff, kthtStaff.ID, tinyPNG(t), "/ketqua Đã kiểm tra hiện trường 3 tuyến đường")
	h.after(kthtStaff.ID, before, "Đã ghi kết quả số 1 của Phòng Kinh tế và Hạ tầng", "minh chứng: 1 ảnh")

	if n := h.count(`SELECT count(*) FROM weekly_attachments WHERE file_id <> '' AND file_unique_id <> ''`); n != 3 {
		t.Errorf("%d attachments stored, want 3", n)
	}
	if n := h.count(`SELECT count(*) FROM weekly_entries WHERE kind = 'result' AND registration_id IS NOT NULL`); n != 1 {
		t.Errorf("%d results linked to a registration, want 1", n)
	}
}

func TestWeeklyReportOnDemand(t *testing.T) {
	h := newHarness(t)
	midweek(h)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	w := weekly.ResultWeek(h.clock.Now(), hcmZone)

	h.say(kthtStaff, "/baocao", "không có quyền")
	before := len(h.fake.SentTo(leader.ID))
	h.say(leader, "/baocao", "BÁO CÁO KẾT QUẢ "+strings.ToUpper(weekly.WeekTitle(w)), "Số liệu tạm tính", "Phòng Kinh tế và Hạ tầng: giao 1 | 1")
	doc := h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool {
		return m.ChatID == leader.ID && m.Document != nil && len(h.fake.SentTo(leader.ID)) > before
	})
	if doc.Document.Name != "bao-cao-ket-qua-"+w.String()+".xlsx" {
		t.Errorf("document %s", doc.Document.Name)
	}
	h.say(leader, "/baocao dangky", "TỔNG HỢP ĐĂNG KÝ RA QUÂN "+strings.ToUpper(weekly.WeekTitle(weekly.RegistrationWeek(h.clock.Now(), hcmZone))))
	h.say(leader, "/baocao ketqua 2021-W02", "BÁO CÁO KẾT QUẢ TUẦN 02/2021", "(từ 11/01/2021 đến 17/01/2021)")
	h.say(leader, "/baocao 2021-W77", "Năm 2021 có 52 tuần. Hãy viết, ví dụ, “/baocao tuần")
	this := weekly.WeekOf(h.clock.Now(), hcmZone)
	h.say(leader, "/baocao tuần 60", fmt.Sprintf("Năm %d có %d tuần. Hãy viết, ví dụ, “/baocao tuần", this.Year, weekly.WeekOf(time.Date(this.Year, 12, 28, 0, 0, 0, 0, hcmZone), hcmZone).Num))
	h.say(leader, "/baocao tuanroi", "Chưa hiểu “tuanroi”", "Cách dùng: /baocao")
	last := weekly.WeekOf(h.clock.Now().AddDate(0, 0, -7), hcmZone)
	h.say(leader, "/baocao tuan truoc", "BÁO CÁO KẾT QUẢ "+strings.ToUpper(weekly.WeekTitle(last)))
	h.say(leader, "/baocao ketqua tuần 2/2021", "BÁO CÁO KẾT QUẢ TUẦN 02/2021", "(từ 11/01/2021 đến 17/01/2021)")
	if n := h.count(`SELECT count(*) FROM report_runs`); n != 0 {
		t.Errorf("/baocao recorded %d runs", n)
	}
}

func TestWeeklyReportChatDelivery(t *testing.T) {
	h := newHarness(t)
	midweek(h)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	group := tgfake.Chat{ID: -100777, Title: "Lãnh đạo huyện"}
	h.fake.SendGroupText(leader, group, "/baocao_o_day@"+tgfake.BotUsername)
	h.expect(group.ID, "Từ nay nhóm Lãnh đạo huyện sẽ nhận báo cáo tuần của UBND huyện Đầm Hà", "lần tới")
	h.fake.SendGroupText(leader, group, "/baocao_o_day")
	h.expect(group.ID, "đã được đặt nhận báo cáo tuần")
	h.fake.SendGroupText(kthtStaff, group, "/baocao_o_day")
	h.expect(group.ID, "không có quyền dùng lệnh /baocao_o_day")
	h.say(leader, "/baocao_o_day", "Hãy gõ /baocao_o_day trong nhóm")

	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	h.say(kthtStaff, "/done 1", "Đã ghi nhận")
	h.say(kthtStaff, "/ketqua Đã kiểm tra 3 công trình", "Đã ghi kết quả số 1")

	ctx := context.Background()
	now := h.clock.Now()
	w := weekly.ResultWeek(now, hcmZone)
	svc := weekly.New(h.store)
	res, err := svc.Run(ctx, h.org, weekly.Monday, w, now, now, false, weekly.TriggerCommand)
	if err != nil || !res.Claimed {
		t.Fatal(res, err)
	}
	h.sender.Kick()
	h.expect(group.ID, "BÁO CÁO KẾT QUẢ "+strings.ToUpper(weekly.WeekTitle(w)), "1) Đã kiểm tra 3 công trình", "II. Đơn vị chưa báo cáo (3)", "UBND xã Quảng Lâm")
	doc := h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool { return m.ChatID == group.ID && m.Document != nil })
	x, err := excelize.OpenReader(bytes.NewReader(doc.Document.Data))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(x.GetSheetList(), "|"); got != "Kết quả|Chưa báo cáo|Thống kê tuần|Từ đầu năm|Quá hạn trong tuần|Quá hạn lâu nhất" {
		t.Errorf("sheets %s", got)
	}
	rows, _ := x.GetRows("Thống kê tuần")
	if last := strings.Join(rows[len(rows)-1], "|"); last != "Toàn cơ quan|1|1|0|0|0|0|0|100" {
		t.Errorf("total row %s", last)
	}
	photo := h.fake.WaitSent(t, wait, func(m tgfake.SentMessage) bool { return m.ChatID == group.ID && m.Photo != nil })
	if !strings.HasSuffix(photo.Photo.Name, ".png") {
		t.Errorf("chart %s", photo.Photo.Name)
	}
	// Each unit's members get their unit's part.
	h.expect(kthtStaff.ID, "Kết quả "+weekly.WeekTitle(w)+" của Phòng Kinh tế và Hạ tầng", "Đã kiểm tra 3 công trình", "giao mới 1; hoàn thành 1 (đúng hạn 1, quá hạn 0)")
	h.expect(xaStaff.ID, "của UBND xã Quảng Lâm", "Đơn vị chưa báo cáo kết quả "+weekly.WeekTitle(w))
	// A second run of the same week sends nothing.
	if res, err := svc.Run(ctx, h.org, weekly.Monday, w, now, now, false, weekly.TriggerCommand); err != nil || res.Claimed {
		t.Errorf("second run claimed: %v", err)
	}

	// Prompts reach the units that have not registered for the coming week.
	rw := weekly.RegistrationWeek(now, hcmZone)
	if _, err := svc.Run(ctx, h.org, weekly.AskRegistration, rw, now, now, false, weekly.TriggerCommand); err != nil {
		t.Fatal(err)
	}
	h.sender.Kick()
	h.expect(xaStaff.ID, "Đăng ký ra quân "+weekly.WeekLabel(rw, hcmZone), "UBND xã Quảng Lâm chưa đăng ký", "/dangky")
	h.fake.SendGroupText(leader, group, "/baocao_o_day bo")
	h.expect(group.ID, "sẽ không nhận báo cáo tuần nữa")
}

// TestWeeklyInGroups runs the weekly commands in group chats: a unit's
// group shows and takes only that unit's part, prompts move to the private
// chat so that the group's talk is never taken for an entry, and a group
// linked to no unit shows no report unless it is a report chat.
func TestWeeklyInGroups(t *testing.T) {
	h := newHarness(t)
	midweek(h)
	admin := tgfake.User{ID: 1000, FirstName: "Quản", LastName: "Trị"}
	h.join(admin, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(kthtOther, tasks.RoleMember, "ktht")
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	// kthtStaff belongs to Quảng Lâm too.
	if _, err := h.store.DB().Exec(`INSERT INTO member_units (org_id, member_id, unit_id)
		SELECT m.org_id, m.id, u.id FROM members m JOIN units u ON u.org_id = m.org_id AND u.code = 'quanglam' WHERE m.tg_user_id = $1`, kthtStaff.ID); err != nil {
		t.Fatal(err)
	}
	unitGroup := tgfake.Chat{ID: -5101, Title: "Phòng KTHT"}
	plainGroup := tgfake.Chat{ID: -5102, Title: "Nhóm chung"}
	leadersGroup := tgfake.Chat{ID: -5103, Title: "Lãnh đạo huyện"}
	in := func(chat tgfake.Chat, u tgfake.User, text string, parts ...string) tgfake.SentMessage {
		t.Helper()
		before := len(h.fake.SentTo(chat.ID))
		h.fake.SendGroupText(u, chat, text)
		return h.after(chat.ID, before, parts...)
	}
	entries := func(unit string) int {
		return h.count(`SELECT count(*) FROM weekly_entries e JOIN units u ON u.org_id = e.org_id AND u.id = e.unit_id WHERE u.code = $1 AND e.deleted_at IS NULL`, unit)
	}
	in(unitGroup, admin, "/nhom KTHT", "Đã gắn nhóm này với Phòng Kinh tế và Hạ tầng")
	in(leadersGroup, leader, "/baocao_o_day", "Từ nay nhóm Lãnh đạo huyện sẽ nhận báo cáo tuần")
	h.say(xaStaff, "/ketqua Đã ra quân dọn vệ sinh thôn 2", "Đã ghi kết quả số 1 của UBND xã Quảng Lâm")
	rw := weekly.RegistrationWeek(h.clock.Now(), hcmZone)
	w := weekly.ResultWeek(h.clock.Now(), hcmZone)

	// (a) /baocao: the unit's part in its group, nothing in a group linked
	// to no unit, the whole report in a report chat.
	docsBefore := 0
	for _, m := range h.fake.SentTo(unitGroup.ID) {
		if m.Document != nil || m.Photo != nil {
			docsBefore++
		}
	}
	m := in(unitGroup, leader, "/baocao", "Kết quả "+weekly.WeekTitle(w)+" của Phòng Kinh tế và Hạ tầng", "Số liệu tạm tính")
	if strings.Contains(m.PlainText, "BÁO CÁO KẾT QUẢ") || strings.Contains(m.PlainText, "Quảng Lâm") || strings.Contains(m.PlainText, "dọn vệ sinh thôn 2") {
		t.Errorf("a unit's group was shown the organisation's report:\n%s", m.PlainText)
	}
	m = in(unitGroup, leader, "/baocao dangky", "Đăng ký ra quân "+weekly.WeekTitle(rw)+" của Phòng Kinh tế và Hạ tầng")
	if strings.Contains(m.PlainText, "TỔNG HỢP") {
		t.Errorf("a unit's group was shown the registration summary:\n%s", m.PlainText)
	}
	in(plainGroup, leader, "/baocao", "chưa được gắn với đơn vị nào", "/baocao_o_day", "tin nhắn riêng")
	in(leadersGroup, leader, "/baocao", "BÁO CÁO KẾT QUẢ "+strings.ToUpper(weekly.WeekTitle(w)), "dọn vệ sinh thôn 2")
	in(unitGroup, admin, "/nhom", "Nhóm này đang gắn với")
	docs := 0
	for _, m := range h.fake.SentTo(unitGroup.ID) {
		if m.Document != nil || m.Photo != nil {
			docs++
		}
	}
	if docs != docsBefore {
		t.Errorf("the organisation's files were sent to a unit's group")
	}
	for _, m := range h.fake.SentTo(plainGroup.ID) {
		if m.Document != nil || strings.Contains(m.PlainText, "BÁO CÁO KẾT QUẢ") {
			t.Errorf("a group linked to no unit got the report: %s", m.PlainText)
		}
	}

	// (c) In the unit's group a member acts for that unit only.
	in(unitGroup, kthtStaff, "/dangky Kiểm tra hiện trường đường liên xã, thứ Sáu", "Đã ghi đăng ký số 1 của Phòng Kinh tế và Hạ tầng")
	in(unitGroup, xaStaff, "/dangky Ra quân ở thôn 5", "không thuộc Phòng Kinh tế và Hạ tầng")
	in(unitGroup, xaStaff, "/ketqua Đã họp dân thôn 5", "không thuộc Phòng Kinh tế và Hạ tầng")
	in(plainGroup, kthtStaff, "/dangky Trồng cây", "chưa được gắn với đơn vị nào")
	if got := [2]int{entries("ktht"), entries("quanglam")}; got != [2]int{1, 1} {
		t.Fatalf("entries ktht, quanglam = %v, want [1 1]", got)
	}

	// (b) A prompt goes to the private chat; the group's talk is not an entry.
	before := len(h.fake.SentTo(kthtOther.ID))
	in(unitGroup, kthtOther, "/dangky", "Mời Phạm Thị Tầng", "tin nhắn riêng")
	h.after(kthtOther.ID, before, "Đăng ký ra quân "+weekly.WeekLabel(rw, hcmZone), "Phòng Kinh tế và Hạ tầng", "1) Kiểm tra hiện trường", "Hãy gửi nội dung")
	groupBefore := len(h.fake.SentTo(unitGroup.ID))
	h.fake.SendGroupText(kthtOther, unitGroup, "Chào cả nhà, chiều nay họp nhé")
	in(unitGroup, admin, "/nhom", "Nhóm này đang gắn với")
	if got := len(h.fake.SentTo(unitGroup.ID)); got != groupBefore+1 {
		t.Errorf("the bot answered the group's talk (%d messages)", got-groupBefore-1)
	}
	if n := entries("ktht"); n != 1 {
		t.Fatalf("the group's talk was taken as an entry: %d entries", n)
	}
	h.say(kthtOther, "Ra quân dọn vệ sinh khu tập thể, Chủ nhật", "Đã ghi đăng ký số 2 của Phòng Kinh tế và Hạ tầng")

	// A result in the group; its evidence is asked for in private.
	before = len(h.fake.SentTo(kthtOther.ID))
	in(unitGroup, kthtOther, "/ketqua Đã kiểm tra 3 công trình", "Đã ghi kết quả số 1 của Phòng Kinh tế và Hạ tầng", "tin nhắn riêng")
	h.after(kthtOther.ID, before, "minh chứng", "kết quả số 1")
	h.fake.SendGroupText(kthtOther, unitGroup, "xong")
	h.fake.SendGroupText(kthtOther, unitGroup, "Chào cả nhà, chiều nay họp nhé")
	in(unitGroup, admin, "/nhom", "Nhóm này đang gắn với")
	if n := h.count(`SELECT count(*) FROM weekly_entries WHERE kind = 'result'`); n != 2 {
		t.Errorf("%d results, want 2", n)
	}
	before = len(h.fake.SentTo(kthtOther.ID))
	h.fake.SendPhoto(kthtOther, kthtOther.ID, tinyPNG(t), "")
	h.after(kthtOther.ID, before, "Đã nhận ảnh làm minh chứng cho kết quả số 1")

	// An edit asked for in the group is answered in private too.
	before = len(h.fake.SentTo(kthtOther.ID))
	in(unitGroup, kthtOther, "/dangky sua 2", "Mời Phạm Thị Tầng", "tin nhắn riêng")
	h.after(kthtOther.ID, before, "Hãy gửi nội dung mới cho mục số 2")
	h.fake.SendGroupText(kthtOther, unitGroup, "Chào cả nhà, chiều nay họp nhé")
	in(unitGroup, admin, "/nhom", "Nhóm này đang gắn với")
	h.say(kthtOther, "Ra quân dọn vệ sinh khu tập thể, thứ Bảy", "Đã sửa đăng ký số 2 của Phòng Kinh tế và Hạ tầng")
	if n := h.count(`SELECT count(*) FROM weekly_entries WHERE text LIKE 'Chào cả nhà%'`); n != 0 {
		t.Errorf("%d entries from the group's talk", n)
	}
}

// TestWeeklyResultsReportMovedToTuesday: with the results report moved to
// Tuesday 10:00, results sent on Tuesday morning and the report made at
// 10:00 are about last week; after the report, results go to this week.
func TestWeeklyResultsReportMovedToTuesday(t *testing.T) {
	h := newHarness(t)
	admin := h.join(tgfake.User{ID: 1009, FirstName: "Vũ", LastName: "Quản Trị"}, tasks.RoleAdmin, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(admin, "/lichbaocao ketqua t3 10:00", "Đã lưu", "(ketqua): thứ Ba 10:00")
	now := time.Now().In(hcmZone)
	tue := weekly.WeekOf(now, hcmZone).Start(hcmZone).AddDate(0, 0, 1).Add(9 * time.Hour)
	if !tue.After(now.Add(time.Minute)) {
		tue = tue.AddDate(0, 0, 7)
	}
	h.clock.Jump(tue)
	last := weekly.WeekOf(tue, hcmZone).Prev()
	h.say(kthtStaff, "/ketqua Đã kiểm tra 3 công trình", "Đã ghi kết quả số 1 của Phòng Kinh tế và Hạ tầng cho "+weekly.WeekLabel(last, hcmZone))

	ctx := context.Background()
	svc := weekly.New(h.store)
	if _, err := svc.RunDue(ctx, tue.Add(time.Hour+30*time.Second)); err != nil {
		t.Fatal(err)
	}
	rep, ok, err := svc.RunReport(ctx, h.org.ID, weekly.Monday, last.String())
	if err != nil || !ok {
		t.Fatalf("no results report of %s: %v %v", last, ok, err)
	}
	if n := h.count(`SELECT count(*) FROM report_runs WHERE kind = 'monday'`); n != 1 {
		t.Errorf("%d results reports made", n)
	}
	if len(rep.Reporting()) != 1 || rep.Reporting()[0].Entries[0].Text != "Đã kiểm tra 3 công trình" {
		t.Errorf("the report of %s lacks the result sent on Tuesday morning: %+v", last, rep.Reporting())
	}
	h.clock.Jump(tue.Add(2 * time.Hour))
	h.say(kthtStaff, "/ketqua Đã họp giao ban", "Đã ghi kết quả số 1 của Phòng Kinh tế và Hạ tầng cho "+weekly.WeekLabel(last.Next(), hcmZone))
}

// TestWeeklyEditAcrossUnits: a member of two units names the unit when an
// entry number is in both, and every answer names the unit it acted on.
func TestWeeklyEditAcrossUnits(t *testing.T) {
	h := newHarness(t)
	h.join(xaStaff, tasks.RoleMember, "quanglam")
	h.say(xaStaff, "/dangky Ra quân dọn vệ sinh thôn 3", "Đã ghi đăng ký số 1 của UBND xã Quảng Lâm")
	damha := h.unit("damha").ID
	if _, err := h.store.DB().Exec(`INSERT INTO member_units (org_id, member_id, unit_id) SELECT org_id, id, $2 FROM members WHERE tg_user_id = $1`, xaStaff.ID, damha); err != nil {
		t.Fatal(err)
	}
	pick := h.say(xaStaff, "/dangky Trồng cây xanh", "Anh/chị thuộc nhiều đơn vị")
	before := len(h.fake.SentTo(xaStaff.ID))
	h.fake.PressButton(xaStaff, pick, h.data("wku", damha, "r"))
	h.after(xaStaff.ID, before, "Đã ghi đăng ký số 1 của UBND xã Đầm Hà")
	pick = h.say(xaStaff, "/dangky Họp dân", "Anh/chị thuộc nhiều đơn vị")
	before = len(h.fake.SentTo(xaStaff.ID))
	h.fake.PressButton(xaStaff, pick, h.data("wku", damha, "r"))
	h.after(xaStaff.ID, before, "Đã ghi đăng ký số 2 của UBND xã Đầm Hà")

	h.say(xaStaff, "/dangky sua 1 Việc khác", "Số 1 có ở nhiều đơn vị của anh/chị", "UBND xã Quảng Lâm (quanglam)", "UBND xã Đầm Hà (damha)", "/dangky sua quanglam 1")
	h.say(xaStaff, "/dangky sua damha 1 Trồng 200 cây xanh", "Đã sửa đăng ký số 1 của UBND xã Đầm Hà", "Trồng 200 cây xanh")
	h.say(xaStaff, "/dangky lichsu QuangLam 1", "Lịch sử đăng ký số 1 của UBND xã Quảng Lâm", "Ra quân dọn vệ sinh thôn 3")
	h.say(xaStaff, "/dangky lichsu 2", "Lịch sử đăng ký số 2 của UBND xã Đầm Hà", "Họp dân")
	h.say(xaStaff, "/dangky xoa 2", "Đã xóa đăng ký số 2 của UBND xã Đầm Hà")
	h.say(xaStaff, "/dangky xoa 7", "Không đơn vị nào của anh/chị", "mục số 7")
	h.say(xaStaff, "/dangky xoa quanglam 2", "UBND xã Quảng Lâm không có mục số 2")
	h.say(xaStaff, "/dangky xoa ktht 1", "Anh/chị không thuộc Phòng Kinh tế và Hạ tầng")
	if n := h.count(`SELECT count(*) FROM weekly_entries WHERE text = 'Việc khác'`); n != 0 {
		t.Errorf("an ambiguous edit was made")
	}
}

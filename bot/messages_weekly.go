package bot

// Vietnamese wording of the weekly cycle's commands: registrations
// (/dangky), results (/ketqua), reports (/baocao, /baocao_o_day).

const (
	helpDangKy     = "đăng ký ra quân của đơn vị cho tuần tới"
	helpKetQua     = "báo cáo kết quả tuần của đơn vị, kèm ảnh hoặc tệp minh chứng"
	helpBaoCao     = "xem số liệu báo cáo tuần hiện tại (/baocao dangky cho bản tổng hợp đăng ký)"
	helpBaoCaoODay = "nhận báo cáo tuần tại nhóm này (gõ trong nhóm; /baocao_o_day bo để thôi nhận)"

	wkNoUnit      = "Anh/chị chưa thuộc đơn vị nào nên chưa thể đăng ký hoặc báo cáo kết quả. Vui lòng liên hệ quản trị viên để được gán vào đơn vị."
	wkPickUnit    = "Anh/chị thuộc nhiều đơn vị. Hãy chọn đơn vị:"
	wkRegTitle    = "<b>Đăng ký ra quân %s</b>\n%s"
	wkResTitle    = "<b>Kết quả %s</b>\n%s"
	wkListHeader  = "<b>Đã ghi:</b>"
	wkListEmpty   = "<i>Chưa có mục nào.</i>"
	wkRegAsk      = "Hãy gửi nội dung việc đơn vị sẽ làm (mỗi tin một việc); có thể ghi ngày, địa điểm, số người. Ví dụ:\n<i>Ra quân dọn vệ sinh đường làng, thứ Bảy, tại thôn 3, 50 người</i>"
	wkResAsk      = "Hãy gửi nội dung kết quả (mỗi tin một việc), có thể kèm ảnh hoặc tệp (ghi nội dung ở phần chú thích). Nếu là kết quả của một mục đã đăng ký, ghi “theo đăng ký số …” ở đầu. Ví dụ:\n<i>Theo đăng ký số 1: đã ra quân dọn vệ sinh 2 km đường làng, 60 người tham gia</i>"
	wkEditHint    = "Sửa: /%[1]s sua &lt;số&gt; &lt;nội dung mới&gt; · Xóa: /%[1]s xoa &lt;số&gt; · Lịch sử: /%[1]s lichsu &lt;số&gt;"
	wkRecorded    = "Đã ghi %s số %d của %s cho %s:\n%s"
	wkEdited      = "Đã sửa %s số %d của %s (bản cũ vẫn được lưu):\n%s"
	wkDeleted     = "Đã xóa %s số %d của %s."
	wkNoEntry     = "%s không có mục số %d trong %s. Gõ /%s để xem các mục đã ghi."
	wkNeedNumber  = "Hãy ghi số của mục, ví dụ: /%s %s 1"
	wkNoEntryAny  = "Không đơn vị nào của anh/chị (%s) có mục số %d trong %s. Gõ /%s để xem các mục đã ghi."
	wkNotYourUnit = "Anh/chị không thuộc %s nên không sửa, xóa hay xem được mục của đơn vị này."

	wkAmbiguousEntry = "Số %d có ở nhiều đơn vị của anh/chị: %s. Hãy ghi thêm mã đơn vị trước số, ví dụ: /%s %s %s %d"
	wkEditAsk        = "Hãy gửi nội dung mới cho mục số %d:\n<i>%s</i>\n" + msgSkipHint
	wkMoreAsk        = "Gửi tiếp việc khác nếu có (mỗi tin một việc), hoặc gõ “bỏ qua” nếu đã đủ."
	wkHistory        = "<b>Lịch sử %s số %d của %s</b>"
	wkHistoryLine    = "%d. %s — %s: %s"
	wkHistoryDel     = "<i>đã xóa</i>"
	wkEvidenceAsk    = "Có thể gửi thêm ảnh hoặc tệp làm minh chứng cho kết quả này (gửi lần lượt); gõ “xong” khi đã đủ."
	wkAttached       = "Đã nhận %s làm minh chứng cho kết quả số %d (đã có %d ảnh, %d tệp). Gửi thêm hoặc gõ “xong”."
	wkAttachedDup    = "Tệp này đã có trong minh chứng của kết quả số %d."
	wkEvidenceDone   = "Đã xong phần minh chứng cho kết quả số %d. Cảm ơn đơn vị!"
	wkEvidenceNote   = "Không nhận được tệp hay ảnh nào. Nếu muốn báo cáo thêm kết quả, gõ /ketqua."
	wkNeedText       = "Hãy ghi nội dung kết quả ở phần chú thích của ảnh hoặc tệp (hoặc gửi nội dung trước rồi gửi ảnh sau)."
	wkPhoto          = "ảnh"
	wkDocument       = "tệp “%s”"

	wkRegName = "đăng ký"
	wkResName = "kết quả"

	wkReportFilesError = "Không tạo được tệp đính kèm của báo cáo. Vui lòng thử lại sau."

	wkChatOnlyGroup   = "Hãy gõ /baocao_o_day trong nhóm cần nhận báo cáo tuần (nhóm lãnh đạo), không phải trong trò chuyện riêng."
	wkChatForbidden   = "Chỉ quản trị viên hoặc lãnh đạo mới đặt được nhóm nhận báo cáo tuần."
	wkChatAdded       = "Từ nay nhóm <b>%s</b> sẽ nhận báo cáo tuần của %s: tổng hợp đăng ký ra quân (%s) và báo cáo kết quả (%s)."
	wkChatAlready     = "Nhóm này đã được đặt nhận báo cáo tuần của %s."
	wkChatRemoved     = "Nhóm này sẽ không nhận báo cáo tuần nữa."
	wkChatNotReceiver = "Nhóm này chưa được đặt nhận báo cáo tuần."
	wkChatOff         = "đã tắt"
	wkChatNext        = "lần tới %s"

	wkGroupNotLinked       = "Nhóm này chưa được gắn với đơn vị nào nên không đăng ký hay báo cáo kết quả tuần ở đây được. Hãy dùng lệnh trong tin nhắn riêng với bot, hoặc trong nhóm của đơn vị (quản trị viên hoặc trưởng đơn vị gõ /nhom &lt;đơn vị&gt; để gắn nhóm)."
	wkGroupOtherUnit       = "Nhóm này là nhóm của %[1]s; anh/chị không thuộc %[1]s nên không đăng ký hay báo cáo kết quả thay đơn vị này ở đây. Hãy dùng lệnh trong tin nhắn riêng với bot hoặc trong nhóm của đơn vị mình."
	wkAskedPrivately       = "Mời %s gửi tiếp trong tin nhắn riêng với bot; tin nhắn trong nhóm không được ghi vào đăng ký hay kết quả."
	wkSendAgainGroup       = "Hãy gõ lại /%s kèm nội dung đã sửa."
	wkEvidenceInPrivate    = "Ảnh hoặc tệp minh chứng gửi thêm trong tin nhắn riêng với bot."
	wkEvidenceAskPrivate   = "Đã ghi kết quả số %d của %s (gửi trong nhóm). Có thể gửi ảnh hoặc tệp làm minh chứng cho kết quả này tại đây (gửi lần lượt); gõ “xong” khi đã đủ."
	wkReportGroupNotLinked = "Nhóm này chưa được gắn với đơn vị nào và không phải nhóm nhận báo cáo tuần nên báo cáo không hiển thị ở đây. Hãy xem báo cáo trong tin nhắn riêng với bot; muốn nhóm này nhận báo cáo tuần, lãnh đạo hoặc quản trị viên gõ /baocao_o_day trong nhóm."
	wkReportNoUnit         = "Không tìm thấy đơn vị của nhóm này trong báo cáo tuần."
)

// Words that end sending evidence, and subcommands of /dangky and /ketqua,
// as typed (without diacritics after folding).
var (
	wkDoneWords = map[string]bool{"xong": true, "het": true, "da xong": true, "ket thuc": true}
	wkOff       = map[string]bool{"bo": true, "tat": true, "xoa": true, "huy": true}
)

// What /lichbaocao says: the weekly schedule, shown to those who get the
// reports and changed by admins.
const (
	helpSchedule = "xem lịch báo cáo tuần và lịch nhắc các đơn vị (quản trị viên đổi được)"

	msgSchedule         = "<b>Lịch báo cáo tuần</b>"
	msgScheduleLine     = "• %s (<code>%s</code>): %s"
	msgScheduleWeekly   = "%s %02d:%02d, lần tới %s"
	msgScheduleCustom   = "theo lịch riêng <code>%s</code>, lần tới %s"
	msgScheduleOff      = "đã tắt"
	msgScheduleViewOnly = "<i>Chỉ quản trị viên đổi được lịch này.</i>"
	msgScheduleSaved    = "Đã lưu lịch báo cáo tuần."
	msgScheduleBroken   = "Lịch báo cáo tuần của cơ quan đang bị cấu hình sai nên chưa hiển thị được. Quản trị viên có thể gõ <code>/lichbaocao macdinh</code> để đưa về lịch mặc định, hoặc nhờ người vận hành kiểm tra bằng lệnh <code>dondoc report schedule</code>."
	msgScheduleDenied   = "Anh/chị không có quyền đổi lịch báo cáo tuần: chỉ quản trị viên mới đổi được. Gõ /lichbaocao để xem lịch."
	msgScheduleUsage    = "Cách đổi: <code>/lichbaocao dangky thu5 17:00</code> (mục, ngày, giờ; bỏ ngày thì giữ ngày cũ), " +
		"<code>/lichbaocao thu2 10:00</code>, <code>/lichbaocao moiketqua t6 16:00</code>, " +
		"<code>/lichbaocao nhacdangky tat</code> (tắt), <code>/lichbaocao ketqua macdinh</code>, <code>/lichbaocao macdinh</code> (cả lịch).\n" +
		"Các mục: <code>dangky</code> (hoặc <code>thu5</code>), <code>ketqua</code> (hoặc <code>thu2</code>), " +
		"<code>moidangky</code>, <code>nhacdangky</code>, <code>moiketqua</code>, <code>nhacketqua</code>. " +
		"Ngày: t2 … t7, cn (hoặc thứ 2 … thứ 7, chủ nhật). Giờ: 17:00 hoặc 17h30."

	msgScheduleRejected = "Chưa lưu được: cấu hình lịch báo cáo tuần của cơ quan có phần sai do người vận hành đặt (múi giờ hoặc thời gian gửi bù). Hãy nhờ người vận hành kiểm tra bằng lệnh <code>dondoc report schedule</code>."

	// msgScheduleCarried follows the next time of a run that a day off
	// carried over: its weekday and the date it was scheduled for.
	msgScheduleCarried = " (%s, dời từ %s vì ngày nghỉ)"
)

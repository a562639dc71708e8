package bot

import (
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// Vietnamese wording of everything the bot says. Keep phrasing consistent
// here rather than in the handlers.

const (
	msgUnitsHeader     = "<b>Danh sách đơn vị</b>"
	msgUnitsKind       = "<b>%s</b> (loại <code>%s</code>, %d đơn vị)"
	msgUnitsRow        = "• %s — mã <code>%s</code>"
	msgWelcomeStranger = "Xin chào! Đây là dondoc, trợ lý đôn đốc nhiệm vụ của cơ quan.\n" +
		"Anh/chị chưa được cấp quyền sử dụng. Để tham gia, vui lòng liên hệ văn phòng hoặc quản trị viên của cơ quan để nhận đường dẫn mời, rồi bấm vào đường dẫn đó."
	msgBadInvite = "Đường dẫn mời không hợp lệ, đã hết hạn hoặc đã bị thu hồi.\n" +
		"Vui lòng liên hệ văn phòng hoặc quản trị viên của cơ quan để nhận đường dẫn mời mới."
	msgStranger = "Anh/chị chưa là thành viên của cơ quan nào trên hệ thống.\n" +
		"Vui lòng liên hệ văn phòng hoặc quản trị viên của cơ quan để nhận đường dẫn mời."
	msgJoined     = "Chào mừng %s tham gia <b>%s</b> với vai trò %s%s.\nGõ /help để xem các lệnh anh/chị có thể dùng."
	msgJoinedUnit = ", thuộc %s"
	// msgJoinedOrgs follows msgJoined for a person of several organisations.
	msgJoinedOrgs = "\n\nAnh/chị đang là thành viên của %d cơ quan. Từ bây giờ các lệnh anh/chị gõ áp dụng cho <b>%s</b>; gõ /org để chuyển sang cơ quan khác. " +
		"Mỗi thông báo, lời nhắc và báo cáo đều ghi tên cơ quan; lệnh gõ khi trả lời một thông báo áp dụng cho cơ quan của thông báo đó."
	msgWelcomeBack   = "Chào %s. Anh/chị đang làm việc tại <b>%s</b> với vai trò %s.\nGõ /help để xem các lệnh anh/chị có thể dùng."
	msgHelpHeader    = "<b>Các lệnh anh/chị có thể dùng</b>"
	msgUnknownCmd    = "Không có lệnh /%s. Gõ /help để xem các lệnh anh/chị có thể dùng."
	msgNotAllowedCmd = "Anh/chị không có quyền dùng lệnh /%s. Gõ /help để xem các lệnh anh/chị có thể dùng."
	msgNotUnderstood = "Chưa hiểu tin nhắn này. Gõ /help để xem các lệnh anh/chị có thể dùng."
	msgInternalError = "Xin lỗi, hệ thống đang gặp sự cố nên chưa xử lý được yêu cầu này. Vui lòng thử lại sau ít phút."
	msgNotAllowed    = "Anh/chị không có quyền thực hiện thao tác này."

	msgAssignUsage = "<b>Cách giao việc</b>\n" +
		"/giao &lt;đơn vị chủ trì&gt;[, phối hợp &lt;đơn vị&gt;]: &lt;nội dung&gt; [trước &lt;thời hạn&gt;]\n\n" +
		"Ví dụ:\n/giao KTHT, phối hợp các xã: Lập kế hoạch chỉnh trang lề đường, hoàn thành trước 17h ngày 15/1\n\n" +
		"Đơn vị ghi theo tên, tên viết tắt hoặc mã (gõ /donvi để xem danh sách). Thời hạn có thể ghi như 15/1, 17h30 15/1, thứ 5 tuần sau, cuối tháng (ngày không ghi năm là ngày sắp tới)."
	msgNoUnits       = "Cơ quan chưa có danh sách đơn vị. Quản trị viên cần nạp danh sách đơn vị trước khi giao việc."
	msgAssignFixHint = "\n\nGõ /giao để xem cách ghi."
	msgAssigned      = "Đã giao việc, các đơn vị đang được thông báo.\n\n%s"
	msgAssignedAgain = "Tin giao việc này đã được ghi nhận trước đó thành nhiệm vụ #%d."
	msgNobodyInUnits = "\n\n<i>Lưu ý: %s chưa có cán bộ nào tham gia hệ thống nên chưa nhận được thông báo.</i>"

	msgNeedTaskID   = "Vui lòng ghi số nhiệm vụ, ví dụ: /%s 42"
	msgTaskNotFound = "Không tìm thấy nhiệm vụ #%d."
	msgNoTasks      = "Không có nhiệm vụ nào đang thực hiện."
	msgReportedDone = "Đã ghi nhận %s hoàn thành nhiệm vụ #%d lúc %s (%s). Người giao việc đã được báo."
	// msgReportedPart answers a coordinating unit's report of its part.
	msgReportedPart  = "Đã ghi nhận %s hoàn thành phần phối hợp trong nhiệm vụ #%d lúc %s (%s). Người giao việc đã được báo."
	msgAlreadyDone   = "Nhiệm vụ #%d đã được báo cáo hoàn thành hoặc không còn thực hiện."
	msgAccepted      = "Đã ghi nhận %s nhận nhiệm vụ #%d."
	msgUndone        = "Đã hoàn tác: nhiệm vụ #%d đã được thu hồi và các đơn vị đã được báo."
	msgCannotUndo    = "Không thể hoàn tác nhiệm vụ #%d vì đã có đơn vị báo cáo hoàn thành."
	msgHistoryHeader = "<b>Diễn biến</b>"
)

// Prompts: the bot waits for the person's next message.
const (
	msgSkipHint      = "Gõ “bỏ qua” để thôi."
	msgPromptPrivate = "Mời %s trả lời trong tin nhắn riêng với bot."
	msgPromptDropped = "Đã bỏ qua."
	msgPromptAgain   = "Xin gửi lại, hoặc gõ “bỏ qua” để thôi."
)

// skipWords, typed alone (folded), end the prompt the bot waits on without
// an answer, whatever the prompt.
var skipWords = map[string]bool{
	"bo qua": true, "boqua": true, "thoi": true, "thoi khong": true, "huy": true, "huy bo": true, "khong": true,
	"khong sua": true, "thoat": true, "dung lai": true, "cam on": true, "camon": true, "cam on a": true, "cam on ban": true,
}

// Button labels.
const (
	btnAccept = "Đã nhận"
	btnDone   = "Hoàn thành"
	btnUndo   = "Hoàn tác"
)

// Labels of a task card.
const (
	cardTitle        = "<b>Nhiệm vụ #%d</b>"
	cardNewTitle     = "<b>Nhiệm vụ mới #%d</b>"
	cardLead         = "Chủ trì: %s"
	cardCoordinators = "Phối hợp: %s"
	cardDeadline     = "Thời hạn: %s"
	cardNoDeadline   = "Thời hạn: không ghi thời hạn"
	cardStatus       = "Tình trạng: <i>%s</i>"
	cardAssigner     = "Người giao: %s, %s"
	cardMeeting      = "Theo kết luận cuộc họp số %d (/hop %d)"
	cardUnitState    = "• %s (%s): %s"
)

// Notices sent through the outbox.
const (
	// noticeOrgLine opens every message to a person of several
	// organisations with the organisation it is about.
	noticeOrgLine  = "Cơ quan: <b>%s</b>"
	noticeReported = "<b>%s báo cáo hoàn thành nhiệm vụ #%d</b> lúc %s (%s).\n%s"
	// noticeReportedCoord and noticeReportedLeadPart tell the assigner of
	// one unit's part of a task, which is not the whole task.
	noticeReportedCoord = "<b>%s báo cáo xong phần phối hợp trong nhiệm vụ #%d</b> lúc %s (%s).\n" +
		"<i>Đây là phần việc của đơn vị phối hợp, chưa phải kết quả của cả nhiệm vụ.</i>\n%s"
	noticeReportedLeadPart = "<b>%s báo cáo xong phần việc của đơn vị trong nhiệm vụ #%d</b> lúc %s (%s).\n" +
		"<i>Nhiệm vụ còn chờ các đơn vị chủ trì khác báo cáo.</i>\n%s"
	noticeWithdrawn   = "Nhiệm vụ #%d đã được %s thu hồi. Đơn vị không cần thực hiện nhiệm vụ này nữa.\n<i>%s</i>"
	noticeUnreachable = "Không gửi được nhiệm vụ #%d đến <b>%s</b>: người này chưa mở trò chuyện với bot hoặc đã chặn bot.\n" +
		"Vui lòng nhắn họ bấm vào đường dẫn sau rồi bấm “Bắt đầu” để nhận nhiệm vụ: %s"
	noticeUnreachableMember = "Không gửi được tin nhắn đến <b>%s</b>: người này đã chặn bot hoặc chưa mở trò chuyện với bot, nên sẽ không nhận được nhiệm vụ và lời nhắc.\n" +
		"Vui lòng nhắn họ bấm vào đường dẫn sau rồi bấm “Bắt đầu”: %s"
)

var (
	// outboxKinds name, for admins, every kind of message the bot sends on
	// its own (what NewRenderer renders).
	outboxKinds = map[string]string{
		tasks.NoticeAssigned:         "thông báo giao việc",
		tasks.NoticeReported:         "báo cáo hoàn thành gửi người giao việc",
		tasks.NoticeWithdrawn:        "thông báo thu hồi nhiệm vụ",
		tasks.NoticeUnreachable:      "báo không gửi được tin",
		tasks.NoticeToConfirm:        "đề nghị xác nhận hoàn thành",
		tasks.NoticeConfirmed:        "thông báo đã xác nhận hoàn thành",
		tasks.NoticeRework:           "yêu cầu làm lại",
		tasks.NoticeCancelled:        "thông báo hủy nhiệm vụ",
		tasks.NoticeMoved:            "thông báo giao lại cho đơn vị khác",
		tasks.NoticeExtensionAsked:   "đề nghị gia hạn",
		tasks.NoticeExtensionDecided: "kết quả xét gia hạn",
		tasks.NoticeRemindNow:        "nhắc việc theo đề nghị của người giao việc (bảng theo dõi)",
		reminders.MessageReminder:    "nhắc việc",
		reminders.MessageEscalation:  "báo nhiệm vụ quá hạn",
		weekly.NoticeReport:          "báo cáo tuần",
		weekly.NoticePrompt:          "mời đơn vị đăng ký hoặc báo cáo kết quả tuần",
		weekly.NoticeReportChatLost:  "báo nhóm nhận báo cáo tuần không còn nhận được tin",

		// two tiers (handlers_tiers.go)
		tasks.NoticeUnitMerged:                "thông báo sáp nhập đơn vị",
		tasks.NoticeReceived:                  "nhiệm vụ cấp trên giao",
		tasks.NoticeReceivedPending:           "nhắc nhiệm vụ cấp trên giao chưa phân công",
		tasks.NoticeReceivedReturned:          "cấp trên trả lại nhiệm vụ",
		tasks.NoticeReceivedCancelled:         "cấp trên hủy nhiệm vụ",
		tasks.NoticeReceivedExtended:          "cấp trên đồng ý gia hạn",
		tasks.NoticeReceivedExtensionRejected: "cấp trên không đồng ý gia hạn",
		tasks.NoticeParentDeadline:            "cấp trên đổi thời hạn nhiệm vụ đã phân công",
	}
)

// Command descriptions, for /help and the Telegram menu.
const (
	helpStart = "bắt đầu, hoặc tham gia bằng mã mời"
	helpHelp  = "danh sách lệnh"
	helpGiao  = "giao việc cho đơn vị"
	helpViec  = "danh sách nhiệm vụ đang thực hiện"
	helpTask  = "xem một nhiệm vụ và diễn biến, ví dụ /task 42"
	helpDone  = "báo cáo hoàn thành, ví dụ /done 42"
	helpUnits = "danh sách đơn vị"
)

// Whether work came on time.
const (
	wordOnTime = "đúng hạn"
	wordLate   = "quá hạn %s"
)

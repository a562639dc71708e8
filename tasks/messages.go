package tasks

// Vietnamese wording of the tasks package: everything in it that a person
// reads. Keep phrasing consistent here rather than in the code that uses it.
const (
	msgCSVLine          = "dòng %d: %s"
	msgCSVColumns       = "cần 4 cột (mã, tên, tên gọi khác, loại), dòng này có %d cột"
	msgCSVCodeEmpty     = "thiếu mã đơn vị"
	msgCSVCodeChars     = "mã %q chỉ được gồm chữ cái không dấu, chữ số, dấu '-' và '_'"
	msgCSVNameEmpty     = "thiếu tên đơn vị"
	msgCSVKind          = "loại %q không hợp lệ: loại phải là so (sở, ban, ngành), phong (phòng), xa (xã, phường, thị trấn, đặc khu), thon (thôn, bản, tổ dân phố), doanthe (Mặt trận, đoàn thể) hoặc khac"
	msgCSVDuplicateCode = "mã %q đã dùng ở dòng %d"
	msgCSVEmpty         = "tệp không có đơn vị nào"
)

// Status labels in the words the government uses.
const (
	labelOnTime     = "trong hạn"
	labelNoDeadline = "chưa có thời hạn"
	labelDueSoon    = "sắp đến hạn"
	labelDueToday   = "sắp đến hạn (hạn hôm nay)"
	labelDaysLeft   = "còn %d ngày"
	labelOverdue    = "quá hạn %s"
	labelDoneOnTime = "hoàn thành đúng hạn"
	labelDoneLate   = "hoàn thành quá hạn %s"
	labelPending    = "chờ xác nhận"
	labelCancelled  = "đã hủy"

	// How late, after "quá hạn" (Lateness.Phrase).
	lateDays        = "%d ngày"
	lateHours       = "%d giờ"
	lateUnderAnHour = "dưới 1 giờ"
)

// Replies about an /assign message.
const (
	msgAssignEmpty        = "Tin giao việc đang trống. Hãy viết, ví dụ: /giao KTHT: Rà soát hồ sơ trước 30/6."
	msgAssignNoUnit       = "Chưa thấy đơn vị chủ trì. Hãy ghi tên hoặc mã đơn vị ở đầu tin."
	msgAssignUnknownUnit  = "Không tìm thấy đơn vị “%s” trong danh sách đơn vị. Hãy ghi đúng tên hoặc mã đơn vị (gõ /donvi để xem danh sách)."
	msgAssignNoText       = "Chưa có nội dung nhiệm vụ sau tên đơn vị. Hãy viết, ví dụ: /giao KTHT: Rà soát hồ sơ trước 30/6."
	msgAssignBadDeadline  = "Thời hạn chưa đúng: %s."
	msgAssignPastDeadline = "Thời hạn “%s” đã qua. Hãy kiểm tra lại ngày."
)

// Vietnamese wording of the lifecycle's input errors.
const (
	msgPercentRange            = "Tỷ lệ hoàn thành “%s%%” không hợp lệ: hãy ghi một số từ 0 đến 100, ví dụ “đạt 60%%”."
	msgExtensionEmpty          = "Hãy ghi thời hạn mới và lý do, ví dụ: 30/6 vì chờ số liệu của các xã."
	msgExtensionNoDeadline     = "Chưa thấy thời hạn mới. Hãy ghi thời hạn mới và lý do, ví dụ: 30/6 vì chờ số liệu của các xã."
	msgExtensionBadDeadline    = "Thời hạn mới chưa đúng: %s."
	msgExtensionRecurring      = "Thời hạn mới phải là một ngày cụ thể, ví dụ 30/6 hoặc 17h ngày 30/6."
	msgExtensionPast           = "Thời hạn mới “%s” đã qua. Hãy ghi một ngày sắp tới."
	msgExtensionNotLater       = "Thời hạn mới “%s” không muộn hơn thời hạn hiện tại là %s. Hãy ghi một ngày sau thời hạn hiện tại."
	msgExtensionNoReason       = "Hãy ghi cả lý do xin gia hạn, ví dụ: 30/6 vì chờ số liệu của các xã."
	msgAdminSelf               = "Anh/chị không thể tự thay đổi vai trò hoặc tự xóa mình; hãy nhờ một quản trị viên khác."
	msgReasonEmpty             = "Hãy ghi lý do (một câu ngắn)."
	msgProgressEmpty           = "Hãy ghi nội dung tiến độ (có thể kèm tỷ lệ, ví dụ “đạt 60%”) hoặc gửi ảnh, tệp minh chứng."
	msgReassignSame            = "Nhiệm vụ đã được giao cho đúng các đơn vị này, không có gì thay đổi."
	msgExtensionNotLaterStored = "Thời hạn mới “%s” không muộn hơn thời hạn hiện tại của nhiệm vụ. Hãy ghi một ngày sau thời hạn hiện tại."
)

// What ParseMeetingHeader answers to a mistake.
const (
	msgMeetingNoTitle = "Chưa có tên cuộc họp. Xin ghi tên cuộc họp, ví dụ: /hop Giao ban tháng 1 ngày 07/01 chủ trì đồng chí Trần Việt Dũng"
	msgMeetingBadDate = "Ngày họp “%s” không có thật (%s). Xin ghi ngày dạng dd/mm (năm nay) hoặc dd/mm/yyyy, ví dụ: /hop Giao ban tháng 1 ngày 07/01"
)

// kindLabels name the unit kinds for people.
var kindLabels = map[Kind]string{
	KindSo:      "Sở, ban, ngành",
	KindPhong:   "Phòng, ban chuyên môn",
	KindXa:      "Xã, phường, thị trấn, đặc khu",
	KindThon:    "Thôn, bản, tổ dân phố",
	KindDoanThe: "Mặt trận, đoàn thể",
	KindKhac:    "Đơn vị khác",
	KindAll:     "Tất cả đơn vị",
}

// Vietnamese wording of the two tiers' input errors (levels, parents, links).
const (
	msgOrgEmptyName      = "Hãy ghi tên cơ quan, ví dụ “UBND phường Đầm Hà”."
	msgParentLevel       = "Cơ quan cấp %s không thể là cấp trên của cơ quan cấp %s."
	msgOrgSameName       = "Đã có cơ quan “%s” (mã %s). Nếu đó chính là cơ quan này, hãy dùng mã %[2]s; nếu là một cơ quan khác cùng tên, hãy ghi tên phân biệt, ví dụ thêm tên tỉnh vào sau."
	msgLinkNotChild      = "“%s” không phải cơ quan cấp dưới của “%s”: chỉ liên kết được đơn vị với cơ quan cấp dưới trực tiếp (tạo bằng --parent %s)."
	msgLinkTaken         = "“%s” đã được liên kết với đơn vị “%s”; mỗi cơ quan cấp dưới chỉ liên kết với một đơn vị."
	msgLinkNoUnit        = "Không có đơn vị mã “%s”."
	msgUnitRetired       = "Đơn vị “%s” đã thôi hoạt động; hãy dùng đơn vị kế tiếp “%s”."
	msgUnitRetiredNoNext = "Đơn vị “%s” đã thôi hoạt động."
	msgMergeIntoRetired  = "Đơn vị “%s” đã thôi hoạt động nên không nhận sáp nhập được; hãy sáp nhập vào đơn vị kế tiếp của nó."
	msgMergeRetired      = "Đơn vị “%s” đã được sáp nhập trước đó."
	msgMergeTwice        = "Đơn vị mã “%s” được ghi hai lần (hoặc trùng với đơn vị nhận sáp nhập)."
	msgMergeNothing      = "Hãy ghi mã các đơn vị được sáp nhập sau đơn vị nhận, ví dụ: --into ktht qlđt kt."
	msgMergeTwoLinks     = "“%s” và “%s” đều liên kết với cơ quan cấp dưới; không thể gộp hai liên kết làm một."
	msgRenameEmpty       = "Hãy ghi tên mới của đơn vị."
	msgRetireBusy        = "Đơn vị “%s” còn %d nhiệm vụ đang thực hiện và %d cán bộ: hãy sáp nhập vào đơn vị khác (dondoc units merge --into MÃ_MỚI %s) thay vì cho thôi hoạt động."
	msgRetireLinked      = "Đơn vị “%s” đang liên kết với cơ quan cấp dưới nên không thể cho thôi hoạt động."
)

// Why a commune's task made from a received one was cancelled, in its
// history and its owners' notice (the parent's reason follows).
const (
	msgParentCancelled = "%s đã hủy nhiệm vụ cấp trên giao"
	msgParentTookAway  = "%s đã giao nhiệm vụ cấp trên giao cho đơn vị khác"
	// msgRelinkOpen refuses to link a unit to another child organisation
	// while tasks it gave the first are open.
	msgRelinkOpen = "Đơn vị “%s” đang liên kết với “%s” và còn %d nhiệm vụ đang giao cho cơ quan này (%s). " +
		"Hãy chờ các nhiệm vụ đó hoàn thành, hoặc hủy hay giao lại chúng cho đơn vị khác (lệnh /chuyen trong Telegram), rồi mới liên kết lại. " +
		"Nếu “%s” đã sáp nhập vào “%s”, có thể tạo một đơn vị mới liên kết với “%[6]s” để giao việc mới, trong khi “%[1]s” vẫn theo dõi các nhiệm vụ cũ đến khi xong."
)

// levelLabels name the levels for people.
var levelLabels = map[Level]string{
	LevelTinh:  "tỉnh",
	LevelHuyen: "huyện",
	LevelXa:    "xã",
}

// roleLabels name the roles of members, as every screen shows them.
var roleLabels = map[Role]string{
	RoleAdmin:     "quản trị viên",
	RoleLeader:    "lãnh đạo",
	RoleSecretary: "thư ký",
	RoleMember:    "cán bộ",
}

// stateLabels name a task's lifecycle state.
var stateLabels = map[State]string{
	StateAssigned:   "đã giao",
	StateAccepted:   "đã nhận",
	StateInProgress: "đang thực hiện",
	StateReported:   "đã báo cáo hoàn thành, chờ xác nhận",
	StateDone:       "hoàn thành",
	StateCancelled:  "đã hủy",
}

// unitRoleLabels name the part a unit plays in a task.
var unitRoleLabels = map[UnitRole]string{
	RoleLead:  "chủ trì",
	RoleCoord: "phối hợp",
}

// unitStateLabels name how far a unit has got with its part of a task.
var unitStateLabels = map[string]string{
	"assigned":    "chưa nhận",
	"accepted":    "đã nhận",
	"in_progress": "đang thực hiện",
	"reported":    "đã báo cáo hoàn thành",
	UnitClosed:    "kết thúc cùng nhiệm vụ (không báo cáo riêng)",
}

// eventLabels name the lines of a task's history.
var eventLabels = map[string]string{
	EventAssigned:          "giao nhiệm vụ",
	EventAccepted:          "xác nhận đã nhận",
	EventReported:          "báo cáo hoàn thành",
	EventUndone:            "hoàn tác (thu hồi) nhiệm vụ",
	EventCancelled:         "hủy nhiệm vụ",
	EventProgress:          "báo cáo tiến độ",
	EventConfirmed:         "xác nhận hoàn thành",
	EventRework:            "yêu cầu làm lại",
	EventReassigned:        "giao lại",
	EventExtensionAsked:    "xin gia hạn",
	EventExtended:          "đồng ý gia hạn",
	EventExtensionRejected: "không đồng ý gia hạn",
	EventSeriesStopped:     "dừng nhiệm vụ định kỳ",
	EventUnitMerged:        "sáp nhập vào đơn vị khác, phần việc chuyển sang đơn vị mới",
	EventFromChild:         "cơ quan cấp dưới báo cáo hoàn thành phần việc",
	EventParentDeadline:    "cấp trên đổi thời hạn",
}

// meetingStateLabels name where a meeting's record stands.
var meetingStateLabels = map[MeetingState]string{
	MeetingOpen:      "chờ nội dung kết luận",
	MeetingDraft:     "dự thảo chờ xác nhận",
	MeetingConfirmed: "đã giao việc",
}

// receivedStateLabels name where a received task stands.
var receivedStateLabels = map[ReceivedState]string{
	ReceivedNew:       "chưa phân công",
	ReceivedAssigned:  "đã phân công",
	ReceivedDone:      "đã xong, đã báo lên",
	ReceivedCancelled: "đã hủy",
}

// What follows a task's deadline once it has moved, later or earlier, from
// the one the task was given (DeadlineMove.String): the bot's task card
// and the dashboard's task page say it alike.
const (
	msgDeadlineExtended = ", đã gia hạn từ %s"
	msgDeadlineMoved    = ", đã điều chỉnh từ %s"
)

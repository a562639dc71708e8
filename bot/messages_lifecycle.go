package bot

// Vietnamese wording of the task lifecycle, organisations, groups and
// administration: everything those handlers say.

// Command descriptions, for /help and the Telegram menu.
const (
	helpProgress   = "báo cáo tiến độ, ví dụ /tiendo 42 đạt 60%"
	helpExtend     = "xin gia hạn, ví dụ /giahan 42 30/6 vì chờ số liệu"
	helpConfirm    = "xác nhận hoàn thành, ví dụ /xacnhan 42"
	helpRework     = "yêu cầu làm lại, ví dụ /lamlai 42 thiếu số liệu"
	helpCancelTask = "hủy nhiệm vụ, ví dụ /huy 42 không còn cần thiết"
	helpReassign   = "giao lại cho đơn vị khác, ví dụ /chuyen 42 TCKH: lý do"
	helpStopSeries = "dừng nhiệm vụ định kỳ, ví dụ /dungdinhky 42"
	helpOrg        = "chọn cơ quan làm việc"
	helpGroup      = "gắn nhóm chat với đơn vị, ví dụ /nhom KTHT"
	helpMembers    = "danh sách thành viên"
	helpSetRole    = "đổi vai trò, ví dụ /vaitro 12 lanhdao"
	helpRemove     = "xóa thành viên, ví dụ /xoathanhvien 12"
	helpInvite     = "tạo đường dẫn mời, ví dụ /moi canbo KTHT"
)

// How to write each command, shown when it is written wrong.
const (
	usageProgress = "<b>Cách báo cáo tiến độ</b>\n/tiendo &lt;số nhiệm vụ&gt; &lt;nội dung&gt;\n" +
		"Ví dụ: /tiendo 42 Đạt 60%, đã khảo sát xong 3/5 xã\n" +
		"Để gửi ảnh hoặc tệp minh chứng: bấm “Báo cáo tiến độ” dưới nhiệm vụ rồi gửi ảnh, tệp; hoặc trả lời (reply) tin nhắn nhiệm vụ bằng ảnh, tệp."
	usageExtend = "<b>Cách xin gia hạn</b>\n/giahan &lt;số nhiệm vụ&gt; &lt;thời hạn mới&gt; &lt;lý do&gt;\n" +
		"Ví dụ: /giahan 42 30/6/2031 vì chờ số liệu của các xã"
	usageRework   = "<b>Cách yêu cầu làm lại</b>\n/lamlai &lt;số nhiệm vụ&gt; &lt;lý do&gt;\nVí dụ: /lamlai 42 Báo cáo còn thiếu số liệu xã Quảng Lâm"
	usageCancel   = "<b>Cách hủy nhiệm vụ</b>\n/huy &lt;số nhiệm vụ&gt; &lt;lý do&gt;\nVí dụ: /huy 42 Nội dung đã được thực hiện trong kế hoạch khác"
	usageReassign = "<b>Cách giao lại nhiệm vụ</b>\n/chuyen &lt;số nhiệm vụ&gt; &lt;đơn vị chủ trì&gt;[, phối hợp &lt;đơn vị&gt;]: &lt;lý do&gt;\n" +
		"Ví dụ: /chuyen 42 TCKH, phối hợp xã Quảng Lâm: Phòng KTHT đang tập trung cho dự án khác"
	usageTaskFilter = "<b>Cách lọc nhiệm vụ</b>\n/viec — nhiệm vụ đang thực hiện\n/viec quahan — nhiệm vụ quá hạn\n" +
		"/viec tuannay — nhiệm vụ đến hạn trong tuần này\n/viec &lt;đơn vị&gt; — nhiệm vụ của một đơn vị, ví dụ /viec KTHT\n" +
		"/viec hop &lt;số&gt; — nhiệm vụ từ một cuộc họp, ví dụ /viec hop 3\n/viec captren — nhiệm vụ làm từ việc cấp trên giao\nCó thể kết hợp, ví dụ: /viec quahan KTHT"
	usageSetRole = "<b>Cách đổi vai trò</b>\n/vaitro &lt;số thành viên&gt; &lt;vai trò&gt; [đơn vị]\n" +
		"Vai trò: quantri (quản trị viên), lanhdao (lãnh đạo), thuky (thư ký), canbo (cán bộ), truongdonvi (trưởng đơn vị, ghi kèm đơn vị).\n" +
		"Ví dụ: /vaitro 12 lanhdao · /vaitro 15 truongdonvi KTHT · /vaitro 16 canbo TCKH\nSố thành viên xem bằng /thanhvien."
	usageRemove = "Hãy ghi số thành viên, ví dụ: /xoathanhvien 12 (xem số bằng /thanhvien)."
	usageInvite = "<b>Cách tạo đường dẫn mời</b>\n/moi &lt;vai trò&gt; [đơn vị]\nVí dụ: /moi canbo KTHT · /moi lanhdao\n" +
		"Vai trò: quantri, lanhdao, thuky, canbo."
	usageGroup = "Hãy ghi tên hoặc mã đơn vị, ví dụ: /nhom KTHT. Gõ /nhom bo để bỏ gắn nhóm."
	usageOrg   = "Hãy chọn bằng nút bên dưới hoặc gõ /org &lt;số thứ tự&gt;."
)

// msgFileWithoutTask answers a photo or file sent without replying to a task.
const msgFileWithoutTask = "Đã nhận tệp nhưng chưa rõ thuộc nhiệm vụ nào nên chưa lưu. Để gửi làm minh chứng, xin bấm “Trả lời” vào tin nhắn của nhiệm vụ rồi gửi lại ảnh hoặc tệp, " +
	"hoặc gửi kèm chú thích /tiendo &lt;số nhiệm vụ&gt; &lt;nội dung&gt;, ví dụ: /tiendo 42 Ảnh hiện trường. Kết luận cuộc họp thì gửi kèm lệnh /hop."

// Prompts: the bot waits for the next message.
const (
	promptProgress = "Nhiệm vụ #%d: mời gửi nội dung tiến độ (có thể ghi tỷ lệ, ví dụ “đạt 60%%”), hoặc gửi ảnh, tệp minh chứng kèm chú thích.\n" +
		msgSkipHint
	promptExtReject = "Không đồng ý gia hạn nhiệm vụ #%d (đề nghị đến %s): mời ghi lý do để báo các đơn vị, ví dụ: cần hoàn thành đúng hạn để kịp báo cáo tỉnh.\n" + msgSkipHint
	promptExtend    = "Nhiệm vụ #%d (thời hạn hiện tại: %s): mời ghi thời hạn mới và lý do, ví dụ: 30/06/2031 vì chờ số liệu của các xã.\n" +
		msgSkipHint
	promptRework = "Nhiệm vụ #%d: mời ghi lý do yêu cầu làm lại.\n" + msgSkipHint
	promptCancel = "Nhiệm vụ #%d: mời ghi lý do hủy nhiệm vụ.\n" + msgSkipHint
)

// Results of lifecycle actions.
const (
	msgProgressSaved     = "Đã ghi nhận tiến độ nhiệm vụ #%d%s."
	msgProgressPercent   = ", đạt %d%%"
	msgProgressFiles     = ", kèm %d tệp minh chứng"
	msgTaskClosed        = "Nhiệm vụ #%d đã hoàn thành hoặc đã bị hủy."
	msgConfirmedTask     = "Đã xác nhận hoàn thành nhiệm vụ #%d (%s). Các đơn vị đã được báo."
	msgNotWaiting        = "Nhiệm vụ #%d không ở trạng thái chờ xác nhận."
	msgReworkSent        = "Đã yêu cầu thực hiện lại nhiệm vụ #%d. Các đơn vị đã được báo."
	msgCancelledTask     = "Đã hủy nhiệm vụ #%d. Các đơn vị đã được báo."
	msgCancelSeriesHint  = "\nĐây là nhiệm vụ định kỳ: các kỳ sau vẫn được giao. Gõ /dungdinhky %d để dừng hẳn."
	msgReassignedTask    = "Đã giao lại nhiệm vụ #%d: chủ trì %s%s. Các đơn vị liên quan đã được báo."
	msgReassignCoord     = ", phối hợp %s"
	msgReassignSeries    = "\nĐây là nhiệm vụ định kỳ: các kỳ sau cũng được giao cho các đơn vị này. Gõ /dungdinhky %d nếu muốn dừng hẳn."
	msgExtensionSent     = "Đã gửi đề nghị gia hạn nhiệm vụ #%d: thời hạn mới %s. Người giao việc sẽ xem xét.%s"
	msgExtensionLateNote = "\n<i>Lưu ý: đề nghị được gửi khi nhiệm vụ đã quá hạn.</i>"
	msgExtensionOpenOnly = "Nhiệm vụ #%d không còn đang thực hiện nên không thể xin gia hạn."
	msgExtensionNoDue    = "Nhiệm vụ #%d không có thời hạn nên không cần gia hạn."
	msgExtApproved       = "Đã đồng ý gia hạn nhiệm vụ #%d đến %s. Các đơn vị đã được báo."
	msgExtRejected       = "Đã không đồng ý gia hạn nhiệm vụ #%d. Các đơn vị đã được báo."
	msgExtNotPending     = "Đề nghị gia hạn này đã được xử lý hoặc không còn hiệu lực."
	msgSeriesStopped     = "Đã dừng nhiệm vụ định kỳ #%d: các kỳ sau sẽ không được giao nữa."
	msgNotSeries         = "Nhiệm vụ #%d không phải nhiệm vụ định kỳ, hoặc đã được dừng."
	msgFilesSent         = "Đã gửi %d tệp minh chứng."
	msgFilesFailed       = " %d tệp không gửi lại được (tệp có thể đã bị xóa khỏi Telegram)."
	msgNoFiles           = "Nhiệm vụ #%d chưa có tệp minh chứng nào."
	msgForwardedCommand  = "Lệnh trong tin nhắn chuyển tiếp không được thực hiện. Nếu cần, hãy tự gõ lệnh."
	msgFileCaption       = "Nhiệm vụ #%d — %s, %s"
)

// Lines of a task card and its history.
const (
	cardSeries        = "Định kỳ: %s"
	cardFilesHeader   = "<b>Hồ sơ minh chứng</b> (%d tệp)"
	cardFileLine      = "• %s — %s, %s"
	historyPercent    = " (đạt %d%%)"
	historyFiles      = " [%d tệp]"
	historyDeadline   = "từ %s đến %s"
	historyNoDeadline = "không thời hạn"
	historyLate       = " (đề nghị khi đã quá hạn)"
	historyReassigned = "từ %s sang %s"
	filePhotoName     = "ảnh"
)

// Buttons of the lifecycle.
const (
	btnReportProgress = "Báo cáo tiến độ"
	btnAskExtension   = "Xin gia hạn"
	btnConfirmDone    = "Xác nhận"
	btnAskRework      = "Yêu cầu làm lại"
	btnCancelTask     = "Hủy nhiệm vụ"
	btnShowFiles      = "Xem hồ sơ (%d)"
	btnExtApprove     = "Đồng ý gia hạn"
	btnExtReject      = "Không đồng ý"
	btnPagePrev       = "‹ Trang trước"
	btnPageNext       = "Trang sau ›"
)

// Notices of the lifecycle, sent through the outbox.
const (
	noticeToConfirm = "<b>%s báo cáo hoàn thành nhiệm vụ #%d</b> lúc %s (%s).\nĐề nghị xác nhận hoặc yêu cầu làm lại.\n\n%s"
	noticeConfirmed = "<b>Nhiệm vụ #%d đã được %s xác nhận hoàn thành</b> (%s).\n<i>%s</i>"
	noticeRework    = "<b>Nhiệm vụ #%d cần thực hiện lại</b> theo yêu cầu của %s.\nLý do: %s\n\n%s"
	noticeCancelled = "<b>Nhiệm vụ #%d đã bị %s hủy.</b> Đơn vị không cần thực hiện nhiệm vụ này nữa.\nLý do: %s\n<i>%s</i>"
	// noticeCancelledAssigner tells the assigner that someone else cancelled their task.
	noticeCancelledAssigner = "<b>Nhiệm vụ #%d do anh/chị giao đã bị %s hủy.</b> Các đơn vị đã được báo không cần thực hiện nữa.\nLý do: %s\n<i>%s</i>"
	noticeReason            = "Lý do: %s"
	noticeMoved             = "<b>Nhiệm vụ #%d đã được %s giao lại cho %s.</b> %s không cần thực hiện nhiệm vụ này nữa.\nLý do: %s\n<i>%s</i>"
	noticeExtAsked          = "<b>Đề nghị gia hạn nhiệm vụ #%d</b>\n%s (%s) xin gia hạn %s.\nLý do: %s%s\n\n%s"
	noticeExtLate           = "\n<i>Đề nghị được gửi khi nhiệm vụ đã quá hạn %s.</i>"
	noticeExtApproved       = "<b>Nhiệm vụ #%d được gia hạn</b>: %s đồng ý, thời hạn mới %s."
	movedYourUnit           = "Đơn vị"
	noticeExtRejected       = "<b>Đề nghị gia hạn nhiệm vụ #%d không được đồng ý</b> (%s). Thời hạn vẫn là %s."
)

// Task lists.
const (
	listHeader   = "<b>Nhiệm vụ đang thực hiện%s</b> (%d)"
	listOverdue  = " — quá hạn"
	listThisWeek = " — đến hạn tuần này (%s – %s)"
	listUnit     = " — %s"
	listMeeting  = " — cuộc họp số %d"
	listPage     = "\n<i>Trang %d/%d</i>"
	listNone     = "Không có nhiệm vụ nào phù hợp."
	// listMoreUnits counts the units a list leaves out: "Công an huyện và
	// 14 đơn vị khác".
	listMoreUnits = "%s và %d đơn vị khác"
)

// Organisations.
const (
	orgListHeader = "<b>Các cơ quan của anh/chị</b>"
	orgListLine   = "%d. %s — %s%s"
	orgCurrent    = " <i>(đang làm việc)</i>"
	orgChosen     = "Đã chuyển sang làm việc tại <b>%s</b> (vai trò %s)."
	orgOnlyOne    = "Anh/chị chỉ thuộc <b>%s</b> nên không cần chọn cơ quan."
	orgInGroup    = "Trong nhóm, các lệnh áp dụng cho cơ quan mà nhóm được gắn. Hãy dùng /org trong tin nhắn riêng với bot."
	orgNoSuch     = "Không có cơ quan số %s trong danh sách của anh/chị."
)

// Group chats.
const (
	groupNotLinked = "Nhóm này chưa được gắn với đơn vị nào nên nhiệm vụ không hiển thị ở đây.\n" +
		"Quản trị viên hoặc trưởng đơn vị gõ /nhom &lt;đơn vị&gt; để gắn nhóm, ví dụ: /nhom KTHT"
	groupLinked      = "Đã gắn nhóm này với <b>%s</b>. Cán bộ của đơn vị có thể xem và báo cáo nhiệm vụ của đơn vị ngay trong nhóm; nhiệm vụ của đơn vị khác không hiển thị ở đây."
	groupInfo        = "Nhóm này đang gắn với <b>%s</b>.\nGõ /nhom bo để bỏ gắn."
	groupUnlinked    = "Đã bỏ gắn nhóm này với %s."
	groupOnly        = "Lệnh /nhom dùng trong nhóm chat: thêm bot vào nhóm của đơn vị rồi gõ /nhom &lt;đơn vị&gt; trong nhóm."
	groupOtherOrg    = "Nhóm này đang gắn với đơn vị của một cơ quan khác. Cần bỏ gắn ở cơ quan đó trước."
	groupNotAllowed  = "Chỉ quản trị viên hoặc trưởng đơn vị %s mới gắn được nhóm với đơn vị này."
	groupAssignOther = "Trong nhóm của %s chỉ giao được việc có %s tham gia. Hãy giao việc này trong tin nhắn riêng với bot."
	privateOnly      = "Vui lòng dùng lệnh này trong tin nhắn riêng với bot."
)

// Administration.
const (
	membersHeader  = "<b>Thành viên</b> (%d)"
	membersLine    = "#%d %s — %s%s%s"
	membersHead    = " (trưởng đơn vị)"
	membersUnreach = " ⚠️ chưa nhận được tin"
	membersFooter  = "\nĐổi vai trò: /vaitro &lt;số&gt; &lt;vai trò&gt; · Xóa: /xoathanhvien &lt;số&gt; · Mời: /moi &lt;vai trò&gt; [đơn vị]"
	membersGroups  = "\n<b>Nhóm chat đã gắn</b>"
	membersGroupLn = "• %s — %s"
	memberNotFound = "Không tìm thấy thành viên số %d. Gõ /thanhvien để xem danh sách."
	roleSet        = "Đã đặt %s: %s."
	roleHeadOf     = "trưởng đơn vị %s"
	roleInUnit     = "%s, thuộc %s"
	roleNeedUnit   = "Hãy ghi đơn vị mà người này làm trưởng, ví dụ: /vaitro %d truongdonvi KTHT"
	memberRemoved  = "Đã xóa %s khỏi cơ quan. Các nhiệm vụ của đơn vị vẫn giữ nguyên."
	inviteMade     = "Đường dẫn mời %s%s (hết hạn %s):\n%s\nGửi đường dẫn này cho người được mời; họ bấm vào rồi bấm “Bắt đầu”."
	inviteHeadOnly = "Anh/chị không có quyền tạo đường dẫn mời này: trưởng đơn vị chỉ mời được cán bộ vào đơn vị mình, ví dụ: /moi canbo %s"
	unitUnknown    = "Không tìm thấy đơn vị “%s”. Gõ /donvi để xem danh sách đơn vị."
	// inviteExampleUnit is the unit code of inviteHeadOnly's example when
	// the member heads no unit.
	inviteExampleUnit = "KTHT"
	unitOnlyOne       = "Hãy ghi một đơn vị cụ thể (tên hoặc mã)."
	adminNoMembers    = "Chưa có thành viên nào."
)

// Roles as people type them.
var (
	// groupUnlinkWords, after /nhom, unlink the group (folded).
	groupUnlinkWords = map[string]bool{"bo": true, "bo gan": true, "huy": true, "huy gan": true}
	// roleWords are role names as typed (folded, without spaces); "head"
	// stands for unit head.
	roleWords = map[string]string{
		"quantri": "admin", "quantrivien": "admin", "admin": "admin",
		"lanhdao": "leader", "leader": "leader",
		"thuky": "secretary", "secretary": "secretary",
		"canbo": "member", "thanhvien": "member", "member": "member",
		"truongdonvi": "head", "truongdv": "head", "head": "head",
	}
)

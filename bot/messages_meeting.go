package bot

// Vietnamese wording of the meeting flow: /hop, the draft of a conclusion,
// its buttons and corrections.

const (
	helpMeeting = "ghi kết luận cuộc họp và giao việc theo kết luận, ví dụ /hop Giao ban tháng 1; /hop 3 để xem cuộc họp số 3"
	// helpMeetingView is /hop in the /help of someone who may not open a meeting.
	helpMeetingView = "xem một cuộc họp và các nhiệm vụ theo kết luận của cuộc họp, ví dụ /hop 3"
)

const (
	msgMeetingUsage = "<b>Ghi kết luận cuộc họp</b>\n" +
		"/hop &lt;tên cuộc họp&gt; [ngày dd/mm] [chủ trì &lt;họ tên&gt;]\n" +
		"Ví dụ: /hop Giao ban tháng 1 ngày 07/01 chủ trì đồng chí Trần Việt Dũng (không ghi năm là năm nay, không ghi ngày là hôm nay)\n\n" +
		"Sau đó gửi nội dung kết luận: dán chữ vào tin nhắn, hoặc gửi tệp .docx hay .txt. " +
		"Dự thảo danh sách nhiệm vụ sẽ hiện ra để anh/chị kiểm tra, sửa, rồi xác nhận giao việc.\n" +
		"/hop &lt;số&gt; — xem một cuộc họp và các nhiệm vụ của cuộc họp đó."
	msgMeetingRecent    = "<b>Các cuộc họp gần đây</b>"
	msgMeetingRow       = "• Số %d — %s (ngày %s): %s"
	msgMeetingForbidden = "Chỉ lãnh đạo, thư ký hoặc quản trị viên mới được mở cuộc họp để giao việc. Anh/chị có thể xem một cuộc họp bằng /hop &lt;số&gt;, ví dụ /hop 1."
	msgMeetingOpened    = "Đã mở <b>cuộc họp số %d</b>: %s\nNgày họp: %s%s\n\n" +
		"Xin gửi nội dung kết luận cuộc họp: dán chữ vào tin nhắn tiếp theo, hoặc gửi tệp .docx hay .txt (kết luận dài hơn 4.000 ký tự nên gửi bằng tệp).\n" + msgSkipHint
	msgMeetingChair    = "\nChủ trì: %s"
	msgSendConclusion  = "Cuộc họp số %d chưa có nội dung kết luận. Xin gửi nội dung kết luận: dán chữ vào tin nhắn tiếp theo, hoặc gửi tệp .docx hay .txt.\n" + msgSkipHint
	msgConclusionEmpty = "Tin nhắn này chưa có nội dung kết luận: hãy dán chữ vào tin nhắn, hoặc gửi tệp .docx hay .txt."
	msgNoDirectives    = "Chưa tìm thấy chỉ đạo nào trong nội dung này (những câu như “Giao Phòng KTHT chủ trì…”, “Đề nghị các xã…”, “… cần hoàn thành trước 15/1”): hãy gửi phần kết luận của cuộc họp."
	msgMeetingNotFound = "Không tìm thấy cuộc họp số %d."
	msgMeetingFrozen   = "Kết luận cuộc họp số %d đã được xác nhận giao việc nên không sửa được nữa. Gõ /hop %d để xem các nhiệm vụ."
	msgItemNotFound    = "Không có mục %d trong dự thảo của cuộc họp số %d."
	msgItemDropped     = "Đã bỏ mục %d."
	msgAlreadyDropped  = "Mục %d đã được bỏ trước đó."
	msgDeadlinePassed  = "Thời hạn này đã qua: xin sửa thời hạn trước khi xác nhận."
)

// The draft of a conclusion.
const (
	msgDraftTitle  = "<b>Dự thảo nhiệm vụ từ kết luận cuộc họp số %d</b>: %s (ngày %s)"
	msgDraftFooter = "Xin kiểm tra từng mục: bấm “Sửa” để ghi lại đơn vị chủ trì, phối hợp hoặc thời hạn; “Bỏ” để bỏ mục không phải nhiệm vụ; " +
		"“Xác nhận tất cả” để giao việc và báo cho các đơn vị."
	msgDraftTooLong = "<i>Chỉ %d mục đầu có nút bấm; các mục sau được giao như đã ghi khi xác nhận.</i>"
	draftText       = "<b>%d.</b> %s"
	draftLead       = "    Chủ trì: %s"
	draftNoLead     = "    Chủ trì: <i>chưa xác định</i>"
	draftCoords     = "    Phối hợp: %s"
	draftLeadExcept = "%s, trừ đơn vị phối hợp"
	draftGroupUnits = " (%d đơn vị: %s)"
	draftMoreUnits  = "%s và %d đơn vị khác"
	draftGroupEmpty = "(chưa có đơn vị nào thuộc nhóm này)"
	draftDeadline   = "    Thời hạn: %s (“%s”)"
	draftNoDeadline = "    Thời hạn: không ghi thời hạn"
	draftWarning    = "    ⚠️ %s"
	draftDropped    = "<s><b>%d.</b> %s</s> — <i>đã bỏ</i>"
	draftCreated    = "<b>%d.</b> %s — <i>đã giao thành nhiệm vụ #%d</i>"
	btnMeetFix      = "✏️ Sửa %d"
	btnMeetDrop     = "🗑 Bỏ %d"
	btnMeetConfirm  = "✅ Xác nhận tất cả (%d mục)"
)

// Corrections of a draft item.
const (
	msgFixPrompt = "Sửa mục %d: <i>%s</i>\n\n" +
		"Xin gửi đơn vị chủ trì và/hoặc thời hạn mới, ví dụ:\n" +
		"• KTHT, phối hợp các xã, trước 30/1\n• phối hợp Phòng TCKH\n• trước 17h thứ 5 hàng tuần\n• bỏ thời hạn\n" +
		msgSkipHint
	msgFixDone = "Đã sửa mục %d."
	msgFixPast = "Thời hạn “%s” (%s) đã qua. Xin ghi thời hạn từ hôm nay trở đi."
)

// Confirmation of a draft.
const (
	msgConfirmRefused = "Chưa giao việc được vì còn mục cần sửa:\n%s\n\n" +
		"Bấm “Sửa” ở mục đó rồi gửi đơn vị chủ trì và thời hạn (ví dụ “KTHT, phối hợp các xã, trước 30/1”), " +
		"hoặc bấm “Bỏ” nếu mục đó không phải nhiệm vụ; sau đó bấm “Xác nhận tất cả” lại."
	problemNoLead       = "• Mục %d: chưa có đơn vị chủ trì."
	problemUnknownOwner = "• Mục %d: không còn đơn vị “%s” trong danh sách đơn vị."
	problemPast         = "• Mục %d: thời hạn %s đã qua."
	problemEmptyGroup   = "• Mục %d: danh sách đơn vị chưa có đơn vị nào thuộc “%s”."
	msgConfirmed        = "Đã giao %d nhiệm vụ từ kết luận cuộc họp số %d (%s); các đơn vị đang được thông báo:\n%s\n\nGõ /hop %d để theo dõi."
	confirmedItem       = "• #%d %s — chủ trì: %s%s"
	confirmedDeadline   = "; hạn %s"
	msgConfirmedNone    = "Đã đóng cuộc họp số %d: mọi mục đều đã bỏ nên không giao nhiệm vụ nào."
	msgCreatedTasks     = " (nhiệm vụ %s)"
)

// msgMeetingConfirmedBefore answers a second confirmation.
const msgMeetingConfirmedBefore = "Kết luận cuộc họp số %d đã được xác nhận giao việc trước đó%s; không giao lại. Gõ /hop %d để xem các nhiệm vụ."

// The card of a meeting.
const (
	cardMeetingTitle   = "<b>Cuộc họp số %d</b>: %s"
	cardMeetingDay     = "Ngày họp: %s"
	cardMeetingChair   = "Chủ trì: %s"
	cardMeetingOpener  = "Người ghi kết luận: %s"
	cardMeetingState   = "Tình trạng: <i>%s</i>"
	cardMeetingTasks   = "<b>Nhiệm vụ của cuộc họp</b> (%d)"
	cardMeetingNoTasks = "Chưa có nhiệm vụ nào."
	// stateMeetingConfirmed is a confirmed meeting's state with when: "đã giao việc lúc 07/01/2021 10:30 (thứ Năm)".
	stateMeetingConfirmed = "%s lúc %s"
)

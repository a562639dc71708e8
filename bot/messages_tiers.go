package bot

// Vietnamese wording of the two tiers' messages (merges, received tasks).
const (
	msgUnitMerged   = "🔀 %s đã được sáp nhập vào <b>%s</b>. Từ nay anh/chị thuộc đơn vị này; lịch sử nhiệm vụ cũ vẫn giữ tên đơn vị cũ."
	helpMerge       = "sáp nhập đơn vị: /sapnhap MÃ_MỚI MÃ_CŨ …"
	msgMergeUsage   = "Cách dùng: <code>/sapnhap MÃ_MỚI MÃ_CŨ_1 MÃ_CŨ_2</code> — mã đơn vị tiếp nhận đứng đầu, sau đó là mã các đơn vị được sáp nhập (xem mã: /donvi)."
	msgMerged       = "🔀 Đã sáp nhập %s vào <b>%s</b>: chuyển %d nhiệm vụ đang thực hiện, %d cán bộ, %d nhóm chat. Các cán bộ đã được báo; lịch sử cũ giữ tên đơn vị cũ."
	msgMergePreview = "🔀 <b>Xem trước khi sáp nhập</b>\nĐơn vị tiếp nhận: <b>%[2]s</b>\nĐơn vị được sáp nhập (sẽ thôi hoạt động): %[1]s\n\n" +
		"Sẽ chuyển sang <b>%[2]s</b>: %[3]d nhiệm vụ đang thực hiện, %[4]d cán bộ, %[5]d nhóm chat. Lịch sử cũ giữ tên đơn vị cũ.\n\n" +
		"Hãy kiểm tra kỹ: %[6]s sẽ thôi hoạt động. Bấm <b>Xác nhận</b> để sáp nhập, hoặc <b>Hủy</b> nếu ghi nhầm thứ tự mã (mã đơn vị tiếp nhận đứng đầu)."
	msgMergeCancelled  = "Đã hủy, không sáp nhập đơn vị nào."
	msgMergeTooMany    = "Quá nhiều đơn vị trong một lần sáp nhập; hãy sáp nhập lần lượt, mỗi lần vài đơn vị."
	btnMergeOK         = "✅ Xác nhận sáp nhập"
	btnMergeNo         = "✖️ Hủy"
	msgUnitMergedTasks = "\n%d nhiệm vụ đang thực hiện đã chuyển sang %s, nhắc việc gửi theo đơn vị mới. Xem: /viec"
	helpRename         = "đổi tên đơn vị: /doiten MÃ Tên mới"
	msgRenameUsage     = "Cách dùng: <code>/doiten MÃ Tên mới</code>, ví dụ <code>/doiten vhxh Phòng Văn hóa – Xã hội phường Đầm Hà</code> (xem mã: /donvi)."
	msgRenamed         = "✏️ Đã đổi tên <b>%s</b> thành <b>%s</b>. Tên cũ vẫn được nhận ra khi giao việc và trong văn bản kết luận."
	msgRenamedSame     = "Đơn vị đã mang tên <b>%s</b>."
)

// Vietnamese wording of received tasks ("nhiệm vụ cấp trên giao").
const (
	helpReceived               = "nhiệm vụ cấp trên giao cho cơ quan, để phân công tiếp"
	msgReceivedNone            = "%s hiện không có nhiệm vụ cấp trên giao nào đang chờ thực hiện."
	msgReceivedList            = "<b>Nhiệm vụ cấp trên giao</b> (bấm Phân công để giao tiếp cho đơn vị):"
	msgReceivedClosed          = "Nhiệm vụ cấp trên giao số %d đã xong hoặc đã bị hủy, không phân công tiếp được."
	msgReceivedHead            = "📥 <b>Nhiệm vụ cấp trên giao</b>"
	msgReceivedPendingHead     = "⏰ <b>Nhiệm vụ cấp trên giao sắp đến hạn mà chưa phân công</b>"
	msgReceivedDueHead         = "⏰ <b>Nhiệm vụ cấp trên giao đến hạn hôm nay mà chưa phân công</b>"
	msgReceivedOverdueHead     = "⚠️ <b>Nhiệm vụ cấp trên giao đã quá hạn mà chưa phân công</b>"
	msgReceivedReturnedHead    = "↩️ <b>Cấp trên trả lại nhiệm vụ để làm tiếp</b>"
	msgReceivedCancelledHead   = "✖️ <b>Cấp trên đã hủy nhiệm vụ</b>"
	msgReceivedFooter          = "Bấm <b>Phân công</b> để giao toàn bộ hoặc từng phần cho các đơn vị; khi mọi phần việc xong, kết quả tự báo lên cấp trên."
	promptHandOn               = "%s\n\nHãy ghi đơn vị nhận, ví dụ:\n• <code>VHXH</code> (giao toàn bộ nhiệm vụ)\n• <code>Khu phố 1, phối hợp VHXH: rà soát hộ nghèo khu phố 1 trước 20/1</code> (giao một phần)"
	msgHandedOn                = "✅ Đã phân công:\n\n%s\n\nKhi mọi phần việc xong và được xác nhận, kết quả tự báo lên cấp trên."
	btnHandOn                  = "📤 Phân công"
	btnHandOnN                 = "📤 Phân công số %d"
	btnHandOnMore              = "📤 Phân công thêm phần việc"
	cardReceivedTitle          = "<b>Nhiệm vụ cấp trên giao số %d</b> — %s"
	cardReceivedMeeting        = "Cuộc họp: %s"
	cardReceivedReason         = "Lý do cấp trên trả lại: <i>%s</i>"
	cardReceivedAssigner       = "Người giao: %s"
	lineReceived               = "<b>Số %d</b>. %s\n   Cấp trên: %s · %s"
	lineReceivedDeadline       = " · hạn %s"
	msgReceivedExtendedHead    = "📅 <b>Cấp trên đã đồng ý gia hạn</b> nhiệm vụ cấp trên giao"
	msgReceivedExtRejectedHead = "📅 <b>Cấp trên không đồng ý gia hạn</b> nhiệm vụ cấp trên giao; thời hạn giữ nguyên"
	btnAskParent               = "📅 Xin gia hạn"
	promptAskParent            = "Hãy ghi thời hạn mới và lý do để gửi %s, ví dụ: 30/6 vì chờ số liệu của các thôn."
	msgAskedParent             = "Đã gửi %s đề nghị gia hạn đến %s; khi cấp trên quyết định, anh/chị sẽ được báo."
	msgExtForwarded            = "Thời hạn mới của nhiệm vụ #%d (%s) vượt thời hạn cấp trên giao: đã chuyển đề nghị lên cấp trên. Khi cấp trên quyết định, các đơn vị sẽ được báo."
	noticeExtByParent          = "cấp trên"
	listReceived               = " — cấp trên giao"
	lineFromParent             = " · <i>cấp trên giao</i>"
	listReceivedWaiting        = "\n\n📥 Còn <b>%d</b> nhiệm vụ cấp trên giao chưa phân công: /captren"
	noticeParentDeadline       = "📅 <b>%s đã đổi thời hạn nhiệm vụ cấp trên giao</b>, nên nhiệm vụ #%d đổi thời hạn từ %s thành %s.\n\n%s"
)

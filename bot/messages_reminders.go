package bot

// What people read in reminders and escalations.
const (
	remindLeft      = "⏰ <b>Nhắc việc:</b> nhiệm vụ #%d còn %d ngày đến hạn (%s)."
	remindToday     = "⏰ <b>Nhắc việc:</b> hôm nay là hạn của nhiệm vụ #%d (%s)."
	remindOverdue   = "⚠️ <b>Nhiệm vụ #%d đã quá hạn %d ngày</b> (hạn %s). Đề nghị đơn vị khẩn trương hoàn thành và báo cáo."
	remindAsked     = "⏰ <b>Nhắc lại theo yêu cầu:</b> nhiệm vụ #%d, hạn %s."
	remindNoDate    = "⏰ <b>Nhắc lại theo yêu cầu:</b> nhiệm vụ #%d."
	remindFooter    = "Khi xong, bấm [Hoàn thành]; nếu chưa xong, bấm [Báo cáo tiến độ] để cập nhật."
	escalationHead  = "⚠️ <b>%s có %d nhiệm vụ quá hạn</b> (tính đến %s):"
	escalationLine  = "• <b>#%d</b> %s — quá hạn %d ngày (hạn %s)"
	escalationTail  = "Đề nghị đồng chí đôn đốc đơn vị hoàn thành. Xem chi tiết: /task &lt;số&gt;."
	btnProgress     = "Báo cáo tiến độ"
	btnSnooze       = "Nhắc lại sau"
	btnSnoozeHours  = "Sau 2 giờ"
	btnSnoozeMorrow = "8:00 sáng mai"
	btnBack         = "« Quay lại"
	msgSnoozed      = "Đã hẹn nhắc lại nhiệm vụ #%d lúc %s."
	msgSnoozeOff    = "Chức năng hẹn nhắc lại chưa được bật."
)

// What an admin reads about the delivery queue.
const (
	helpAdminOutbox     = "xem hàng đợi gửi tin: /admin outbox"
	msgAdminUsage       = "Cách dùng: <code>/admin outbox</code> để xem các tin gửi thất bại; <code>/admin guilai 123</code> để gửi lại tin số 123."
	msgOutboxCounts     = "<b>Hàng đợi gửi tin</b>: đang chờ %d, đã gửi %d, thất bại %d, đã huỷ %d."
	msgOutboxNoFailed   = "Không có tin nào gửi thất bại."
	msgOutboxFailedHead = "<b>Tin gửi thất bại gần đây:</b>"
	msgOutboxFailedRow  = "• #%d (%s, tạo %s, %d lần thử): %s"
	msgOutboxRetryHint  = "Khi đã khắc phục (ví dụ người nhận đã mở trò chuyện với bot), gõ <code>/admin guilai &lt;số&gt;</code> để gửi lại."
	msgRetried          = "Đã đưa tin #%d vào hàng đợi gửi lại."
	msgRetryNotFailed   = "Tin #%d không ở trạng thái thất bại nên không gửi lại."
)

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

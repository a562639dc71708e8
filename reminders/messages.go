package reminders

// What an admin reads when a policy is wrong.
const (
	msgBadClock = "Giờ %s “%s” chưa đúng, hãy viết dạng giờ:phút, ví dụ 08:00."
	// The clocks of a policy as msgBadClock names them.
	clockAt          = "nhắc"
	clockQuietFrom   = "bắt đầu nghỉ"
	clockQuietTo     = "kết thúc nghỉ"
	msgBadBeforeDays = "Số ngày nhắc trước hạn phải từ 1 đến 30 (đang là %d)."
	msgBadOverdueMax = "Số lần nhắc khi quá hạn phải từ 0 đến 30 (đang là %d)."
	msgBadTimedHours = "Số giờ nhắc trước thời hạn có giờ phải từ 0 đến 24 (đang là %d)."
	msgNoWorkingDay  = "Phải còn ít nhất một ngày làm việc trong tuần."
	msgBadRestDay    = "Ngày nghỉ phải là số từ 0 (Chủ nhật) đến 6 (thứ Bảy) (đang có %d)."

	msgBadEscalateAfter = "Lần nhắc quá hạn mà sau đó báo người giao việc và trưởng đơn vị phải từ 0 (không báo) đến số lần nhắc khi quá hạn (%d), đang là %d. Hãy đổi một trong hai số cho khớp."
)

package bot

// What the bot says when a /giao deadline was already past when typed.
const (
	msgAssignPassed = "Thời hạn “%s” đã qua.\n\nCó phải là <b>%s</b>? Bấm nút bên dưới để giao việc với thời hạn đó, " +
		"hoặc gửi lại thời hạn ghi rõ ngày, ví dụ “%s”."
	btnAssignAt      = "Giao với hạn %s"
	msgAssignAskGone = "Yêu cầu này đã hết hạn hoặc đã được xử lý. Xin gõ lại /giao."
	// msgAssignDeadlineAgain answers a deadline sent again that cannot be read.
	msgAssignDeadlineAgain = "Chưa đọc được thời hạn %s. Xin chỉ gửi thời hạn, ví dụ “17h ngày 15/01/2031”."
)

package bot

// What the bot says when a /giao deadline was already past when typed.
const (
	msgAssignPassed = "Thời hạn “%s” đã qua.\n\nCó phải là <b>%s</b>? Bấm nút bên dưới để giao việc với thời hạn đó"
	// msgAssignPassedPrivate ends msgAssignPassed in a private chat, where the bot waits for the deadline.
	msgAssignPassedPrivate = ", hoặc gửi lại thời hạn ghi rõ ngày, ví dụ “%s”."
	// msgAssignPassedGroup ends it in a group, where the bot does not take the next message as the answer.
	msgAssignPassedGroup = ", hoặc gõ lại /giao với thời hạn ghi rõ ngày, ví dụ “%s”."
	btnAssignAt          = "Giao với hạn %s"
	msgAssignAskGone     = "Yêu cầu này đã hết hạn hoặc đã được xử lý. Xin gõ lại /giao."
)

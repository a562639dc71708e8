package senderr

// reasons explain, for admins and operators, the English errors Telegram
// gives for a message it did not take: a part of the error (lower case)
// and what it means, in order.
var reasons = []struct{ match, meaning string }{
	{"bot was blocked by the user", "người nhận đã chặn bot; cần nhắn họ mở lại trò chuyện với bot và bấm “Bắt đầu”"},
	{"bot can't initiate conversation", "người nhận chưa mở trò chuyện với bot; cần nhắn họ bấm vào đường dẫn của bot rồi bấm “Bắt đầu”"},
	{"user is deactivated", "tài khoản Telegram của người nhận đã bị xóa hoặc vô hiệu hóa"},
	{"bot was kicked", "bot đã bị mời ra khỏi nhóm; cần thêm bot vào nhóm lại"},
	{"bot is not a member", "bot không còn là thành viên của nhóm; cần thêm bot vào nhóm lại"},
	{"not enough rights", "bot không có quyền gửi tin trong nhóm này; cần quản trị nhóm cấp quyền"},
	{"have no rights to send", "bot không có quyền gửi tin trong nhóm này; cần quản trị nhóm cấp quyền"},
	{"upgraded to a supergroup", "nhóm đã được nâng cấp thành siêu nhóm; hệ thống sẽ gửi sang nhóm mới"},
	{"chat not found", "không tìm thấy cuộc trò chuyện: người nhận chưa mở trò chuyện với bot, hoặc bot đã rời nhóm"},
	{"too many requests", "Telegram tạm giới hạn tốc độ gửi; hệ thống sẽ tự gửi lại sau"},
	{"can't parse entities", "nội dung có định dạng Telegram không đọc được"},
	{"message is too long", "tin nhắn quá dài"},
	{"too big", "tệp quá lớn để gửi qua Telegram"},
	{"wrong file identifier", "tệp không còn trên Telegram"},
	{"unauthorized", "mã bot (token) không hợp lệ hoặc đã bị thu hồi; quản trị hệ thống cần kiểm tra TELEGRAM_TOKEN"},
	{"bad gateway", "máy chủ Telegram tạm thời lỗi; hệ thống sẽ tự gửi lại"},
	{"internal server error", "máy chủ Telegram tạm thời lỗi; hệ thống sẽ tự gửi lại"},
	{"timeout", "mạng hoặc máy chủ Telegram không trả lời kịp"},
	{"connection refused", "không kết nối được tới Telegram"},
	{"no such host", "không kết nối được tới Telegram (lỗi mạng hoặc tên miền)"},
}

// Unknown is the meaning of an error none of the reasons match.
const Unknown = "lỗi khác của Telegram"

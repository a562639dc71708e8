package bot

// Vietnamese wording for a deployment of several bots: a person who
// writes to a bot that does not serve their organisation (served.go).
const (
	msgServedElsewhere     = "Cơ quan của anh/chị không làm việc qua bot này.\n%s"
	msgServedElsewhereLine = "• <b>%s</b> làm việc qua %s: xin nhắn tin cho bot đó."
	msgServedElsewhereBot  = "bot @%s"
	msgServedElsewhereAny  = "một bot khác của hệ thống (xin hỏi quản trị viên tên bot)"
	msgJoinElsewhere       = "Đường dẫn mời này là của <b>%s</b>, cơ quan làm việc qua bot %s, không phải bot này.\nXin mở đường dẫn sau để tham gia: %s"
	msgJoinElsewhereNoLink = "Đường dẫn mời này là của <b>%s</b>, cơ quan làm việc qua một bot khác của hệ thống. Xin hỏi quản trị viên đường dẫn mời đúng."
	msgCallbackElsewhere   = "Cơ quan của anh/chị không làm việc qua bot này; xin dùng bot của cơ quan."
)

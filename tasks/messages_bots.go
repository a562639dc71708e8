package tasks

// Replies about the bot that serves an organisation (store_bots.go).
const (
	msgBotNotFamilys = "Cơ quan “%s” thuộc “%s”, đã do một bot khác phục vụ: cơ quan cấp dưới dùng bot của cơ quan cấp trên. Hãy đổi bot cho “%[2]s” nếu cần."
)

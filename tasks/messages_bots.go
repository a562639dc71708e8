package tasks

// Replies about the bot that serves an organisation (store_bots.go).
const (
	msgBotNotFamilys = "Cơ quan “%s” thuộc “%s”, đã do một bot khác phục vụ: cơ quan cấp dưới dùng bot của cơ quan cấp trên. Hãy đổi bot cho “%[2]s” nếu cần."
	msgBotGroupTaken = "Nhóm “%s” đã được gắn với đơn vị của một cơ quan khác do bot này phục vụ; một nhóm chỉ gắn với một đơn vị của mỗi bot. Hãy gõ /nhom bo trong nhóm ở một trong hai cơ quan rồi đổi bot lại."
)

package bot

// What the admins and leaders read when a report chat can no longer be
// reached (render_report_chats.go).
const (
	rcLost = "⚠️ Không gửi được báo cáo tuần vào nhóm <b>%s</b>: bot đã bị mời ra khỏi nhóm, không còn quyền gửi tin trong nhóm, hoặc nhóm không còn nữa. " +
		"Từ nay nhóm này không nhận báo cáo tuần."
	rcLostRerouted = "%s (%s) đã được gửi vào tin nhắn riêng của lãnh đạo, thư ký và quản trị viên của cơ quan."
	rcLostNext     = "Các báo cáo tuần sau sẽ gửi đến nhóm nhận báo cáo còn lại, hoặc vào tin nhắn riêng của lãnh đạo, thư ký và quản trị viên nếu không còn nhóm nào."
	rcLostFix      = "Để nhóm nhận lại báo cáo: thêm bot %s vào nhóm (hoặc cho bot quyền gửi tin), rồi gõ /baocao_o_day trong nhóm."
	rcUntitled     = "(không có tên)"
	rcThisBot      = "này"
)

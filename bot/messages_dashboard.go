package bot

// Wording of /bang, the leaders' dashboard.
const (
	helpDashboard     = "mở bảng theo dõi nhiệm vụ (trong Telegram hoặc trên trình duyệt)"
	dashOpenButton    = "Mở bảng theo dõi"
	dashBrowserButton = "Mở trên trình duyệt"
	dashOnlyPrivate   = "Bảng theo dõi mở từ cuộc trò chuyện riêng với bot: xin gõ /bang ở đó (hoặc bấm nút menu của bot)."
	dashReply         = "<b>Bảng theo dõi nhiệm vụ – %s</b>\n\nBấm “Mở bảng theo dõi” để xem ngay trong Telegram.\nTrên máy tính, bấm “Mở trên trình duyệt”: đường dẫn chỉ dùng được một lần, hết hạn lúc %s ngày %s. Đừng chuyển tiếp tin nhắn này cho người khác."
	dashRemindHead    = "🔔 <b>Nhắc việc: nhiệm vụ #%d</b> — %s đề nghị đơn vị khẩn trương thực hiện và báo cáo."
)

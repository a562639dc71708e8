package bot

// What a person reads after editing a message they had sent to the bot
// (handlers_edits.go).
const (
	msgEditedTask = "✏️ Anh/chị vừa sửa tin nhắn đã giao nhiệm vụ #%[1]d. Sửa tin nhắn đã gửi không làm thay đổi nhiệm vụ: " +
		"nhiệm vụ #%[1]d vẫn giữ nội dung, đơn vị và thời hạn như lúc giao.\n" +
		"Muốn thay đổi nhiệm vụ:\n" +
		"• dùng các nút của nhiệm vụ: gõ /task %[1]d để xem;\n" +
		"• đổi thời hạn: đơn vị thực hiện gõ /giahan %[1]d &lt;hạn mới&gt; vì &lt;lý do&gt;, người giao việc duyệt;\n" +
		"• giao cho đơn vị khác: /chuyen %[1]d &lt;đơn vị&gt;: &lt;lý do&gt;;\n" +
		"• sửa nội dung: hủy bằng /huy %[1]d &lt;lý do&gt; rồi gửi lại lệnh /giao với nội dung đúng."
	msgEdited = "✏️ Tin nhắn đã sửa không được đọc lại: sửa tin nhắn đã gửi không làm thay đổi điều gì đã ghi nhận.\n" +
		"Nếu cần, hãy gửi lại một tin nhắn mới với nội dung đúng. Để thay đổi một nhiệm vụ, dùng các nút của nhiệm vụ (/task &lt;số&gt;), " +
		"/giahan để xin đổi thời hạn, /chuyen để giao cho đơn vị khác."
)

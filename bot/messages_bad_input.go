package bot

// What the bot answers to input the database refuses (SQLSTATE class 22).
const (
	msgBadInput = "Xin lỗi, nội dung vừa gửi có ký tự hoặc giá trị mà hệ thống không lưu được (ví dụ một đoạn quá dài hay một con số quá lớn). Xin viết lại ngắn gọn hơn, bỏ các ký tự đặc biệt, rồi gửi lại."
)

package tasks

// Vietnamese wording of the tasks package: everything in it that a person
// reads. Keep phrasing consistent here rather than in the code that uses it.
const (
	msgCSVLine          = "dòng %d: %s"
	msgCSVColumns       = "cần 4 cột (mã, tên, tên gọi khác, loại), dòng này có %d cột"
	msgCSVCodeEmpty     = "thiếu mã đơn vị"
	msgCSVCodeChars     = "mã %q chỉ được gồm chữ cái không dấu, chữ số, dấu '-' và '_'"
	msgCSVNameEmpty     = "thiếu tên đơn vị"
	msgCSVKind          = "loại %q không hợp lệ: loại phải là phong, xa, doanthe hoặc khac"
	msgCSVDuplicateCode = "mã %q đã dùng ở dòng %d"
	msgCSVEmpty         = "tệp không có đơn vị nào"
)

// Status labels in the words the government uses.
const (
	labelOnTime     = "trong hạn"
	labelNoDeadline = "chưa có thời hạn"
	labelDueSoon    = "sắp đến hạn"
	labelDueToday   = "sắp đến hạn (hạn hôm nay)"
	labelDaysLeft   = "còn %d ngày"
	labelOverdue    = "quá hạn %d ngày"
	labelDoneOnTime = "hoàn thành đúng hạn"
	labelDoneLate   = "hoàn thành quá hạn %d ngày"
	labelPending    = "chờ xác nhận"
	labelCancelled  = "đã hủy"
)

// Replies about an /assign message.
const (
	msgAssignEmpty        = "Tin giao việc đang trống."
	msgAssignNoUnit       = "Chưa thấy đơn vị chủ trì. Hãy ghi tên hoặc mã đơn vị ở đầu tin."
	msgAssignUnknownUnit  = "Không tìm thấy đơn vị “%s” trong danh sách đơn vị. Hãy ghi đúng tên hoặc mã đơn vị (gõ /donvi để xem danh sách)."
	msgAssignNoText       = "Chưa có nội dung công việc sau tên đơn vị."
	msgAssignBadDeadline  = "Thời hạn chưa đúng: %s."
	msgAssignPastDeadline = "Thời hạn “%s” đã qua. Hãy kiểm tra lại ngày."
)

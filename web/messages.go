package web

import "fmt"

// Vietnamese wording of the dashboard: everything in it that a person reads,
// apart from the templates' fixed text.
const (
	msgUnauthenticated = "Phiên làm việc không hợp lệ hoặc đã hết hạn. Xin mở lại bảng theo dõi từ Telegram (nút menu của bot hoặc lệnh /bang)."
	msgStranger        = "Tài khoản Telegram này chưa là thành viên của cơ quan nào trên dondoc. Xin đề nghị quản trị viên gửi đường dẫn mời."
	msgInternal        = "Hệ thống đang gặp sự cố, xin thử lại sau ít phút."
	msgCSRF            = "Yêu cầu bị từ chối vì thiếu mã bảo vệ (CSRF). Xin tải lại trang rồi thử lại."
	msgNotFound        = "Không tìm thấy mục này, hoặc anh/chị không có quyền xem."
	msgForbidden       = "Anh/chị không có quyền thực hiện thao tác này."
	msgConflict        = "Nhiệm vụ đã thay đổi trạng thái nên không thể thực hiện thao tác này nữa. Xin tải lại trang."
	msgBadWeek         = "Tuần “%s” không hợp lệ. Xin viết theo dạng 2021-W02 (năm, chữ W, số tuần)."
	msgBadNumber       = "“%s” không phải là một số hợp lệ."
	msgBadStatus       = "Trạng thái “%s” không có trong danh sách."
	msgBadFrom         = "Nguồn giao “%s” không có trong danh sách; hãy chọn “Cấp trên giao” hoặc để trống."
	msgSearchTooLong   = "Từ khóa tìm kiếm quá dài (tối đa 200 ký tự)."
	msgBadView         = "Không có trang “%s”."
	msgBadAction       = "Không có thao tác “%s”."
	msgBadReportKind   = "Không có loại báo cáo “%s”. Xin chọn “dangky” (thứ Năm) hoặc “ketqua” (thứ Hai)."
	msgNeedLead        = "Xin chọn ít nhất một đơn vị chủ trì."
	msgBadUnit         = "Đơn vị số %d không có trong danh bạ của cơ quan."
	msgBadBody         = "Dữ liệu gửi lên không đọc được."
	msgFileUnavailable = "Không lấy được tệp từ Telegram lúc này, xin thử lại sau hoặc xem bằng lệnh /task trong Telegram."
	msgDownloadExpired = "Đường dẫn tải tệp đã hết hạn (mỗi đường dẫn dùng được 2 phút). Xin bấm lại nút tải trong bảng theo dõi."
	msgLoginBad        = "Đường dẫn đăng nhập không hợp lệ, đã dùng hoặc đã hết hạn (mỗi đường dẫn chỉ dùng được một lần, trong 10 phút). Xin gõ /bang trong cuộc trò chuyện riêng với bot để nhận đường dẫn mới."
	msgTotal           = "Toàn cơ quan"
	msgNoDeadline      = "chưa có thời hạn"
	msgRoleHead        = "trưởng đơn vị"
	msgPhoto           = "ảnh"
	msgMeetingOption   = "Cuộc họp số %d: %s"

	msgStatusOnTime     = "Trong hạn"
	msgStatusDueSoon    = "Sắp đến hạn"
	msgStatusOverdue    = "Quá hạn"
	msgStatusPending    = "Chờ xác nhận"
	msgStatusDoneOnTime = "Hoàn thành đúng hạn"
	msgStatusDoneLate   = "Hoàn thành quá hạn"
	msgStatusCancelled  = "Đã hủy"

	msgDoneConfirm    = "Đã xác nhận hoàn thành nhiệm vụ #%d."
	msgDoneRework     = "Đã yêu cầu làm lại nhiệm vụ #%d."
	msgDoneCancel     = "Đã hủy nhiệm vụ #%d."
	msgDoneRemind     = "Đã gửi lời nhắc nhiệm vụ #%d tới %d người của các đơn vị chưa báo cáo."
	msgDoneReassign   = "Đã chuyển nhiệm vụ #%d cho đơn vị mới."
	msgDoneApprove    = "Đã đồng ý gia hạn nhiệm vụ #%d."
	msgDoneForwarded  = "Thời hạn mới của nhiệm vụ #%d vượt thời hạn cấp trên giao: đã chuyển đề nghị lên cấp trên quyết định."
	msgDoneReject     = "Đã không đồng ý gia hạn nhiệm vụ #%d."
	msgReportThursday = "dangky"
	msgReportMonday   = "ketqua"
)

// What the dashboard's script (static/app.js) says: the shell page carries
// them as data-msg-* attributes of its body, so the script holds no words.
const (
	msgScriptLoadFailed = "Không tải được dữ liệu, xin thử lại."
	msgScriptFailed     = "Không thực hiện được, xin thử lại. Mã lỗi:"
	msgScriptDone       = "Đã xong."
	msgScriptNoFile     = "Không tải được tệp."
	msgScriptOffline    = "Không kết nối được máy chủ."
)

// scriptText is the shell's wording for app.js, by the key the script asks
// for (data-msg-<key>).
type scriptText struct {
	LoadFailed, Failed, Done, NoFile, Offline string
}

func newScriptText() scriptText {
	return scriptText{LoadFailed: msgScriptLoadFailed, Failed: msgScriptFailed, Done: msgScriptDone, NoFile: msgScriptNoFile, Offline: msgScriptOffline}
}

// userError is a mistake in a request that the person can correct; Msg is
// shown to them.
type userError struct{ Msg string }

// Error returns the Vietnamese message shown to the user.
func (e *userError) Error() string { return e.Msg }

func inputError(format string, args ...any) error {
	return &userError{Msg: fmt.Sprintf(format, args...)}
}

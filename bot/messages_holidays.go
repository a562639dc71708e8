package bot

// What people read and type about days off (/ngaynghi).
const (
	helpHolidays = "ngày nghỉ lễ, Tết, ngày nghỉ riêng và ngày làm bù của cơ quan"

	msgHolidayTitle = "<b>Ngày nghỉ và ngày làm bù năm %d</b> (%s; không nhắc việc vào ngày nghỉ)"
	// msgHolidayWeeklyRest names the weekly rest days of the organisation's policy.
	msgHolidayWeeklyRest   = "%s là ngày nghỉ hằng tuần"
	msgHolidayNoWeeklyRest = "cơ quan không có ngày nghỉ hằng tuần, chỉ nghỉ lễ, Tết và ngày nghỉ riêng"
	msgHolidayNoData       = "<i>Lịch nghỉ chung chỉ có từ năm %d đến năm %d; năm này chỉ có ngày riêng của cơ quan.</i>"
	msgHolidayLine         = "• %s: nghỉ — %s"
	msgHolidayWorkLine     = "• %s: <b>làm việc</b> — %s"
	msgHolidayOwn          = " <i>(ngày riêng của cơ quan)</i>"
	msgHolidayUsage        = "Quản trị viên thêm ngày nghỉ riêng: <code>/ngaynghi them 16/03/%[1]d Kỷ niệm ngày thành lập</code>; ngày làm bù: <code>/ngaynghi lambu 21/03/%[1]d</code>; bỏ một ngày riêng: <code>/ngaynghi bo 16/03/%[1]d</code>. Xem năm khác: <code>/ngaynghi %[2]d</code>."
	msgHolidayOff          = "Chức năng ngày nghỉ riêng chưa được bật."
	msgHolidayAdded        = "Đã ghi %s %s “%s”. Đã lập lại lịch nhắc cho %d nhiệm vụ đang thực hiện."
	msgHolidayKindOff      = "ngày nghỉ"
	msgHolidayKindWork     = "ngày làm việc bù"
	msgHolidayRemoved      = "Đã bỏ ngày riêng %s của cơ quan; ngày này theo lại lịch nghỉ chung."
	msgHolidayNotFound     = "Cơ quan không có ngày riêng %s. Gõ /ngaynghi để xem các ngày đã ghi."

	msgHolidayAdminsOnly = "Chỉ quản trị viên mới thêm hoặc bỏ ngày nghỉ riêng, ngày làm bù. Gõ /ngaynghi để xem lịch nghỉ."
)

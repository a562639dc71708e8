package weekly

import (
	"fmt"
	"time"
)

// Vietnamese wording of the weekly cycle: everything in this package that a
// person reads, in reports, files and replies. Dates are dd/mm/yyyy.

func fmtMsg(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// Input errors.
const (
	msgEntryEmpty          = "Nội dung đang trống. Hãy ghi việc đơn vị sẽ làm (hoặc đã làm), ví dụ: “Ra quân dọn vệ sinh đường làng, thứ Bảy, tại thôn 3, 50 người”."
	msgEntryTooLong        = "Nội dung dài %d ký tự, quá mức cho phép (%d ký tự). Hãy tách thành nhiều mục."
	msgBadDay              = "Ngày chưa đúng: %s. Hãy ghi ngày như “thứ Bảy” hoặc “23/01”."
	msgDayOutsideWeek      = "Ngày %s (%s) không thuộc %s. Hãy ghi một ngày trong tuần đó, ví dụ “thứ Bảy” hoặc “23/01”."
	msgNoSuchRegistration  = "Đơn vị không có mục đăng ký số %d trong %s. Gõ /dangky để xem các mục đã đăng ký."
	msgWeekFormat          = "tuần %02d/%d"
	msgWeekRange           = "từ %s đến %s"
	msgWeekLabel           = "tuần %02d/%d (%s – %s)"
	totalName              = "Toàn cơ quan"
	msgPercent             = "%s%%"
	msgNoRate              = "—"
	msgLateNote            = "<i>Báo cáo gửi muộn do hệ thống gián đoạn (giờ gửi theo lịch: %s).</i>"
	msgPreviewNote         = "<i>Số liệu tạm tính đến %s, chưa phải báo cáo chính thức của tuần.</i>"
	msgAsOf                = "%s · số liệu đến %s"
	msgXlsxNote            = "<i>Chi tiết trong tệp Excel đính kèm.</i>"
	msgMoreLines           = "<i>… và %d mục khác (xem tệp Excel).</i>"
	msgEntryByRegistration = " <i>(theo đăng ký số %d)</i>"
	msgEntryEvidence       = " · minh chứng: %s"
	msgPhotos              = "%d ảnh"
	msgFiles               = "%d tệp"
	msgEntryPlace          = "tại %s"
	msgEntryPeople         = "%s người"
	msgEntryEdited         = " <i>(đã sửa)</i>"
	msgDueLine             = "• #%d %s — hạn %s%s"
	msgDueCoord            = " <i>(phối hợp)</i>"
	msgUnitHeading         = "<b>%d. %s</b>"
	msgNoneAsked           = "Không có đơn vị nào."
	msgWeekBad             = "Tuần “%s” chưa đúng. Hãy ghi năm, chữ W và số tuần, ví dụ 2021-W02."
	msgWeekNone            = "Năm %d không có tuần %d. Hãy ghi số tuần từ 1 đến %d, ví dụ 2021-W02."
)

// What is wrong with weekly settings an admin or operator set.
const (
	msgSettingsZone    = "Múi giờ “%s” không hợp lệ. Hãy ghi tên múi giờ, ví dụ Asia/Ho_Chi_Minh."
	msgSettingsCatchUp = "Thời gian gửi bù “%s” chưa đúng. Hãy ghi số giờ hoặc phút, ví dụ 24h, 12h hoặc 90m."
	msgSettingsKind    = "Không có lượt “%s” trong lịch báo cáo tuần. Các lượt là: %s."
	msgSettingsSpec    = "Lịch của lượt “%s” (%s) chưa đúng: “%s”. Hãy ghi dạng cron “phút giờ ngày tháng thứ”, ví dụ “0 17 * * 4” là 17:00 thứ Năm, hoặc “off” để tắt."
)

// kindNames name the runs of the weekly cycle.
var kindNames = map[Kind]string{
	AskRegistration:    "Mời các đơn vị đăng ký ra quân",
	RemindRegistration: "Nhắc đơn vị chưa đăng ký",
	Thursday:           "Báo cáo tổng hợp đăng ký ra quân",
	AskResult:          "Mời các đơn vị báo cáo kết quả",
	RemindResult:       "Nhắc đơn vị chưa báo cáo kết quả",
	Monday:             "Báo cáo kết quả tuần",
}

// Name is the Vietnamese name of the kind of run, as people read it:
// "Báo cáo kết quả tuần" for Monday.
func (k Kind) Name() string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return string(k)
}

// triggerNames say what made a run.
var triggerNames = map[string]string{
	TriggerSchedule: "theo lịch",
	TriggerCommand:  "theo lệnh của người vận hành",
}

// TriggerName says in Vietnamese what made a run: "theo lịch".
func TriggerName(trigger string) string {
	if n, ok := triggerNames[trigger]; ok {
		return n
	}
	return trigger
}

// The Thursday report.
const (
	thuTitle      = "<b>TỔNG HỢP ĐĂNG KÝ RA QUÂN %s</b>"
	thuRegistered = "<b>I. Đăng ký của các đơn vị</b> (%d/%d đơn vị đã đăng ký)"
	thuNoneYet    = "Chưa có đơn vị nào đăng ký."
	thuMissing    = "<b>II. Đơn vị chưa đăng ký</b> (%d)"
	thuDue        = "<b>III. Nhiệm vụ đến hạn trong tuần</b> (%d)"
	thuNoDue      = "Không có nhiệm vụ nào đến hạn trong tuần."
	thuUnitTitle  = "<b>Đăng ký ra quân %s của %s</b>"
	thuUnitNone   = "Đơn vị chưa đăng ký ra quân cho %s. Gõ /dangky để đăng ký."
	thuUnitDue    = "<b>Nhiệm vụ của đơn vị đến hạn trong tuần</b> (%d)"
)

// The Monday report.
const (
	monTitle        = "<b>BÁO CÁO KẾT QUẢ %s</b>"
	monReported     = "<b>I. Kết quả của các đơn vị</b> (%d/%d đơn vị đã báo cáo)"
	monNoneYet      = "Chưa có đơn vị nào báo cáo kết quả."
	monMissing      = "<b>II. Đơn vị chưa báo cáo</b> (%d)"
	monStats        = "<b>III. Tình hình thực hiện nhiệm vụ</b>"
	monStatsWeek    = "<b>Trong tuần</b> (%s – %s):"
	monStatsYear    = "<b>Từ đầu năm</b> (%s – %s):"
	monStatsLine    = "giao mới %d; hoàn thành %d (đúng hạn %d, quá hạn %d); chưa hoàn thành %d (trong hạn %d, sắp đến hạn %d, quá hạn %d%s); tỷ lệ hoàn thành %s"
	monLongest      = ", lâu nhất %s"
	monByUnit       = "<b>Theo đơn vị</b> (tuần | từ đầu năm):"
	monUnitLine     = "• <b>%s</b>: giao %d | %d; hoàn thành đúng hạn %d | %d, quá hạn %d | %d; chưa hoàn thành: trong hạn %d, sắp đến hạn %d, quá hạn %d%s; tỷ lệ %s | %s"
	monNoUnitTasks  = "Các đơn vị không có nhiệm vụ trong kỳ."
	monBecame       = "<b>IV. Nhiệm vụ trở thành quá hạn trong tuần</b> (%s)"
	monBecameCapped = "Có %s nhiệm vụ trở thành quá hạn; báo cáo và tệp Excel chỉ liệt kê %s nhiệm vụ có thời hạn sớm nhất."
	monBecameNone   = "Không có nhiệm vụ nào trở thành quá hạn trong tuần."
	monLongestTitle = "<b>V. Các nhiệm vụ quá hạn lâu nhất</b>"
	monLongestNone  = "Không có nhiệm vụ nào đang quá hạn."
	monTaskLine     = "• #%d %s — %s — hạn %s, %s"
	monStillLate    = "quá hạn %s"
	monDoneLate     = "đã hoàn thành, quá hạn %s"
	// monMoreUnits counts the lead units a task line leaves out.
	monMoreUnits    = "%s và %d đơn vị khác"
	monUnitTitle    = "<b>Kết quả %s của %s</b>"
	monUnitNone     = "Đơn vị chưa báo cáo kết quả %s. Gõ /ketqua để báo cáo."
	monUnitStats    = "<b>Nhiệm vụ của đơn vị</b>"
	monChartTitle   = "Tỷ lệ hoàn thành nhiệm vụ theo đơn vị, %s (%%)"
	monChartCaption = "Tỷ lệ hoàn thành nhiệm vụ theo đơn vị, %s."
	// The year's chart, when nothing was to be done in the week itself.
	monChartTitleYear   = "Tỷ lệ hoàn thành nhiệm vụ theo đơn vị từ đầu năm, %s (%%)"
	monChartCaptionYear = "Tỷ lệ hoàn thành nhiệm vụ theo đơn vị từ đầu năm (%s): trong %s không đơn vị nào có nhiệm vụ phải thực hiện."
)

// Prompts to units.
const (
	promptAskRegistration    = "<b>Đăng ký ra quân %s</b>\n%s chưa đăng ký việc sẽ làm trong tuần.%s\nGõ /dangky để đăng ký (có thể ghi ngày, địa điểm, số người tham gia)."
	promptRemindRegistration = "<b>Nhắc lần cuối: đăng ký ra quân %s</b>\n%s vẫn chưa đăng ký.%s\nGõ /dangky để đăng ký."
	promptAskResult          = "<b>Báo cáo kết quả %s</b>\n%s chưa báo cáo kết quả của tuần.%s\nGõ /ketqua để báo cáo, kèm ảnh hoặc tệp minh chứng nếu có."
	promptRemindResult       = "<b>Nhắc lần cuối: báo cáo kết quả %s</b>\n%s vẫn chưa báo cáo kết quả.%s\nGõ /ketqua để báo cáo."
	promptBy                 = " Báo cáo tổng hợp sẽ gửi lúc %s."
)

// The workbook.
const (
	fileThursday = "dang-ky-ra-quan-%s.xlsx"
	fileMonday   = "bao-cao-ket-qua-%s.xlsx"
	fileChart    = "ty-le-hoan-thanh-%s.png"
	fileCaption  = "Tệp Excel: %s."
	fileTitleThu = "Tổng hợp đăng ký ra quân %s"
	fileTitleMon = "Báo cáo kết quả %s"

	sheetRegistrations = "Đăng ký"
	sheetResults       = "Kết quả"
	sheetMissingReg    = "Chưa đăng ký"
	sheetMissingRes    = "Chưa báo cáo"
	sheetDue           = "Nhiệm vụ đến hạn"
	sheetWeekStats     = "Thống kê tuần"
	sheetYearStats     = "Từ đầu năm"
	sheetBecame        = "Quá hạn trong tuần"
	sheetLongest       = "Quá hạn lâu nhất"
)

// Column headings of the workbook.
var (
	colsEntries = []string{"Đơn vị", "Số", "Nội dung", "Ngày", "Địa điểm", "Số người", "Người ghi", "Cập nhật lúc"}
	colsResults = []string{"Đơn vị", "Số", "Nội dung", "Theo đăng ký số", "Số ảnh", "Số tệp", "Người báo cáo", "Cập nhật lúc"}
	colsMissing = []string{"STT", "Đơn vị", "Mã"}
	colsDue     = []string{"Đơn vị", "Vai trò", "Số nhiệm vụ", "Nội dung", "Thời hạn"}
	colsStats   = []string{"Đơn vị", "Giao mới", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành: trong hạn", "Sắp đến hạn (≤ 3 ngày)", "Quá hạn", "Quá hạn lâu nhất (ngày)", "Tỷ lệ hoàn thành (%)"}
	colsTasks   = []string{"Số nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Hoàn thành lúc", "Số ngày quá hạn"}
)

// What ParseEntryCommand answers to a mistake.
const msgEntryNeedNumber = "Hãy ghi số của mục, ví dụ: /%s %s 1"

// What ParseScheduleChange answers to a mistake (HTML).
const (
	msgScheduleUnknown = "Không rõ “%s” là mục nào của lịch báo cáo tuần."
	msgScheduleBadDay  = "Chưa hiểu ngày “%s”; hãy dùng t2 … t7, cn (hoặc thứ 2 … thứ 7, chủ nhật)."
	msgScheduleBadTime = "Giờ “%s” chưa đúng; hãy viết dạng 17:00 hoặc 17h30 (từ 00:00 đến 23:59)."
	msgScheduleNoTime  = "Hãy ghi giờ cho mục “%s”, ví dụ <code>/lichbaocao %s thu5 17:00</code>."
	msgScheduleNeedDay = "Mục “%s” đang theo lịch riêng, không phải một ngày cố định trong tuần; hãy ghi cả ngày, ví dụ <code>/lichbaocao %s thu5 17:00</code>."
)

// Words of /lichbaocao as typed (folded, without spaces).
var (
	// scheduleDayWords are the days: "t5", "thu5", "thứ năm", "chủ nhật".
	scheduleDayWords = map[string]time.Weekday{
		"cn": time.Sunday, "chunhat": time.Sunday, "t2": time.Monday, "t3": time.Tuesday,
		"t4": time.Wednesday, "t5": time.Thursday, "t6": time.Friday, "t7": time.Saturday,
		"thu2": time.Monday, "thu3": time.Tuesday, "thu4": time.Wednesday, "thu5": time.Thursday,
		"thu6": time.Friday, "thu7": time.Saturday, "thuhai": time.Monday, "thuba": time.Tuesday,
		"thutu": time.Wednesday, "thunam": time.Thursday, "thusau": time.Friday, "thubay": time.Saturday,
	}
	scheduleResetWords = map[string]bool{"macdinh": true, "default": true}
	scheduleOffWords   = map[string]bool{"tat": true, "off": true, "khong": true}
)

// What ParseReportQuery answers to a mistake (plain text).
const (
	msgReportUsage     = "Cách dùng: /baocao [ketqua|dangky] [tuần]. Tuần ghi như: tuần này, tuần trước, tuần sau, tuần %d hoặc tuần %d/%d. Không ghi gì là báo cáo kết quả của tuần hiện tại."
	msgReportBadWeek   = "Tuần “%s” chưa đúng."
	msgReportNoWeek    = "Năm %d có %d tuần."
	msgReportWeekAhead = "Tuần %d năm %d chưa tới, và năm %d chỉ có %d tuần."
	msgReportExample   = " Hãy viết, ví dụ, “/baocao tuần %d” hoặc “/baocao tuần %d/%d”."
	msgReportUnknown   = "Chưa hiểu “%s”."
)

// Words of /baocao as typed (folded).
var (
	reportRegWords = map[string]bool{"dangky": true, "dang ky": true, "dk": true, "thu5": true, "thursday": true}
	reportResWords = map[string]bool{"ketqua": true, "ket qua": true, "kq": true, "thu2": true, "monday": true}
	// reportWeekWords name a week by its distance in weeks from this one,
	// folded and without spaces ("tuần trước" is "tuantruoc").
	reportWeekWords = map[string]int{"tuantruoc": -1, "tuanqua": -1, "tuannay": 0, "tuansau": 1, "tuantoi": 1}
)

// Wording of a province's report about its communes.
const (
	monCommunesTitle  = "<b>%s. Xã, phường có nhiệm vụ cấp trên giao quá hạn</b> (%d)"
	monCommuneLine    = "• %s: %d nhiệm vụ, lâu nhất quá hạn %s"
	monReceivedTitle  = "<b>%s. Nhiệm vụ cấp trên giao</b>"
	monReceivedLine   = "Đã nhận %d: chưa phân công %d; đã phân công, đang thực hiện %d; đã xong, đã báo lên %d; quá hạn %d."
	monReceivedItem   = "– Số %d. %s (%s): %s"
	monReceivedDue    = " · hạn %s"
	monReceivedLate   = ", quá hạn %s"
	monReceivedMore   = "<i>… và %d nhiệm vụ cấp trên giao khác chưa xong (xem: /captren).</i>"
	monReceivedNew    = "chưa phân công"
	monReceivedHanded = "đã phân công, đang thực hiện"
)

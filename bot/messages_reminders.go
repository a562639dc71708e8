package bot

import "time"

// What people read in reminders and escalations.
const (
	remindLeft      = "⏰ <b>Nhắc việc:</b> nhiệm vụ #%d còn %d ngày đến hạn (%s)."
	remindToday     = "⏰ <b>Nhắc việc:</b> hôm nay là hạn của nhiệm vụ #%d (%s)."
	remindOverdue   = "⚠️ <b>Nhiệm vụ #%d đã quá hạn %s</b> (hạn %s). Đề nghị đơn vị khẩn trương hoàn thành và báo cáo."
	remindAsked     = "⏰ <b>Nhắc lại theo yêu cầu:</b> nhiệm vụ #%d, hạn %s."
	remindNoDate    = "⏰ <b>Nhắc lại theo yêu cầu:</b> nhiệm vụ #%d."
	remindFooter    = "Khi xong, bấm “" + btnDone + "”; nếu chưa xong, bấm “" + btnReportProgress + "” để cập nhật."
	escalationHead  = "⚠️ <b>%s có %d nhiệm vụ quá hạn</b> (tính đến %s):"
	escalationLine  = "• <b>#%d</b> %s — quá hạn %s (hạn %s)"
	escalationTail  = "Đề nghị anh/chị đôn đốc đơn vị hoàn thành. Xem chi tiết: /task &lt;số&gt;."
	btnSnooze       = "Nhắc lại sau"
	btnSnoozeHours  = "Sau 2 giờ"
	btnSnoozeMorrow = "Sáng ngày làm việc tới"
	btnBack         = "← Quay lại"
	msgSnoozed      = "Đã hẹn nhắc lại nhiệm vụ #%d lúc %s."
	// msgDeadlineOnRestDay follows the /giao reply when the deadline is on
	// a rest day: the date and what the day is ("Chủ nhật", "ngày nghỉ Tết
	// Nguyên đán").
	msgDeadlineOnRestDay = "\n\nℹ️ <i>Lưu ý: thời hạn %s là %s, ngày nghỉ của cơ quan. Nếu không cố ý, hãy bấm “" + btnUndo + "” rồi giao lại với một ngày làm việc.</i>"
	// msgMeetingRestDays follows the reply to [Xác nhận tất cả] of /hop when
	// deadlines of the tasks made are on rest days: one msgMeetingRestDay
	// line per task (number, date, what the day is).
	msgMeetingRestDays = "\n\nℹ️ <i>Lưu ý: thời hạn của các nhiệm vụ sau rơi vào ngày nghỉ của cơ quan:\n%s\nNếu không cố ý, có thể hủy nhiệm vụ (/huy &lt;số&gt; &lt;lý do&gt;) rồi giao lại với một ngày làm việc.</i>"
	msgMeetingRestDay  = "• #%d: %s là %s"
	// msgSnoozeReplaced follows msgSnoozed when the press replaced the
	// member's earlier snooze of the task.
	msgSnoozeReplaced = "Lần hẹn trước (%s) đã được thay bằng lần này."
	// msgSnoozePastDeadline follows msgSnoozed when the snooze comes after
	// the deadline.
	msgSnoozePastDeadline = "Lưu ý: lúc đó nhiệm vụ đã quá thời hạn (%s); hãy hoàn thành hoặc đề nghị gia hạn trước hạn."
	msgSnoozeOff          = "Chức năng hẹn nhắc lại chưa được bật."
	// msgReceivedSnoozed is msgSnoozed for a received task; the next
	// reminder goes to the organisation's leaders.
	msgReceivedSnoozed = "Đã hẹn nhắc lại nhiệm vụ cấp trên giao số %d lúc %s."
	// msgReceivedSnoozeStale answers a snooze button of a received task
	// already handed on, done or cancelled.
	msgReceivedSnoozeStale = "Nhiệm vụ cấp trên giao số %d đã được phân công, đã xong hoặc đã bị hủy nên không còn nhắc việc để hẹn lại. Gõ /captren để xem các nhiệm vụ cấp trên giao đang chờ phân công."
)

// What an admin reads about the delivery queue.
const (
	helpAdminOutbox     = "xem hàng đợi gửi tin: /admin outbox"
	msgAdminUsage       = "Cách dùng: <code>/admin outbox</code> để xem các tin gửi thất bại; <code>/admin guilai 123</code> để gửi lại tin số 123."
	msgOutboxCounts     = "<b>Hàng đợi gửi tin</b>: đang chờ %d, đã gửi %d, thất bại %d, đã hủy %d."
	msgOutboxNoFailed   = "Không có tin nào gửi thất bại."
	msgOutboxFailedHead = "<b>Tin gửi thất bại gần đây:</b>"
	msgOutboxRetryHint  = "Khi đã khắc phục (ví dụ người nhận đã mở trò chuyện với bot), gõ <code>/admin guilai &lt;số&gt;</code> để gửi lại."
	msgRetried          = "Đã đưa tin #%d vào hàng đợi gửi lại."
	msgRetryNotFailed   = "Tin #%d không ở trạng thái thất bại nên không gửi lại."
)

// What an admin reads about the reminder policy.
const (
	helpPolicy = "xem, đổi lịch nhắc việc của cơ quan"
	msgPolicy  = "<b>Lịch nhắc việc</b>\n" +
		"• Nhắc trước hạn: %s ngày, lúc %s\n" +
		"• Hạn có giờ: nhắc thêm trước %d giờ\n" +
		"• Quá hạn: nhắc mỗi ngày làm việc, tối đa %d lần; %s\n" +
		"• Không nhắc từ %s đến %s, và vào: %s; các ngày nghỉ lễ, Tết và ngày nghỉ riêng của cơ quan (trừ ngày làm bù; xem /ngaynghi)"
	msgPolicyEscalation   = "sau lần nhắc quá hạn thứ %d thì báo người giao việc và trưởng đơn vị"
	msgPolicyNoEscalation = "không báo lên người giao việc"
	msgPolicyNoRest       = "(không có ngày nghỉ)"
	msgPolicySaved        = "Đã lưu lịch nhắc việc và lập lại lịch nhắc cho %d nhiệm vụ đang thực hiện."
	msgPolicyUsage        = "Cách đổi: <code>/nhacviec gio 07:30</code>, <code>/nhacviec truoc 3,1</code>, " +
		"<code>/nhacviec quahan 5</code>, <code>/nhacviec baocao 2</code>, <code>/nhacviec nghi 21:00-07:00</code>, " +
		"<code>/nhacviec ngaynghi t7,cn</code> (hoặc <code>khong</code>), <code>/nhacviec macdinh</code>."
	msgPolicyBadNumber = "“%s” không phải là số."
	msgPolicyBadQuiet  = "Giờ nghỉ “%s” chưa đúng, hãy viết dạng 21:00-07:00."
	msgPolicyBadDay    = "Chưa hiểu ngày “%s”; hãy dùng t2 … t7, cn."
	msgPolicyUnknown   = "Không có mục “%s” trong lịch nhắc việc."
)

// kindName names a kind of queued message for admins.
func kindName(kind string) string {
	if n, ok := outboxKinds[kind]; ok {
		return n
	}
	return kind
}

// weekdayWords are the short names of days an admin types (folded): "cn",
// "t7".
var weekdayWords = map[string]time.Weekday{
	"cn": time.Sunday, "chunhat": time.Sunday, "t2": time.Monday, "t3": time.Tuesday,
	"t4": time.Wednesday, "t5": time.Thursday, "t6": time.Friday, "t7": time.Saturday,
}

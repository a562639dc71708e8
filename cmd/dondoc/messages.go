package main

import "github.com/dondoc/dondoc/tasks"

// Vietnamese wording of what the operator commands print.
const (
	outOrgCreated     = "Đã tạo cơ quan «%s» (mã: %s, số: %d, múi giờ %s).\nĐường dẫn mời quản trị viên (hết hạn %s):\n%s\n"
	outOrgRow         = "%d\t%s\t%s\t%s\t%s\n"
	outUnitsImported  = "Đã nạp danh sách đơn vị: thêm %d, cập nhật %d.\n"
	outUnitsInvalid   = "Tệp %s có dòng không hợp lệ, chưa nạp đơn vị nào:\n%s\n"
	outUnitRow        = "%s\t%s\t%s\t%s\n"
	outInvite         = "Đường dẫn mời %s%s (hết hạn %s):\n%s\n"
	outInviteUnit     = " cho %s"
	outInviteRow      = "%s\t%s\t%s\thết hạn %s\tđã dùng %d lần\n"
	outInviteRevoked  = "Đã thu hồi mã mời %s.\n"
	outNoBotName      = "(Không lấy được tên bot từ Telegram: đặt TELEGRAM_BOT_USERNAME để in đường dẫn đầy đủ.)\n"
	outMigrated       = "Cơ sở dữ liệu đã ở phiên bản %d.\n"
	outOutboxCounts   = "Hàng đợi gửi: đang chờ %d, đã gửi %d, thất bại %d, đã hủy %d.\n"
	outOutboxRow      = "#%d\t%s\t%s\tchat %d\t%d lần thử\t%s\t%s\n"
	outRetried        = "Đã đưa tin #%d vào hàng đợi gửi lại.\n"
	outRetryNotFailed = "tin #%d không ở trạng thái thất bại (xem: dondoc outbox --org CƠ_QUAN failed)"
	outScan           = "Đã xếp %d lượt nhắc (%d tin nhắn); gộp %d lượt nhắc bị lỡ; bỏ %d lượt không còn cần.\n"
	outPolicyBadJSON  = "--set: JSON chưa đúng (%v); ví dụ: --set '{\"at\":\"07:30\",\"overdue_max\":3}'"
	outPolicySaved    = "Đã lưu chính sách nhắc việc và lập lại lịch nhắc cho %d nhiệm vụ đang thực hiện.\n"
)

// What the operator commands answer to a mistake.
const (
	outUnknownCommand   = "không có lệnh “%s”\n%s"
	outBadFlags         = "%s: tham số chưa đúng (%w); xem: dondoc help"
	outOrgCreateUsage   = `cách dùng: dondoc org create "TÊN CƠ QUAN" [--level tinh|xa] [--parent CƠ_QUAN_CẤP_TRÊN] [--tz Asia/Ho_Chi_Minh]`
	outUnitsImportUsage = "cách dùng: dondoc units import --org CƠ_QUAN units.csv"
	outRevokeUsage      = "cách dùng: dondoc invite revoke --org CƠ_QUAN MÃ_MỜI"
	outRevokeNotFound   = "không có mã mời “%s” còn hiệu lực (xem: dondoc invite list --org %s)"
	outBadRole          = "--role “%s”: hãy ghi admin (quản trị viên), leader (lãnh đạo), secretary (thư ký) hoặc member (cán bộ)"
	outNoSuchUnit       = "--unit “%s”: %s không có đơn vị mã này (xem: dondoc units list --org %s)"
	outOrgRequired      = "cần ghi --org: số hoặc mã của cơ quan (xem: dondoc org list)"
	outNoSuchOrg        = "không có cơ quan “%s” (xem: dondoc org list)"
	outBadRowNumber     = "retry “%s”: hãy ghi số của tin, ví dụ: dondoc outbox retry --org CƠ_QUAN 42"
	outNoDatabase       = "không kết nối được cơ sở dữ liệu: %w"
	outNoDatabaseURL    = "chưa đặt DATABASE_URL (./scripts/run.sh chạy một PostgreSQL cục bộ và đặt biến này)"
	outNoToken          = "chưa đặt TELEGRAM_TOKEN: lấy mã bot từ @BotFather, hoặc trỏ TELEGRAM_API_ENDPOINT tới một máy giả lập Bot API cục bộ"
	outBadZone          = "%s “%s”: múi giờ không hợp lệ, hãy ghi tên múi giờ, ví dụ Asia/Ho_Chi_Minh"
)

// roleNames name the roles in what the operator commands print.
var roleNames = map[tasks.Role]string{
	tasks.RoleAdmin:     "quản trị viên",
	tasks.RoleLeader:    "lãnh đạo",
	tasks.RoleSecretary: "thư ký",
	tasks.RoleMember:    "cán bộ",
}

// Usage of the operator commands.
const usage = `Cách dùng:
  dondoc [run]                                   chạy bot
  dondoc migrate                                 cập nhật cấu trúc cơ sở dữ liệu
  dondoc org create "TÊN CƠ QUAN" [--level tinh|xa] [--parent CƠ_QUAN_CẤP_TRÊN] [--tz Asia/Ho_Chi_Minh]
  dondoc org list
  dondoc units import --org CƠ_QUAN units.csv    nạp danh sách đơn vị (cột: code,name,aliases,kind)
  dondoc units list --org CƠ_QUAN
  dondoc units merge --org CƠ_QUAN --into MÃ_MỚI MÃ_CŨ…   sáp nhập đơn vị (chuyển nhiệm vụ đang làm, cán bộ, nhóm chat, tên gọi khác)
  dondoc units rename --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ "TÊN MỚI"
  dondoc units link --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ --to CƠ_QUAN_CẤP_DƯỚI   nhiệm vụ giao cho đơn vị sẽ chuyển tới cơ quan cấp dưới
  dondoc invite --org CƠ_QUAN --role leader|secretary|member|admin [--unit MÃ_ĐƠN_VỊ] [--ttl 168h]
  dondoc invite list --org CƠ_QUAN
  dondoc invite revoke --org CƠ_QUAN MÃ_MỜI
  dondoc outbox --org CƠ_QUAN [failed|pending|sent|all]   xem hàng đợi gửi tin
  dondoc outbox retry --org CƠ_QUAN SỐ_TIN               gửi lại một tin thất bại
  dondoc reminders scan                                  xếp các lượt nhắc đến giờ (như cron chạy mỗi phút)
  dondoc reminders policy --org CƠ_QUAN [--set JSON]     xem/đổi chính sách nhắc việc
  dondoc report thursday|monday --org CƠ_QUAN [--week 2021-W02] [--send [--force]] [--xlsx TỆP] [--png TỆP]   báo cáo tuần
  dondoc report scan | schedule --org CƠ_QUAN [--set JSON]   chạy lịch báo cáo tuần / xem, đổi lịch
  dondoc parse --units units.csv [--date 07/01/2021] [--tz Asia/Ho_Chi_Minh] [TỆP|-]   xem trước các chỉ đạo trích từ kết luận cuộc họp (.txt, .docx hoặc đầu vào chuẩn; mỗi dòng một JSON)
CƠ_QUAN là số hoặc mã (slug) của cơ quan.`

// What `dondoc parse` prints on a mistake.
const (
	outParseUsage   = "cách dùng: dondoc parse --units units.csv [--date 07/01/2021] [--tz Asia/Ho_Chi_Minh] [TỆP|-]"
	outParseBadDate = "--date “%s”: hãy ghi ngày họp có thật, dạng ngày/tháng/năm như 07/01/2021 (hoặc năm-tháng-ngày như 2021-01-07)"
)

// What `dondoc report` prints.
const (
	outWeeklyScan     = "Đã chạy %d lượt báo cáo, nhắc việc tuần đến giờ.\n"
	outReportQueued   = "Đã ghi nhận lượt «%s» cho %s và xếp %d tin vào hàng gửi; bot đang chạy sẽ gửi đi.\n"
	outReportDone     = "Lượt «%s» cho %s đã chạy lúc %s (%s, %d tin) nên không gửi lại.\n"
	outReportFile     = "Đã ghi tệp %s.\n"
	outReportNoChart  = "Chưa đơn vị nào có nhiệm vụ trong kỳ nên không có biểu đồ.\n"
	outReportUnknown  = "không có báo cáo “%s”: hãy ghi thursday (tổng hợp đăng ký ra quân), monday (báo cáo kết quả), scan hoặc schedule\n%s"
	outReportBadWeek  = "--week: %w"
	outSendNotOver    = "%s chưa kết thúc (đến hết Chủ nhật %s): gửi bây giờ sẽ ghi nhận báo cáo kết quả với số liệu dở dang và lượt gửi theo lịch sẽ bị bỏ qua. Bỏ --send để xem trước, hoặc thêm --force nếu thật sự muốn gửi"
	outSendTooEarly   = "lượt «%s» cho %s theo lịch gửi lúc %s, chưa đến giờ: gửi bây giờ sẽ thay cho lượt theo lịch (lượt đó sẽ bị bỏ qua). Bỏ --send để xem trước, chờ bot tự gửi, hoặc thêm --force nếu thật sự muốn gửi"
	outWeeklyBadJSON  = "--set: JSON chưa đúng (%v); ví dụ: --set '{\"specs\":{\"monday\":\"0 9 * * 1\"},\"catch_up\":\"12h\",\"unit_kinds\":[\"xa\"]}'"
	outWeeklySaved    = "Đã lưu lịch báo cáo tuần.\n"
	outWeeklyZone     = "Múi giờ %s, gửi bù trong vòng %s nếu bot ngừng chạy đúng giờ.\n"
	outWeeklyNext     = "%s (%s)\tlần tới %s\t(%s, %s)\n"
	outWeeklyOff      = "%s (%s)\tđã tắt\n"
	outCatchUpHours   = "%d giờ"
	outCatchUpMinutes = "%d phút"
)

// What the two tiers' operator commands print.
const (
	outOrgParent        = "%s, trực thuộc %s"
	outBadLevel         = "--level “%s”: hãy ghi tinh (tỉnh, thành phố), xa (xã, phường, đặc khu) hoặc huyen (huyện, trước 1/7/2025)"
	outParentFlag       = "--parent: %w"
	outToFlag           = "--to: %w"
	outUnitsLinkUsage   = "cách dùng: dondoc units link --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ --to CƠ_QUAN_CẤP_DƯỚI"
	outUnitsMergeUsage  = "cách dùng: dondoc units merge --org CƠ_QUAN --into MÃ_ĐƠN_VỊ_MỚI MÃ_CŨ_1 MÃ_CŨ_2 …"
	outUnitsRenameUsage = `cách dùng: dondoc units rename --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ "TÊN MỚI"`
	outUnitMerged       = "Đã sáp nhập «%s» (%s) vào «%s».\n"
	outUnitsMerged      = "Đã chuyển %d nhiệm vụ đang thực hiện, %d cán bộ, %d nhóm chat sang đơn vị mới; các thành viên được báo tin.\n"
	outUnitRenamed      = "Đã đổi tên đơn vị %s thành «%s»; tên cũ vẫn được nhận ra trong văn bản.\n"
	outUnitLinked       = "Đã liên kết đơn vị «%s» của %s với cơ quan «%s»: nhiệm vụ giao cho đơn vị này sẽ chuyển tới cơ quan đó.\n"
)

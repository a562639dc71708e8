package main

// Vietnamese wording of what the operator commands print.
const (
	outOrgCreated     = "Đã tạo cơ quan “%s” (mã: %s, số: %d, múi giờ %s).\nĐường dẫn mời quản trị viên (hết hạn %s):\n%s\n"
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
	outOutboxWhy      = "%s (Telegram trả lời: “%s”)"
	outRetried        = "Đã đưa tin #%d vào hàng đợi gửi lại.\n"
	outRetryNotFailed = "tin #%d không ở trạng thái thất bại (xem: dondoc outbox --org CƠ_QUAN failed)"
	outScan           = "Đã xếp %d lượt nhắc (%d tin nhắn); gộp %d lượt nhắc bị lỡ; bỏ %d lượt không còn cần.\n"
	outPolicyBadJSON  = "--set: JSON chưa đúng (%v); ví dụ: --set '{\"at\":\"07:30\",\"overdue_max\":3}'"
	outPolicySaved    = "Đã lưu chính sách nhắc việc và lập lại lịch nhắc cho %d nhiệm vụ đang thực hiện.\n"
)

// What the operator commands answer to a mistake.
const (
	outUnknownCommand   = "không có lệnh “%s”\n%s"
	outUnknownFlag      = "không có tùy chọn %s; xem: dondoc %s -h"
	outUnknownTopFlag   = "không có tùy chọn %s; xem: dondoc -h"
	outFlagNeedsValue   = "tùy chọn %s cần một giá trị, ví dụ %s %s; xem: dondoc %s -h"
	outFlagBadValue     = "%s “%s”: giá trị không hợp lệ, %s; xem: dondoc %s -h"
	outFlagWantsNumber  = "hãy ghi một số nguyên"
	outFlagWantsPeriod  = "hãy ghi một khoảng thời gian như 168h hoặc 90m"
	outFlagWantsBool    = "hãy ghi true hoặc false"
	outFlagWantsValue   = "hãy ghi lại"
	outOrgCreateUsage   = `cách dùng: dondoc org create "TÊN CƠ QUAN" [--level tinh|xa] [--parent CƠ_QUAN_CẤP_TRÊN] [--bot BOT] [--tz Asia/Ho_Chi_Minh]`
	outUnitsImportUsage = "cách dùng: dondoc units import --org CƠ_QUAN units.csv"
	outRevokeUsage      = "cách dùng: dondoc invite revoke --org CƠ_QUAN MÃ_MỜI"
	outRevokeNotFound   = "không có mã mời “%s” còn hiệu lực (xem: dondoc invite list --org %s)"
	outBadRole          = "--role “%s”: hãy ghi admin (quản trị viên), leader (lãnh đạo), secretary (thư ký) hoặc member (cán bộ)"
	outNoSuchUnit       = "--unit “%s”: %s không có đơn vị mã này (xem: dondoc units list --org %s)"
	outOrgRequired      = "cần ghi --org: số hoặc mã của cơ quan (xem: dondoc org list)"
	outNoSuchOrg        = "không có cơ quan “%s” (xem: dondoc org list)"
	outBadRowNumber     = "retry “%s”: hãy ghi số của tin, ví dụ: dondoc outbox retry --org CƠ_QUAN 42"
	outNoDatabase       = "không kết nối được cơ sở dữ liệu: %w"
	outWebhookNoAddr    = "đã đặt DONDOC_WEBHOOK_URL nhưng chưa đặt DONDOC_HTTP_ADDR: hãy ghi địa chỉ để nhận cập nhật, ví dụ DONDOC_HTTP_ADDR=0.0.0.0:8443"
	outNoDatabaseURL    = "chưa đặt DATABASE_URL (./scripts/run.sh chạy một PostgreSQL cục bộ và đặt biến này)"
	outBadToken         = "%s: %v"
	outBadTokenN        = "TELEGRAM_TOKENS, mã bot thứ %d: %v"
	outTokenShape       = "mã bot không đúng dạng: phải là <số của bot>:<chuỗi bí mật> như @BotFather đưa, ví dụ 123456789:AAF…"
	outDuplicateBot     = "TELEGRAM_TOKENS: mã bot thứ %d và thứ %d cùng là bot %d; mỗi bot chỉ ghi một lần"
	outTokenNotInList   = "đã đặt cả TELEGRAM_TOKEN và TELEGRAM_TOKENS nhưng TELEGRAM_TOKEN không có trong danh sách: hãy chỉ dùng TELEGRAM_TOKENS"
	outBotCheck         = "mã bot thứ %d (bot %d) không dùng được: %v. Hãy kiểm tra mã với @BotFather"
	outHTTPAddr         = "không mở được DONDOC_HTTP_ADDR “%s” (%v): cổng đã có chương trình khác dùng, hoặc địa chỉ không có trên máy này. Webhook và bảng theo dõi cần địa chỉ này; hãy chọn cổng khác"
	outBotCheckOne      = "không kiểm tra được mã bot (bot %d) với Telegram tại %s: %v. Hãy kiểm tra mã với @BotFather và kết nối mạng tới Telegram, hoặc TELEGRAM_API_ENDPOINT khi dùng máy giả lập (go run ./cmd/tgfake)"
	outNoSuchBot        = "--bot: không có bot “%s” trong triển khai này; các bot: %s"
	outNoBotsKnown      = "chưa có bot nào (đặt TELEGRAM_TOKENS, hoặc chạy dondoc run một lần)"
	outOrgNeedsBot      = "triển khai này có nhiều bot: hãy chọn bot phục vụ cơ quan bằng --bot (số hoặc @tên), một trong: %s"
	outBotNotParents    = "--bot: cơ quan cấp trên “%s” do bot %s phục vụ; cơ quan cấp dưới dùng bot của cấp trên (bỏ --bot)"
	outOrgBot           = "Cơ quan làm việc qua bot: %s\n"
	outOrgNoBot         = "Cơ quan chưa gắn với bot nào: bot đầu tiên mà thành viên của cơ quan đăng ký qua sẽ phục vụ cơ quan.\n"
	outOrgListBot       = ", bot %s"
	outOrgBotUsage      = "cách dùng: dondoc org bot --org CƠ_QUAN --bot BOT (số hoặc @tên của bot)"
	outOrgBound         = "Từ nay “%s” làm việc qua bot %s. Các thành viên cần mở bot này và bấm Bắt đầu (Start).\n"
	outOrgBoundFamily   = "Từ nay “%s” cùng %d cơ quan cấp dưới làm việc qua bot %s. Các thành viên cần mở bot này và bấm Bắt đầu (Start).\n"
	outNoToken          = "chưa đặt TELEGRAM_TOKEN (hoặc TELEGRAM_TOKENS cho nhiều bot): lấy mã bot từ @BotFather, hoặc trỏ TELEGRAM_API_ENDPOINT tới một máy giả lập Bot API cục bộ"
	outBadZone          = "%s “%s”: múi giờ không hợp lệ, hãy ghi tên múi giờ, ví dụ Asia/Ho_Chi_Minh"
)

// Usage of each operator command, printed by `dondoc CMD -h`.
var usages = map[string]string{
	"run":     `  dondoc [run]                                   chạy bot (đọc TELEGRAM_TOKEN hoặc TELEGRAM_TOKENS — nhiều bot, DATABASE_URL từ biến môi trường)`,
	"migrate": `  dondoc migrate                                 cập nhật cấu trúc cơ sở dữ liệu`,
	"org": `  dondoc org create "TÊN CƠ QUAN" [--level tinh|xa] [--parent CƠ_QUAN_CẤP_TRÊN] [--bot BOT] [--tz Asia/Ho_Chi_Minh]   tạo cơ quan, in đường dẫn mời quản trị viên
  dondoc org list                                liệt kê các cơ quan (cấp, cơ quan cấp trên, bot)
  dondoc org bot --org CƠ_QUAN --bot BOT         đổi bot phục vụ cơ quan (cùng các cơ quan cấp dưới)
Tùy chọn:
  --bot BOT          bot phục vụ cơ quan (số hoặc @tên), khi triển khai chạy nhiều bot; cơ quan cấp dưới dùng bot của cấp trên
  --tz MÚI_GIỜ       múi giờ của cơ quan mới (mặc định DONDOC_TIMEZONE, hoặc Asia/Ho_Chi_Minh)
  --level CẤP        tinh (tỉnh, thành phố), xa (xã, phường, đặc khu) hoặc huyen (mặc định, như trước 1/7/2025)
  --parent CƠ_QUAN   cơ quan cấp trên (số hoặc mã), ví dụ tỉnh của một xã`,
	"units": `  dondoc units import --org CƠ_QUAN units.csv    nạp danh sách đơn vị (cột: code,name,aliases,kind)
  dondoc units list --org CƠ_QUAN                liệt kê các đơn vị
  dondoc units link --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ --to CƠ_QUAN_CẤP_DƯỚI   liên kết đơn vị (một xã của tỉnh) với cơ quan của chính xã đó
  dondoc units merge --org CƠ_QUAN --into MÃ_MỚI MÃ_CŨ…   sáp nhập đơn vị: nhiệm vụ đang làm, cán bộ, nhóm chat, tên gọi khác chuyển sang đơn vị mới (--dry-run: chỉ xem trước)
  dondoc units rename --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ "TÊN MỚI"   đổi tên đơn vị (tên cũ vẫn được nhận ra)
  dondoc units retire --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ   cho đơn vị không còn nhiệm vụ, cán bộ thôi hoạt động (giữ lịch sử)
Tùy chọn:
  --org CƠ_QUAN   số hoặc mã (slug) của cơ quan`,
	"invite": `  dondoc invite --org CƠ_QUAN --role leader|secretary|member|admin [--unit MÃ_ĐƠN_VỊ] [--ttl 168h]
  dondoc invite list --org CƠ_QUAN
  dondoc invite revoke --org CƠ_QUAN MÃ_MỜI
Tùy chọn:
  --org CƠ_QUAN     số hoặc mã (slug) của cơ quan
  --role VAI_TRÒ    admin (quản trị viên), leader (lãnh đạo), secretary (thư ký) hoặc member (cán bộ; mặc định)
  --unit MÃ         mã đơn vị của người được mời
  --ttl THỜI_GIAN   thời gian đường dẫn còn dùng được, ví dụ 168h (mặc định), 48h`,
	"outbox": `  dondoc outbox --org CƠ_QUAN [failed|pending|sending|sent|cancelled|all]   xem hàng đợi gửi tin (mặc định: failed)
  dondoc outbox retry --org CƠ_QUAN SỐ_TIN       gửi lại một tin thất bại
Tùy chọn:
  --org CƠ_QUAN   số hoặc mã (slug) của cơ quan
  --limit SỐ      số tin hiện ra (mặc định 50)`,
	"reminders": `  dondoc reminders scan                          xếp các lượt nhắc đến giờ (như cron chạy mỗi phút)
  dondoc reminders policy --org CƠ_QUAN [--set JSON]   xem/đổi chính sách nhắc việc
Tùy chọn:
  --org CƠ_QUAN   số hoặc mã (slug) của cơ quan
  --set JSON      các mục cần đổi, ví dụ --set '{"at":"07:30","overdue_max":3}'`,
	"holidays": `  dondoc holidays list --org CƠ_QUAN [--year 2026]      ngày nghỉ lễ, ngày nghỉ riêng và ngày làm bù của cơ quan
  dondoc holidays add --org CƠ_QUAN [--workday] dd/mm/yyyy [TÊN]   thêm ngày nghỉ riêng (hoặc ngày làm bù với --workday)
  dondoc holidays remove --org CƠ_QUAN dd/mm/yyyy       bỏ một ngày riêng của cơ quan
Tùy chọn:
  --org CƠ_QUAN   số hoặc mã (slug) của cơ quan
  --year NĂM      năm cần xem (mặc định năm nay)
  --workday       ngày thêm vào là ngày làm bù (làm việc), không phải ngày nghỉ`,
	"report": `  dondoc report thursday|monday --org CƠ_QUAN [--week 2021-W02] [--send [--force]] [--xlsx TỆP] [--png TỆP]   báo cáo tuần
  dondoc report scan                             chạy các lượt báo cáo, nhắc việc tuần đến giờ (như cron)
  dondoc report schedule --org CƠ_QUAN [--set JSON]   xem/đổi lịch báo cáo tuần
Tùy chọn:
  --org CƠ_QUAN   số hoặc mã (slug) của cơ quan
  --week TUẦN     tuần theo ISO, ví dụ 2021-W02 (mặc định: tuần của lượt gửi theo ngày hôm nay)
  --send          ghi nhận lượt gửi và xếp tin vào hàng gửi (không có: chỉ in ra để xem trước)
  --force         cùng --send: gửi cả khi tuần chưa hết hoặc chưa đến giờ
  --xlsx TỆP      ghi bảng tính ra tệp
  --png TỆP       ghi biểu đồ (báo cáo thứ Hai) ra tệp
  --set JSON      lịch tuần, ví dụ --set '{"specs":{"monday":"0 9 * * 1"}}'`,
	"parse": `  dondoc parse --units units.csv [--date 07/01/2021] [--tz Asia/Ho_Chi_Minh] [--explain] [TỆP|-]
  xem trước các chỉ đạo trích từ kết luận cuộc họp (tệp .txt, .docx, hoặc đầu vào chuẩn khi không ghi tệp hay ghi -); mỗi dòng in ra một JSON
Tùy chọn:
  --units TỆP     danh sách đơn vị (cột: code,name,aliases,kind); bắt buộc
  --date NGÀY     ngày họp, dạng 07/01/2021 hoặc 2021-01-07 (mặc định hôm nay)
  --tz MÚI_GIỜ    múi giờ của cơ quan (mặc định Asia/Ho_Chi_Minh)
  --explain       thêm vào mỗi dòng lý do: những chữ nào quyết định đơn vị, hạn và nội dung`,
}

// commandOrder is the order of the commands in the full usage.
var commandOrder = []string{"run", "migrate", "org", "units", "invite", "outbox", "reminders", "holidays", "report", "parse"}

// Headers of the usage texts.
const (
	usageHeader = "Cách dùng:\n"
	usageFooter = "\nCƠ_QUAN là số hoặc mã (slug) của cơ quan. Xem cách dùng một lệnh: dondoc LỆNH -h"
)

// What `dondoc parse` prints on a mistake.
const (
	outParseUsage       = "cách dùng: dondoc parse --units units.csv [--date 07/01/2021] [--tz Asia/Ho_Chi_Minh] [--explain] [TỆP|-] (xem: dondoc parse -h)"
	outParseEmpty       = "đầu vào trống: %s không có nội dung kết luận nào để đọc"
	outParseStdin       = "đầu vào chuẩn"
	outParseFile        = "tệp “%s”"
	outParseUnsupported = "tệp “%s”: chỉ đọc được tệp .txt hoặc .docx; hãy lưu kết luận dưới một trong hai dạng đó"
	outParseTooBig      = "%s quá lớn: chỉ đọc được đến %d MB"
	outParseNotText     = "%s không phải văn bản UTF-8: hãy lưu lại dưới dạng .txt (UTF-8) hoặc .docx"
	outParseBadDocx     = "không đọc được chữ trong tệp Word “%s”: tệp hỏng, không phải .docx, hoặc không có chữ (bản chụp); hãy lưu lại dưới dạng .docx có chữ hoặc .txt"
	outNoFile           = "không có tệp “%s”"
	outNoPermission     = "không có quyền mở tệp “%s”"
	outCannotWrite      = "không ghi được tệp “%s”: %s"
	outNoFolder         = "không ghi được tệp “%s”: không có thư mục chứa tệp"
	outIsFolder         = "“%s” là thư mục, không phải tệp"
	outCannotRead       = "không đọc được tệp “%s”: %s"
	outParsePanic       = "lỗi bên trong chương trình khi đọc kết luận này: văn bản chưa được xử lý, không có việc nào được in ra. Đề nghị anh/chị gửi tệp kết luận này cùng lệnh đã chạy cho người quản trị dondoc để sửa lỗi"
	outParseBadDate     = "--date “%s”: hãy ghi ngày họp có thật, dạng ngày/tháng/năm như 07/01/2021 (hoặc năm-tháng-ngày như 2021-01-07)"
)

// What `dondoc report` prints.
const (
	outWeeklyScan     = "Đã chạy %d lượt báo cáo, nhắc việc tuần đến giờ.\n"
	outReportQueued   = "Đã ghi nhận lượt “%s” cho %s và xếp %d tin vào hàng gửi; bot đang chạy sẽ gửi đi.\n"
	outReportDone     = "Lượt “%s” cho %s đã chạy lúc %s (%s, %d tin) nên không gửi lại.\n"
	outReportFile     = "Đã ghi tệp %s.\n"
	outReportNoChart  = "Từ đầu năm chưa đơn vị nào có nhiệm vụ nên không có biểu đồ.\n"
	outReportUnknown  = "không có báo cáo “%s”: hãy ghi thursday (tổng hợp đăng ký ra quân), monday (báo cáo kết quả), scan hoặc schedule\n%s"
	outReportBadWeek  = "--week: %w"
	outSendNotOver    = "%s chưa kết thúc (đến hết Chủ nhật %s): gửi bây giờ sẽ ghi nhận báo cáo kết quả với số liệu dở dang và lượt gửi theo lịch sẽ bị bỏ qua. Bỏ --send để xem trước, hoặc thêm --force nếu thật sự muốn gửi"
	outSendTooEarly   = "lượt “%s” cho %s theo lịch gửi lúc %s, chưa đến giờ: gửi bây giờ sẽ thay cho lượt theo lịch (lượt đó sẽ bị bỏ qua). Bỏ --send để xem trước, chờ bot tự gửi, hoặc thêm --force nếu thật sự muốn gửi"
	outWeeklyBadJSON  = "--set: JSON chưa đúng (%v); ví dụ: --set '{\"specs\":{\"monday\":\"0 9 * * 1\"},\"catch_up\":\"12h\",\"unit_kinds\":[\"xa\"]}'"
	outWeeklySaved    = "Đã lưu lịch báo cáo tuần.\n"
	outWeeklyZone     = "Múi giờ %s, gửi bù trong vòng %s nếu bot ngừng chạy đúng giờ.\n"
	outWeeklyNext     = "%s (%s)\tlần tới %s\t(%s, %s)\n"
	outWeeklyOff      = "%s (%s)\tđã tắt\n"
	outCatchUpHours   = "%d giờ"
	outCatchUpMinutes = "%d phút"
)

// What `dondoc holidays` prints.
const (
	outHolidayOff      = "ngày nghỉ"
	outHolidayWork     = "ngày làm việc bù"
	outHolidayNational = "theo lịch nghỉ chung"
	outHolidayOwn      = "của cơ quan"
	outHolidayRow      = "%s\t%s\t%s\t%s\n"
	outHolidayAdded    = "Đã ghi %s %s “%s”; đã lập lại lịch nhắc cho %d nhiệm vụ đang thực hiện.\n"
	outHolidayRemoved  = "Đã bỏ ngày riêng %s của cơ quan; ngày này theo lại lịch nghỉ chung.\n"
	outHolidayNotFound = "cơ quan không có ngày riêng %s (xem: dondoc holidays list --org %s)"
	outHolidaysNoData  = "Lịch nghỉ chung chưa có năm %d (có từ %d đến %d): chỉ có thứ Bảy, Chủ nhật và các ngày riêng của cơ quan.\n"
)

// What the two tiers' operator commands print.
const (
	outOrgParent        = "%s, trực thuộc %s"
	outBadLevel         = "--level “%s”: hãy ghi tinh (tỉnh, thành phố), xa (xã, phường, đặc khu) hoặc huyen (huyện, trước 1/7/2025)"
	outParentFlag       = "--parent: %w"
	outToFlag           = "--to: %w"
	outUnitsLinkUsage   = "cách dùng: dondoc units link --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ --to CƠ_QUAN_CẤP_DƯỚI"
	outUnitsMergeUsage  = "cách dùng: dondoc units merge --org CƠ_QUAN --into MÃ_ĐƠN_VỊ_MỚI [--dry-run] MÃ_CŨ_1 MÃ_CŨ_2 …"
	outUnitsRenameUsage = `cách dùng: dondoc units rename --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ "TÊN MỚI"`
	outUnitMerged       = "Đã sáp nhập “%s” (%s) vào “%s”.\n"
	outUnitsMerged      = "Đã chuyển %d nhiệm vụ đang thực hiện, %d cán bộ, %d nhóm chat sang đơn vị mới; các thành viên được báo tin.\n"
	outUnitWouldMerge   = "Sẽ sáp nhập “%s” (%s) vào “%s”.\n"
	outUnitsWouldMerge  = "Sẽ chuyển %d nhiệm vụ đang thực hiện, %d cán bộ, %d nhóm chat sang đơn vị mới. Chưa có gì thay đổi: bỏ --dry-run để sáp nhập.\n"
	outUnitRetiredInto  = " (đã sáp nhập vào %s)"
	outUnitRetired      = " (đã thôi hoạt động)"
	outUnitsRetireUsage = "cách dùng: dondoc units retire --org CƠ_QUAN --unit MÃ_ĐƠN_VỊ"
	outUnitRetiredDone  = "Đơn vị “%s” (%s) đã thôi hoạt động; lịch sử và báo cáo cũ vẫn giữ tên đơn vị.\n"
	outUnitRenamed      = "Đã đổi tên đơn vị %s thành “%s”; tên cũ vẫn được nhận ra trong văn bản.\n"
	outUnitLinked       = "Đã liên kết đơn vị “%s” của %s với cơ quan “%s”: nhiệm vụ giao cho đơn vị này sẽ chuyển tới cơ quan đó.\n"
)

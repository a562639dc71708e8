package main

// Vietnamese wording of what the operator commands print.
const (
	outOrgCreated    = "Đã tạo cơ quan «%s» (mã: %s, số: %d, múi giờ %s).\nĐường dẫn mời quản trị viên (hết hạn %s):\n%s\n"
	outOrgRow        = "%d\t%s\t%s\t%s\n"
	outUnitsImported = "Đã nạp danh sách đơn vị: thêm %d, cập nhật %d.\n"
	outUnitsInvalid  = "Tệp %s có dòng không hợp lệ, chưa nạp đơn vị nào:\n%s\n"
	outUnitRow       = "%s\t%s\t%s\t%s\n"
	outInvite        = "Đường dẫn mời %s%s (hết hạn %s):\n%s\n"
	outInviteUnit    = " cho %s"
	outInviteRow     = "%s\t%s\t%s\thết hạn %s\tđã dùng %d lần\n"
	outInviteRevoked = "Đã thu hồi mã mời %s.\n"
	outNoBotName     = "(Không lấy được tên bot từ Telegram: đặt TELEGRAM_BOT_USERNAME để in đường dẫn đầy đủ.)\n"
	outMigrated      = "Cơ sở dữ liệu đã ở phiên bản %d.\n"
)

// Usage of the operator commands.
const usage = `Cách dùng:
  dondoc [run]                                   chạy bot
  dondoc migrate                                 cập nhật cấu trúc cơ sở dữ liệu
  dondoc org create "TÊN CƠ QUAN" [--tz Asia/Ho_Chi_Minh]
  dondoc org list
  dondoc units import --org CƠ_QUAN units.csv    nạp danh sách đơn vị (cột: code,name,aliases,kind)
  dondoc units list --org CƠ_QUAN
  dondoc invite --org CƠ_QUAN --role leader|secretary|member|admin [--unit MÃ_ĐƠN_VỊ] [--ttl 168h]
  dondoc invite list --org CƠ_QUAN
  dondoc invite revoke --org CƠ_QUAN MÃ_MỜI
CƠ_QUAN là số hoặc mã (slug) của cơ quan.`

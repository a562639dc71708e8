package main

// What tgfake prints for the person at the terminal, in Vietnamese.
const (
	usage = `tgfake: máy giả lập Bot API của Telegram chạy cục bộ, để chạy dondoc khi không vào được Telegram.

  go run ./cmd/tgfake [-addr 127.0.0.1:8081] [-token 123:abc[,456:def…]] [-username dondoc_local_bot[,…]] [-user 1001]

  -addr      địa chỉ lắng nghe (mặc định 127.0.0.1:8081)
  -token     mã bot được chấp nhận, nhiều bot thì cách nhau dấu phẩy
             (mặc định TELEGRAM_TOKENS, TELEGRAM_TOKEN, hoặc 123:abc)
  -username  tên @ của các bot, theo thứ tự mã (mặc định dondoc_local_bot, dondoc_local2_bot…)
  -user      mã người dùng Telegram đóng vai lúc đầu (mặc định 1001)

Rồi, ở cửa sổ khác:
  TELEGRAM_API_ENDPOINT=http://127.0.0.1:8081 TELEGRAM_TOKEN=123:abc scripts/run.sh
`
	msgListening = "tgfake: bot @%s (mã %s) đang chờ tại %s\n"
	msgRunBot    = `Chạy bot ở cửa sổ khác:
  TELEGRAM_API_ENDPOINT=%s %s=%s scripts/run.sh
Gõ một dòng để gửi cho bot; :giup xem các lệnh.
`
	msgHelp = `Các lệnh:
  <văn bản>                  gửi văn bản (hay lệnh như /start MÃ, /viec) trong chat riêng với bot
  :nguoi <mã> [tên]          đóng vai người dùng khác (mã là số), ví dụ :nguoi 1002 Lan
  :nhom <mã nhóm> <văn bản>  gửi trong một nhóm (mã âm), ví dụ :nhom -100 /baocao_o_day
  :traloi <tin> <văn bản>    trả lời tin số <tin> trong chat riêng (ví dụ "xong")
  :bam <tin> <dữ liệu nút>   bấm nút dưới tin số <tin> (chat riêng), hoặc <mã nhóm>/<tin> trong nhóm
  :bot <số|@tên>             viết cho bot khác (khi chạy nhiều bot), ví dụ :bot 2
  :giup                      xem lại các lệnh này
  :thoat                     dừng (hoặc Ctrl-C)
`
	msgSent        = "← @%s gửi %s, tin %d%s:\n%s\n"
	msgEdited      = " (sửa)"
	msgChatPrivate = "chat riêng %d"
	msgChatGroup   = "nhóm %d"
	msgButton      = "   [%s] → :bam %s %s\n"
	msgButtonURL   = "   [%s] → %s\n"
	msgFile        = "   tệp %q (%d byte)\n"
	msgAnswer      = "← @%s trả lời nút bấm%s: %s\n"
	msgAlert       = " (hộp thoại)"
	msgYouAre      = "tgfake: đang đóng vai người dùng %d (%s)\n"
	msgUnknown     = "tgfake: không hiểu %q. Gõ :giup xem các lệnh.\n"
	msgBadUser     = "tgfake: mã người dùng phải là số dương, ví dụ :nguoi 1002 Lan\n"
	msgBadGroup    = "tgfake: mã nhóm phải là số âm và có văn bản, ví dụ :nhom -100 /baocao_o_day\n"
	msgBadReply    = "tgfake: viết :traloi <số tin> <văn bản>, ví dụ :traloi 5 xong\n"
	msgBadPress    = "tgfake: viết :bam <số tin> <dữ liệu nút>, hay :bam <mã nhóm>/<số tin> <dữ liệu nút>\n"
	msgNoMessage   = "tgfake: bot chưa gửi tin %d trong %s\n"
	msgBadToken    = "mã bot %q không đúng dạng <số>:<chuỗi>, ví dụ 123:abc"
	msgSameBot     = "bot %s có hai mã: mỗi bot một mã"
	msgBotNow      = "tgfake: đang viết cho @%s\n"
	msgBadBot      = "tgfake: không có bot đó; các bot: %s\n"
	msgUserName    = "Người dùng %d"
	msgGroupTitle  = "Nhóm %d"
)

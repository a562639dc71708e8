package directives

import "github.com/dondoc/dondoc/tasks"

// Every Vietnamese string the package produces lives in this file.

// groupNames name the groups of units.
var groupNames = map[tasks.Kind]string{
	tasks.KindSo:      "các sở, ban, ngành",
	tasks.KindXa:      "các xã, phường, thị trấn",
	tasks.KindThon:    "các thôn, tổ dân phố",
	tasks.KindPhong:   "các phòng, ban chuyên môn",
	tasks.KindDoanThe: "MTTQ và các đoàn thể",
	tasks.KindKhac:    "các đơn vị khác",
	tasks.KindAll:     "tất cả cơ quan, đơn vị",
}

const (
	warnUnknownLead   = "Không tìm thấy “%s” trong danh sách đơn vị nên chưa xác định được đơn vị chủ trì."
	warnNoLead        = "Chưa xác định được đơn vị chủ trì."
	warnUnknownCoord  = "Không tìm thấy đơn vị phối hợp “%s” trong danh sách đơn vị."
	warnCarriedLead   = "Đơn vị chủ trì được lấy theo phần đầu của câu: “%s”."
	warnBadDeadline   = "Thời hạn “%s” không hợp lệ (%s) nên chưa đặt thời hạn."
	warnPastDeadline  = "Thời hạn “%s” (%s) đã qua so với ngày họp %s nên chưa đặt thời hạn; xin kiểm tra lại."
	warnManyCycles    = "Câu nêu nhiều chu kỳ (“%s”) nên chưa đặt thời hạn; xin ghi một thời hạn cụ thể."
	warnHeadingLead   = "Đơn vị chủ trì được lấy theo tiêu đề của mục: “%s”."
	warnCarriedPeriod = "Thời hạn được lấy theo phần đầu của mục hoặc của câu: “%s”."
	warnListAsked     = "Mục không nêu đơn vị thực hiện nên đơn vị chủ trì được lấy theo yêu cầu ngay trước danh sách: “%s”; xin kiểm tra lại."
	warnPrevLead      = "Đơn vị chủ trì được lấy theo câu trước, cùng một việc: “%s”."
	warnAlsoAsked     = "Lời “cũng yêu cầu” không nêu đơn vị nên đơn vị chủ trì được lấy theo lời yêu cầu ngay trước: “%s”; xin kiểm tra lại."
	warnSentenceLead  = "Câu không nêu đơn vị thực hiện nên đơn vị chủ trì được lấy theo câu trước cùng đoạn: “%s”; xin kiểm tra lại."
	// warnLetterLead: the news of a letter names no addressee; the paragraph "Theo đó, …" after it does.
	warnLetterLead = "Tin chỉ nêu công văn mà không nêu nơi nhận nên đơn vị chủ trì được lấy theo đoạn “Theo đó” ngay sau: “%s”; xin kiểm tra lại."
	// warnDirectorLead: "…; chỉ đạo các phòng …" goes on with the owner before, who directs.
	warnDirectorLead = "Câu chỉ nêu đơn vị được chỉ đạo nên đơn vị chủ trì được lấy theo đơn vị chỉ đạo ở phần trước: “%s”; xin kiểm tra lại."
	// warnNet: a piece the rules did not read as a directive, kept by the safety net (net.go).
	warnNet = "Chưa đọc được câu này theo các mẫu giao việc đã biết, nhưng câu %s nên được giữ lại làm mục nháp. Xin kiểm tra nội dung, đơn vị chủ trì và thời hạn (bấm “Sửa”), hoặc bấm “Bỏ” nếu đây không phải nhiệm vụ."
)

// Messages of ParseFix.
const (
	fixEmpty       = "Chưa có nội dung sửa. Xin ghi đơn vị chủ trì và/hoặc thời hạn, ví dụ: “KTHT, phối hợp các xã, trước 30/1” hoặc “bỏ thời hạn”."
	fixNone        = "Chưa nhận ra đơn vị hay thời hạn trong “%s”. Xin ghi tên, tên viết tắt hoặc mã đơn vị (gõ /donvi để xem danh sách) và/hoặc thời hạn, ví dụ: “KTHT, phối hợp các xã, trước 30/1”."
	fixUnknown     = "Không tìm thấy đơn vị “%s” trong danh sách đơn vị. Gõ /donvi để xem tên và mã các đơn vị."
	fixBadDeadline = "Thời hạn “%s” không hợp lệ (%s). Xin ghi lại thời hạn, hoặc ghi “bỏ thời hạn”."
)

// Messages of FileText.
const (
	fileUnsupported = "Chỉ đọc được tệp .txt hoặc .docx; tệp “%s” chưa đọc được. Xin gửi lại dưới dạng .docx, .txt hoặc dán nội dung vào tin nhắn."
	fileBadDocx     = "Không đọc được tệp Word “%s”: tệp bị hỏng hoặc không phải .docx. Xin lưu lại dưới dạng .docx hoặc dán nội dung vào tin nhắn."
	fileNotText     = "Tệp “%s” không phải văn bản UTF-8. Xin lưu lại dưới dạng .docx hoặc .txt (UTF-8), hoặc dán nội dung vào tin nhắn."
	fileTooBig      = "Tệp “%s” quá lớn để đọc: chỉ đọc được tệp đến %d MB. Xin chỉ gửi phần kết luận."
	fileEmpty       = "Tệp “%s” không có nội dung chữ, có thể là bản scan. Xin gửi tệp có chữ hoặc dán nội dung vào tin nhắn."
)

// Explanations of `dondoc parse --explain`: which words decided each field.
const (
	whyAsked        = "có lời giao việc “%s”"
	whyModal        = "có từ chỉ việc phải làm “%s”"
	whyVerb         = "đơn vị làm chủ ngữ của “%s”"
	whyFollow       = "bắt đầu bằng việc cần làm “%s”, tiếp nối chỉ đạo trước đó"
	whySetsDeadline = "có thời hạn “%s”"
	whyUnitSubject  = "đơn vị “%s” đứng đầu câu làm chủ ngữ"
	whyUnderHeading = "là một mục dưới tiêu đề nêu đơn vị thực hiện"
	whyOther        = "câu nêu việc cần làm"
	// whyParenWork: work given in parentheses in a line of an agenda (parens.go).
	whyParenWork = "việc giao trong ngoặc ở dòng lịch làm việc: %s"
	// whyNet: the safety net kept a piece the rules did not read (net.go); %s is one of whyNet….
	whyNet         = "chưa đọc được theo mẫu giao việc đã biết; giữ lại vì câu %s"
	whyNetAsked    = "có lời giao việc “%s”"
	whyNetUrged    = "có từ thúc giục trước việc cần làm “%s”"
	whyNetUnitActs = "có đơn vị làm chủ ngữ của việc cần làm “%s”"
	whyNetDuty     = "nêu trách nhiệm phải làm “%s”"
	whyNetListItem = "là mục danh sách mở đầu bằng việc cần làm “%s”, dưới lời giao việc"
	whyNetDeadline = "có việc cần làm “%s” gắn với thời hạn “%s”"
	// whySchedule: a line of a schedule, "Ngày 07/8: buổi sáng xã A, …".
	whySchedule = "dòng lịch làm việc của ngày “%s”"

	whyLeadAsked   = "“%s” là đơn vị được giao (sau “%s”)"
	whyLeadFrame   = "việc nêu sau “Đối với %s”"
	whyLeadSubject = "“%s” là chủ ngữ của câu"
	whyLeadCarried = "lấy theo chủ ngữ phần trước: “%s”"
	whyLeadPrev    = "lấy theo câu trước, cùng một việc: “%s”"
	// whyLeadAlsoAsked: "Đồng chí cũng yêu cầu …" asks again those asked just before.
	whyLeadAlsoAsked = "“%s” không nêu đơn vị, nên lấy theo những đơn vị được yêu cầu ngay trước: “%s”"
	// whyLeadPointsBack: "các địa phương này" are the units of the sentence before.
	whyLeadPointsBack = "“%s” chỉ các đơn vị vừa nêu ở câu trước: “%s”"
	// whyLeadPointsNowhere: "các đơn vị được giao nhiệm vụ" with no unit named just before.
	whyLeadPointsNowhere = "“%s” chỉ các đơn vị đã nêu trước đó, nhưng câu trước không nêu đơn vị nào"
	whyLeadSentence      = "câu không có chủ ngữ riêng, lấy theo câu trước: “%s” (từ “%s”)"
	whyLeadListAsked     = "danh sách nhiệm vụ nêu ngay sau yêu cầu giao cho “%s”"
	whyLeadHeading       = "lấy theo tiêu đề của mục: “%s”"
	whyLeadUnknown       = "“%s” không có trong danh sách đơn vị"
	whyLeadNone          = "câu không nêu đơn vị thực hiện"
	// whyLeadDirector: the owner handed on directs those after "chỉ đạo".
	whyLeadDirector = "“%s” (phần trước) là đơn vị “%s” các đơn vị sau"
	// whyLeadSender: "Sở Nội vụ vừa có Công văn đôn đốc …": who sent the letter does not do the work.
	whyLeadSender = "“%s” là nơi gửi công văn; " + whyLeadNone
	// whyLeadLetter: the addressee of the letter, from the paragraph "Theo đó, …" after it.
	whyLeadLetter    = "tin không nêu nơi nhận công văn, lấy theo đoạn “Theo đó” ngay sau: “%s”"
	whyLeadBareHead  = "“%s” là đơn vị duy nhất cùng loại đã nêu trước đó"
	whyLeadScheduled = "“%s” được xếp lịch vào ngày đó"
	whyLeadField     = "“%s” " + whyFieldMark
	// whyFieldMark ends the explanation of a lead read from a field line.
	whyFieldMark = "ghi ở mục đơn vị thực hiện ngay dưới việc này"

	whyCoord     = "“%s” sau “%s”"
	whyCoordWith = "“%s” được giao cùng đơn vị chủ trì"
	// whyCoordJoined: "Phòng A chủ trì; Phòng B phối hợp …".
	whyCoordJoined  = "“%s” sau “phối hợp”"
	whyCoordHeading = "“%s” theo tiêu đề của mục"
	whyCoordLetter  = "lấy theo đoạn “Theo đó” ngay sau: “%s”"
	whyNoCoords     = "không có"

	whyDeadline        = "“%s”"
	whyDeadlineCarried = "lấy theo phần đầu của mục hoặc của câu: “%s”"
	whyDeadlineNext    = "lấy theo câu sau: “%s”"
	whyNoDeadline      = "câu không nêu thời hạn"
	// whyDeadlineEntry: the hour of an agenda's entry, on the day of the schedule (parens.go).
	whyDeadlineEntry = "“%s” của dòng lịch làm việc ngày %s"
)

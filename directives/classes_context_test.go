package directives

import "testing"

// Deadlines in context, heads, back-references and requests still open
// (issue 10, session of 07/12/2026): general classes of Vietnamese
// administrative writing, each in our own sentences.

func TestClassDeadlinesInContext(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a deadline in a heading governs the items, and the heading is no task",
			"Các nhiệm vụ cần hoàn thành trước ngày 30/9/2025:\n1. Phòng Kinh tế rà soát diện tích lúa bị hạn.\n2. Công an xã lập danh sách các hộ vi phạm hành lang giao thông.",
			[]want{
				{text: "rà soát diện tích", lead: "kt", deadline: "2025-09-30 23:59"},
				{text: "lập danh sách", lead: "ca", deadline: "2025-09-30 23:59"},
			}},
		{"a time limit after a list governs every item",
			"Yêu cầu các thôn:\n- Rà soát danh sách hộ nghèo;\n- Tổ chức họp dân công khai danh sách.\nHoàn thành trước ngày 28/8/2025.",
			[]want{
				{text: "Rà soát danh sách", lead: "group:thon", deadline: "2025-08-28 23:59"},
				{text: "họp dân", lead: "group:thon", deadline: "2025-08-28 23:59"},
			}},
		{"a labelled time limit after a list governs every item",
			"Giao Phòng Kinh tế:\n- Rà soát diện tích lúa bị hạn;\n- Lập danh sách hộ bị thiệt hại.\nThời hạn: trước ngày 28/8/2025.",
			[]want{
				{text: "Rà soát diện tích", lead: "kt", deadline: "2025-08-28 23:59"},
				{text: "Lập danh sách", lead: "kt", deadline: "2025-08-28 23:59"},
			}},
		{"a time limit sentence governs the work of its paragraph",
			"Chủ tịch UBND xã chỉ đạo Phòng Kinh tế kiểm tra các điểm khai thác cát trái phép. Xử lý nghiêm các trường hợp vi phạm. Thời gian hoàn thành trước ngày 28/8/2025.",
			[]want{
				{text: "kiểm tra các điểm", lead: "kt", deadline: "2025-08-28 23:59"},
				{text: "Xử lý nghiêm", lead: "kt", deadline: "2025-08-28 23:59"},
			}},
		{"the speaker's đã does not void the task's own deadline",
			"Đồng chí Chủ tịch đã phân công Phòng Kinh tế kiểm tra, báo cáo UBND xã trong tháng 9/2025.",
			[]want{{text: "kiểm tra, báo cáo", lead: "kt", deadline: "2025-09-30 23:59"}}},
		{"a labelled time limit on the next line",
			"Phòng Kinh tế rà soát diện tích lúa bị hạn, tổng hợp báo cáo UBND xã.\nThời gian hoàn thành: trước ngày 25/8/2025.",
			[]want{{text: "rà soát diện tích", lead: "kt", deadline: "2025-08-25 23:59"}}},
		{"a day after the meeting opening the sentence is the day of the work",
			"Ngày 20/8/2025, Phòng Kinh tế chủ trì kiểm tra việc khai thác cát trái phép tại thôn Đông Sơn.",
			[]want{{text: "kiểm tra việc khai thác", lead: "kt", deadline: "2025-08-20 23:59"}}},
		{"a morning after the meeting ends at noon",
			"Sáng 26/8, các thôn ra quân tổng vệ sinh môi trường.",
			[]want{{text: "ra quân", lead: "group:thon", deadline: "2025-08-26 12:00"}}},
		{"a day before the meeting opening the sentence is its story",
			"Ngày 15/8/2025, Phòng Kinh tế đã kiểm tra việc khai thác cát tại thôn Đông Sơn.",
			nil},
		{"the date of a finding in a basis frame is no deadline",
			"Trên cơ sở kết quả kiểm tra ngày 12/8/2025, giao Phòng Kinh tế hướng dẫn các hộ khắc phục vi phạm.",
			[]want{{text: "hướng dẫn các hộ", lead: "kt"}}},
		{"the date of a cited source after a dash is no deadline",
			"Phòng Kinh tế rà soát diện tích lúa bị hạn.\n(Nguồn: công văn số 215/UBND-KT - 20/08/2025)",
			[]want{{text: "rà soát diện tích", lead: "kt"}}},
	})
}

func TestClassBasisFrames(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"trên cơ sở before giao", "Trên cơ sở kết quả kiểm tra, giao Phòng Kinh tế hướng dẫn các hộ khắc phục vi phạm.",
			[]want{{text: "hướng dẫn các hộ", lead: "kt"}}},
		{"qua kết quả before đề nghị", "Qua kết quả rà soát, đề nghị các thôn bổ sung danh sách hộ cận nghèo.",
			[]want{{text: "bổ sung danh sách", lead: "group:thon"}}},
	})
}

func TestClassRequestsStillOpen(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"đã yêu cầu with a deadline ahead", "Đã yêu cầu Phòng Kinh tế rà soát hồ sơ đất đai, báo cáo trước ngày 30/8/2025.",
			[]want{{text: "rà soát hồ sơ", lead: "kt", deadline: "2025-08-30 23:59"}}},
		{"đã giao with a deadline ahead", "UBND xã đã giao Phòng Văn hóa – Xã hội tổng hợp danh sách hộ nghèo, hoàn thành trước ngày 05/9/2025.",
			[]want{{text: "tổng hợp danh sách", lead: "vhxh", deadline: "2025-09-05 23:59"}}},
		{"đã yêu cầu with no deadline is a report", "UBND xã đã yêu cầu Công an xã xử lý dứt điểm các điểm tập kết cát trái phép.",
			nil},
		{"đã yêu cầu with a deadline gone by is a report", "Ngày 10/8/2025, UBND xã đã yêu cầu Công an xã xử lý các điểm tập kết cát trước ngày 15/8/2025.",
			nil},
	})
}

func TestClassReportsByRhythm(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"units report results every week", "Các thôn báo cáo kết quả hằng tuần vào thứ Sáu về Văn phòng HĐND và UBND xã.",
			[]want{{text: "báo cáo kết quả", lead: "group:thon", deadline: "2025-08-22 23:59", recur: "weekly"}}},
		{"a report of results gone by is no work", "Trong tháng 8, các thôn báo cáo kết quả thu gom rác đạt 90%.",
			nil},
	})
}

func TestClassHeadsThatDirect(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a director directs bodies outside the directory", "Giám đốc Sở Y tế chỉ đạo các bệnh viện chuẩn bị đủ thuốc, vật tư y tế.",
			[]want{{text: "chuẩn bị đủ thuốc", lead: "syt"}}},
		{"a chair directs an unknown centre", "Chủ tịch UBND phường Hòa Xá chỉ đạo Trung tâm Dịch vụ tổng hợp thu gom rác thải sau bão.",
			[]want{{text: "thu gom rác", lead: "hoaxa"}}},
	})
	checkClasses(t, communeDirectory(), []classCase{
		{"what the one asked announces is its work", "Giao Văn phòng HĐND và UBND xã thông báo kết luận này đến các thôn để thực hiện.",
			[]want{{text: "thông báo kết luận", lead: "vp"}}},
	})
}

func TestClassBackReferences(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the units given the work are those just named",
			"Đồng chí Chủ tịch đã phân công Phòng Kinh tế kiểm tra, báo cáo UBND xã trước ngày 05/9/2025. UBND xã yêu cầu các đơn vị được giao nhiệm vụ khẩn trương triển khai, đảm bảo đúng tiến độ.",
			[]want{
				{text: "kiểm tra", lead: "kt", deadline: "2025-09-05 23:59"},
				{text: "khẩn trương triển khai", lead: "kt"},
			}},
		{"with no units named before, no owner is guessed",
			"Yêu cầu các đơn vị được giao nhiệm vụ khẩn trương triển khai, đảm bảo đúng tiến độ.",
			[]want{{text: "khẩn trương triển khai", warn: "chủ trì"}}},
	})
}

func TestClassBatch8Shapes(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"có nhiệm vụ is a duty, even of a body outside the directory",
			"Sở Nông nghiệp và Môi trường có nhiệm vụ chủ trì, phối hợp các sở ngành, đơn vị hướng dẫn UBND cấp xã vận động nhân dân giữ gìn vệ sinh.",
			[]want{{text: "có nhiệm vụ chủ trì", coords: "group:all", warn: "Sở Nông nghiệp và Môi trường"}}},
		{"có nhiệm vụ of a known sở", "Sở Y tế có nhiệm vụ hướng dẫn các địa phương phòng bệnh sốt xuất huyết.",
			[]want{{text: "hướng dẫn các địa phương", lead: "syt"}}},
		{"xét đề nghị is a basis, and praise is no work",
			"Xét đề nghị của Sở Tài chính tại báo cáo số 21/BC-STC ngày 23/7/2025, Chủ tịch UBND tỉnh đã ký văn bản biểu dương Sở Y tế.",
			nil},
		{"xét tờ trình, then giao",
			"Xét đề nghị của Sở Tài chính tại Tờ trình số 21/TTr-STC ngày 23/7/2025, Chủ tịch UBND tỉnh giao Sở Xây dựng rà soát đơn giá nhà ở xã hội.",
			[]want{{text: "rà soát đơn giá", lead: "sxd"}}},
	})
	checkClasses(t, communeDirectory(), []classCase{
		{"a year opening the request is its time frame",
			"Năm 2026, Chủ tịch UBND xã chỉ đạo Phòng Kinh tế xây dựng đề án phát triển du lịch cộng đồng.",
			[]want{{text: "xây dựng đề án", lead: "kt", deadline: "2026-12-31 23:59"}}},
		{"a year gone by opening a report is no task",
			"Năm 2024, Phòng Kinh tế đã hoàn thành 12/12 chỉ tiêu.",
			nil},
	})
}

func TestClassWeakOwnerEvidence(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"those helped are not the owner", "Tạo điều kiện cho Công an xã triển khai mô hình camera an ninh.",
			[]want{{text: "Tạo điều kiện", warn: "chủ trì"}}},
		{"a unit that helps is the owner", "Phòng Kinh tế tạo điều kiện cho các thôn tổ chức lễ hội.",
			[]want{{text: "tổ chức lễ hội", lead: "kt"}}},
		{"a unit named inside the work's object is no owner", "Tăng cường công tác kiểm tra việc chấp hành pháp luật về đất đai của Phòng Kinh tế và các thôn.",
			[]want{{text: "Tăng cường công tác kiểm tra", warn: "chủ trì"}}},
		{"a title in a news sentence is no owner", "Đồng chí Nguyễn Văn A, Trưởng Phòng Kinh tế cho biết, thời gian tới sẽ tập trung chỉ đạo thu hoạch lúa.",
			nil},
		{"an inline topic stops the owner of the sentence before",
			"Phòng Kinh tế rà soát hồ sơ đất đai. Về công tác giáo dục: Chuẩn bị tốt các điều kiện cho năm học mới.",
			[]want{{text: "rà soát hồ sơ", lead: "kt"}, {text: "Chuẩn bị tốt", warn: "chủ trì"}}},
		{"a topic line stops the owner of the line before",
			"Phòng Kinh tế rà soát hồ sơ đất đai.\nVề công tác giáo dục: Chuẩn bị tốt các điều kiện cho năm học mới.",
			[]want{{text: "rà soát hồ sơ", lead: "kt"}, {text: "Chuẩn bị tốt", warn: "chủ trì"}}},
	})
}

func TestClassForecastsAndRhythms(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a forecast, then the work", "Dự báo tình hình mưa lũ, theo dõi chặt chẽ diễn biến để kịp thời ứng phó.",
			[]want{{text: "theo dõi chặt chẽ", warn: "chủ trì"}}},
		{"a forecast after a report still asks", "Trong tuần qua, trên địa bàn xã đã xảy ra 2 vụ sạt lở đất. Dự báo trong thời gian tới còn mưa lớn, theo dõi chặt chẽ các điểm có nguy cơ sạt lở.",
			[]want{{text: "theo dõi chặt chẽ", warn: "chủ trì"}}},
		{"a forecast, then a request", "Dự báo thời tiết còn nắng nóng, đề nghị các thôn theo dõi nguồn nước.",
			[]want{{text: "theo dõi nguồn nước", lead: "group:thon"}}},
		{"a weekly report on a weekday in a frame", "Hằng tuần, vào thứ Sáu, các thôn báo cáo kết quả về UBND xã.",
			[]want{{text: "báo cáo kết quả", lead: "group:thon", deadline: "2025-08-22 23:59", recur: "weekly"}}},
		{"a weekly report on a weekday after the verb", "Công an xã báo cáo hằng tuần vào thứ Sáu.",
			[]want{{text: "báo cáo hằng tuần", lead: "ca", deadline: "2025-08-22 23:59", recur: "weekly"}}},
	})
}

func TestClassBatch9Shapes(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"được giao + verb: the subject is the one asked",
			"UBND các xã, phường được giao thống kê số lượng lồng bè nuôi trồng thủy sản; phối hợp với Sở Y tế tổ chức sơ tán dân trước 12 giờ ngày 20/8/2025.",
			[]want{
				{text: "thống kê số lượng", lead: "group:xa"},
				{text: "tổ chức sơ tán", lead: "group:xa", coords: "syt", deadline: "2025-08-20 12:00"},
			}},
		{"the people told what to do, even by a deadline, are no owner of work",
			"Người dân trên lồng bè, tàu thuyền phải trở vào bờ trước 12 giờ ngày 20/8/2025.",
			nil},
	})
	checkClasses(t, communeDirectory(), []classCase{
		{"the agent of a qualifier inside the subject is no coordinator",
			"Các thôn trên cơ sở danh sách do Công an xã cung cấp chịu trách nhiệm rà soát, cập nhật thông tin cử tri.",
			[]want{{text: "rà soát, cập nhật", lead: "group:thon"}}},
	})
}

func TestClassNotBackReferences(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"trên cơ sở after a group is no back-reference",
			"Các thôn trên cơ sở danh sách hộ nghèo năm 2025 tổ chức họp dân bình xét.",
			[]want{{text: "họp dân", lead: "group:thon"}}},
		{"trên địa bàn after a group is no back-reference",
			"Các thôn trên địa bàn xã tổ chức ra quân làm vệ sinh môi trường.",
			[]want{{text: "ra quân", lead: "group:thon"}}},
	})
}

func TestClassIssuersPlans(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the chair's own plan is no task", "Chủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân định kỳ vào ngày 20/8/2025.", nil},
		{"the issuer's own plan is no task", "UBND tỉnh sẽ chuyển kinh phí cho các địa phương trong tháng 9/2025.", nil},
		{"a unit's work stays work", "Sở Y tế chủ trì kiểm tra các bệnh viện trong tháng 9/2025.",
			[]want{{text: "kiểm tra các bệnh viện", lead: "syt", deadline: "2025-09-30 23:59"}}},
	})
}

func TestClassTasksListedAfterARequest(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the tasks listed right after a request in its paragraph are the unit's",
			"Đồng chí Chủ tịch yêu cầu Phòng Kinh tế tiếp tục nâng cao trách nhiệm. Đồng chí nhấn mạnh một số nhiệm vụ trọng tâm cần thực hiện trong thời gian tới:\n1. Rà soát hồ sơ đất đai các hộ.\n2. Hướng dẫn nhân dân chuyển đổi cây trồng.",
			[]want{
				{text: "nâng cao trách nhiệm", lead: "kt"},
				{text: "Rà soát hồ sơ", lead: "kt", warn: "yêu cầu ngay trước"},
				{text: "chuyển đổi cây trồng", lead: "kt", warn: "yêu cầu ngay trước"},
			}},
		{"a list announced on a line of its own names no one",
			"Đồng chí Chủ tịch yêu cầu Phòng Kinh tế tiếp tục nâng cao trách nhiệm.\nKết luận các nhiệm vụ trọng tâm như sau:\n1. Rà soát hồ sơ đất đai các hộ.\n2. Công an xã tăng cường tuần tra.",
			[]want{
				{text: "nâng cao trách nhiệm", lead: "kt"},
				{text: "Rà soát hồ sơ", warn: "chủ trì"},
				{text: "tăng cường tuần tra", lead: "ca"},
			}},
	})
}

func TestClassBatch10Shapes(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"an unknown body asked first leads, unknown; the units after it take part",
			"Đề nghị Ban quản lý chợ cùng các thôn tăng cường kiểm tra vệ sinh an toàn thực phẩm.",
			[]want{{text: "tăng cường kiểm tra", coords: "group:thon", warn: "Ban quản lý chợ"}}},
		{"the tasks the meeting set are work with no owner",
			"Cuộc họp còn đề ra một số nhiệm vụ trọng tâm cần tập trung thực hiện trong tháng 9/2025.",
			[]want{{text: "nhiệm vụ trọng tâm", deadline: "2025-09-30 23:59", warn: "chủ trì"}}},
	})
	checkClasses(t, provinceDirectory(), []classCase{
		{"a body's own commitment with a time limit is no task",
			"UBND phường Hòa Xá sẽ giải quyết và thông báo kết quả trong vòng 5 ngày.", nil},
	})
}

func TestClassUnitInAForFrame(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"Đối với a unit, then subjectless work", "Đối với Phòng Kinh tế: rà soát hồ sơ đất đai; hướng dẫn nhân dân chuyển đổi cây trồng.",
			[]want{{text: "rà soát hồ sơ", lead: "kt"}, {text: "chuyển đổi cây trồng", lead: "kt"}}},
		{"Đối với a group, then subjectless work", "Đối với các thôn, tổ chức họp dân lấy ý kiến về quy ước thôn.",
			[]want{{text: "họp dân", lead: "group:thon"}}},
		{"Đối với a case keeps no owner", "Đối với dự án đường liên thôn, đẩy nhanh tiến độ giải phóng mặt bằng.",
			[]want{{text: "đẩy nhanh", warn: "chủ trì"}}},
	})
}

func TestClassTasksAfterAReport(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a line announcing the tasks after a report",
			"Kết quả, toàn xã đã thu được 80% kế hoạch. Tuy nhiên, vẫn còn một số thôn thu chậm.\nNhiệm vụ thời gian tới:\n- Đôn đốc các thôn thu nộp.\n- Rà soát danh sách hộ nghèo.",
			[]want{{text: "Đôn đốc các thôn", warn: "chủ trì"}, {text: "Rà soát danh sách", warn: "chủ trì"}}},
		{"a clause announcing the tasks after a report",
			"Kết quả, toàn xã đã thu được 80% kế hoạch. Nhiệm vụ thời gian tới gồm: đôn đốc các thôn thu nộp; rà soát danh sách hộ nghèo.",
			[]want{{text: "Đôn đốc các thôn", warn: "chủ trì"}, {text: "Rà soát danh sách", warn: "chủ trì"}}},
	})
}

func TestClassRequestsAfterAReport(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a heading ending with the chair's instruction after a report",
			"Trong tháng 8, toàn xã đã thu được 80% kế hoạch thuế.\nĐể hoàn thành kế hoạch năm, đồng chí Chủ tịch chỉ đạo:\n1. Đôn đốc các thôn thu nộp.\n2. Rà soát danh sách hộ nghèo.",
			[]want{{text: "Đôn đốc các thôn", warn: "chủ trì"}, {text: "Rà soát danh sách", warn: "chủ trì"}}},
		{"an acknowledgment, then 'và đề nghị'",
			"Đồng chí Chủ tịch ghi nhận kết quả đạt được và đề nghị các thôn tiếp tục đôn đốc thu nộp.",
			[]want{{text: "đôn đốc thu nộp", lead: "group:thon"}}},
		{"a time frame between the request and its addressee",
			"Đồng chí Chủ tịch ghi nhận kết quả đạt được và đề nghị trong thời gian tới các thôn tiếp tục đôn đốc thu nộp.",
			[]want{{text: "đôn đốc thu nộp", lead: "group:thon"}}},
		{"one request with two verbs stays one",
			"Đồng chí Chủ tịch đã chỉ đạo và giao Phòng Kinh tế rà soát hồ sơ đất đai.",
			[]want{{text: "rà soát hồ sơ", lead: "kt"}}},
	})
}

func TestClassBatch11Shapes(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"cùng với đó là goes on with the request",
			"Đồng chí Chủ tịch đề nghị các thôn rà soát danh sách hộ nghèo. Cùng với đó là tập trung phòng, chống dịch bệnh trên đàn gia súc; rà soát, kiểm tra các công trình thủy lợi.",
			[]want{
				{text: "rà soát danh sách", lead: "group:thon"},
				{text: "phòng, chống dịch", lead: "group:thon"},
				{text: "công trình thủy lợi", lead: "group:thon"},
			}},
		{"a time limit opening a subjectless sentence after a request",
			"Đồng chí Chủ tịch yêu cầu Công an xã khẩn trương xử lý. Chậm nhất đến ngày 25/8/2025 phải báo cáo kết quả về UBND xã.",
			[]want{{text: "khẩn trương xử lý", lead: "ca"}, {text: "Chậm nhất đến ngày 25/8/2025 phải báo cáo", lead: "ca", deadline: "2025-08-25 23:59"}}},
		{"a session concluded, then who speaks",
			"Kết luận phiên tiếp công dân đồng chí Nguyễn Văn An - Bí thư Đảng ủy xã yêu cầu Phòng Kinh tế rà soát kỹ từng nội dung phản ánh của công dân.",
			[]want{{text: "rà soát kỹ", lead: "kt"}}},
		{"a month between the request and its addressees frames the items",
			"Kết luận cuộc họp, đồng chí Chủ tịch đề nghị tháng 9/2025 Phòng Kinh tế, Công an xã tập trung thực hiện tốt một số nội dung sau:\n- Rà soát hồ sơ đất đai.\n- Tăng cường tuần tra ban đêm.",
			[]want{
				{text: "Rà soát hồ sơ", lead: "kt", coords: "ca", deadline: "2025-09-30 23:59"},
				{text: "tuần tra ban đêm", lead: "kt", coords: "ca", deadline: "2025-09-30 23:59"},
			}},
	})
}

func TestClassHigherLevelsAndEvents(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the offices of the district are none of the commune's units",
			"Công an xã phối hợp với các phòng ban chức năng huyện giải quyết dứt điểm vụ việc.",
			[]want{{text: "giải quyết dứt điểm", lead: "ca", warn: "các phòng ban"}}},
		{"the level typed without diacritics",
			"Cong an xa phoi hop voi cac phong ban chuc nang huyen giai quyet dut diem vu viec.",
			[]want{{text: "giai quyet dut diem", lead: "ca", warn: "cac phong ban"}}},
		{"the level in capitals",
			"CÔNG AN XÃ PHỐI HỢP VỚI CÁC PHÒNG BAN CHỨC NĂNG HUYỆN GIẢI QUYẾT DỨT ĐIỂM VỤ VIỆC.",
			[]want{{text: "GIẢI QUYẾT DỨT ĐIỂM", lead: "ca", warn: "CÁC PHÒNG BAN"}}},
		{"the villages of the commune are its own",
			"Phòng Kinh tế phối hợp với các thôn trong xã kiểm tra.",
			[]want{{text: "kiểm tra", lead: "kt", coords: "group:thon"}}},
		{"the planned day of an event is no deadline",
			"Chuẩn bị tốt cho kỳ họp thứ 7 HĐND xã dự kiến tổ chức vào ngày 26/8/2025, đặc biệt là việc thẩm tra báo cáo.",
			[]want{{text: "Chuẩn bị tốt", warn: "chủ trì"}}},
		{"the day set for the work is its deadline",
			"Các thôn tổ chức ra quân vào ngày 25/8/2025.",
			[]want{{text: "ra quân", lead: "group:thon", deadline: "2025-08-25 23:59"}}},
	})
	checkClasses(t, provinceDirectory(), []classCase{
		{"the sở of the province are the province's",
			"Sở Y tế phối hợp với các sở, ngành tỉnh kiểm tra.",
			[]want{{text: "kiểm tra", lead: "syt", coords: "group:so"}}},
	})
	checkClasses(t, districtDirectory(), []classCase{
		{"the offices of the province are none of the district's",
			"Giao các phòng ban chức năng tỉnh phối hợp với Phòng Y tế rà soát hồ sơ.",
			[]want{{text: "rà soát hồ sơ", coords: "yt", warn: "chủ trì"}}},
		{"the same typed without diacritics",
			"Giao cac phong ban chuc nang tinh phoi hop voi Phong Y te ra soat ho so.",
			[]want{{text: "ra soat ho so", coords: "yt", warn: "chủ trì"}}},
	})
}

func TestClassBoardsAreNotVillages(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"các ban are boards, not villages", "Đề nghị Thường trực HĐND, các ban HĐND xã tập trung chuẩn bị nội dung kỳ họp thường lệ.",
			[]want{{text: "chuẩn bị nội dung", warn: "Thường trực HĐND"}}},
		{"các bản are villages", "Đề nghị các bản tổ chức ra quân làm vệ sinh môi trường.",
			[]want{{text: "ra quân", lead: "group:thon"}}},
	})
}

func TestClassBatch12Shapes(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a page's time stamp is no deadline, and no part of the text",
			"20/7/2022 16:18\n(xa.gov.vn) Theo Công văn số 35/UBND ngày 15/8/2025, UBND xã đề nghị các thôn hoàn thành việc thu quỹ.",
			[]want{{text: "hoàn thành việc thu quỹ", lead: "group:thon"}}},
		{"a period after a purpose frame",
			"Để tiếp nối kết quả đó, năm 2026, đồng chí Chủ tịch đề nghị các thôn tập trung cao độ, rà soát các chỉ tiêu.",
			[]want{{text: "rà soát các chỉ tiêu", lead: "group:thon", deadline: "2026-12-31 23:59"}}},
		{"contractors asked own no task of the directory",
			"Chủ tịch UBND xã yêu cầu các đơn vị thi công khẩn trương hoàn thành công trình trước ngày 30/9/2025.",
			[]want{{text: "hoàn thành công trình", deadline: "2025-09-30 23:59", warn: "chủ trì"}}},
		{"a unit that urges the contractors owns the task",
			"Chủ tịch UBND xã yêu cầu Phòng Kinh tế đôn đốc các đơn vị thi công khẩn trương hoàn thành công trình.",
			[]want{{text: "đôn đốc", lead: "kt"}}},
	})
}

func TestClassTitleOfTheTasks(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a title of the tasks after the report",
			"Trong tháng qua, xã đã hoàn thành 5 chỉ tiêu.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 9/2025\n1. Rà soát diện tích lúa bị hạn.\n2. Tăng cường tuần tra ban đêm.",
			[]want{
				{text: "Rà soát diện tích", deadline: "2025-09-30 23:59", warn: "chủ trì"},
				{text: "tuần tra ban đêm", deadline: "2025-09-30 23:59", warn: "chủ trì"},
			}},
		{"a title of the results keeps the report",
			"I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8/2025\n1. Hoàn thành việc thu hoạch lúa Hè Thu.\n2. Xã đã tổ chức tốt Lễ Quốc khánh.",
			nil},
	})
}

func TestClassAsideBetweenSubjectAndVerb(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"an aside between the unit and its modal",
			"Công an xã, qua kiểm tra thực tế tại các thôn trong tháng 8 và trên cơ sở ý kiến của nhân dân, cần tăng cường tuần tra ban đêm.",
			[]want{{text: "tăng cường tuần tra", lead: "ca"}}},
		{"an aside before a report stays a report",
			"Công an xã, qua kiểm tra, đã phát hiện 3 trường hợp vi phạm.", nil},
	})
}

func TestClassPermissionsAndAsides(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"what may also be done keeps the text directing",
			"Giao Sở Xây dựng kiểm tra hồ sơ cấp phép xây dựng.\n\nCó thể kiểm tra để làm rõ các nội dung liên quan trước thời kỳ kiểm tra.\n\nTổ chức tập huấn cho các địa phương về nội dung kiểm tra.",
			[]want{{text: "kiểm tra hồ sơ", lead: "sxd"}, {text: "Tổ chức tập huấn", lead: "sxd"}}},
		{"a colon inside an aside does not cut the sentence",
			"Đồng thời, giao UBND các phường (trừ các phường: Hòa Xá, An Bình) thành lập tổ kiểm tra tại địa phương.",
			[]want{{text: "thành lập tổ kiểm tra", lead: "group:xa"}}},
	})
}

func TestClassSameNounAfterAnUnknownBody(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the units right after contractors were asked are those contractors",
			"Chủ tịch UBND xã yêu cầu các đơn vị thi công khẩn trương hoàn thành công trình. Đồng thời, các đơn vị cần đẩy nhanh tiến độ các hạng mục còn lại.",
			[]want{{text: "hoàn thành công trình", warn: "chủ trì"}, {text: "đẩy nhanh tiến độ", warn: "chủ trì"}}},
		{"after a unit of the directory, the group is every unit",
			"Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát hồ sơ. Đồng thời, các đơn vị cần đẩy nhanh tiến độ các hạng mục còn lại.",
			[]want{{text: "rà soát hồ sơ", lead: "kt"}, {text: "đẩy nhanh tiến độ", lead: "group:all"}}},
	})
}

func TestClassDifficultiesReported(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the difficulties met are no subject: the owner before reports them",
			"Giao Phòng Kinh tế rà soát hồ sơ. Mọi khó khăn, vướng mắc trong quá trình thực hiện cần kịp thời báo cáo UBND xã.",
			[]want{{text: "rà soát hồ sơ", lead: "kt"}, {text: "kịp thời báo cáo", lead: "kt"}}},
	})
}

func TestClassPreambleEndingWithTheInstruction(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a preamble ending with 'chỉ thị:' is no task",
			"Vì vậy, để chủ động phòng, tránh, ứng phó kịp thời với thiên tai trong năm 2025, Chủ tịch UBND tỉnh chỉ thị:\n1. Sở Xây dựng rà soát các công trình xung yếu.\n2. Sở Y tế chuẩn bị cơ số thuốc.",
			[]want{{text: "rà soát các công trình", lead: "sxd"}, {text: "chuẩn bị cơ số thuốc", lead: "syt"}}},
	})
}

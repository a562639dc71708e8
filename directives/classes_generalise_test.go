package directives

import "testing"

// Failure classes found by reading unseen texts at first sight (issue 10,
// directives/testdata/firstsight.md), each written as general cases in our
// own sentences.

func TestClassBasisBeforeTheWork(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"căn cứ a letter, then giao", "Căn cứ Công văn số 120/UBND-VX ngày 20/8/2025 của UBND tỉnh, giao Phòng Kinh tế rà soát diện tích lúa bị hạn.",
			[]want{{text: "rà soát diện tích lúa", lead: "kt"}}},
		{"triển khai a plan, then đề nghị", "Triển khai Kế hoạch số 15/KH-UBND ngày 10/8/2025 của UBND xã, đề nghị các thôn tổ chức ra quân làm vệ sinh môi trường.",
			[]want{{text: "tổ chức ra quân", lead: "group:thon"}}},
		{"theo ý kiến chỉ đạo, then yêu cầu", "Theo ý kiến chỉ đạo của Chủ tịch UBND huyện, yêu cầu Trạm Y tế xã phun hóa chất diệt muỗi tại các ổ dịch.",
			[]want{{text: "phun hóa chất", lead: "tyt"}}},
		{"a basis sentence alone is no work", "Thực hiện Công điện số 06/CĐ-UBND ngày 15/8/2025 của UBND tỉnh. Công an xã bố trí lực lượng ứng trực.",
			[]want{{text: "bố trí lực lượng", lead: "ca"}}},
	})
}

func TestClassSectionsEndAtTheirSiblings(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the month of one section is not the next section's", "2. Nhiệm vụ trọng tâm tháng 9:\na) Phòng Kinh tế: Hướng dẫn nhân dân thu hoạch lúa Hè Thu.\nb) Công an xã: Tăng cường tuần tra ban đêm.\n3. Đề nghị Ủy ban MTTQ Việt Nam xã tuyên truyền, vận động nhân dân hiến đất làm đường.",
			[]want{
				{text: "thu hoạch lúa", lead: "kt", deadline: "2025-09-30 23:59"},
				{text: "Tăng cường tuần tra", lead: "ca", deadline: "2025-09-30 23:59"},
				{text: "hiến đất làm đường", lead: "mttq"},
			}},
		{"the unit of an item does not reach the next section", "1. Nhiệm vụ của các bộ phận:\na) Công an xã: Tăng cường tuần tra ban đêm.\nb) Phòng Kinh tế: Rà soát hiện trạng kênh mương.\n2. Rà soát, cập nhật danh sách hộ nghèo.",
			[]want{
				{text: "Tăng cường tuần tra", lead: "ca"},
				{text: "Rà soát hiện trạng", lead: "kt"},
				{text: "cập nhật danh sách", warn: "chủ trì"},
			}},
	})
}

func TestClassListsOfKinds(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a head before a list, without các", "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng cơ quan, ban, ngành, đoàn thể cấp tỉnh quán triệt cán bộ thực hiện nghiêm quy định về phòng cháy.",
			[]want{{text: "quán triệt cán bộ", lead: "group:all"}}},
		{"two kinds and no generic noun: the first leads", "Đề nghị các sở, ngành, địa phương tăng cường kiểm tra an toàn thực phẩm.",
			[]want{{text: "tăng cường kiểm tra", lead: "group:so", coords: "group:xa"}}},
		{"those concerned of a named kind", "Sở Y tế chủ trì, phối hợp với các sở, ngành, địa phương, đơn vị liên quan kiểm tra an toàn thực phẩm.",
			[]want{{text: "kiểm tra an toàn", lead: "syt", coords: "group:so"}}},
		{"those concerned with a generic head name no one", "Sở Y tế chủ trì, phối hợp với các cơ quan, đơn vị liên quan kiểm tra an toàn thực phẩm.",
			[]want{{text: "kiểm tra an toàn", lead: "syt"}}},
	})
}

func TestClassLeadLineAboveItems(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a line that only says who leads owns the items below", "Chủ tịch UBND tỉnh giao nhiệm vụ cho các sở, ngành như sau:\n1.Sở Công Thương chủ trì, phối hợp với Sở Tài chính\na) Theo dõi sát diễn biến giá cả thị trường;\nb) Kiểm tra việc niêm yết giá.\n2. Sở Y tế tăng cường kiểm tra an toàn thực phẩm.",
			[]want{
				{text: "Theo dõi sát", lead: "sct", coords: "stc"},
				{text: "niêm yết giá", lead: "sct", coords: "stc"},
				{text: "kiểm tra an toàn", lead: "syt"},
			}},
		{"the same line with work of its own is a directive", "Sở Công Thương chủ trì, phối hợp với Sở Tài chính kiểm tra giá cả thị trường.",
			[]want{{text: "kiểm tra giá", lead: "sct", coords: "stc"}}},
	})
}

func TestClassWhoAnswersForAFailure(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a consequence is no work; the work after it keeps the owner", "Chủ tịch UBND xã yêu cầu Công an xã bố trí lực lượng ứng trực. Chịu trách nhiệm trước Chủ tịch UBND xã nếu để xảy ra mất an ninh trật tự; chỉ đạo kiểm tra các điểm nóng.",
			[]want{{text: "bố trí lực lượng", lead: "ca"}, {text: "đạo kiểm tra các điểm nóng", lead: "ca"}}},
		{"a duty of answering stays work", "Phòng Kinh tế chịu trách nhiệm quản lý hồ sơ đất đai.",
			[]want{{text: "quản lý hồ sơ", lead: "kt"}}},
	})
}

func TestClassHeadlinesAndNewsOfTheDirective(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a long headline that reads as an order is no work", "Chủ tịch UBND tỉnh chỉ thị tổ chức Tết Nguyên đán vui tươi, lành mạnh, an toàn, tiết kiệm, bảo đảm mọi nhà, mọi người đều có Tết\n\nTheo đó, Sở Công Thương theo dõi sát diễn biến thị trường.",
			[]want{{text: "theo dõi sát", lead: "sct"}}},
		{"a document issued named Chỉ thị asks", "Chủ tịch UBND tỉnh vừa ban hành Chỉ thị số 02/CT-UBND yêu cầu Sở Y tế tăng cường công tác phòng cháy, chữa cháy.",
			[]want{{text: "phòng cháy, chữa cháy", lead: "syt"}}},
		{"a river is no report", "Chủ tịch UBND tỉnh vừa có công văn giao UBND phường Hòa Xá kiểm tra tình hình sạt lở bờ sông, báo cáo trước ngày 29/8/2025.",
			[]want{{text: "sạt lở bờ sông", lead: "hoaxa", deadline: "2025-08-29 23:59"}}},
		{"a request made and not done is still a report", "UBND tỉnh đã có công văn yêu cầu UBND phường Hòa Xá kiểm tra nhưng đến nay chưa thực hiện.", nil},
	})
}

func TestClassAddresseeWhoInstructs(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the unit asked instructs its staff", "Chủ tịch UBND tỉnh yêu cầu Sở Y tế quán triệt nội dung Chỉ thị đến toàn thể cán bộ.",
			[]want{{text: "quán triệt nội dung", lead: "syt"}}},
	})
}

func TestClassRequestsInThePassive(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a unit that is asked", "Các thôn được yêu cầu bố trí lực lượng trực trong dịp nghỉ lễ.",
			[]want{{text: "bố trí lực lượng", lead: "group:thon"}}},
		{"the work announced as requirements", "Tại hội nghị, các nhiệm vụ trọng tâm được triển khai với yêu cầu bảo đảm an ninh trật tự; chăm lo đời sống nhân dân; tổ chức tốt các hoạt động văn hóa.",
			[]want{{text: "ảo đảm an ninh", warn: "chủ trì"}, {text: "hăm lo đời sống", warn: "chủ trì"}, {text: "ổ chức tốt", warn: "chủ trì"}}},
		{"a unit given work in the past is a report", "Các thôn đã được giao bố trí lực lượng trực nhưng chưa thực hiện.", nil},
	})
}

func TestClassWhoAttends(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"attending and directing", "Dự và chỉ đạo hội nghị có đồng chí Bí thư Đảng ủy xã; lãnh đạo Ủy ban MTTQ Việt Nam xã; các trưởng thôn.", nil},
		{"attendance after a report", "Ngày 18/8/2025, UBND xã họp thường kỳ tháng 8; tham dự có đồng chí Chủ tịch HĐND xã, Phó Chủ tịch UBMT.TQVN xã, các trưởng thôn.", nil},
	})
}

func TestClassRelayedRequests(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the office tells what the chair asked", "Ngày 18/8, Văn phòng UBND tỉnh cho biết Chủ tịch UBND tỉnh đã yêu cầu Sở Xây dựng khẩn trương kiểm tra các công trình.",
			[]want{{text: "kiểm tra các công trình", lead: "sxd"}}},
	})
}

func TestClassRequestAfterAnAcknowledgment(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the speaker acknowledges, then asks", "Ông Trần Văn Hùng ghi nhận các ý kiến, đề nghị Phòng Kinh tế tập trung giải quyết các kiến nghị chính đáng của người dân.",
			[]want{{text: "tập trung giải quyết", lead: "kt"}}},
		{"a report of what was asked is still a report", "UBND xã đã ghi nhận các ý kiến, đã đề nghị Phòng Kinh tế giải quyết nhưng đến nay chưa xong.", nil},
	})
}

func TestClassWordsFoldedAlike(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"văn bản giao is no bàn giao", "UBND tỉnh đã có văn bản giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng nghiên cứu phương án sắp xếp tài sản công.",
			[]want{{text: "nghiên cứu phương án", lead: "stc", coords: "sxd"}}},
		{"bàn giao is still no request", "Sở Xây dựng bàn giao hồ sơ cho UBND phường Hòa Xá trước ngày 30/8/2025.",
			[]want{{text: "bàn giao hồ sơ", lead: "sxd", deadline: "2025-08-30 23:59"}}},
	})
}

func TestClassClosingRestatementOfTheNotice(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"asking to carry out the notice itself", "1. Giao Phòng Kinh tế kiểm tra các hộ kinh doanh.\nTrên đây là thông báo của UBND xã, đề nghị các bộ phận, các thôn thực hiện tốt nội dung trong thông báo.",
			[]want{{text: "kiểm tra các hộ", lead: "kt"}}},
		{"guiding others to carry it out is work", "Giao Phòng Văn hóa – Xã hội hướng dẫn các thôn thực hiện các nội dung trong thông báo.",
			[]want{{text: "hướng dẫn các thôn", lead: "vhxh"}}},
	})
}

func TestClassThePapersName(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a dated story after the paper's name", "(BNĐ)- Chiều 18-8, tại Thôn Đông Sơn, UBND xã phối hợp với Công an xã tổ chức lễ ra mắt mô hình an ninh.\n\nCông an xã duy trì mô hình, báo cáo kết quả hằng quý.",
			[]want{{text: "duy trì mô hình", lead: "ca", deadline: "2025-09-30 23:59", recur: "quarterly"}}},
	})
}

func TestClassAClauseOfTimeWithCommas(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a clause of time with a list of verbs, then the speaker asks", "Sau khi giải đáp, làm rõ thêm một số nội dung, ông Trần Văn Hùng đề nghị Phòng Kinh tế tập trung giải quyết dứt điểm các kiến nghị của cử tri.",
			[]want{{text: "tập trung giải quyết", lead: "kt"}}},
	})
}

func TestClassComradesOfAKind(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"các đồng chí Trưởng thôn", "Đề nghị Công an xã, các đồng chí Trưởng thôn thông báo rộng rãi đến nhân dân.",
			[]want{{text: "thông báo rộng rãi", lead: "ca", coords: "group:thon"}}},
	})
}

func TestClassLetterheadAndPhotoCredits(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the heading of an official letter", "ỦY BAN NHÂN DÂN XÃ\n\nSố: 15/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\nĐông Sơn, ngày …. tháng 8 năm 2025\n\nĐề nghị Công an xã tăng cường tuần tra.",
			[]want{{text: "tăng cường tuần tra", lead: "ca"}}},
		{"a caption with its credit", "Phòng Kinh tế kiểm tra đồng ruộng. Ảnh: Thu Hà\n\nĐề nghị Phòng Kinh tế hướng dẫn nhân dân gieo cấy.",
			[]want{{text: "hướng dẫn nhân dân", lead: "kt"}}},
	})
}

func TestClassOtherBodiesOfACommune(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the Party committee of a ward is not its People's Committee", "Đảng ủy phường Hòa Xá chỉ đạo các chi bộ rà soát đảng viên.",
			[]want{{text: "rà soát đảng viên", warn: "Đảng ủy phường Hòa Xá"}}},
		{"the ward itself", "Đề nghị phường Hòa Xá rà soát các hộ kinh doanh.",
			[]want{{text: "rà soát các hộ", lead: "hoaxa"}}},
	})
}

func TestClassTheUnitNamedBefore(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a bare kind noun for the one ward of the meeting", "Đồng chí Phó Chủ tịch UBND tỉnh đề nghị phường Hòa Xá rà soát quỹ đất công. Đồng chí cũng yêu cầu phường chủ động giữ gìn an ninh trật tự.",
			[]want{{text: "rà soát quỹ đất", lead: "hoaxa"}, {text: "chủ động giữ gìn", lead: "hoaxa"}}},
	})
}

func TestClassTimeLimitOfTheWorkBefore(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a sentence that only gives the time limit", "Đề nghị các thôn rà soát các hộ chưa nộp quỹ phòng, chống thiên tai. Thôn nào chưa thu thì khẩn trương thu.\nCác đơn vị thực hiện trước ngày 30/8/2025.",
			[]want{{text: "rà soát các hộ", lead: "group:thon", deadline: "2025-08-30 23:59"}, {text: "khẩn trương thu", lead: "group:thon", deadline: "2025-08-30 23:59"}}},
		{"where the report goes, and by when", "Giao Phòng Kinh tế tổng hợp báo cáo tình hình sạt lở; gửi UBND xã trước ngày 29/8/2025.",
			[]want{{text: "tổng hợp báo cáo", lead: "kt", deadline: "2025-08-29 23:59"}}},
	})
}

func TestClassDutyBeforeTheWork(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"theo chức năng, nhiệm vụ được giao opens the next sentence of the same work", "Chủ tịch UBND xã giao Phòng Kinh tế rà soát hiện trạng kênh mương.\n\nTheo chức năng, nhiệm vụ được giao, chủ động triển khai các biện pháp khắc phục.",
			[]want{{text: "rà soát hiện trạng", lead: "kt"}, {text: "chủ động triển khai", lead: "kt"}}},
	})
}

func TestClassADatedStoryIsNoDeadline(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a dated story with a dash date", "Sáng 18-8, Đảng ủy xã tổ chức Hội nghị Ban Chấp hành Đảng bộ xã.\n\nĐề nghị Công an xã tăng cường tuần tra.",
			[]want{{text: "tăng cường tuần tra", lead: "ca"}}},
	})
}

func TestClassPoliceOfTheWards(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the police of wards named in a list are not the wards", "Giao Công an tỉnh chỉ đạo Công an phường Hòa Xá, An Bình phối hợp Công an các xã, phường giữ gìn trật tự.",
			[]want{{text: "giữ gìn trật tự", lead: "cat"}}},
	})
}

func TestClassUnitsPointedBack(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"các địa phương này are the ones just named", "Chủ tịch UBND tỉnh yêu cầu UBND phường Hòa Xá, UBND xã An Bình khẩn trương giải quyết hồ sơ tồn đọng. Các địa phương này phải báo cáo kết quả trước ngày 30/8/2025.",
			[]want{{text: "giải quyết hồ sơ", lead: "hoaxa", coords: "anbinh"}, {text: "báo cáo kết quả", lead: "hoaxa", coords: "anbinh", deadline: "2025-08-30 23:59"}}},
		{"without the pointer it is the group", "Các địa phương phải báo cáo kết quả trước ngày 30/8/2025.",
			[]want{{text: "báo cáo kết quả", lead: "group:xa", deadline: "2025-08-30 23:59"}}},
	})
}

func TestClassSecondWorkWithItsRhythm(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"định kỳ hằng quý after a comma is work of its own", "Yêu cầu Sở Tài chính tập trung giải quyết kiến nghị của cử tri, định kỳ hằng quý báo cáo kết quả giải quyết.",
			[]want{{text: "giải quyết kiến nghị", lead: "stc"}, {text: "báo cáo kết quả", lead: "stc", deadline: "2025-09-30 23:59", recur: "quarterly"}}},
	})
}

func TestClassWhichTasksAreMeant(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"đã được … đề ra says which tasks", "Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát kế hoạch. Đẩy nhanh tiến độ thực hiện các nhiệm vụ, giải pháp đã được UBND xã đề ra.",
			[]want{{text: "rà soát kế hoạch", lead: "kt"}, {text: "Đẩy nhanh tiến độ", lead: "kt"}}},
	})
}

func TestClassRequestToARoleAfterAnEvaluation(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"… và yêu cầu a body named by its role", "Đồng chí Chủ tịch UBND xã đánh giá cao tinh thần trách nhiệm của các bộ phận, đồng thời chỉ ra những hạn chế và yêu cầu cơ quan soạn thảo tiếp thu các ý kiến, hoàn thiện dự thảo báo cáo.",
			[]want{{text: "tiếp thu các ý kiến", warn: "cơ quan soạn thảo"}}},
	})
}

func TestClassWhichUnitsBeforeTheirWork(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a qualifier with có after the subject", "UBND các xã, phường có công dân liên quan đến các vụ việc khiếu kiện kéo dài, rà soát, giải quyết theo thẩm quyền.",
			[]want{{text: "rà soát, giải quyết", lead: "group:xa"}}},
	})
}

func TestClassScheduleLines(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"who works which day, by part of the day", "Các bộ phận thống nhất lịch làm việc với đơn vị tư vấn như sau:\n- Ngày 20/8/2025: buổi sáng Thôn Đông Sơn, buổi chiều Thôn Tây Sơn;\n- Ngày 21/8/2025: Phòng Kinh tế, Công an xã.",
			[]want{
				{text: "Thôn Đông Sơn", lead: "thondong", deadline: "2025-08-20 12:00"},
				{text: "Thôn Tây Sơn", lead: "thontay", deadline: "2025-08-20 18:00"},
				{text: "Phòng Kinh tế", lead: "kt", coords: "ca", deadline: "2025-08-21 23:59"},
			}},
		{"a dated line with work of its own is a sentence", "- Ngày 20/8/2025: Phòng Kinh tế kiểm tra đồng ruộng.",
			[]want{{text: "kiểm tra đồng ruộng", lead: "kt", deadline: "2025-08-20 23:59"}}},
	})
}

func TestClassThePeriodUnderReview(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the month under way at the meeting is reported on", "Trong tháng 8 năm 2025, Phòng Kinh tế tổ chức thành công hội nghị tập huấn; phối hợp tổ chức tiếp xúc cử tri.\n\nTrong tháng 9, Phòng Kinh tế tổ chức tập huấn kỹ thuật gieo cấy.",
			[]want{{text: "tập huấn kỹ thuật", lead: "kt", deadline: "2025-09-30 23:59"}}},
		{"the month under way still asks with a strong word", "Trong tháng 8, Phòng Kinh tế tập trung hướng dẫn nhân dân thu hoạch lúa.",
			[]want{{text: "hướng dẫn nhân dân", lead: "kt", deadline: "2025-08-31 23:59"}}},
	})
}

func TestClassALeadersAgendaAndWhatWasSaid(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a leader's own agenda", "THỨ HAI, NGÀY 18/8/2025\n- Chủ tịch: 7 giờ 30 phút, dự họp giao ban tại Phòng Kinh tế. 14 giờ, làm việc với Công an xã.\n- Phó Chủ tịch Nguyễn Văn A: 8 giờ, kiểm tra đồng ruộng tại Thôn Đông Sơn.", nil},
		{"what a unit told the meeting", "Phòng Kinh tế thông tin thêm về các loại đất cần lưu ý khi thống kê.\n\nĐề nghị Phòng Kinh tế hướng dẫn các thôn thống kê đất.",
			[]want{{text: "hướng dẫn các thôn", lead: "kt"}}},
	})
}

func TestClassLongBasisAndNamedLists(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a basis with commas of its own", "Thực hiện các chỉ đạo của Trung ương về tổ chức Tết vui tươi, lành mạnh, an toàn, tiết kiệm, Chủ tịch UBND tỉnh vừa ban hành Chỉ thị yêu cầu các sở, ngành, địa phương triển khai nhiều nhiệm vụ trọng tâm.",
			[]want{{text: "triển khai nhiều nhiệm vụ", lead: "group:so", coords: "group:xa"}}},
		{"coordinators named after a head and a colon", "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và UBND các phường: Hòa Xá, An Bình nghiên cứu phương án sắp xếp tài sản công.",
			[]want{{text: "nghiên cứu phương án", lead: "stc", coords: "sxd,hoaxa,anbinh"}}},
	})
}

func TestClassPiecesOfAUnitsWork(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a bullet that only gives the time limit of the bullet before", "1. Phòng Kinh tế:\na) Chủ trì rà soát diện tích lúa bị thiệt hại;\nb) Thời gian hoàn thành: trước ngày 30/8/2025.",
			[]want{{text: "rà soát diện tích", lead: "kt", deadline: "2025-08-30 23:59"}}},
		{"the unit directs, to prevent", "Phòng Kinh tế hướng dẫn các thôn gieo cấy đúng lịch thời vụ; chỉ đạo phòng trừ sâu bệnh kịp thời.",
			[]want{{text: "hướng dẫn các thôn", lead: "kt"}, {text: "phòng trừ sâu bệnh", lead: "kt"}}},
		{"the result, reported by a date", "Giao Phòng Kinh tế kiểm tra các trường hợp vi phạm; kết quả báo cáo UBND xã trước ngày 25/8/2025.",
			[]want{{text: "kiểm tra các trường hợp", lead: "kt"}, {text: "báo cáo UBND xã", lead: "kt", deadline: "2025-08-25 23:59"}}},
	})
}

func TestClassANoticesTitleAndItsConditions(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the title of the notice is no work", "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại buổi làm việc với các thôn về công tác xây dựng nông thôn mới\n\nThôn Đông Sơn vận động nhân dân hiến đất mở rộng đường; nếu có vướng mắc kịp thời báo cáo UBND xã.",
			[]want{{text: "hiến đất", lead: "thondong"}, {text: "kịp thời báo cáo", lead: "thondong"}}},
	})
}

func TestClassAReportWithAPeriodOfTime(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"within the week", "Phòng Kinh tế báo cáo kết quả trong tuần.", []want{{text: "báo cáo kết quả", lead: "kt", deadline: "2025-08-24 23:59"}}},
		{"at the end of the month", "Phòng Kinh tế báo cáo kết quả vào cuối tháng.", []want{{text: "báo cáo kết quả", lead: "kt", deadline: "2025-08-31 23:59"}}},
	})
}

func TestClassTheNameOfADay(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a day's name holds its date", "Giao Phòng Văn hóa – Xã hội tổ chức các hoạt động kỷ niệm ngày Phụ nữ Việt Nam 20/10.",
			[]want{{text: "hoạt động kỷ niệm", lead: "vhxh"}}},
		{"a day that is a deadline", "Giao Phòng Văn hóa – Xã hội hoàn thành báo cáo ngày 20/10/2025.",
			[]want{{text: "hoàn thành báo cáo", lead: "vhxh", deadline: "2025-10-20 23:59"}}},
	})
}

func TestClassAParagraphOutOfTheList(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the owners of a list item's heading stop at a paragraph out of the list", "Đồng chí Chủ tịch giao nhiệm vụ như sau:\n- Các thôn:\n+ Rà soát hộ nghèo;\n+ Vận động nhân dân hiến đất.\nNhiệm vụ trọng tâm tháng 9 gồm: công tác thu ngân sách; công tác phòng chống thiên tai.",
			[]want{
				{text: "Rà soát hộ nghèo", lead: "group:thon"},
				{text: "hiến đất", lead: "group:thon"},
				{text: "thu ngân sách", warn: "chủ trì", deadline: "2025-09-30 23:59"},
				{text: "phòng chống thiên tai", warn: "chủ trì", deadline: "2025-09-30 23:59"},
			}},
	})
}

func TestClassTheWorkNamedFirst(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the work, then giao cho the unit", "Công tác tuyển quân năm 2026 giao cho Công an xã phối hợp thực hiện.",
			[]want{{text: "Công tác tuyển quân năm 2026", lead: "ca"}}},
		{"a speaker before giao is no work", "Chủ tịch UBND xã giao cho Công an xã tăng cường tuần tra.",
			[]want{{text: "Công an xã tăng cường tuần tra", lead: "ca"}}},
	})
}

func TestClassLeadThenCoordinatorsWithTheWork(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"A chủ trì; B, C phối hợp + the work", "Phòng Kinh tế chủ trì; Công an xã, các thôn phối hợp kiểm tra các cơ sở kinh doanh.",
			[]want{{text: "kiểm tra các cơ sở", lead: "kt", coords: "ca,group:thon"}}},
	})
}

func TestClassWhatCitizensAsk(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"voters ask a unit", "Cử tri đề nghị Phòng Kinh tế sửa chữa đường giao thông liên thôn.\nĐồng chí Chủ tịch UBND xã đề nghị Phòng Kinh tế khảo sát, lập dự toán sửa chữa.",
			[]want{{text: "khảo sát, lập dự toán", lead: "kt"}}},
	})
}

func TestClassTwoWorksJoinedByVa(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"each work with its own deadline", "Giao Phòng Văn hóa – Xã hội lập danh sách hộ nghèo, xong trước ngày 20/9/2025 và tổ chức chi trả trợ cấp trong tháng 10/2025.",
			[]want{{text: "lập danh sách", lead: "vhxh", deadline: "2025-09-20 23:59"}, {text: "chi trả trợ cấp", lead: "vhxh", deadline: "2025-10-31 23:59"}}},
	})
}

func TestClassACaseOfTheSameWork(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"Đối với các nội dung … states a case of the same work", "Chủ tịch UBND tỉnh giao Sở Xây dựng rà soát các công trình xuống cấp. Đối với các nội dung vượt thẩm quyền, chủ động phối hợp với Sở Tài chính tham mưu UBND tỉnh.",
			[]want{{text: "rà soát các công trình", lead: "sxd"}, {text: "chủ động phối hợp", lead: "sxd", coords: "stc"}}},
		{"Về … opens another topic", "Chủ tịch UBND tỉnh giao Sở Xây dựng rà soát các công trình xuống cấp. Về công tác y tế, tăng cường giám sát dịch bệnh.",
			[]want{{text: "rà soát các công trình", lead: "sxd"}, {text: "tăng cường giám sát", warn: "chủ trì"}}},
	})
}

func TestClassNewsOfASignedLetterAndDuties(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"vừa ký ban hành Công văn chỉ đạo …", "Chủ tịch UBND tỉnh vừa ký ban hành Công văn chỉ đạo Sở Xây dựng triển khai các biện pháp ứng phó với bão.",
			[]want{{text: "triển khai các biện pháp", lead: "sxd"}}},
		{"theo chức năng, nhiệm vụ, then theo dõi", "Các sở, ngành theo chức năng, nhiệm vụ theo dõi chặt chẽ diễn biến của bão; chủ động triển khai phương án ứng phó.",
			[]want{{text: "theo dõi chặt chẽ", lead: "group:so"}, {text: "hủ động triển khai", lead: "group:so"}}},
	})
}

func TestClassTasksAfterNhu(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"tasks announced with như:", "Hội nghị đề ra một số nhiệm vụ trọng tâm trong thời gian tới như: tập trung chỉ đạo sản xuất vụ Đông; đẩy mạnh phong trào xây dựng nông thôn mới.",
			[]want{{text: "ập trung chỉ đạo sản xuất", warn: "chủ trì"}, {text: "ẩy mạnh phong trào", warn: "chủ trì"}}},
		{"things listed with như: are no tasks", "Phòng Kinh tế hướng dẫn nhân dân gieo trồng các loại cây như: lúa, ngô, khoai.",
			[]want{{text: "hướng dẫn nhân dân", lead: "kt"}}},
	})
}

func TestClassFieldsOfAPlanTable(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the unit and the time written as fields under the work", "1. Rà soát, lập danh sách hộ nghèo.\nTrách nhiệm thực hiện: Phòng Văn hóa – Xã hội.\n2. Tổ chức ra quân làm vệ sinh môi trường.\nĐơn vị thực hiện: các thôn; đơn vị phối hợp: Công an xã; thời gian: quý IV năm 2025.",
			[]want{
				{text: "lập danh sách hộ nghèo", lead: "vhxh"},
				{text: "ra quân làm vệ sinh", lead: "group:thon", coords: "ca", deadline: "2025-12-31 23:59"},
			}},
	})
}

func TestClassAPlaceNamedCan(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"Cần Thơ is a place, cần a modal", "Cần Thơ: xử lý việc lấn chiếm rạch\n\nPhòng Kinh tế cần xử lý dứt điểm việc lấn chiếm.",
			[]want{{text: "xử lý dứt điểm", lead: "kt"}}},
	})
}

func TestClassARequestAfterAFinding(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a finding, then a request after the semicolon", "Qua kiểm tra, Phòng Kinh tế phát hiện 5 trường hợp vi phạm; đề nghị Công an xã phối hợp xử lý theo quy định.",
			[]want{{text: "phối hợp xử lý", lead: "ca"}}},
	})
}

func TestClassTheWorkThenItsReport(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"two deadlines: the work's and its report's", "Các thôn tổ chức họp dân xong trước ngày 20/9/2025, báo cáo kết quả về UBND xã trước ngày 22/9/2025.",
			[]want{{text: "họp dân", lead: "group:thon", deadline: "2025-09-20 23:59"}, {text: "áo cáo kết quả", lead: "group:thon", deadline: "2025-09-22 23:59"}}},
	})
}

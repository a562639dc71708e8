package directives

import (
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// More failure classes of real conclusions (issue 10), written as general
// cases: work worded with any verb an office uses, a unit that asks, clauses
// of time and condition, a time frame after the chair's colon, a subject
// that goes on in lower case, and the next sentence of the same work.

func TestClassActionsOfAnyOffice(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"storm work without a subject", "Sơ tán ngay các hộ dân ở khu vực có nguy cơ sạt lở đến nơi an toàn.\nVận hành an toàn các hồ chứa nhỏ.\nCắm biển cảnh báo tại các ngầm tràn.",
			[]want{{text: "Sơ tán", warn: "chủ trì"}, {text: "Vận hành", warn: "chủ trì"}, {text: "Cắm biển", warn: "chủ trì"}}},
		{"units with verbs of any office", "Trạm Y tế xã dự trữ thuốc men, vật tư y tế. Công an xã chốt chặn các ngầm tràn. Các thôn khơi thông cống rãnh.",
			[]want{{lead: "tyt"}, {lead: "ca"}, {lead: "group:thon"}}},
	})
}

func TestClassUnitThatAsks(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a unit asks people outside the directory", "Công an xã yêu cầu các hộ kinh doanh ký cam kết bảo đảm an ninh trật tự.",
			[]want{{text: "Công an xã yêu cầu các hộ", lead: "ca"}}},
		{"a unit asks another unit: the one asked leads", "Chủ tịch UBND xã giao Phòng Kinh tế rà soát kênh mương.",
			[]want{{lead: "kt"}}},
	})
}

func TestClassClausesOfTimeAndCondition(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"after a clause of time the unit is the subject", "Sau khi kiện toàn bộ máy, Phòng Kinh tế cần rà soát lại quy chế làm việc.",
			[]want{{lead: "kt"}}},
		{"the place in a clause of time is not the subject", "Khi có mưa lớn ở các thôn, Trạm Y tế xã chuẩn bị cơ số thuốc.",
			[]want{{lead: "tyt"}}},
		{"a condition, then the work of the unit asked", "Chủ tịch UBND xã yêu cầu các thôn bố trí trực; nếu có vấn đề đột xuất, khẩn cấp, kịp thời báo cáo Chủ tịch UBND xã.",
			[]want{{lead: "group:thon", text: "bố trí trực"}, {lead: "group:thon", text: "kịp thời báo cáo"}}},
	})
}

func TestClassTimeFrameAfterTheColon(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a frame that opens the request covers its items", "Theo đó, Chủ tịch UBND xã yêu cầu: từ ngày 30/8/2025 đến hết ngày 02/9/2025, các thôn bố trí lực lượng trực; thường xuyên nắm tình hình địa bàn.",
			[]want{{lead: "group:thon", deadline: "2025-09-02 23:59"}, {lead: "group:thon", deadline: "2025-09-02 23:59", text: "nắm tình hình"}}},
	})
}

func TestClassSubjectGoesOnInLowerCase(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"items in lower case keep the subject", "UBND các xã, phường có trách nhiệm phê duyệt phương án cải tạo đồng ruộng; chịu trách nhiệm quản lý quá trình thực hiện; tổ chức nghiệm thu và báo cáo kết quả về UBND tỉnh.",
			[]want{{lead: "group:xa"}, {lead: "group:xa", text: "quản lý"}, {lead: "group:xa", text: "nghiệm thu"}}},
		{"two subjects, then an item of theirs", "Sở Xây dựng, Sở Tài chính giám sát chặt chẽ quá trình cải tạo; đồng thời có ý kiến thẩm định các phương án.",
			[]want{{lead: "sxd", coords: "stc"}, {lead: "sxd", coords: "stc", text: "thẩm định"}}},
	})
}

func TestClassNextSentenceOfTheSameWork(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the same verb goes on with the unit asked", "Chủ tịch UBND xã yêu cầu các thôn chủ động tuyên truyền nhân dân phòng bệnh. Tuyên truyền trên loa truyền thanh của thôn.",
			[]want{{lead: "group:thon"}, {lead: "group:thon", text: "loa truyền thanh"}}},
		{"other work in the next sentence is still the request's", "Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát diện tích lúa. Tiếp tục huy động nguồn lực xã hội hóa.",
			[]want{{lead: "kt"}, {text: "huy động", lead: "kt", warn: "câu trước cùng đoạn"}}},
		{"every sentence of the request", "Chủ tịch UBND xã yêu cầu các thôn tuyên truyền nhân dân phòng bệnh. Huy động lực lượng dọn vệ sinh. Tuyên truyền trên loa truyền thanh.",
			[]want{{lead: "group:thon"}, {text: "Huy động", lead: "group:thon", warn: "câu trước cùng đoạn"}, {text: "loa truyền thanh", lead: "group:thon"}}},
	})
}

func TestClassTitlesAndCaptions(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the title of the page", "Sở Y tế kiểm tra an toàn thực phẩm tại các chợ\n\nNgày 18/8, UBND tỉnh yêu cầu Sở Y tế tăng cường kiểm tra an toàn thực phẩm dịp Tết Trung thu.",
			[]want{{lead: "syt", text: "tăng cường kiểm tra"}}},
		{"the caption of a photo", "UBND tỉnh yêu cầu Sở Xây dựng rà soát các công trình nhà ở xã hội.\n\nhttps://example.gov.vn/anh/IMG_01.jpg\n\nSở Xây dựng kiểm tra công trình nhà ở xã hội tại phường Hòa Xá\n\nBáo cáo kết quả về UBND tỉnh trước ngày 30/9/2025.",
			[]want{{lead: "sxd", text: "rà soát"}, {lead: "sxd", text: "Báo cáo kết quả", deadline: "2025-09-30 23:59"}}},
		{"a request in a caption is kept", "Đồng chí Chủ tịch UBND tỉnh yêu cầu Sở Y tế sẵn sàng thu dung bệnh nhân\n\nSở Tài chính bố trí kinh phí.",
			[]want{{lead: "syt"}, {lead: "stc"}}},
	})
}

func TestClassUnitHeadingWithoutColon(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a unit on a line of its own owns the items below", "Chủ tịch UBND xã giao:\n1. Giao Phòng Kinh tế\n- Rà soát diện tích lúa bị ngập;\n- Lập dự toán kinh phí hỗ trợ;\n2. Công an xã\n- Bảo đảm an ninh trật tự.",
			[]want{{lead: "kt", text: "Rà soát"}, {lead: "kt", text: "Lập dự toán"}, {lead: "ca", text: "Bảo đảm"}}},
		{"a unit the directory does not know owns nothing", "1. Giao Phòng Kinh tế: Rà soát diện tích lúa bị ngập.\n2. Giao Trung tâm Dịch vụ nông nghiệp xã\n- Hướng dẫn nhân dân gieo cấy lại.",
			[]want{{lead: "kt"}, {text: "Hướng dẫn nhân dân", warn: "Trung tâm Dịch vụ nông nghiệp xã"}}},
	})
}

func TestClassIssuedDocumentAsks(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a document issued to ask, then the items", "Theo đó, UBND xã đã có Công văn số 120/UBND ngày 15/8/2025 yêu cầu các thôn:\nTổ chức tổng vệ sinh môi trường;\nBáo cáo kết quả về UBND xã.",
			[]want{{lead: "group:thon", text: "tổng vệ sinh"}, {lead: "group:thon", text: "Báo cáo kết quả"}}},
		{"a request already made and not done is a report", "UBND xã đã có Công văn yêu cầu các thôn dọn vệ sinh nhưng đến nay chưa thực hiện.", nil},
	})
}

func TestClassOpeningDateIsNotADeadline(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the day of the letter", "Ngày 18/8, UBND tỉnh yêu cầu Công an tỉnh tăng cường tuần tra, kiểm soát.",
			[]want{{lead: "cat"}}},
		{"the day of the letter, and a deadline", "Ngày 18/8, UBND tỉnh yêu cầu Công an tỉnh báo cáo kết quả trước ngày 25/8.",
			[]want{{lead: "cat", deadline: "2025-08-25 23:59"}}},
	})
}

func TestClassGoesOnAcrossParagraphs(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"bên cạnh đó goes on with the unit asked", "UBND tỉnh yêu cầu Công an tỉnh tăng cường tuần tra.\n\nBên cạnh đó, thường xuyên kiểm soát các chốt; kiên quyết xử lý nghiêm các trường hợp vi phạm.",
			[]want{{lead: "cat"}, {lead: "cat", text: "kiểm soát các chốt"}, {lead: "cat", text: "xử lý nghiêm"}}},
		{"a frame of how the work was seen", "Qua kiểm tra thực tế, Chủ tịch UBND tỉnh đề nghị UBND phường Hòa Xá khẩn trương hoàn thiện hồ sơ.",
			[]want{{lead: "hoaxa"}}},
	})
}

func TestClassFoldedMarksAsWritten(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"cơn bão is not còn", "Các thôn chằng chống nhà cửa trước khi cơn bão đổ bộ.",
			[]want{{lead: "group:thon"}}},
		{"dã ngoại is not đã", "Phòng Văn hóa – Xã hội chuẩn bị công tác đón tiếp; công tác giao lưu, dã ngoại khi kết thúc hội thi.",
			[]want{{lead: "vhxh", text: "dã ngoại"}}},
	})
}

func TestClassGroupGrammar(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the men heads of the villages", "Chủ tịch UBND xã yêu cầu các ông trưởng thôn trong xã tổ chức treo cờ Tổ quốc.",
			[]want{{lead: "group:thon"}}},
		{"heads of villages and of street groups without các", "Trưởng thôn, tổ trưởng tổ dân phố chịu trách nhiệm huy động lực lượng tham gia.",
			[]want{{lead: "group:thon"}}},
		{"heads of agencies and associations", "Thủ trưởng các cơ quan, ban ngành, hội đoàn thể cấp xã quán triệt đến từng cán bộ.",
			[]want{{lead: "group:all"}}},
		{"each village and hamlet", "Từng thôn, xóm rà soát các hộ có nhà tạm, nhà dột nát.",
			[]want{{lead: "group:thon"}}},
		{"the chair of UBND xã is one body, not a group", "Chủ tịch UBND xã giao Phòng Kinh tế rà soát kênh mương.",
			[]want{{lead: "kt"}}},
	})
	checkClasses(t, provinceDirectory(), []classCase{
		{"districts, towns and cities", "Đề nghị UBND các huyện, thị xã, thành phố trực thuộc tỉnh rà soát quy hoạch.",
			[]want{{lead: "group:xa"}}},
		{"boards and branches of a province are its sở", "Các ban, ngành cấp tỉnh tăng cường kiểm tra công vụ.",
			[]want{{lead: "group:so"}}},
		{"those concerned are no one to name", "Sở Y tế chủ trì, phối hợp với các cơ quan, đơn vị có liên quan kiểm tra an toàn thực phẩm.",
			[]want{{lead: "syt"}}},
	})
}

func TestClassAddresseesAcrossSemicolons(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"addressees split by semicolons are one request", "UBND tỉnh yêu cầu các Sở: Y tế, Công Thương; Công an tỉnh; Cục Quản lý thị trường tỉnh; UBND các xã, phường tăng cường kiểm tra hóa chất diệt côn trùng.",
			[]want{{lead: "syt", coords: "sct,cat,group:xa", text: "tăng cường kiểm tra"}}},
		{"work split by semicolons stays apart", "Sở Y tế lập kế hoạch kiểm tra; Sở Tài chính bố trí kinh phí; Công an tỉnh bảo đảm an ninh.",
			[]want{{lead: "syt"}, {lead: "stc"}, {lead: "cat"}}},
		{"concerned units of a kind coordinate as their group", "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tổng kết công tác cải cách hành chính.",
			[]want{{lead: "snv", coords: "group:so"}}},
	})
}

func TestClassPeriodsAndNamedDays(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the month the tasks are named for", "Đồng chí Chủ tịch nhấn mạnh một số nội dung trọng tâm tháng 9/2025 như sau:\n- Phòng Kinh tế rà soát diện tích lúa bị ngập.\n- Công an xã bảo đảm an ninh trật tự.",
			[]want{{lead: "kt", deadline: "2025-09-30 23:59", warn: "phần đầu"}, {lead: "ca", deadline: "2025-09-30 23:59", warn: "phần đầu"}}},
		{"a paragraph that opens with the month of its tasks", "Nhiệm vụ tháng 9 tập trung thu hoạch lúa mùa. Tăng cường công tác phòng chống dịch bệnh trên đàn gia súc.",
			[]want{{text: "thu hoạch", deadline: "2025-09-30 23:59"}, {text: "phòng chống dịch", deadline: "2025-09-30 23:59"}}},
		{"an aim with no end", "Phòng Kinh tế phấn đấu nâng cao thu nhập của nhân dân trong năm 2025 và những năm tiếp theo.",
			[]want{{lead: "kt"}}},
		{"the name of a holiday is no deadline", "Công an xã bảo đảm an ninh trật tự trong dịp nghỉ Lễ Quốc khánh 02/9/2025.",
			[]want{{lead: "ca"}}},
		{"a person named by name reports", "Thay mặt Phòng Kinh tế bà Nguyễn Thị Lan báo cáo kết quả thu hoạch lúa mùa.", nil},
	})
}

func TestClassWeekdaysUnderAWeeklyHeading(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a weekday line under hằng tuần", "Chủ tịch UBND xã yêu cầu các thôn ra quân vệ sinh môi trường vào các ngày cố định hằng tuần, gồm: Vào chiều thứ Sáu: Tổ chức dọn cỏ, khơi thông cống rãnh.\nVào các ngày thứ bảy và Chủ nhật: Các thôn vận động nhân dân dọn vệ sinh quanh nhà.",
			[]want{{lead: "group:thon", text: "dọn cỏ", deadline: "2025-08-22 18:00", recur: "weekly"}, {lead: "group:thon", text: "vận động nhân dân", deadline: "2025-08-23 23:59", recur: "weekly"}}},
	})
}

func TestClassListsUnderLists(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a + item under a - heading", "Đồng chí Chủ tịch nhấn mạnh một số nội dung trọng tâm tháng 9/2025 như sau:\n- Phòng Kinh tế rà soát diện tích lúa.\n- Đề nghị Công an xã:\n+ Tăng cường tuần tra ban đêm.",
			[]want{{lead: "kt", deadline: "2025-09-30 23:59"}, {lead: "ca", text: "tuần tra", deadline: "2025-09-30 23:59"}}},
		{"a topic heading does not end the owners", "Chủ tịch UBND xã yêu cầu các ông trưởng thôn thực hiện một số nhiệm vụ như sau:\n1. Tuyên truyền cổ động trực quan:\n- Treo cờ Tổ quốc trong các ngày lễ;\n- Bổ sung hệ thống cờ trên nóc nhà văn hóa thôn.",
			[]want{{lead: "group:thon", text: "Treo cờ"}, {lead: "group:thon", text: "Bổ sung"}}},
	})
}

func TestClassSubordinatesAndConditions(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the units under the addressee are its own", "Các thôn chỉ đạo các đơn vị trực thuộc dọn vệ sinh.",
			[]want{{lead: "group:thon"}}},
		{"units under the issuer are every unit", "Đề nghị Thủ trưởng các đơn vị trực thuộc rà soát việc thu quỹ phòng, chống thiên tai.",
			[]want{{lead: "group:all"}}},
		{"whichever unit has not, then work", "Các thôn rà soát việc thu quỹ. Thôn nào chưa thu thì khẩn trương thu trước ngày 30/8/2025.",
			[]want{{lead: "group:thon"}, {text: "khẩn trương thu", lead: "group:thon", deadline: "2025-08-30 23:59"}}},
		{"whichever unit has not, then a sanction", "Các thôn nộp hồ sơ trước ngày 30/8/2025. Thôn nào không nộp thì không được xét thi đua.",
			[]want{{lead: "group:thon", deadline: "2025-08-30 23:59"}}},
		{"a name before yêu cầu is not đúng", "Phó Chủ tịch UBND xã - Nguyễn Văn Dũng yêu cầu công trình này phải hoàn thành trong tháng 9/2025.",
			[]want{{text: "công trình này", deadline: "2025-09-30 23:59", warn: "chủ trì"}}},
	})
}

func TestClassAttendanceAndReports(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"who attends is no work", "Dự hội nghị có đồng chí Bí thư Đảng ủy xã; lãnh đạo các cơ quan, ban ngành xã cùng các trưởng thôn trên địa bàn.", nil},
		{"the report of the work keeps its owner", "Chủ tịch UBND xã giao các thôn bố trí lực lượng trực trong dịp nghỉ lễ. Kịp thời báo cáo những vấn đề đột xuất về UBND xã.",
			[]want{{lead: "group:thon"}, {lead: "group:thon", text: "báo cáo", warn: "câu trước"}}},
		{"a document issued again to ask", "UBND xã tiếp tục có văn bản chỉ đạo các thôn khẩn trương rà soát hộ nghèo.",
			[]want{{lead: "group:thon"}}},
		{"the body spoken of is no name", "Thôn nào chưa hoàn thành thì thôn đó khẩn trương hoàn thành việc kê khai.",
			[]want{{text: "hoàn thành việc kê khai", warn: "chủ trì"}}},
		{"who answers for a failure is no work (corpus rule 1, consequences)", "Thôn nào để xảy ra cháy rừng thì thôn đó chịu trách nhiệm trước Chủ tịch UBND xã.", nil},
	})
}

func TestClassMoreOfficeShapes(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a unit's heading, and an item that directs its own", "Kết luận, đồng chí Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế:\n- Chỉ đạo các bệnh viện sẵn sàng phương án thu dung bệnh nhân;\n- Báo cáo UBND tỉnh tình hình dịch trước 15 giờ hằng ngày.",
			[]want{{lead: "syt", text: "Chỉ đạo các bệnh viện"}, {lead: "syt", deadline: "2025-08-18 15:00", recur: "daily"}}},
		{"theo chức năng, nhiệm vụ được giao is no report", "Các sở, ban, ngành theo chức năng, nhiệm vụ được giao chủ động triển khai các biện pháp phòng, chống dịch.",
			[]want{{lead: "group:so"}}},
		{"an unknown body acts", "Sáng ngày 15/8/2025, UBND tỉnh tổ chức hội nghị sơ kết. Thường trực HĐND tỉnh giám sát việc thực hiện các nghị quyết.",
			[]want{{text: "giám sát", warn: "Thường trực HĐND tỉnh"}}},
		{"a monthly report by a day is work", "Sáng ngày 15/8/2025, UBND tỉnh tổ chức hội nghị sơ kết. Các cơ quan, đơn vị báo cáo kết quả về Văn phòng UBND tỉnh trước ngày 20 hằng tháng.",
			[]want{{lead: "group:all", deadline: "2025-08-20 23:59", recur: "monthly"}}},
	})
}

func TestClassAMonthlyConclusion(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"headings, unit lines, items, a period and a weekly appeal", "THÔNG BÁO\nKết luận của đồng chí Chủ tịch UBND xã tại cuộc họp giao ban tháng 8/2025\n\nNgày 18/8/2025, UBND xã tổ chức họp giao ban đánh giá kết quả thực hiện nhiệm vụ tháng 8, triển khai nhiệm vụ tháng 9/2025. Sau khi nghe các bộ phận báo cáo, đồng chí Chủ tịch UBND xã kết luận như sau:\n\nI. Đánh giá chung\nTrong tháng, các bộ phận đã bám sát nhiệm vụ, hoàn thành cơ bản các chỉ tiêu đề ra. Tuy nhiên, công tác thu ngân sách còn chậm.\n\nII. Nhiệm vụ trọng tâm tháng 9/2025\n1. Phòng Kinh tế\n- Chủ trì, phối hợp với các thôn rà soát diện tích lúa bị thiệt hại do mưa lớn, báo cáo UBND xã trước ngày 25/8/2025.\n- Hướng dẫn nhân dân khôi phục sản xuất vụ mùa.\n2. Phòng Văn hóa - Xã hội: Tổ chức Lễ khai giảng năm học mới; chuẩn bị các điều kiện tổ chức Tết Trung thu cho thiếu nhi.\n3. Công an xã tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự dịp Quốc khánh 02/9.\n4. Trạm Y tế xã\nTriển khai tiêm chủng mở rộng; giám sát chặt chẽ dịch sốt xuất huyết.\n5. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể vận động nhân dân tham gia tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần.\n6. Các thôn:\na) Tổ chức họp dân phổ biến kế hoạch xây dựng nông thôn mới;\nb) Hoàn thành thu quỹ phòng, chống thiên tai trước ngày 30/9/2025.\n\nUBND xã thông báo để các bộ phận, các thôn biết, thực hiện./.\n",
			[]want{
				{lead: "kt", coords: "group:thon", deadline: "2025-08-25 23:59", text: "rà soát diện tích"},
				{lead: "kt", deadline: "2025-09-30 23:59", text: "Hướng dẫn nhân dân"},
				{lead: "vhxh", deadline: "2025-09-30 23:59", text: "Lễ khai giảng"},
				{lead: "vhxh", deadline: "2025-09-30 23:59", text: "Tết Trung thu"},
				{lead: "ca", deadline: "2025-09-30 23:59", text: "tuần tra"},
				{lead: "tyt", deadline: "2025-09-30 23:59", text: "tiêm chủng"},
				{lead: "tyt", deadline: "2025-09-30 23:59", text: "sốt xuất huyết"},
				{lead: "group:doanthe", deadline: "2025-08-24 12:00", recur: "weekly", text: "tổng vệ sinh"},
				{lead: "group:thon", deadline: "2025-09-30 23:59", text: "họp dân"},
				{lead: "group:thon", deadline: "2025-09-30 23:59", text: "thu quỹ"},
			}},
	})
}

func TestClassPastInsideTheObject(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"ripe rice is no report", "Phòng Kinh tế hướng dẫn nhân dân thu hoạch sớm diện tích lúa đã chín.",
			[]want{{lead: "kt"}}},
		{"a new clause that reports", "Thực hiện kế hoạch của UBND xã, các thôn đã treo cờ Tổ quốc chào mừng Quốc khánh.", nil},
	})
}

func TestClassAddresseesAfterAPurpose(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a purpose, then addressees split by a semicolon", "Để chủ động ứng phó với mưa lớn, lũ quét, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các xã, phường; Giám đốc các sở, ban, ngành theo chức năng, nhiệm vụ được giao tập trung triển khai các biện pháp ứng phó.",
			[]want{{lead: "group:xa", coords: "group:so", text: "triển khai các biện pháp"}}},
	})
}

func TestClassUnitsThatDirectAndMonths(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a unit directs the villages: it leads, they take part", "Phòng Kinh tế chỉ đạo các thôn chăm sóc lúa mùa, phòng trừ sâu bệnh.",
			[]want{{lead: "kt", coords: "group:thon"}}},
		{"the tasks of a month to come", "Đồng chí Chủ tịch đề nghị các thôn tập trung thực hiện tốt các nhiệm vụ trọng tâm tháng 9.",
			[]want{{lead: "group:thon", deadline: "2025-09-30 23:59"}}},
		{"the tasks of a month past", "Phòng Kinh tế báo cáo kết quả thực hiện nhiệm vụ tháng 7 trước ngày 25/8/2025.",
			[]want{{lead: "kt", deadline: "2025-08-25 23:59"}}},
		{"a month and those after it", "Các thôn tập trung thực hiện các nhiệm vụ trọng tâm tháng 9 và các tháng tiếp theo.",
			[]want{{lead: "group:thon"}}},
	})
}

func TestClassStrongImperativesAfterAReport(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"tăng cường after a report", "Trong tháng, các thôn đã hoàn thành thu quỹ. Tăng cường kiểm tra, xử lý các trường hợp lấn chiếm hành lang giao thông.",
			[]want{{text: "Tăng cường kiểm tra", warn: "chủ trì"}}},
		{"a plain verb after a report stays a report", "Trong tháng, các thôn đã hoàn thành thu quỹ. Tổ chức ngày hội đại đoàn kết ở 8 thôn.", nil},
	})
}

func TestClassReportsWithADeadline(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a unit reports its results this week", "Phòng Kinh tế báo cáo kết quả trong tuần này.",
			[]want{{lead: "kt", deadline: "2025-08-24 23:59"}}},
		{"a unit reported its results at the meeting", "Phòng Kinh tế báo cáo kết quả thu hoạch lúa mùa.", nil},
	})
}

func TestClassLinesOfTheWebPage(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"when the page was posted is no work", "Cập nhật: 10:20 | 12/09/2025\nCập nhật lúc 08:07, Thứ Sáu, 12/09/2025 (GMT+7)\nLượt xem: 128\nCác thôn tổ chức diệt lăng quăng, bọ gậy.",
			[]want{{lead: "group:thon"}}},
		{"cập nhật as work is work", "Cập nhật số liệu hộ nghèo lên hệ thống trước ngày 30/9/2025.",
			[]want{{text: "Cập nhật số liệu", deadline: "2025-09-30 23:59", warn: "chủ trì"}}},
	})
}

func TestClassWhatTheMeetingAgreed(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"agreed solutions are work", "Tại phiên họp, các đại biểu thảo luận, đề xuất hướng giải quyết, thống nhất các giải pháp đẩy nhanh giải ngân vốn đầu tư công trong tháng 9/2025.",
			[]want{{text: "thống nhất các giải pháp", deadline: "2025-09-30 23:59", warn: "chủ trì"}}},
	})
}

func TestClassClosingRestatements(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the closing line of a directive letter", "Sở Y tế tổ chức xét nghiệm cho các đối tượng có nguy cơ cao. Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc thực hiện Chỉ thị này.",
			[]want{{lead: "syt"}}},
	})
}

func TestClassWorkGivenForAMonth(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the month's work given out, unit by unit", "Đồng chí Chủ tịch UBND xã đánh giá kết quả trong tháng 7 và giao nhiệm vụ tháng 9 cho các bộ phận:\nPhòng Kinh tế hoàn thành hồ sơ đất đai trước ngày 20/9/2025.\nCông an xã bảo đảm an ninh trật tự trong dịp khai giảng.\nĐồng chí cũng yêu cầu cán bộ, công chức xã chấp hành nghiêm giờ giấc làm việc.",
			[]want{{lead: "kt", deadline: "2025-09-20 23:59"}, {lead: "ca", deadline: "2025-09-30 23:59"}, {lead: "group:all"}}},
	})
}

func TestClassTopicsBeforeAColon(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"topics of numbered items are no work", "Chủ tịch UBND xã kết luận:\n1. Về đề nghị hỗ trợ kinh phí làm đường giao thông: giao Phòng Kinh tế khảo sát, báo cáo trước ngày 15/10/2025.\n2. Về giải phóng mặt bằng dự án đường liên thôn: các thôn vận động các hộ dân bàn giao mặt bằng.",
			[]want{{lead: "kt", deadline: "2025-10-15 23:59"}, {lead: "group:thon"}}},
	})
}

func TestClassWorkGivenToAPerson(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a vice-chair by name has no unit", "Chủ tịch UBND xã yêu cầu các thôn tuyên truyền nhân dân không lấn chiếm vỉa hè; giao đồng chí Tiến - Phó Chủ tịch UBND xã chỉ đạo xây dựng kế hoạch chỉnh trang, hoàn thành trước ngày 28/8/2025.",
			[]want{{lead: "group:thon"}, {text: "đồng chí Tiến", deadline: "2025-08-28 23:59", warn: "chủ trì"}}},
	})
}

func TestClassAClosingDeadlineForTheWholeWork(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"hoàn thành trước … closes all the work of the unit", "UBND tỉnh có ý kiến như sau: Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính kiểm tra đề xuất của Công ty; thông báo kết quả cho Công ty biết; hoàn thành trước ngày 15/9/2025.",
			[]want{{lead: "sxd", coords: "stc", deadline: "2025-09-15 23:59"}, {lead: "sxd", text: "Thông báo kết quả", deadline: "2025-09-15 23:59"}}},
	})
}

func TestClassAUnitAsksThePeople(t *testing.T) {
	dir := tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "ubnd", Name: "UBND xã", Kind: tasks.KindKhac},
		{ID: 2, Code: "ca", Name: "Công an xã", Kind: tasks.KindKhac},
	})
	checkClasses(t, dir, []classCase{
		{"the people asked are no unit's work", "UBND xã yêu cầu người dân không ra khỏi nhà khi mưa bão.",
			[]want{{warn: "chủ trì"}}},
		{"businesses asked through a unit: the unit acts", "Công an xã yêu cầu các hộ kinh doanh ký cam kết bảo đảm an ninh trật tự.",
			[]want{{lead: "ca"}}},
	})
}

func TestClassTasksWrittenAsNouns(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a list of tasks after bao gồm", "Hội nghị thống nhất các nhiệm vụ trọng tâm tháng 9/2025, bao gồm: công tác thu ngân sách; công tác phòng, chống dịch bệnh trên đàn gia súc; việc tổ chức Lễ khai giảng năm học mới.",
			[]want{{text: "thu ngân sách", deadline: "2025-09-30 23:59", warn: "chủ trì"}, {text: "dịch bệnh", deadline: "2025-09-30 23:59", warn: "chủ trì"}, {text: "Lễ khai giảng", deadline: "2025-09-30 23:59", warn: "chủ trì"}}},
		{"a heading of tasks and noun items", "Nhiệm vụ trọng tâm thời gian tới:\n- Công tác thu ngân sách nhà nước.\n- Công tác phòng, chống dịch bệnh trên đàn gia súc.",
			[]want{{text: "thu ngân sách", warn: "chủ trì"}, {text: "dịch bệnh", warn: "chủ trì"}}},
		{"the objects of one verb stay one task", "Nhiệm vụ trọng tâm thời gian tới:\n- Chuẩn bị công tác đón tiếp đại biểu; công tác giao lưu khi kết thúc hội thi.",
			[]want{{text: "đón tiếp đại biểu; Công tác giao lưu", warn: "chủ trì"}}},
	})
}

func TestClassWeekdayItemsUnderAWeeklyLine(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"weekday items under a line that says hằng tuần", "Chế độ báo cáo hằng tuần như sau:\n- Thứ Hai: Văn phòng HĐND và UBND xã tổng hợp lịch công tác tuần.\n- Thứ Sáu: Các thôn báo cáo kết quả ra quân vệ sinh môi trường.",
			[]want{{lead: "vp", deadline: "2025-08-18 23:59", recur: "weekly"}, {lead: "group:thon", deadline: "2025-08-22 23:59", recur: "weekly"}}},
	})
}

func TestClassUnitsListedByNumber(t *testing.T) {
	dir := tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "tdp6", Name: "Tổ dân phố 6", Kind: tasks.KindThon},
		{ID: 2, Code: "tdp7", Name: "Tổ dân phố 7", Kind: tasks.KindThon},
		{ID: 3, Code: "tdp8", Name: "Tổ dân phố 8", Kind: tasks.KindThon},
		{ID: 4, Code: "t2", Name: "Thôn 2", Kind: tasks.KindThon},
		{ID: 5, Code: "t3", Name: "Thôn 3", Kind: tasks.KindThon},
	})
	checkClasses(t, dir, []classCase{
		{"street groups by number", "Các tổ dân phố 6, 7, 8 duy trì tổng vệ sinh vào sáng Chủ nhật hằng tuần.",
			[]want{{lead: "tdp6", coords: "tdp7,tdp8", deadline: "2025-08-24 12:00", recur: "weekly"}}},
		{"villages by number with và", "Thôn 2 và 3 khơi thông kênh mương nội đồng.",
			[]want{{lead: "t2", coords: "t3"}}},
		{"a number with no unit ends the list", "Thôn 2, 5 khơi thông kênh mương nội đồng.",
			[]want{{lead: "t2"}}},
	})
}

func TestClassSchedulesOnNamedDays(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"on the Saturdays and Sundays of every week, within a span", "Các thôn tổ chức tổng vệ sinh môi trường vào các ngày thứ Bảy, Chủ nhật hằng tuần; thời gian thực hiện từ ngày 20/8/2025 đến hết ngày 31/12/2025.",
			[]want{{lead: "group:thon", deadline: "2025-08-23 23:59", recur: "weekly"}}},
	})
}

func TestClassNamesAfterAGroupAndAColon(t *testing.T) {
	dir := tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "quangtrung", Name: "UBND phường Quang Trung", Aliases: []string{"phường Quang Trung"}, Kind: tasks.KindXa},
		{ID: 2, Code: "trungvuong", Name: "UBND phường Trưng Vương", Aliases: []string{"phường Trưng Vương"}, Kind: tasks.KindXa},
		{ID: 3, Code: "bachdang", Name: "UBND phường Bạch Đằng", Kind: tasks.KindXa},
	})
	checkClasses(t, dir, []classCase{
		{"the wards named, not every ward", "Đề nghị UBND các phường: Quang Trung, Trưng Vương tăng cường kiểm tra, xử lý dứt điểm các vi phạm.",
			[]want{{lead: "quangtrung", coords: "trungvuong"}}},
		{"the first named is not registered", "Đề nghị UBND các phường: Yên Thanh, Quang Trung, Trưng Vương tăng cường kiểm tra.",
			[]want{{coords: "quangtrung,trungvuong", warn: "Yên Thanh"}}},
	})
}

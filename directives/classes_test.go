package directives

import (
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// The failure classes of real conclusions (issue 10), each as general cases
// written for these tests: a province's conclusion to its sở and communes,
// and a commune's to its phòng and villages.

func provinceDirectory() *tasks.Directory {
	return tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "syt", Name: "Sở Y tế", Kind: tasks.KindSo},
		{ID: 2, Code: "sxd", Name: "Sở Xây dựng", Kind: tasks.KindSo},
		{ID: 3, Code: "sct", Name: "Sở Công Thương", Kind: tasks.KindSo},
		{ID: 4, Code: "sgtvt", Name: "Sở Giao thông vận tải", Aliases: []string{"Sở GTVT"}, Kind: tasks.KindSo},
		{ID: 5, Code: "stc", Name: "Sở Tài chính", Kind: tasks.KindSo},
		{ID: 6, Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
		{ID: 7, Code: "sgddt", Name: "Sở Giáo dục và Đào tạo", Aliases: []string{"Sở GD&ĐT"}, Kind: tasks.KindSo},
		{ID: 8, Code: "vp", Name: "Văn phòng UBND tỉnh", Kind: tasks.KindKhac},
		{ID: 9, Code: "cat", Name: "Công an tỉnh", Kind: tasks.KindKhac},
		{ID: 10, Code: "hoaxa", Name: "UBND phường Hòa Xá", Kind: tasks.KindXa},
		{ID: 11, Code: "anbinh", Name: "UBND xã An Bình", Kind: tasks.KindXa},
	})
}

func communeDirectory() *tasks.Directory {
	return tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Aliases: []string{"Phòng VH-XH"}, Kind: tasks.KindPhong},
		{ID: 2, Code: "kt", Name: "Phòng Kinh tế", Kind: tasks.KindPhong},
		{ID: 3, Code: "vp", Name: "Văn phòng HĐND và UBND xã", Aliases: []string{"Văn phòng HĐND - UBND xã"}, Kind: tasks.KindPhong},
		{ID: 4, Code: "ca", Name: "Công an xã", Kind: tasks.KindKhac},
		{ID: 5, Code: "tyt", Name: "Trạm Y tế xã", Kind: tasks.KindKhac},
		{ID: 6, Code: "mttq", Name: "Ủy ban MTTQ Việt Nam xã", Aliases: []string{"MTTQ xã"}, Kind: tasks.KindDoanThe},
		{ID: 7, Code: "thondong", Name: "Thôn Đông Sơn", Kind: tasks.KindThon},
		{ID: 8, Code: "thontay", Name: "Thôn Tây Sơn", Kind: tasks.KindThon},
	})
}

// monday is Monday 18/08/2025, the date of these conclusions.
func monday(t *testing.T) time.Time {
	return time.Date(2025, 8, 18, 0, 0, 0, 0, hcm(t))
}

type classCase struct {
	name, text string
	want       []want
}

func checkClasses(t *testing.T, dir *tasks.Directory, cases []classCase) {
	t.Helper()
	for _, tt := range cases {
		checkExtractIn(t, tt.name, tt.text, dir, monday(t), tt.want)
	}
}

func TestClassDroppedSentences(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"giao sở", "Giao Sở Y tế xây dựng phương án phòng, chống dịch sốt xuất huyết, báo cáo UBND tỉnh trước ngày 29/8/2025.",
			[]want{{text: "Sở Y tế xây dựng phương án", lead: "syt", deadline: "2025-08-29 23:59"}}},
		{"the chair gives a sở", "Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát đơn giá nhà ở xã hội.",
			[]want{{text: "rà soát đơn giá", lead: "sxd", coords: "stc"}}},
		{"the vice-chair gave the task to a phòng", "Đồng chí Phó Chủ tịch UBND tỉnh đã chỉ đạo và giao nhiệm vụ cho Sở Nội vụ tổng hợp danh sách cán bộ dôi dư.",
			[]want{{text: "tổng hợp danh sách", lead: "snv"}}},
		{"a unit as subject of báo cáo", "Sở Công Thương báo cáo tình hình cung ứng xăng dầu trước 9h sáng thứ Sáu, ngày 22/8/2025.",
			[]want{{text: "báo cáo tình hình", lead: "sct", deadline: "2025-08-22 09:00"}}},
	})
	checkClasses(t, communeDirectory(), []classCase{
		{"people with no unit still give a row", "Các đồng chí Phó Chủ tịch UBND xã theo lĩnh vực phụ trách đôn đốc thực hiện.",
			[]want{{text: "đôn đốc thực hiện", warn: "chủ trì"}}},
		{"giao nhiệm vụ cho", "Chủ tịch UBND xã giao nhiệm vụ cho Phòng Kinh tế rà soát hiện trạng kênh mương nội đồng.",
			[]want{{text: "rà soát hiện trạng", lead: "kt"}}},
		{"a unit not in the directory", "Phòng Tài nguyên lập danh sách các hộ lấn chiếm hành lang giao thông.",
			[]want{{text: "lập danh sách", warn: "Phòng Tài nguyên"}}},
	})
}

func TestClassEnumerations(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"after a colon", "Đề nghị các Sở: Công Thương, Giao thông vận tải, UBND các xã, phường kiểm tra việc kinh doanh xăng dầu trên địa bàn.",
			[]want{{text: "kiểm tra việc kinh doanh", lead: "sct", coords: "sgtvt,group:xa"}}},
		{"without a colon", "Các sở Y tế, Giáo dục và Đào tạo hướng dẫn các trường học phòng bệnh tay chân miệng.",
			[]want{{text: "hướng dẫn các trường", lead: "syt", coords: "sgddt"}}},
	})
}

func TestClassAddresseeLines(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"items inherit the addressees", "Đề nghị Giám đốc các sở, ngành; Chủ tịch UBND các xã, phường:\n- Rà soát các công trình xây dựng vi phạm hành lang an toàn;\n- Báo cáo kết quả về Sở Nội vụ trước ngày 30/9/2025;\n- Sở Y tế chỉ đạo các bệnh viện bố trí giường bệnh.",
			[]want{
				{text: "Rà soát các công trình", lead: "group:so", coords: "group:xa"},
				{text: "Báo cáo kết quả", lead: "group:so", coords: "group:xa", deadline: "2025-09-30 23:59"},
				{text: "bố trí giường bệnh", lead: "syt"},
			}},
		{"the subject goes on to the next sentence", "Sở Tài chính tổng hợp nhu cầu kinh phí của các địa phương. Định kỳ hằng quý báo cáo UBND tỉnh kết quả thực hiện.",
			[]want{{text: "tổng hợp nhu cầu", lead: "stc"}, {text: "Định kỳ hằng quý", lead: "stc", deadline: "2025-09-30 23:59", recur: "quarterly"}}},
	})
}

func TestClassHeads(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"director of a sở", "Giám đốc Sở Tài chính chịu trách nhiệm bố trí đủ kinh phí cho công tác phòng, chống thiên tai.",
			[]want{{text: "bố trí đủ kinh phí", lead: "stc"}}},
		{"heads of every unit", "Thủ trưởng các đơn vị nghiêm túc quán triệt cán bộ, công chức thực hiện quy chế văn hóa công sở.",
			[]want{{text: "quán triệt", lead: "group:all"}}},
		{"heads of every unit instruct their staff", "Thủ trưởng các đơn vị quán triệt đến từng cán bộ.",
			[]want{{text: "quán triệt", lead: "group:all"}}},
		{"chairs of the communes", "Chủ tịch UBND các phường chỉ đạo lực lượng chức năng xử lý dứt điểm các điểm tập kết rác trái phép.",
			[]want{{text: "xử lý dứt điểm", lead: "group:xa"}}},
	})
}

func TestClassGroups(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"each agency", "Mỗi cơ quan, đơn vị rà soát, đăng ký nhu cầu đào tạo trước ngày 15/9/2025.",
			[]want{{lead: "group:all", deadline: "2025-09-15 23:59"}}},
		{"localities and units", "Các địa phương, đơn vị chủ động phương án ứng phó với bão số 5.",
			[]want{{lead: "group:all"}}},
		{"sở, ban, ngành", "Các sở, ban, ngành tăng cường kiểm tra công vụ.",
			[]want{{lead: "group:so"}}},
		{"communes, wards and the special zone", "UBND các xã, phường, đặc khu tổ chức ra quân tổng vệ sinh môi trường.",
			[]want{{lead: "group:xa"}}},
		{"units concerned coordinate, they are not every unit", "Sở Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra an toàn thực phẩm.",
			[]want{{lead: "syt"}}},
		{"units concerned beside the lead are not every unit either", "Sở Y tế và các đơn vị liên quan theo dõi chặt chẽ diễn biến dịch bệnh.",
			[]want{{lead: "syt"}}},
		{"units concerned when asked are the group", "Đề nghị các sở, ngành liên quan khẩn trương bổ sung số liệu.",
			[]want{{lead: "group:so"}}},
	})
	checkClasses(t, communeDirectory(), []classCase{
		{"villages", "Các thôn, tổ dân phố tuyên truyền nhân dân không đốt rơm rạ.",
			[]want{{lead: "group:thon"}}},
		{"các phòng alone", "Các phòng tổng hợp số liệu gửi Văn phòng HĐND và UBND xã trước ngày 25/8/2025.",
			[]want{{lead: "group:phong", deadline: "2025-08-25 23:59"}}},
	})
}

func TestClassVerbPairs(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"two verbs", "UBND các phường tuyên truyền, vận động nhân dân tham gia bảo hiểm y tế.",
			[]want{{lead: "group:xa"}}},
		{"two verbs with và", "Sở Giao thông vận tải kiểm tra và xử lý các phương tiện chở quá tải.",
			[]want{{lead: "sgtvt"}}},
	})
}

func TestClassNotDirectives(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a narrative opening with a date", "Sáng ngày 15/8/2025, UBND phường Hòa Xá tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.", nil},
		{"a title in a news sentence", "Đồng chí Giám đốc Sở Y tế cho biết toàn tỉnh đã tiêm được 95% số trẻ trong độ tuổi.", nil},
		{"the issuer relays", "Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của Chủ tịch UBND tỉnh như sau:\n1. Sở Xây dựng hướng dẫn các địa phương lập quy hoạch chung.\n2. Khẩn trương hoàn thiện hồ sơ dự án trước ngày 30/9/2025.",
			[]want{{text: "hướng dẫn các địa phương", lead: "sxd"}, {text: "hoàn thiện hồ sơ", deadline: "2025-09-30 23:59", warn: "chủ trì"}}},
	})
	checkClasses(t, communeDirectory(), []classCase{
		{"the Monday flag ceremony is not a deadline", "Văn phòng HĐND và UBND xã chuẩn bị chu đáo buổi chào cờ đầu tuần.",
			[]want{{text: "buổi chào cờ đầu tuần", lead: "vp"}}},
	})
}

func TestClassDeadlineSentences(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"thời hạn after a comma", "Phòng Kinh tế gửi số liệu diện tích lúa bị ngập, thời hạn trước ngày 25/8/2025.",
			[]want{{lead: "kt", deadline: "2025-08-25 23:59"}}},
		{"chậm nhất", "Phòng Văn hóa – Xã hội hoàn thiện hồ sơ đề nghị khen thưởng chậm nhất ngày 29/8/2025.",
			[]want{{lead: "vhxh", deadline: "2025-08-29 23:59"}}},
		{"a duration in hours", "Công an xã trả lời đơn của công dân trong 72 giờ.",
			[]want{{lead: "ca", deadline: "2025-08-21 00:00"}}},
		{"unknown owner with a deadline", "Ban quản lý chợ nộp báo cáo chậm nhất ngày 29/8/2025.",
			[]want{{deadline: "2025-08-29 23:59", warn: "Ban quản lý chợ"}}},
	})
}

func TestClassDocumentsEventsAndAdvice(t *testing.T) {
	dir := provinceDirectory()
	checkClasses(t, dir, []classCase{
		{"the date of a document is no deadline", "Thực hiện Công văn số 123/UBND-VX ngày 02/8/2025 của UBND tỉnh, Sở Y tế rà soát các cơ sở tiêm chủng trước ngày 30/8/2025.",
			[]want{{text: "rà soát các cơ sở", lead: "syt", deadline: "2025-08-30 23:59"}}},
		{"a document carried out, alone, is no directive", "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/8/2025 của UBND tỉnh về phòng, chống thiên tai.", nil},
		{"a past event opening with its date", "Ngày 10/8/2025, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phòng, chống thiên tai.", nil},
		{"a relayed instruction after a dated opening", "Ngày 12/8/2025, Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo của Chủ tịch UBND tỉnh, giao Sở Xây dựng kiểm tra các công trình nhà ở xã hội.",
			[]want{{text: "kiểm tra các công trình", lead: "sxd"}}},
		{"a span of days is due on its last day", "UBND các xã, phường tổ chức tổng vệ sinh môi trường vào ngày 23-24/8/2025.",
			[]want{{lead: "group:xa", deadline: "2025-08-24 23:59"}}},
		{"the days of an event are no deadline", "Các sở, ban, ngành chuẩn bị tốt các điều kiện phục vụ kỳ họp HĐND tỉnh diễn ra trong 2 ngày 27-28/8.",
			[]want{{lead: "group:so"}}},
		{"advice to the people", "UBND tỉnh khuyến cáo:\nNgười dân không ra khỏi nhà khi có mưa to, gió lớn.\nChủ động dự trữ lương thực, nước uống.", nil},
		{"a citizen's petition", "Ông Nguyễn Văn Bình ở phường Hòa Xá: Đề nghị sửa chữa tuyến đường vào khu dân cư.", nil},
	})
}

func TestClassNamesAsWritten(t *testing.T) {
	dir := tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "ca", Name: "Công an phường", Kind: tasks.KindKhac},
		{ID: 2, Code: "bchqs", Name: "Ban Chỉ huy Quân sự phường", Kind: tasks.KindKhac},
		{ID: 3, Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Kind: tasks.KindPhong},
	})
	checkClasses(t, dir, []classCase{
		{"a code is a code only as written", "Huy động cả hệ thống chính trị vào cuộc phòng, chống dịch bệnh.",
			[]want{{text: "Huy động", warn: "chủ trì"}}},
		{"a place shared by two units, and a list item's subject goes on", "2. Ban Chỉ huy Quân sự, Công an phường bố trí lực lượng ứng trực 24/24 giờ; chuẩn bị phương tiện cứu hộ.",
			[]want{{lead: "bchqs", coords: "ca", text: "bố trí lực lượng"}, {lead: "bchqs", coords: "ca", text: "Chuẩn bị phương tiện"}}},
	})
}

func TestClassMoreShapes(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"an item list after the chair's request", "Chủ tịch UBND xã yêu cầu:\na) Phòng Kinh tế rà soát diện tích lúa bị ngập, báo cáo trước 16 giờ ngày 22/8/2025;\nb) Công an xã bảo đảm an ninh trật tự;\nc) Các thôn, tổ dân phố thông báo cho nhân dân.",
			[]want{{lead: "kt", deadline: "2025-08-22 16:00"}, {lead: "ca"}, {lead: "group:thon"}}},
		{"a verb not in any list after a unit", "Trạm Y tế xã phun thuốc diệt muỗi tại các thôn có ca bệnh; MTTQ xã vận động nhân dân hưởng ứng.",
			[]want{{lead: "tyt", text: "phun thuốc"}, {lead: "mttq"}}},
		{"a recurring report after a semicolon", "Kết luận: Giao Văn phòng HĐND - UBND xã đôn đốc các bộ phận thực hiện; định kỳ hằng tháng tổng hợp báo cáo Chủ tịch UBND xã.",
			[]want{{lead: "vp"}, {lead: "vp", text: "Định kỳ hằng tháng", deadline: "2025-08-31 23:59", recur: "monthly"}}},
		{"a body not in the directory is asked", "Đề nghị Thường trực HĐND xã giám sát việc thực hiện.",
			[]want{{text: "giám sát", warn: "chủ trì"}}},
		{"a title in capitals", "THÔNG BÁO KHẨN Về ảnh hưởng của mưa bão số 5 trên địa bàn xã", nil},
	})
}

func TestClassProvinceShapes(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a topic before a colon, then the request", "Về đề nghị của UBND phường Hòa Xá tại Tờ trình số 12/TTr-UBND: giao Sở Tài chính xem xét, tham mưu UBND tỉnh trong tháng 9/2025.",
			[]want{{lead: "stc", deadline: "2025-09-30 23:59"}}},
		{"a title reporting at the meeting", "Đồng chí Giám đốc Sở Y tế báo cáo tình hình dịch sốt xuất huyết trên địa bàn tỉnh.", nil},
		{"the director asked", "Chủ tịch UBND tỉnh giao Giám đốc Sở Nội vụ hướng dẫn UBND phường Hòa Xá hoàn thiện hồ sơ, xong trong tháng 9/2025.",
			[]want{{lead: "snv", deadline: "2025-09-30 23:59"}}},
		{"a quarterly report after a semicolon", "Các sở, ban, ngành, địa phương nghiêm túc thực hiện; Sở Nội vụ theo dõi, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện hằng quý.",
			// "các sở, ban, ngành, địa phương" lists two kinds and no generic noun: the sở lead, the communes take part (corpus labels 169, 184)
			[]want{{lead: "group:so", coords: "group:xa"}, {lead: "snv", deadline: "2025-09-30 23:59", recur: "quarterly"}}},
	})
}

func TestClassCoordinatorsAndTitles(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"coordinators in a piece of their own", "Chủ tịch UBND xã giao Phòng Kinh tế chủ trì; Phòng Văn hóa – Xã hội, Công an xã phối hợp thực hiện.",
			[]want{{lead: "kt", coords: "vhxh,ca", text: "Công an xã phối hợp"}}},
		{"heads of listed villages", "Yêu cầu Trưởng các thôn Đông Sơn, Tây Sơn họp dân phổ biến chủ trương.",
			[]want{{lead: "thondong", coords: "thontay"}}},
		{"a person in charge of a field is no unit", "Giao đồng chí Phó Chủ tịch UBND xã phụ trách Văn hóa – Xã hội chỉ đạo tổ chức lễ hội.",
			[]want{{warn: "chủ trì"}}},
		{"the head of a unit stands for it", "Giao Trưởng Công an xã chỉ đạo lực lượng tuần tra ban đêm.",
			[]want{{lead: "ca"}}},
	})
}

func TestClassSectionsForUnits(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a section for a unit", "II. NHIỆM VỤ TRỌNG TÂM\n1. Đối với Sở Y tế:\n- Chủ trì tổ chức tiêm chủng mở rộng;\n- Báo cáo kết quả trước ngày 30/9/2025.\n2. Đối với UBND các xã, phường:\n- Tuyên truyền nhân dân đưa trẻ đi tiêm.",
			[]want{
				{text: "tiêm chủng mở rộng", lead: "syt"},
				{text: "Báo cáo kết quả", lead: "syt", deadline: "2025-09-30 23:59"},
				{text: "Tuyên truyền", lead: "group:xa"},
			}},
	})
}

func TestClassOfficialConventions(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"units worked with coordinate", "Sở Xây dựng chủ trì, làm việc với UBND phường Hòa Xá thống nhất phương án di dời.",
			[]want{{lead: "sxd", coords: "hoaxa"}}},
		{"those concerned first, the named unit leads", "Các cơ quan, đơn vị liên quan và Sở Y tế khẩn trương rà soát danh sách.",
			[]want{{lead: "syt"}}},
		{"the report of the same work keeps its owner", "Sở Tài chính rà soát nguồn vốn đầu tư công. Báo cáo kết quả về UBND tỉnh trước ngày 30/9/2025.",
			[]want{{lead: "stc"}, {lead: "stc", deadline: "2025-09-30 23:59"}}},
		{"every unit with a named one", "Các cơ quan, ban, ngành, UBND phường Hòa Xá nghiêm túc thực hiện.",
			[]want{{lead: "group:all", coords: "hoaxa"}}},
	})
}

func TestClassNewAddresseeInASentence(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a new subject after a comma", "Sở Y tế chỉ đạo các bệnh viện sẵn sàng giường bệnh, Sở Tài chính bố trí kinh phí mua thuốc.",
			[]want{{lead: "syt", text: "sẵn sàng giường bệnh"}, {lead: "stc", text: "bố trí kinh phí"}}},
		{"a list of coordinators is not cut", "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, Sở Công Thương rà soát đơn giá.",
			[]want{{lead: "sxd", coords: "stc,sct"}}},
	})
}

func TestClassWordedAsRequestsButNoWork(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a closing restatement", "Phòng Kinh tế rà soát diện tích lúa. UBND xã đề nghị Phòng Kinh tế tạo điều kiện cho các thôn thực hiện nghiêm nội dung trên.",
			[]want{{lead: "kt", text: "rà soát"}}},
		{"how to deliver", "Phòng Kinh tế tổng hợp số liệu. Gửi kèm file vào hòm thư điện tử của Văn phòng.",
			[]want{{lead: "kt"}}},
		{"a consequence", "Các thôn nộp hồ sơ trước ngày 30/8/2025. Sau thời gian này, đơn vị nào không nộp hồ sơ thì không được xét.",
			[]want{{lead: "group:thon", deadline: "2025-08-30 23:59"}}},
		{"advice to the people", "Bà con hãy chủ động phòng tránh bão lũ.", nil},
		{"an appeal to everyone is for every unit", "Toàn thể cán bộ, đảng viên và Nhân dân chung tay xây dựng nông thôn mới.",
			[]want{{lead: "group:all"}}},
	})
}

func TestClassHeadingPeriods(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a time frame over a list", "Nhiệm vụ trọng tâm trong tháng 9/2025 gồm:\n- Phòng Kinh tế thu hoạch lúa mùa;\n- Công an xã bảo đảm an ninh dịp Quốc khánh trước ngày 01/9/2025.",
			[]want{{lead: "kt", deadline: "2025-09-30 23:59", warn: "phần đầu"}, {lead: "ca", deadline: "2025-09-01 23:59"}}},
		{"a deadline in the next sentence of the same paragraph", "Các thôn, tổ dân phố ra quân tổng vệ sinh. Đồng loạt vào sáng ngày 24/8/2025 (Chủ nhật).",
			[]want{{lead: "group:thon", deadline: "2025-08-24 12:00"}}},
		{"a period in the narration before the chair speaks is no frame", "Sau khi nghe các thôn báo cáo tiến độ trong tuần, đồng chí Chủ tịch UBND xã chỉ đạo: Phòng Kinh tế rà soát diện tích lúa bị ngập.",
			[]want{{lead: "kt"}}},
	})
}

func TestClassBareHeadNoun(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the only phòng named before", "Chủ tịch UBND xã làm việc với Phòng Kinh tế về tiến độ thu hoạch. Đồng chí yêu cầu lãnh đạo, công chức phòng tập trung hướng dẫn nhân dân tiêu thụ nông sản.",
			[]want{{lead: "kt", text: "tập trung hướng dẫn"}}},
		{"two phòng named before: no guess", "Phòng Kinh tế và Phòng Văn hóa – Xã hội báo cáo tiến độ. Đồng chí yêu cầu lãnh đạo, công chức phòng tập trung hướng dẫn nhân dân.",
			[]want{{lead: "kt", coords: "vhxh"}, {text: "tập trung hướng dẫn", warn: "chủ trì"}}},
	})
}

func TestClassLinesCutByThePage(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a long line going on with a capital", "Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và UBND phường Hòa Xá rà soát\nHồ sơ các dự án nhà ở xã hội, báo cáo UBND tỉnh trước ngày 30/9/2025.\nTHÔNG BÁO KẾT LUẬN\nSở Y tế kiểm tra an toàn thực phẩm.",
			[]want{{lead: "sxd", coords: "stc,hoaxa", deadline: "2025-09-30 23:59"}, {lead: "syt"}}},
	})
}

func TestClassSpacesOfTheWeb(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"non-breaking and zero-width spaces", "Giao\u00a0Sở\u00a0Y\u00a0tế xây dựng\u200b phương án,\tbáo cáo trước ngày\u202f29/8/2025.",
			[]want{{lead: "syt", deadline: "2025-08-29 23:59"}}},
	})
}

func TestClassListInOneParagraph(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"numbered items run into one paragraph", "UBND xã yêu cầu các thôn, tổ dân phố thực hiện nghiêm một số nội dung sau: 1. Rà soát các hộ có người đi làm ăn xa về. 2. Báo cáo danh sách về UBND xã trước ngày 25/8/2025.",
			[]want{{lead: "group:thon", text: "Rà soát"}, {lead: "group:thon", text: "Báo cáo danh sách", deadline: "2025-08-25 23:59"}}},
	})
}

func TestClassAddresseeListIsNotCut(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a request to a list of addressees", "UBND tỉnh yêu cầu các sở, ban ngành, đơn vị thuộc UBND tỉnh, UBND các xã, phường triển khai thực hiện nghiêm kế hoạch.",
			[]want{{lead: "group:all"}}}, // a list with the generic "đơn vị" is every unit, which covers the communes
	})
}

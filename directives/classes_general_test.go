package directives

import "testing"

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
		{"other work in the next sentence has no owner", "Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát diện tích lúa. Tiếp tục huy động nguồn lực xã hội hóa.",
			[]want{{lead: "kt"}, {text: "huy động", warn: "chủ trì"}}},
		{"only the sentence right after", "Chủ tịch UBND xã yêu cầu các thôn tuyên truyền nhân dân phòng bệnh. Huy động lực lượng dọn vệ sinh. Tuyên truyền trên loa truyền thanh.",
			[]want{{lead: "group:thon"}, {text: "Huy động", warn: "chủ trì"}, {text: "loa truyền thanh", warn: "chủ trì"}}},
	})
}

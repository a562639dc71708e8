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

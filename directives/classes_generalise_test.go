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

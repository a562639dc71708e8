package directives

import "testing"

// Requests as a news story reports them: the caption under a photo, a
// request the paper says was "just" made, work given in the passive, the
// unit a topic frame names.

func TestClassCaptionWithItsCreditInParentheses(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a caption credited in parentheses", "Đề nghị Công an xã tăng cường tuần tra ban đêm.\n\nCác thôn ra quân dọn vệ sinh đường làng (Ảnh minh họa).\n\nPhòng Kinh tế hướng dẫn nhân dân gieo cấy.",
			[]want{{text: "tăng cường tuần tra", lead: "ca"}, {text: "hướng dẫn nhân dân", lead: "kt"}}},
		{"a credit with the photographer's name", "Công an xã kiểm tra các quán karaoke (Ảnh: Minh Châu)\n\nĐề nghị Trạm Y tế xã phun thuốc diệt muỗi.",
			[]want{{text: "phun thuốc", lead: "tyt"}}},
	})
}

func TestClassRequestJustMade(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a request the paper reports as just made", "UBND tỉnh vừa yêu cầu Sở Y tế tăng cường kiểm tra an toàn thực phẩm dịp Tết.\n\nTheo chỉ đạo, Sở Công Thương kiểm soát giá cả hàng hóa.",
			[]want{{text: "kiểm tra an toàn thực phẩm", lead: "syt"}, {text: "kiểm soát giá cả", lead: "sct"}}},
		{"a request just made to a group", "Chủ tịch UBND tỉnh vừa có văn bản yêu cầu các sở, ngành rà soát thủ tục hành chính.",
			[]want{{text: "rà soát thủ tục", lead: "group:so"}}},
	})
}

func TestClassTheUnitOfATopicFrameIsAsked(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the request names no one, the frame does", "Đối với Sở Y tế, UBND tỉnh yêu cầu tăng cường kiểm tra an toàn thực phẩm.",
			[]want{{text: "tăng cường kiểm tra", lead: "syt"}}},
		{"the work given names no one, the frame does", "Đối với Công an tỉnh, tỉnh giao tiếp tục mở đợt cao điểm trấn áp tội phạm.",
			[]want{{text: "cao điểm trấn áp", lead: "cat"}}},
		{"the request names its own addressee", "Đối với Sở Y tế, đề nghị Sở Công Thương phối hợp kiểm tra.",
			[]want{{text: "phối hợp kiểm tra", lead: "sct"}}},
		// "giao" inside the frame's topic ("giao thông" mistyped) once made
		// frameEnd and givesToFrame ask each other without end: a stack
		// overflow no recover catches.
		{"a word giao inside the topic of the frame", "Đối với tiêu chí về giao hông, đồng chí yêu cầu Sở Y tế chủ trì kiểm tra.",
			[]want{{text: "chủ trì kiểm tra", lead: "syt"}}},
		// Nothing after "giao" but a colon: the request's first mention was
		// looked up past the clause's end (index out of range).
		{"giao and a colon, the work in the items below", "Đối với Sở Y tế, giao:\n- Rà soát danh sách các cơ sở khám bệnh.",
			[]want{{text: "Rà soát danh sách", lead: "syt"}}},
		{"giao with no one after it inside the topic", "Đối với các chỉ tiêu tỉnh giao năm nay, Sở Y tế rà soát lại.",
			[]want{{text: "rà soát lại", lead: "syt"}}},
	})
}

func TestClassWorkGivenInThePassiveToAnUnknownBody(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"a body the directory does not know is given work", "Sở Y tế kiểm tra an toàn thực phẩm.\n\nBan Dân tộc tỉnh được giao rà soát các hộ nghèo vùng đồng bào dân tộc thiểu số.",
			[]want{{text: "kiểm tra an toàn", lead: "syt"}, {text: "rà soát các hộ nghèo", warn: "Ban Dân tộc tỉnh"}}},
		{"a known unit is given work", "Sở Xây dựng được giao chủ trì thẩm định thiết kế.",
			[]want{{text: "thẩm định thiết kế", lead: "sxd"}}},
	})
}

func TestClassCoordinatorAfterAManner(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"close coordination", "Các sở phối hợp chặt chẽ với Công an tỉnh trong phòng, chống tội phạm.",
			[]want{{text: "phòng, chống tội phạm", lead: "group:so", coords: "cat"}}},
		{"good coordination", "Sở Y tế phối hợp tốt với Sở Công Thương kiểm tra an toàn thực phẩm.",
			[]want{{text: "kiểm tra an toàn", lead: "syt", coords: "sct"}}},
	})
}

func TestClassTheSpeakerAlsoAsks(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"also asks those asked before", "Chủ tịch UBND xã yêu cầu các thôn tăng cường tuần tra đê điều. Đồng chí cũng yêu cầu thành lập ngay các tổ xung kích; kiểm tra các trạm bơm.",
			[]want{{text: "tăng cường tuần tra", lead: "group:thon"}, {text: "tổ xung kích", lead: "group:thon", warn: "cũng yêu cầu"}, {text: "các trạm bơm", lead: "group:thon"}}},
		{"also asks, a sentence later", "Chủ tịch UBND xã yêu cầu các thôn tăng cường tuần tra đê điều. Trong đó, chú trọng các điểm xung yếu. Đồng chí cũng yêu cầu thành lập ngay các tổ xung kích.",
			[]want{{text: "tăng cường tuần tra", lead: "group:thon"}, {text: "các điểm xung yếu", lead: "group:thon"}, {text: "tổ xung kích", lead: "group:thon"}}},
		{"also asks someone else", "Chủ tịch UBND xã yêu cầu các thôn tăng cường tuần tra đê điều. Đồng chí cũng yêu cầu Công an xã bảo đảm an ninh trật tự.",
			[]want{{text: "tăng cường tuần tra", lead: "group:thon"}, {text: "bảo đảm an ninh", lead: "ca"}}},
	})
}

func TestClassGoingOnWithTheRequestInParts(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"every part of the sentence that goes on keeps the owners and the month",
			"Trong tháng 9, UBND xã đề nghị Phòng Kinh tế, Công an xã rà soát hộ nghèo. Cùng với đó là tập trung phòng, chống dịch bệnh trên đàn gia súc; kiểm tra các hồ chứa nước trước mùa mưa lũ.",
			[]want{{text: "rà soát hộ nghèo", lead: "kt", coords: "ca", deadline: "2025-09-30 23:59"},
				{text: "dịch bệnh trên đàn gia súc", lead: "kt", coords: "ca", deadline: "2025-09-30 23:59"},
				{text: "các hồ chứa nước", lead: "kt", coords: "ca", deadline: "2025-09-30 23:59"}}},
	})
}

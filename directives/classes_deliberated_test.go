package directives

import "testing"

// Tasks a meeting discussed: told in the past, they are still ahead; what
// the meeting itself did (evaluated, discussed) is its story, not work.

func TestClassTasksTheMeetingDiscussed(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the solutions discussed, listed after 'như'", "Ngày 15/8/2025, UBND xã họp thường kỳ tháng 8.\n\nTrong cuộc họp, các đại biểu đã bàn các giải pháp để thực hiện các nhiệm vụ trọng tâm trong tháng 9 như: thu hoạch dứt điểm lúa Hè Thu; triển khai tiêm phòng cho đàn gia súc.",
			[]want{{text: "dứt điểm lúa", deadline: "2025-09-30 23:59"}, {text: "tiêm phòng", deadline: "2025-09-30 23:59"}}},
		{"the drafts discussed are no tasks", "Ngày 15/8/2025, UBND xã họp thường kỳ tháng 8.\n\nTại phiên họp, các đại biểu đã thảo luận cho ý kiến vào các nội dung: Dự thảo quy chế làm việc của UBND xã; Đề án chuyển đổi số của xã.\n\nĐề nghị Công an xã tăng cường tuần tra.",
			[]want{{text: "tăng cường tuần tra", lead: "ca"}}},
	})
}

func TestClassTheMeetingsOwnProceedings(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"what the meeting evaluated and discussed", "Đề nghị Công an xã tăng cường tuần tra.\n\nHội nghị tập trung đánh giá kết quả 6 tháng đầu năm; thảo luận giải pháp thực hiện nhiệm vụ 6 tháng cuối năm.",
			[]want{{text: "tăng cường tuần tra", lead: "ca"}}},
		{"what the meeting agreed is still asked", "Cuộc họp thống nhất các giải pháp thu hoạch lúa Hè Thu; Phòng Kinh tế hướng dẫn nhân dân.",
			[]want{{text: "giải pháp thu hoạch lúa"}, {text: "hướng dẫn nhân dân", lead: "kt"}}},
	})
}

package directives

import (
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// Failure classes from the second code review (issue 10), on sentences of my own.

// districtDirectory is a district's offices, named in the review's sentences.
func districtDirectory() *tasks.Directory {
	return tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "yt", Name: "Phòng Y tế", Kind: tasks.KindPhong},
		{ID: 2, Code: "nn", Name: "Phòng Nông nghiệp và Phát triển nông thôn", Aliases: []string{"Phòng NN&PTNT"}, Kind: tasks.KindPhong},
		{ID: 3, Code: "ktht", Name: "Phòng Kinh tế, Hạ tầng và Đô thị", Aliases: []string{"Phòng KTHT"}, Kind: tasks.KindPhong},
		{ID: 4, Code: "ct", Name: "UBND xã Cần Thạnh", Kind: tasks.KindXa},
	})
}

// TestClassCanIsAPlaceOnlyAsAName: "Cần" before a capitalised word is a place ("Cần Thơ",
// "Cần Giờ") only when both are written as names, or the pair is a known place; in a text
// written all in capitals "CẦN TĂNG CƯỜNG" asks for work, as "Cần tăng cường" does.
func TestClassCanIsAPlaceOnlyAsAName(t *testing.T) {
	checkClasses(t, districtDirectory(), []classCase{
		{"capitals", "CẦN TĂNG CƯỜNG KIỂM TRA AN TOÀN THỰC PHẨM, PHÒNG Y TẾ CHỦ TRÌ, HOÀN THÀNH TRƯỚC NGÀY 25/12/2026.",
			[]want{{text: "CẦN TĂNG CƯỜNG KIỂM TRA AN TOÀN", warn: "chủ trì"}, {text: "PHÒNG Y TẾ CHỦ TRÌ", lead: "yt", deadline: "2026-12-25 23:59"}}},
		{"with diacritics", "Cần tăng cường kiểm tra an toàn thực phẩm, Phòng Y tế chủ trì, hoàn thành trước ngày 25/12/2026.",
			[]want{{text: "Cần tăng cường kiểm tra an toàn", warn: "chủ trì"}, {text: "Phòng Y tế chủ trì", lead: "yt", deadline: "2026-12-25 23:59"}}},
		{"without diacritics", "Can tang cuong kiem tra an toan thuc pham, Phong Y te chu tri, hoan thanh truoc ngay 25/12/2026.",
			[]want{{text: "Can tang cuong kiem tra an toan", warn: "chủ trì"}, {text: "Phong Y te chu tri", lead: "yt", deadline: "2026-12-25 23:59"}}},
		{"a place in capitals", "PHÒNG Y TẾ PHỐI HỢP VỚI BỆNH VIỆN CẦN THƠ KIỂM TRA AN TOÀN THỰC PHẨM TRƯỚC NGÀY 25/12/2026.",
			[]want{{lead: "yt", deadline: "2026-12-25 23:59"}}},
		{"a place as a name", "Phòng Y tế phối hợp với Bệnh viện Cần Thơ kiểm tra an toàn thực phẩm trước ngày 25/12/2026.",
			[]want{{lead: "yt", deadline: "2026-12-25 23:59"}}},
		{"a commune as a name", "UBND xã Cần Thạnh kiểm tra an toàn thực phẩm trước ngày 25/12/2026.",
			[]want{{lead: "ct", deadline: "2026-12-25 23:59"}}},
	})
}

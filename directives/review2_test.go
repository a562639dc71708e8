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

// TestClassDirectiveAfterAForecast: a sentence that opens with a forecast ("Dự báo trong 24
// giờ tới có mưa to, …", "Theo dự báo có mưa lớn, …") goes on with the work and its owner; the
// forecast's window is not the work's deadline.
func TestClassDirectiveAfterAForecast(t *testing.T) {
	checkClasses(t, districtDirectory(), []classCase{
		{"with diacritics", "Dự báo trong 24 giờ tới có mưa to, Phòng Nông nghiệp và Phát triển nông thôn phải kiểm tra đê điều.",
			[]want{{text: "kiểm tra đê điều", lead: "nn"}}},
		{"without diacritics", "Du bao trong 24 gio toi co mua to, Phong NN&PTNT phai kiem tra de dieu.",
			[]want{{text: "kiem tra de dieu", lead: "nn"}}},
		{"capitals", "DỰ BÁO TRONG 24 GIỜ TỚI CÓ MƯA TO, PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN PHẢI KIỂM TRA ĐÊ ĐIỀU.",
			[]want{{text: "KIỂM TRA ĐÊ ĐIỀU", lead: "nn"}}},
		{"the next week, and the work's own deadline", "Dự báo trong tuần tới có mưa lớn, Phòng KTHT kiểm tra các công trình, hoàn thành trước ngày 25/12/2026.",
			[]want{{text: "kiểm tra các công trình", lead: "ktht", deadline: "2026-12-25 23:59"}}},
		{"theo dự báo", "Theo dự báo có mưa lớn, Phòng KTHT kiểm tra các công trình đang thi công.",
			[]want{{text: "kiểm tra các công trình", lead: "ktht"}}},
		{"theo du bao, capitals", "THEO DỰ BÁO CÓ MƯA LỚN, PHÒNG KTHT KIỂM TRA CÁC CÔNG TRÌNH ĐANG THI CÔNG.",
			[]want{{text: "KIỂM TRA CÁC CÔNG TRÌNH", lead: "ktht"}}},
		{"a limit of the work itself", "Dự báo trong 24 giờ tới có mưa to, Phòng NN&PTNT phải kiểm tra đê điều, hoàn thành trong 2 ngày.",
			[]want{{text: "kiểm tra đê điều", lead: "nn", deadline: "2025-08-20 23:59"}}},
	})
}

package directives

import (
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// forcesDirectory is a commune with its police and military command.
func forcesDirectory() *tasks.Directory {
	return tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "kt", Name: "Phòng Kinh tế", Kind: tasks.KindPhong},
		{ID: 2, Code: "ca", Name: "Công an xã", Kind: tasks.KindKhac},
		{ID: 3, Code: "qs", Name: "Ban Chỉ huy Quân sự xã", Kind: tasks.KindKhac},
		{ID: 4, Code: "thondong", Name: "Thôn Đông", Kind: tasks.KindThon},
	})
}

func TestClassForcesOfOrderByTheirTrade(t *testing.T) {
	checkClasses(t, forcesDirectory(), []classCase{
		{"the duty forces: the police leads, the military command takes part", "Các lực lượng chức năng tăng cường tuần tra, kiểm soát địa bàn dịp Tết.",
			[]want{{text: "tăng cường tuần tra", lead: "ca", coords: "qs"}}},
		{"the police force", "Lực lượng công an xã rà soát các đối tượng nghiện ma túy trên địa bàn.",
			[]want{{text: "rà soát các đối tượng", lead: "ca"}}},
		{"the militia", "Lực lượng dân quân tự vệ sẵn sàng ứng cứu khi có mưa lũ.",
			[]want{{text: "sẵn sàng ứng cứu", lead: "qs"}}},
		{"forces a body works with are those of its place", "Thôn Đông phối hợp với lực lượng chức năng kiểm tra các quán karaoke.",
			[]want{{text: "kiểm tra các quán", lead: "thondong", coords: ""}}},
		{"forces a body directs are its own", "Trưởng thôn Đông chỉ đạo lực lượng chức năng giải tỏa hàng quán lấn chiếm lòng đường.",
			[]want{{text: "giải tỏa hàng quán", lead: "thondong"}}},
	})
	checkClasses(t, communeDirectory(), []classCase{
		{"no military command in the directory: the police alone", "Đề nghị các lực lượng chức năng kiểm tra các cơ sở kinh doanh karaoke.",
			[]want{{text: "kiểm tra các cơ sở", lead: "ca"}}},
	})
}

// councilDirectory is a ward with its council's standing committee and
// two boards.
func councilDirectory() *tasks.Directory {
	return tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "tt", Name: "Thường trực HĐND phường", Aliases: []string{"Thường trực HĐND"}, Kind: tasks.KindKhac},
		{ID: 2, Code: "bkt", Name: "Ban Kinh tế - Xã hội HĐND phường", Kind: tasks.KindKhac},
		{ID: 3, Code: "bpc", Name: "Ban Pháp chế HĐND phường", Kind: tasks.KindKhac},
		{ID: 4, Code: "ubnd", Name: "UBND phường", Kind: tasks.KindKhac},
	})
}

func TestClassTheBoardsOfACouncil(t *testing.T) {
	checkClasses(t, councilDirectory(), []classCase{
		{"the standing committee and the boards", "Đề nghị Thường trực HĐND, các ban HĐND phường giám sát việc giải quyết kiến nghị cử tri.",
			[]want{{text: "giám sát việc giải quyết", lead: "tt", coords: "bkt,bpc"}}},
		{"the boards alone", "Các ban HĐND phường thẩm tra các báo cáo trình kỳ họp.",
			[]want{{text: "thẩm tra các báo cáo", lead: "bkt", coords: "bpc"}}},
	})
	checkClasses(t, communeDirectory(), []classCase{
		{"no board registered", "Đề nghị các ban HĐND xã giám sát việc giải quyết kiến nghị cử tri.",
			[]want{{text: "giám sát việc giải quyết"}}},
	})
}

func TestClassTheCommitteesOfALevelNamedTogether(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the city's committee and the districts'", "Ủy ban nhân dân thành phố và các xã, phường rà soát nhu cầu sử dụng đất giai đoạn 2026 – 2030.",
			[]want{{text: "rà soát nhu cầu", lead: "group:xa"}}},
		{"a body of its own with the communes", "Ban quản lý chợ cùng các xã, phường kiểm tra an toàn thực phẩm.",
			[]want{{text: "kiểm tra an toàn", coords: "group:xa", warn: "Ban quản lý chợ"}}},
	})
}

func TestClassTheLocalGovernments(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the Party committees and governments of the communes", "Chủ tịch UBND tỉnh yêu cầu cấp ủy, chính quyền địa phương theo dõi sát diễn biến mưa lũ.",
			[]want{{text: "theo dõi sát", lead: "group:xa"}}},
		{"the grassroots governments", "Đề nghị các chính quyền cơ sở rà soát hộ nghèo.",
			[]want{{text: "rà soát hộ nghèo", lead: "group:xa"}}},
		{"the guidance of the Party and the government names no one", "Nhờ sự chỉ đạo của cấp ủy, chính quyền, sản xuất nông nghiệp phát triển khá.\n\nĐề nghị Sở Y tế kiểm tra an toàn thực phẩm.",
			[]want{{text: "kiểm tra an toàn", lead: "syt"}}},
	})
}

// cellsDirectory is a commune whose villages are registered by their
// Party cells.
func cellsDirectory() *tasks.Directory {
	return tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "vp", Name: "Văn phòng Đảng ủy xã", Kind: tasks.KindKhac},
		{ID: 2, Code: "cb1", Name: "Chi bộ thôn 1", Kind: tasks.KindThon},
		{ID: 3, Code: "cb2", Name: "Chi bộ thôn 2", Kind: tasks.KindThon},
	})
}

func TestClassThePartyCells(t *testing.T) {
	checkClasses(t, cellsDirectory(), []classCase{
		{"the cells of the villages", "Đảng ủy xã yêu cầu các chi bộ tổ chức sinh hoạt chuyên đề về chuyển đổi số.",
			[]want{{text: "sinh hoạt chuyên đề", lead: "group:thon"}}},
	})
	checkClasses(t, councilDirectory(), []classCase{
		{"no cell registered", "Đảng ủy phường yêu cầu các chi bộ tổ chức sinh hoạt chuyên đề.",
			[]want{{text: "sinh hoạt chuyên đề"}}},
	})
}

func TestClassForcesNamedAloneInASchedule(t *testing.T) {
	checkClasses(t, forcesDirectory(), []classCase{
		{"a day's line of a schedule", "Lịch kiểm tra công tác phòng cháy:\n\n- Ngày 25/8/2025: Công an, Quân sự\n\n- Ngày 26/8/2025: Phòng Kinh tế",
			[]want{{text: "Công an, Quân sự", lead: "ca", coords: "qs", deadline: "2025-08-25 23:59"}, {text: "Phòng Kinh tế", lead: "kt", deadline: "2025-08-26 23:59"}}},
		{"the village police officers are no police unit", "Công an viên các thôn tăng cường tuần tra.",
			[]want{{text: "tăng cường tuần tra", lead: "group:thon"}}},
	})
}

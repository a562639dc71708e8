package directives

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/dondoc/dondoc/tasks"
)

func ruleDirectory() *tasks.Directory {
	return tasks.NewDirectory([]tasks.Unit{
		{ID: 1, Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Aliases: []string{"Phòng Kinh tế – Hạ tầng", "KT-HT", "Phòng KTHT"}, Kind: tasks.KindPhong},
		{ID: 2, Code: "tckh", Name: "Phòng Tài chính – Kế hoạch", Aliases: []string{"TC-KH", "Phòng TCKH"}, Kind: tasks.KindPhong},
		{ID: 3, Code: "nnptnt", Name: "Phòng Nông nghiệp và Phát triển nông thôn", Aliases: []string{"Phòng NN&PTNT", "Cơ quan thường trực BCĐ xây dựng NTM huyện"}, Kind: tasks.KindPhong},
		{ID: 4, Code: "vp", Name: "Văn phòng HĐND và UBND huyện", Aliases: []string{"Văn phòng HĐND, UBND huyện"}, Kind: tasks.KindKhac},
		{ID: 5, Code: "mttq", Name: "Ủy ban MTTQ huyện", Aliases: []string{"MTTQ huyện"}, Kind: tasks.KindDoanThe},
		{ID: 6, Code: "phunu", Name: "Hội Liên hiệp Phụ nữ huyện", Kind: tasks.KindDoanThe},
		{ID: 7, Code: "quanglam", Name: "UBND xã Quảng Lâm", Kind: tasks.KindXa},
		{ID: 8, Code: "damha", Name: "UBND xã Đầm Hà", Kind: tasks.KindXa},
		{ID: 9, Code: "tanbinh", Name: "UBND xã Tân Bình", Kind: tasks.KindXa},
	})
}

// meeting is Thursday 07/01/2021, the date of seed 003.
func meeting(t *testing.T) time.Time {
	return time.Date(2021, 1, 7, 0, 0, 0, 0, hcm(t))
}

// want is a directive as a test expects it; owners are keys, "" for none.
type want struct {
	text     string // a part of the text
	lead     string
	coords   string // keys joined by ","
	deadline string // "2006-01-02 15:04" in the zone, "" for none
	recur    string
	warn     string // a part of one warning
}

func checkExtract(t *testing.T, name, text string, wants []want) {
	t.Helper()
	checkExtractIn(t, name, text, ruleDirectory(), meeting(t), wants)
}

// checkExtractIn is checkExtract with a directory and a meeting date.
func checkExtractIn(t *testing.T, name, text string, dir *tasks.Directory, date time.Time, wants []want) {
	t.Helper()
	got := Extract(text, dir, date)
	if len(got) != len(wants) {
		var texts []string
		for _, d := range got {
			texts = append(texts, d.Text)
		}
		t.Errorf("%s: %d directives, want %d:\n  %s", name, len(got), len(wants), strings.Join(texts, "\n  "))
		return
	}
	for i, w := range wants {
		d := got[i]
		if !strings.Contains(d.Text, w.text) {
			t.Errorf("%s[%d]: text %q does not contain %q", name, i, d.Text, w.text)
		}
		lead := ""
		if d.Lead != nil {
			lead = d.Lead.Key()
		}
		if lead != w.lead {
			t.Errorf("%s[%d] %q: lead %q, want %q", name, i, d.Text, lead, w.lead)
		}
		var cs []string
		for _, o := range d.Coordinators {
			cs = append(cs, o.Key())
		}
		if c := strings.Join(cs, ","); c != w.coords {
			t.Errorf("%s[%d] %q: coordinators %q, want %q", name, i, d.Text, c, w.coords)
		}
		dl := ""
		if d.Deadline != nil {
			dl = d.Deadline.Time.Format("2006-01-02 15:04")
		}
		if dl != w.deadline {
			t.Errorf("%s[%d] %q: deadline %q, want %q", name, i, d.Text, dl, w.deadline)
		}
		if r := string(d.Recurrence()); r != w.recur {
			t.Errorf("%s[%d]: recurrence %q, want %q", name, i, r, w.recur)
		}
		if w.warn != "" {
			found := false
			for _, x := range d.Warnings {
				found = found || strings.Contains(x.Text, w.warn)
			}
			if !found {
				t.Errorf("%s[%d]: warnings %v lack %q", name, i, d.Warnings, w.warn)
			}
		}
	}
}

func TestSplitting(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"numbered items", "1. Phòng KTHT rà soát hệ thống chiếu sáng.\n2. Phòng TCKH bố trí kinh phí.\n3) Văn phòng HĐND, UBND huyện theo dõi, đôn đốc.",
			[]want{{text: "Phòng KTHT rà soát", lead: "ktht"}, {text: "bố trí kinh phí", lead: "tckh"}, {text: "theo dõi", lead: "vp"}}},
		{"letters and bullets", "a) Phòng KTHT rà soát hồ sơ;\nb) Phòng TCKH thẩm định;\n- MTTQ huyện vận động nhân dân\n• Hội Liên hiệp Phụ nữ huyện tuyên truyền",
			[]want{{lead: "ktht"}, {lead: "tckh"}, {lead: "mttq"}, {lead: "phunu"}}},
		{"semicolons", "Phòng KTHT lập kế hoạch chỉnh trang; Phòng TCKH bố trí kinh phí; Văn phòng HĐND, UBND huyện tổng hợp.",
			[]want{{lead: "ktht"}, {lead: "tckh"}, {lead: "vp"}}},
		{"sentences, also without a space", "Phòng KTHT lập kế hoạch chỉnh trang.Phòng TCKH bố trí kinh phí! Văn phòng HĐND, UBND huyện tổng hợp báo cáo.",
			[]want{{lead: "ktht"}, {lead: "tckh"}, {lead: "vp"}}},
		{"a wrapped line is one directive", "Phòng KTHT chủ trì lập kế hoạch chỉnh trang lề đường,\nrãnh thoát nước trước 30/1/2021.",
			[]want{{text: "lề đường, rãnh thoát nước", lead: "ktht", deadline: "2021-01-30 23:59"}}},
		{"dates and abbreviations do not end a sentence", "Phòng KTHT làm việc với TP. Hạ Long, báo cáo trước 15.01.2021.",
			[]want{{text: "TP. Hạ Long", lead: "ktht", deadline: "2021-01-15 23:59"}}},
		{"a colon that opens a list", "Kết luận: 1. Phòng KTHT rà soát hồ sơ; 2. Phòng TCKH thẩm định.",
			[]want{{lead: "ktht"}, {lead: "tckh"}}},
		{"two deadlines, two pieces of work", "Giao Phòng TCKH tổng hợp đăng ký của các xã, gửi Văn phòng HĐND, UBND huyện trước 17h thứ 5 hàng tuần, tổng hợp kết quả báo cáo UBND huyện trước 10h thứ 2 hàng tuần.",
			[]want{{text: "tổng hợp đăng ký", lead: "tckh", deadline: "2021-01-07 17:00", recur: "weekly"},
				{text: "Tổng hợp kết quả", lead: "tckh", deadline: "2021-01-11 10:00", recur: "weekly", warn: "phần đầu của câu: “Phòng Tài chính – Kế hoạch”"}}},
		{"a deadline with a lead word after a comma starts a piece of work", "Xã Quảng Lâm phấn đấu cuối năm 2021 hoàn thành 15/20 tiêu chí, đến tháng 8/2022 Quảng Lâm về đích nông thôn mới.",
			[]want{{text: "15/20 tiêu chí", lead: "quanglam", deadline: "2021-12-31 23:59"}, {text: "Đến tháng 8/2022", lead: "quanglam", deadline: "2022-08-31 23:59"}}},
		{"a new request in the same sentence", "Giao Phòng KTHT hỗ trợ xã thực hiện tiêu chí giao thông và đề nghị xã Quảng Lâm cần vào cuộc quyết liệt hơn nữa.",
			[]want{{text: "hỗ trợ xã", lead: "ktht"}, {text: "Xã Quảng Lâm cần", lead: "quanglam"}}},
		{"an owner heading over bullets", "3. UBND xã Quảng Lâm:\n- Tập trung chăm sóc cây trồng;\n- Báo cáo thiệt hại trước 16h thứ Sáu hằng tuần.\n4. Phòng TCKH bố trí kinh phí.",
			[]want{{text: "chăm sóc", lead: "quanglam", warn: "tiêu đề của mục: “UBND xã Quảng Lâm”"}, {text: "Báo cáo thiệt hại", lead: "quanglam", deadline: "2021-01-08 16:00", recur: "weekly"}, {lead: "tckh"}}},
		{"the recipients of a notice are not directives", "Phòng KTHT rà soát hồ sơ.\n\nNơi nhận:\n- Như trên;\n- Phòng TCKH;\n- Lưu: VT.",
			[]want{{lead: "ktht"}}},
	}
	for _, tt := range tests {
		checkExtract(t, tt.name, tt.text, tt.want)
	}
}

func TestDirectiveOrNarrative(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"past results are narrative", "Năm 2020, huyện đã hoàn thành 9/9 tiêu chí. Xã Quảng Lâm đạt được nhiều kết quả.", nil},
		{"criticism is narrative", "Việc phát động phong trào còn hạn chế, sự phối hợp giữa xã với các phòng chưa rõ nét.", nil},
		{"chairing a meeting is narrative", "Đồng chí Chủ tịch UBND huyện chủ trì cuộc họp.", nil},
		{"a petition to the district is not a directive", "Xã Quảng Lâm đề nghị huyện quan tâm hỗ trợ kinh phí.", nil},
		{"the time of an event opens a report", "Sáng ngày 7/1/2021, UBND huyện tổ chức họp Tổ xây dựng hồ sơ.", nil},
		{"a caption is not a directive", "Đồng chí Bí thư Huyện ủy kết luận buổi làm việc", nil},
		{"a title is not a directive", "THÔNG BÁO", nil},
		{"a title in capitals is not a directive", "Phòng KTHT rà soát hồ sơ.\nTHÔNG BÁO KẾT LUẬN CUỘC HỌP", []want{{lead: "ktht"}}},
		{"a request is a directive", "Đồng chí Chủ tịch yêu cầu các xã tập trung chăm sóc cây trồng.",
			[]want{{text: "Các xã tập trung", lead: "group:xa"}}},
		{"a modal is a directive", "Về tiêu chí điện, cần tiếp tục rà soát hạ tầng.",
			[]want{{text: "Về tiêu chí điện, cần tiếp tục", warn: "Chưa xác định được đơn vị chủ trì"}}},
		{"a verb after a directive is a directive", "Phòng KTHT cần rà soát hồ sơ. Tiếp tục triển khai các giải pháp. Duy trì chế độ giao ban.",
			[]want{{lead: "ktht"}, {text: "Tiếp tục", lead: "ktht"}, {text: "Duy trì", lead: "ktht"}}},
		{"a verb after a report is a report", "Huyện đã ban hành Nghị quyết. Tổ chức ngày hội việc làm cho 1.100 lao động.", nil},
		{"a continued report stays a report", "Chương trình nông thôn mới được triển khai tích cực; huyện đã tổ chức công bố; chỉ đạo các xã hoàn thiện hồ sơ.", nil},
		{"goals are directives", "Phấn đấu cuối năm 2021 phải hoàn thành 15/20 tiêu chí.",
			[]want{{text: "Phấn đấu", deadline: "2021-12-31 23:59"}}},
	}
	for _, tt := range tests {
		checkExtract(t, tt.name, tt.text, tt.want)
	}
}

func TestOwners(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"by code", "KTHT rà soát hồ sơ.", []want{{lead: "ktht"}}},
		{"by name", "Phòng Kinh tế và Hạ tầng rà soát hồ sơ.", []want{{lead: "ktht"}}},
		{"by alias with a dash", "Phòng Kinh tế – Hạ tầng rà soát hồ sơ.", []want{{lead: "ktht"}}},
		{"without diacritics, in capitals", "PHONG KINH TE HA TANG ra soat ho so.", []want{{lead: "ktht"}}},
		{"in NFD", norm.NFD.String("Phòng Kinh tế – Hạ tầng rà soát hồ sơ."), []want{{lead: "ktht"}}},
		{"a short name", "Quảng Lâm tập trung hoàn thiện hồ sơ.", []want{{lead: "quanglam"}}},
		{"group: communes", "UBND các xã, thị trấn rà soát hồ sơ.", []want{{lead: "group:xa"}}},
		{"group: departments", "Các phòng, ban chuyên môn rà soát hồ sơ.", []want{{lead: "group:phong"}}},
		{"group: every unit", "Các cơ quan, đơn vị rà soát hồ sơ.", []want{{lead: "group:all"}}},
		{"group: front and mass organisations", "MTTQ và các đoàn thể vận động nhân dân.", []want{{lead: "group:doanthe"}}},
		{"group: every department and unit", "Giao nhiệm vụ cho từng phòng, ban, đơn vị hỗ trợ xã.", []want{{lead: "group:all"}}},
		{"the unit after giao leads", "Giao Phòng TCKH chủ trì thẩm định dự toán.", []want{{text: "Phòng TCKH chủ trì", lead: "tckh"}}},
		{"giao … cho", "Đồng chí Chủ tịch giao nhiệm vụ cho Phòng TCKH thẩm định dự toán.", []want{{lead: "tckh"}}},
		{"the speaker is not an owner", "Văn phòng HĐND, UBND huyện đề nghị Phòng KTHT rà soát hồ sơ.", []want{{lead: "ktht"}}},
		{"phối hợp với", "Phòng KTHT chủ trì, phối hợp với Phòng TCKH và UBND các xã rà soát hồ sơ.",
			[]want{{lead: "ktht", coords: "tckh,group:xa"}}},
		{"phối hợp without với", "Phòng KTHT phối hợp MTTQ huyện tuyên truyền.", []want{{lead: "ktht", coords: "mttq"}}},
		{"joint subjects", "Xã Quảng Lâm và xã Đầm Hà cần hoàn thiện hồ sơ.", []want{{lead: "quanglam", coords: "damha"}}},
		{"units the directive asks to act coordinate", "Phòng KTHT lập kế hoạch yêu cầu các xã chỉnh trang lề đường.",
			[]want{{lead: "ktht", coords: "group:xa"}}},
		{"gửi về: a recipient", "Các xã gửi báo cáo về Cơ quan thường trực BCĐ xây dựng NTM huyện trước 15/1.",
			[]want{{lead: "group:xa", deadline: "2021-01-15 23:59"}}},
		{"báo cáo: a recipient", "Phòng KTHT rà soát, báo cáo Phòng TCKH.", []want{{lead: "ktht"}}},
		{"trình: a recipient", "Phòng KTHT lập kế hoạch để trình Văn phòng HĐND, UBND huyện.", []want{{lead: "ktht"}}},
		{"cho: a beneficiary", "Phòng TCKH bố trí kinh phí cho xã Quảng Lâm.", []want{{lead: "tckh"}}},
		{"hướng dẫn: a beneficiary", "Phòng NN&PTNT hướng dẫn các xã xây dựng kế hoạch.", []want{{lead: "nnptnt"}}},
		{"của: only mentioned", "Phòng KTHT tổng hợp kết quả của các xã.", []want{{lead: "ktht"}}},
		{"do … + verb: the agent", "Ngày thứ 7 ra quân do xã Tân Bình triển khai.", []want{{lead: "tanbinh", deadline: "2021-01-09 23:59"}}},
		{"do … without a verb: a cause", "Báo cáo thiệt hại do xã Đầm Hà.", []want{{warn: "Chưa xác định"}}},
		{"an unknown lead is never guessed", "Phòng Văn hóa XYZ tổ chức hội báo xuân.",
			[]want{{warn: "Không tìm thấy “Phòng Văn hóa XYZ”"}}},
		{"an unknown addressee", "Đồng chí Bí thư đề nghị xã cần khắc phục khó khăn.", []want{{warn: "Không tìm thấy “xã”"}}},
		{"an unknown coordinator", "Phòng KTHT phối hợp với Công an huyện kiểm tra an toàn giao thông.",
			[]want{{lead: "ktht", warn: "đơn vị phối hợp “Công an huyện”"}}},
		{"semicolon items take the addressee of the request", "Đồng chí yêu cầu Phòng KTHT rà soát hồ sơ; lập kế hoạch chỉnh trang; Phòng TCKH bố trí kinh phí.",
			[]want{{lead: "ktht"}, {text: "Lập kế hoạch", lead: "ktht", warn: "phần đầu của câu"}, {lead: "tckh"}}},
		{"a new sentence of the same request takes it too, with a warning", "Đồng chí yêu cầu Phòng KTHT rà soát hồ sơ. Lập kế hoạch chỉnh trang.",
			[]want{{lead: "ktht"}, {text: "Lập kế hoạch", lead: "ktht", warn: "câu trước cùng đoạn"}}},
		{"a new sentence on another topic does not", "Đồng chí yêu cầu Phòng KTHT rà soát hồ sơ. Về đất đai, lập kế hoạch thu hồi đất.",
			[]want{{lead: "ktht"}, {text: "lập kế hoạch thu hồi"}}},
	}
	for _, tt := range tests {
		checkExtract(t, tt.name, tt.text, tt.want)
	}
}

func TestDeadlines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a date", "Phòng KTHT hoàn thành trước ngày 30/01/2021.", []want{{lead: "ktht", deadline: "2021-01-30 23:59"}}},
		{"a date without a year is the next one", "Phòng KTHT hoàn thành trước 15/1.", []want{{lead: "ktht", deadline: "2021-01-15 23:59"}}},
		{"a time", "Phòng KTHT báo cáo trước 17h ngày 15/1/2021.", []want{{lead: "ktht", deadline: "2021-01-15 17:00"}}},
		{"a period", "Phòng KTHT hoàn thành trong quý I/2021.", []want{{lead: "ktht", deadline: "2021-03-31 23:59"}}},
		{"without diacritics", "Phong KTHT bao cao truoc 17h thu 5 tuan sau.", []want{{lead: "ktht", deadline: "2021-01-14 17:00"}}},
		{"weekly", "Phòng KTHT báo cáo trước 17h thứ 5 hàng tuần.", []want{{lead: "ktht", deadline: "2021-01-07 17:00", recur: "weekly"}}},
		{"monthly", "Văn phòng HĐND, UBND huyện tổng hợp vào ngày 25 hằng tháng.", []want{{lead: "vp", deadline: "2021-01-25 23:59", recur: "monthly"}}},
		{"quarterly", "Phòng TCKH báo cáo định kỳ hàng quý.", []want{{lead: "tckh", deadline: "2021-03-31 23:59", recur: "quarterly"}}},
		{"several cycles give no deadline", "Phòng KTHT duy trì giao ban hàng tuần, hàng tháng, hàng quý.",
			[]want{{lead: "ktht", warn: "Câu nêu nhiều chu kỳ (“hàng tuần, hàng tháng, hàng quý”) nên chưa đặt thời hạn; xin ghi một thời hạn cụ thể."}}},
		{"an impossible date gives no deadline and a warning", "Phòng KTHT báo cáo trước ngày 30/2/2021.",
			[]want{{lead: "ktht", warn: "Thời hạn “trước ngày 30/2/2021” không hợp lệ (ngày 30/02/2021 không tồn tại"}}},
		{"an impossible hour", "Phòng KTHT báo cáo trước 25h ngày 15/1.", []want{{lead: "ktht", warn: "25 giờ không tồn tại"}}},
		{"a deadline before the meeting is a typing error: kept as written with a warning, not set", "Phòng KTHT hoàn thành trước 15/12/2020.",
			[]want{{lead: "ktht", warn: "đã qua"}}},
		{"a start is not a deadline", "Phòng KTHT rà soát hồ sơ từ năm 2011.", []want{{lead: "ktht"}}},
		{"a frame opening the sentence applies to its items", "Về nhiệm vụ từ nay đến cuối tháng, đồng chí yêu cầu Phòng KTHT rà soát hồ sơ; lập kế hoạch.",
			[]want{{lead: "ktht", deadline: "2021-01-31 23:59"}, {lead: "ktht", deadline: "2021-01-31 23:59", warn: "Thời hạn được lấy"}}},
		{"a parallel weekday", "Các xã ra quân vào thứ 4 hàng tuần, ngày thứ 7 làm vệ sinh do xã Tân Bình triển khai.",
			[]want{{lead: "group:xa", deadline: "2021-01-13 23:59", recur: "weekly"}, {text: "Ngày thứ 7", lead: "tanbinh", deadline: "2021-01-09 23:59", recur: "weekly"}}},
	}
	for _, tt := range tests {
		checkExtract(t, tt.name, tt.text, tt.want)
	}
}

func TestDeadlineTextIsKeptAsWritten(t *testing.T) {
	ds := Extract("Phòng KTHT báo cáo TRƯỚC NGÀY 30/2/2021.", ruleDirectory(), meeting(t))
	if len(ds) != 1 || ds[0].Deadline != nil || ds[0].DeadlineText != "TRƯỚC NGÀY 30/2/2021" {
		t.Fatalf("got %+v", ds)
	}
	ds = Extract("Phòng KTHT báo cáo trước 17h thứ 5 hàng tuần.", ruleDirectory(), meeting(t))
	if len(ds) != 1 || ds[0].DeadlineText != "trước 17h thứ 5 hàng tuần" {
		t.Fatalf("got %+v", ds)
	}
}

func TestUnitsForTasks(t *testing.T) {
	ds := Extract("UBND các xã, thị trấn chủ trì, phối hợp với xã Quảng Lâm và Phòng KTHT rà soát hồ sơ.", ruleDirectory(), meeting(t))
	if len(ds) != 1 {
		t.Fatalf("%d directives", len(ds))
	}
	if n := len(ds[0].LeadUnits()); n != 2 || !ds[0].LeadExcludes() {
		t.Errorf("lead units = %d, want the 2 communes other than Quảng Lâm, which coordinates", n)
	}
	var co []string
	for _, u := range ds[0].CoordinatorUnits() {
		co = append(co, u.Code)
	}
	if strings.Join(co, " ") != "quanglam ktht" {
		t.Errorf("coordinator units = %v, want quanglam ktht", co)
	}
	// A unit named both as lead and as coordinator leads.
	ds = Extract("Phòng KTHT chủ trì, phối hợp với Phòng KTHT và xã Quảng Lâm rà soát hồ sơ.", ruleDirectory(), meeting(t))
	if len(ds) != 1 || len(ds[0].LeadUnits()) != 1 || ds[0].LeadExcludes() || len(ds[0].CoordinatorUnits()) != 1 {
		t.Errorf("got %+v", ds)
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, s := range []string{"", "   \n\n ", ".;:", "1.", "- ", "Nơi nhận:", strings.Repeat("; ", 100)} {
		if ds := Extract(s, ruleDirectory(), meeting(t)); len(ds) != 0 {
			t.Errorf("Extract(%q) = %+v", s, ds)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Phòng KTHT chủ trì, phối hợp với các xã rà soát trước 15/1/2021.",
		"1. Giao Phòng TCKH tổng hợp, gửi UBND huyện trước 17h thứ 5 hàng tuần, tổng hợp kết quả trước 10h thứ 2 hàng tuần; Phối hợp MTTQ và các đoàn thể.",
		"3. UBND các xã:\n- Tập trung;\n- Báo cáo.",
		"Về nhiệm vụ từ nay đến cuối năm, đồng chí yêu cầu các phòng ban; Phát động; Rà soát.",
		"vào thứ 4 hàng tuần, ngày thứ 7",
	} {
		f.Add(s)
	}
	dir := ruleDirectory()
	ref := time.Date(2021, 1, 7, 0, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range Extract(s, dir, ref) {
			if d.Text == "" {
				t.Errorf("empty directive from %q", s)
			}
			if _, err := NewLine(d, ref.Location()).Marshal(); err != nil {
				t.Error(err)
			}
		}
	})
}

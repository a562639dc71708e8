package deadline

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Meeting dates of the seed articles.
var (
	ref001 = time.Date(2019, 7, 9, 8, 0, 0, 0, ict)
	ref002 = time.Date(2021, 4, 8, 8, 0, 0, 0, ict)
	ref003 = time.Date(2021, 1, 7, 8, 0, 0, 0, ict)
	ref000 = time.Date(2023, 2, 6, 8, 0, 0, 0, ict)
	ref004 = time.Date(2022, 10, 3, 8, 0, 0, 0, ict)
)

func TestFind(t *testing.T) {
	tests := []struct {
		text, wantText string
		ref            time.Time
		want           string
		weekly         time.Weekday // checked when want is "rule"
	}{
		{
			text:     "các cơ quan, đơn vị cần hoàn thiện các báo cáo gửi về Cơ quan thường trực BCĐ xây dựng NTM huyện trước 15/1/2021 để trình UBND huyện",
			wantText: "trước 15/1/2021", ref: ref003, want: "2021-01-15 23:59:59",
		},
		{
			text: "Kết luận cuộc họp, đồng chí Trần Việt Dũng đề nghị các cơ quan, đơn vị cần rà sát lại quá trình 10 năm xây dựng NTM; " +
				"các cơ quan, phòng ban căn cứ QĐ của tỉnh phối hợp với UBND các xã rà soát hoàn thiện hồ sơ xây dựng và về đích NTM từ năm 2011; " +
				"các cơ quan, đơn vị cần hoàn thiện các báo cáo gửi về Cơ quan thường trực BCĐ xây dựng NTM huyện trước 15/1/2021 để trình UBND huyện; " +
				"Trung tâm TT&VH tham mưu xây dựng video về quá trình xây dựng NTM của huyện từ năm 2010 đến nay.",
			wantText: "trước 15/1/2021", ref: ref003, want: "2021-01-15 23:59:59",
		},
		{
			text:     "huy động cả hệ thống chính trị và người dân cùng vào cuộc phấn đấu cuối năm 2019 phải hoàn thành 15/20 tiêu chí, 45/53 chỉ tiêu.",
			wantText: "cuối năm 2019", ref: ref001, want: "2019-12-31 23:59:59",
		},
		{
			text:     "đề nghị xã Quảng Lâm và các phòng ban đơn vị cần vào cuộc quyết liệt hơn nữa, phấn đấu cuối năm 2019 phải hoàn thành 15/20 tiêu chí, 45/53 chỉ tiêu, đến tháng 8/2020 Quảng Lâm sẽ về đích nông thôn mới.",
			wantText: "đến tháng 8/2020", ref: ref001, want: "2020-08-31 23:59:59",
		},
		{
			text:     "Về nhiệm vụ trọng tâm từ nay đến cuối năm, đồng chí Bí thư Huyện ủy yêu cầu các phòng ban chuyên môn của huyện phối hợp với xã thống kê;",
			wantText: "từ nay đến cuối năm", ref: ref001, want: "2019-12-31 23:59:59",
		},
		{
			text:     "Đồng thời đề ra mục tiêu phấn đấu trở thành huyện NTM kiểu mẫu vào năm 2025.",
			wantText: "vào năm 2025", ref: ref000, want: "2025-12-31 23:59:59",
		},
		{
			text:     "Các đoàn công tác thường xuyên chỉ đạo, giám sát, chịu trách nhiệm về kết quả của các xã phấn đấu đạt NTM nâng cao, kiểu mẫu trong năm 2021.",
			wantText: "trong năm 2021", ref: ref002, want: "2021-12-31 23:59:59",
		},
		{
			text: "Giao văn phòng điều phối NTM huyện tổng hợp đăng ký ra quân hàng tuần của các địa phương, gửi Thường trực BCĐ, lãnh đạo UBND huyện, " +
				"các đoàn công tác, các phòng, ngành đoàn thể cấp huyện trước 17h ngày thứ 5 hàng tuần, tổng hợp kết quả báo cáo Thường trực BCĐ huyện trước 10h ngày thứ 2 hàng tuần;",
			wantText: "trước 17h ngày thứ 5 hàng tuần", ref: ref002, want: "rule", weekly: time.Thursday,
		},
		{
			text:     "tổng hợp kết quả báo cáo Thường trực BCĐ huyện trước 10h ngày thứ 2 hàng tuần; Phối hợp MTTQ và các đoàn thể chỉ đạo các xã",
			wantText: "trước 10h ngày thứ 2 hàng tuần", ref: ref002, want: "rule", weekly: time.Monday,
		},
		{
			text:     "Toàn hệ thống chính trị từ huyện đến xã triển khai ngày về cơ sở chỉnh trang, phát triển kinh tế vườn hộ vào thứ 4 hàng tuần, ngày thứ 7 xây dựng NTM do cơ sở triển khai;",
			wantText: "vào thứ 4 hàng tuần", ref: ref002, want: "rule", weekly: time.Wednesday,
		},
		{
			text:     "huyện Thạch Hà cũng đã xác định rõ mục tiêu, nhiệm vụ trọng tâm Quý II năm 2021 và thời gian tới, cụ thể phấn đấu hoàn thành các tiêu chí, phấn đấu đưa 5 xã đạt chuẩn NTM nâng cao",
			wantText: "Quý II năm 2021", ref: ref002, want: "2021-06-30 23:59:59",
		},
		{
			text:     "Sáng ngày 7/1/2021, UBND huyện tổ chức họp; yêu cầu các xã HOÀN THÀNH TRƯỚC 15/1/2021.",
			wantText: "HOÀN THÀNH TRƯỚC 15/1/2021", ref: ref003, want: "2021-01-15 23:59:59",
		},
		{
			text:     "Giao phong Noi vu bao cao UBND huyen truoc 17h thu 5 tuan sau.",
			wantText: "truoc 17h thu 5 tuan sau", ref: ref003, want: "2021-01-14 17:00:00",
		},
		{
			text:     norm.NFD.String("Đề nghị các xã gửi báo cáo chậm nhất là ngày 20 tháng 1 năm 2021 để tổng hợp."),
			wantText: norm.NFD.String("chậm nhất là ngày 20 tháng 1 năm 2021"), ref: ref003, want: "2021-01-20 23:59:59",
		},
		{
			text:     "Phòng Tài chính – Kế hoạch chủ trì, hoàn thành trong 10 ngày kể từ ngày ký.",
			wantText: "hoàn thành trong 10 ngày", ref: ref003, want: "2021-01-17 23:59:59",
		},
		{
			text:     "Giao phòng Kinh tế – Hạ tầng rà soát, báo cáo trong tháng 2/2021; năm 2022 tiếp tục thực hiện.",
			wantText: "trong tháng 2/2021", ref: ref003, want: "2021-02-28 23:59:59",
		},
		{
			text:     "Trong năm 2021 hoàn thành hồ sơ, riêng phần báo cáo xong trước 17h ngày 20/1.",
			wantText: "xong trước 17h ngày 20/1", ref: ref003, want: "2021-01-20 17:00:00",
		},
		{
			text:     "Báo cáo 6 tháng đầu năm gửi UBND huyện.",
			wantText: "6 tháng đầu năm", ref: ref003, want: "2021-06-30 23:59:59",
		},
		{
			text:     "Duy trì chế độ giao ban hàng tuần, hàng tháng, hàng quý",
			wantText: "hàng tuần", ref: ref002, want: "rule", weekly: time.Sunday,
		},
		{
			text:     "Văn phòng nộp báo cáo 15/1 cho Thường trực.",
			wantText: "15/1", ref: ref003, want: "2021-01-15 23:59:59",
		},
	}
	for _, tt := range tests {
		d, ok, err := Find(tt.text, tt.ref)
		if err != nil || !ok {
			t.Errorf("Find(%q) = ok %v, err %v", tt.text, ok, err)
			continue
		}
		if d.Text != tt.wantText {
			t.Errorf("Find(%q).Text = %q, want %q", tt.text, d.Text, tt.wantText)
		}
		checkSpan(t, tt.text, d)
		if tt.want == "rule" {
			if d.Rule == nil || d.Rule.Freq != Weekly || d.Rule.Weekday != tt.weekly && d.Rule.HasWeekday {
				t.Errorf("Find(%q).Rule = %+v, want weekly %v", tt.text, d.Rule, tt.weekly)
			}
			continue
		}
		if got := d.Time.Format(layout); got != tt.want {
			t.Errorf("Find(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestFindRuleTimes(t *testing.T) {
	d, ok, _ := Find("gửi Thường trực BCĐ trước 17h ngày thứ 5 hàng tuần", ref002)
	want := Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}
	if !ok || d.Rule == nil || *d.Rule != want {
		t.Fatalf("rule = %+v, want %+v", d.Rule, want)
	}
	if got := d.Time.Format(layout); got != "2021-04-08 17:00:00" {
		t.Errorf("first occurrence %s", got)
	}
}

func TestFindNegatives(t *testing.T) {
	tests := []struct {
		text string
		ref  time.Time
	}{
		{"Đến nay xã đã đạt 12/20 tiêu chí, 37/53 chỉ tiêu, hiện xã đang tập trung nguồn lực thực hiện tiêu chí về giao thông", ref001},
		{"phải hoàn thành 15/20 tiêu chí, 45/53 chỉ tiêu", ref001},
		{"đưa 11/13 sản phẩm OCOP từ 3 sao trở lên của các đơn vị, doanh nghiệp và HTX trên địa bàn huyện lên sàn Thương mại postmast.vn.", ref000},
		{"Qua rà soát  huyện đã hoàn thành 9/9 tiêu chí, 38/38 chỉ tiêu, về đích huyện NTM nâng cao.", ref000},
		{"Về Ocop tổ chức nghiệm thu thực hiện chính sách hỗ trợ chương trình Ocop theo NQ123 của HĐND tỉnh cho 7 cơ sở với 12 sản phẩm…", ref002},
		{"thực hiện Nghị quyết 123 của HĐND tỉnh", ref002},
		{"tổ chức cuộc bầu cử đại biểu QH khoa XV, HĐND các cấp nhiệm kỳ 2021- 2026 bám sát hướng dẫn của cấp trên….", ref002},
		{"đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 và phòng chống dịch bệnh", ref002},
		{"rà soát hoàn thiện hồ sơ xây dựng và về đích NTM từ năm 2011", ref003},
		{"Trung tâm TT&VH tham mưu xây dựng video về quá trình xây dựng NTM của huyện từ năm 2010 đến nay.", ref003},
		{"vẫn còn một số cơ quan chưa có báo cáo đánh giá trong 10 năm thực hiện xây dựng NTM, còn thiếu các hồ sơ minh chứng", ref003},
		{"cần rà sát lại quá trình 10 năm xây dựng NTM", ref003},
		{"xã tiếp tục tổ chức có hiệu quả các phong trào, hoạt động để hoàn thành các mục tiêu nhiệm vụ trong 90 ngày cao điểm xây dựng NTM", ref002},
		{"Chủ đề công tác năm 2020: \"Huyện Đầm Hà tự hào tiến bước dưới cờ Đảng\" - Chào mừng kỷ niệm 90 năm Ngày thành lập Đảng Cộng Sản Việt Nam (03/02/1930 - 03/02/2020)", ref001},
		{"Chủ đề công tác năm 2020: \"Huyện Đầm Hà tự hào tiến bước dưới cờ Đảng\" - Chào mừng kỷ niệm 90 năm Ngày thành lập Đảng Cộng Sản Việt Nam (03/02/1930 - 03/02/2020)", ref003},
		{"Sáng ngày 7/1/2021, UBND huyện tổ chức họp Tổ xây dựng hồ sơ công nhận huyện đạt chuẩn NTM", ref003},
		{"Sáng nay 8/4/2021, Ban Chỉ đạo Chương trình mục tiêu Quốc gia xây dựng NTM tổ chức cuộc làm việc", ref002},
		{"Thực hiện chương trình công tác tháng 7, sáng ngày 9/7/2019, Thường trực Huyện ủy đã có buổi làm việc", ref001},
		{"Mai Thắm (Trung tâm TT&VH)", ref000},
		{"Năm 2022, huyện Đầm Hà đã ban hành Nghị quyết, Kế hoạch", ref000},
		{"trong 9 tháng đã khám, chữa bệnh cho 41.806 lượt người", ref004},
		{"giải quyết việc làm cho 1.100 lao động, đạt 91,6% KH năm; hộ nghèo giảm xuống còn 0,32%.", ref004},
		{"chỉ đạo tổ chức đồng loạt bầu trưởng thôn, bản, khu phố trong cùng một ngày (5/6/2022) và đại hội chi bộ nhiệm kỳ 2022-2025", ref004},
		{"kịp thời biểu dương gương người tốt việc tốt trong xây dựng NTM", ref002},
		{"Đại hội lần thứ 2 của Hội", ref002},
		{"huyện xếp thứ 3 toàn tỉnh", ref002},
		{"tỷ lệ hộ nghèo giảm 1/2 so với đầu nhiệm kỳ", ref002},
		{"theo Quyết định số 15/1/2021/QĐ-UBND", ref002},
		{"thu 5 triệu đồng", ref002},
		{"lương tháng 13", ref002},
		{"Kính thưa quý vị đại biểu", ref002},
		{"tình hình dịch bệnh trong thời gian qua, trong năm qua", ref002},
		{"thực hiện đúng trong quy định, trong quy hoạch và trong quỹ đất", ref002},
		{"lực lượng tham gia trong tuần tra, canh gác", ref002},
		{"các hoạt động trong năm học mới", ref002},
		{"đến cuối quy trình", ref002},
		{"", ref002},
	}
	for _, tt := range tests {
		d, ok, err := Find(tt.text, tt.ref)
		if ok || err != nil {
			t.Errorf("Find(%q) = %q ok %v err %v, want nothing", tt.text, d.Text, ok, err)
		}
	}
}

func TestFindErrors(t *testing.T) {
	tests := []struct {
		text, wantText, mention string
	}{
		{"Yêu cầu phòng Kinh tế hoàn thành trước 30/2/2021.", "hoàn thành trước 30/2/2021", "30/02/2021"},
		{"nộp báo cáo trước ngày 30/2 cho UBND", "trước ngày 30/2", "30/02"},
		{"các xã gửi báo cáo ngày 31/4/2021", "ngày 31/4/2021", "31/04/2021"},
		{"báo cáo chậm nhất 25h ngày 15/1", "chậm nhất 25h ngày 15/1", "25 giờ"},
		{"hoàn thành trong tháng 13", "hoàn thành trong tháng 13", "tháng 13"},
		{"hoàn thành trước quý V/2021", "hoàn thành trước quý V/2021", "quý V"},
		{"HOAN THANH TRUOC 29/2/2023", "HOAN THANH TRUOC 29/2/2023", "29/02/2023"},
	}
	for _, tt := range tests {
		d, ok, err := Find(tt.text, ref003)
		if ok || err == nil {
			t.Errorf("Find(%q) = %v ok %v, want error", tt.text, d, ok)
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Find(%q) error %T", tt.text, err)
			continue
		}
		if !strings.Contains(e.Reason, tt.mention) {
			t.Errorf("Find(%q) reason %q does not mention %q", tt.text, e.Reason, tt.mention)
		}
		if d.Text != tt.wantText || e.Phrase != tt.wantText {
			t.Errorf("Find(%q) text %q phrase %q, want %q", tt.text, d.Text, e.Phrase, tt.wantText)
		}
		checkSpan(t, tt.text, d)
	}
}

// TestFindPrefersLead checks the choice between several expressions.
func TestFindPrefersLead(t *testing.T) {
	tests := []struct {
		text, want string
		lead       bool
	}{
		{"trong năm 2021, hoàn thành trước 15/3", "hoàn thành trước 15/3", true},
		{"trước 15/1 và trước 20/1", "trước 15/1", true},
		{"họp giao ban hàng tuần", "hàng tuần", false},
		{"hoàn thành trong 10 ngày", "hoàn thành trong 10 ngày", true},
		{"xong trong tháng", "xong trong tháng", true},
		{"chậm nhất là ngày 20/1", "chậm nhất là ngày 20/1", true},
	}
	for _, tt := range tests {
		d, ok, err := Find(tt.text, ref003)
		if !ok || err != nil || d.Text != tt.want || d.Lead != tt.lead {
			t.Errorf("Find(%q) = %q lead %v ok %v err %v, want %q lead %v", tt.text, d.Text, d.Lead, ok, err, tt.want, tt.lead)
		}
	}
}

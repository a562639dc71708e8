package deadline

// Folded (lower-case, unaccented) vocabulary the parser recognises.

// leadPhrases only mark the deadline: "trước", "chậm nhất", "hạn chót", "đến hết"…
var leadPhrases = phrases(
	"truoc", "cham nhat", "muon nhat", "han", "han chot", "han cuoi",
	"thoi han", "thoi han hoan thanh", "thoi gian hoan thanh", "den het", "het", "den", "trong", "vao", "kip",
	"deadline", "tu nay den", "tu nay den het", "tu nay cho den", "tu nay cho den het",
)

// moveWords before a day make it the day a thing is moved to, its new deadline: "chuyển sang
// thứ 2 ngày 17/10/2016", "dời sang ngày 20/6".
var moveWords = phrases("chuyen sang", "doi sang", "lui sang", "hoan sang", "hoan den", "doi lai")

// leadVerbs count as part of the lead only when a lead phrase or a duration follows:
// "hoàn thành trước", "xong trước", "hoàn thành trong 10 ngày".
var leadVerbs = phrases("hoan thanh", "hoan tat", "xong", "thuc hien xong")

// openLeads allow a bare unit after them: "trong tháng", "đến hết năm".
var openLeads = phrases("trong", "den het", "het")

// durationIntros start a duration: "trong 10 ngày", "sau 3 ngày", "thời hạn 30 ngày".
var durationIntros = phrases("trong", "trong vong", "trong thoi han", "trong thoi gian", "sau", "thoi han", "han",
	"khong qua", "trong thoi han khong qua", "toi da", "trong vong khong qua")

// hourlessIntros introduce a duration in days but, before hours, a time of day: "hạn 17h".
var hourlessIntros = phrases("thoi han", "han")

// durationStops after "trong 90 ngày" mean a named campaign or a past span, not a deadline.
var durationStops = phrases(
	"cao diem", "dem", "qua", "vua qua", "truoc", "thi dua", "ra quan", "thuc hien",
	"hanh dong", "le", "tet", "nghi", "da", "vua", "sang", "trua", "chieu", "toi",
)

// countNouns after "15/20" make it a count ("15/20 tiêu chí"), not a date.
var countNouns = phrases(
	"tieu chi", "chi tieu", "san pham", "xa", "ho", "thon", "ban", "khu", "don vi",
	"co quan", "nguoi", "lao dong", "truong", "cong trinh", "du an", "mo hinh", "phuong",
	"thi tran", "nhiem vu", "van ban", "ho so", "phieu", "diem", "phong", "nganh",
	"doanh nghiep", "hop tac xa", "htx", "sao", "vu", "lan", "tieu chuan", "noi dung",
	"muc tieu", "thanh vien", "dai bieu", "chi bo", "dang vien", "hoc sinh", "huyen",
	"tinh", "cum", "kdc", "khu dan cu", "hang muc", "goi thau", "km", "ha", "ty", "trieu",
	"so", "ca", "%", "dia phuong", "quan", "thanh pho", "co so", "truong hop", "thu tuc", "hoc vien",
)

// moneyWords after "thu 5" make "thu" the verb "collect", not a weekday.
var moneyWords = []string{"trieu", "ty", "nghin", "ngan", "dong", "usd", "%"}

// startWords before an expression make it a starting point: "từ năm 2011".
var startWords = phrases("tu", "ke tu", "tinh tu", "bat dau")

// ordinalWords before "thứ 2" make it an ordinal: "lần thứ 2", "xếp thứ 3".
var ordinalWords = []string{"lan", "ky", "khoa", "phien", "xep", "dung", "hang", "so", "buoc", "giai"}

// ratioWords before "1/2" make it a fraction: "giảm 1/2", "đạt 9/9".
var ratioWords = []string{"dat", "giam", "tang", "chiem", "bang", "hon", "khoang", "gan", "tren", "duoi", "con", "so"}

// dayparts follow a clock time ("8h30 sáng") or precede an event date ("sáng ngày 7/1").
var dayparts = []string{"sang", "trua", "chieu", "toi", "dem"}

// romanQuarters are quarter numerals; "v" is recognised only to be refused.
var romanQuarters = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}

// weekdayWords follow "thứ": "thứ hai" … "thứ bảy".
var weekdayWords = map[string]int{"hai": 1, "ba": 2, "tu": 3, "nam": 4, "sau": 5, "bay": 6}

// weekdaySpelling is how each of weekdayWords is written with its diacritics: written with another
// tone it is another word ("thứ tự", order, is no "thứ tư").
var weekdaySpelling = map[string]string{"hai": "hai", "ba": "ba", "tu": "tư", "nam": "năm", "sau": "sáu", "bay": "bảy"}

// relMods follow a unit: "tuần này", "tháng sau", "năm tới", "tuần trước".
var relMods = map[string]int{"nay": 0, "sau": 1, "toi": 1, "truoc": -1}

// unitCompounds after a bare unit word make it part of another word: "tuần tra", "năm học".
// A bare "quý" must end the phrase, as "quy"/"quỹ" begin too many words.
var unitCompounds = map[string][]string{
	"tuan":  {"tra", "hoan", "thu", "tu"},
	"thang": {"long", "tien", "bang", "hang", "tram", "canh", "chuc", "hoa"},
	"nam":   {"hoc", "tai", "thu", "ngay", "gio", "tuan", "thang", "nam", "muoi", "tram"},
}

// relativeDays are days counted from the reference day; a bare "mai" is also a name.
var relativeDays = []struct {
	words []string
	days  int
	weak  bool
}{
	{[]string{"ngay", "hom", "nay"}, 0, false},
	{[]string{"hom", "nay"}, 0, false},
	{[]string{"ngay", "mai"}, 1, false},
	{[]string{"ngay", "kia"}, 2, false},
	{[]string{"ngay", "mot"}, 2, false},
	{[]string{"mai"}, 1, true},
}

// afterFillers may stand between a deadline and a date or time it leaves unread: "15/1 hoặc 20/1".
var afterFillers = []string{",", ";", "hoac", "hay", "va", "(", "-"}

// beforeFillers may stand between a date or time and a deadline after it: "ngày 20/2, hạn 17h".
var beforeFillers = []string{",", "hoac", "hay"}

// dailyVerbs before a bare "hằng ngày" make it how often the task is done: "báo cáo hằng ngày".
var dailyVerbs = phrases(
	"bao cao", "cap nhat", "tong hop", "gui", "nop", "kiem tra", "theo doi", "giam sat", "thuc hien",
	"to chuc", "ra soat", "giao ban", "hop", "truc", "thong ke", "tuan tra", "ve sinh", "don dep",
	"phun", "cham soc", "tiep nhan", "xu ly", "thong tin", "tuyen truyen", "dang tai", "niem yet",
)

// dashDateLeads before "30-8" or "30.8" make it a date without a year: "trước ngày 30-8".
var dashDateLeads = []string{"ngay", "mung", "truoc", "han", "nhat", "het", "den", "la", "vao"}

// wordDateLeads before "15 tháng 3" make it a date without "ngày": "trước 15 tháng 3 năm 2026".
var wordDateLeads = []string{"truoc", "han", "nhat", "het", "den", "la"}

// tallyWords before an expression make it the moment a count was made, not a deadline:
// "tính đến ngày 24/11/2025, sở đã giải quyết …".
var tallyWords = phrases("tinh den", "tinh den het", "tinh toi", "tinh den ngay", "cap nhat den",
	"tinh den thoi diem", "luy ke den", "luy ke den het", "tu dau nam den", "tu dau nam den het")

// reviewWords earlier in a clause make a period without a lead word the period a report or
// meeting is about: "báo cáo kết quả … 6 tháng cuối năm 2020", "tình hình … tháng 02/2026".
var reviewWords = phrases("ket qua", "tinh hinh", "so ket", "tong ket", "danh gia", "kiem diem")

// taskNouns name the tasks a period may qualify: "các nhiệm vụ trong tháng 2".
var taskNouns = phrases("nhiem vu", "cong viec", "chi tieu", "nhiem vu trong tam")

// reviewVerbs earlier in a clause make the tasks named after them what is reviewed or set, not
// done: "rà soát các nhiệm vụ trong tháng 2", "xác định 18 chỉ tiêu chủ yếu trong năm 2024".
var reviewVerbs = phrases("ra soat", "danh gia", "kiem diem", "tong ket", "so ket", "xac dinh", "de ra", "phe duyet", "thong qua")

// doVerbs before tasks make a period after them the time to do them: "thực hiện tốt nhiệm vụ
// trọng tâm trong tháng 7", "hoàn thành các nhiệm vụ trong tháng 12".
var doVerbs = phrases("hoan thanh", "thuc hien", "trien khai", "xong", "giai quyet")

// targetWords earlier in a clause make a bare year the horizon of a goal or a vision, not a
// deadline: "với mục tiêu trở thành nước công nghiệp hiện đại vào năm 2030", "tầm nhìn đến năm
// 2045". A goal set as work ("đề ra mục tiêu phấn đấu … vào năm 2025") keeps its year.
var targetWords = phrases("voi muc tieu", "tam nhin")

// validityWords earlier in a clause make a duration a period of validity: "có hiệu lực thi
// hành sau 10 ngày kể từ ngày ký".
var validityWords = phrases("hieu luc", "co gia tri")

// refEvents after "kể từ (ngày)" are the reference itself (the text is received, signed or
// issued that day): "trong 10 ngày làm việc kể từ ngày nhận được văn bản". Any other event
// ("kể từ khi được giao đất") is one the text does not date.
var refEvents = phrases("nhan", "ky", "ban hanh", "phat hanh", "van ban nay")

// clauseEnds end the clause that context words are looked for in.
var clauseEnds = []string{".", ";", ":", "!", "?", "(", ")"}

// storyOpeners before a date that opens a text tell a story: "Vừa qua, ngày 18/11, …".
var storyOpeners = phrases("vua qua", "moi day", "hom qua")

// countSpans earlier in a clause make the dates after them the span a figure is counted over:
// "Báo cáo định kỳ hằng tháng là tính từ ngày 15 tháng trước đến ngày 14", "Các số liệu … tính từ
// tháng 9/2016 đến hết tháng 6/2021".
var countSpans = phrases("tinh tu")

// cutOffWords earlier in a clause make "đến (hết) ngày X" the cut-off of the data reported, not
// the deadline: "tổng hợp số liệu đến hết ngày 30/11/2025, gửi … trước ngày 05/12/2025".
var cutOffWords = phrases("so lieu", "chot so")

package directives

import (
	"strings"

	"github.com/dondoc/dondoc/tasks"
)

// Folded (lower-case, unaccented) vocabulary of directives. Phrases are
// matched on whole words; punctuation between words does not match.

// requestVerbs ask an addressee to act: "đề nghị các xã …", "giao phòng KTHT …".
var requestVerbs = phrases("yeu cau", "de nghi", "giao", "giao cho", "chi dao", "phan cong", "dieu dong",
	"giao nhiem vu", "giao nhiem vu cho", "giao trach nhiem", "giao trach nhiem cho", "uy quyen cho", "uy quyen", "chi dao va giao", "chi dao va giao nhiem vu cho",
	"chi dao giao", "chi dao giao cho", "chi dao giao nhiem vu cho")

// chairWords name the chair of the meeting as a speaker: "đồng chí Phó Chủ tịch".
var chairWords = phrases("dong chi", "chu tich", "pho chu tich", "lanh dao", "bi thu", "chu toa")

// reportWords show that a clause reports how work went: "đã giao … nhưng đến nay chưa …".
var reportWords = phrases("nhung", "tuy nhien", "den nay", "chua", "da hoan thanh", "ket qua", "song")

// notRequestAfterGiao are words that make "giao" part of another word:
// "giao thông", "giao ban", "bàn giao".
var notRequestAfterGiao = phrases("thong", "ban", "luu", "dich", "duc", "vien", "dat", "thuong", "tiep", "nhan", "ket", "khoan", "hang", "xu", "thoa", "lo", "tranh", "cat")

// requestNouns before "đề nghị"/"yêu cầu" make it a noun: "hồ sơ đề nghị", "đáp ứng yêu cầu".
var requestNouns = phrases("ho so", "to trinh", "van ban", "cong van", "dap ung", "theo", "dung", "cac", "nhung", "moi", "kien nghi", "de xuat", "y kien", "noi dung", "ve", "thoi gian")

// speechVerbs introduce what a speaker says; the subject starts again after them.
var speechVerbs = phrases("nhan manh", "ket luan", "chi ro", "luu y", "neu ro", "phat bieu", "khang dinh", "quan triet", "thong nhat",
	"truyen dat", "thong bao y kien", "thong bao ket luan", "thong bao noi dung", "thong bao mot so noi dung",
	"sao gui", "xin gui", "tran trong thong bao", "cho biet")

// petitionTargets after a request verb make it a petition to a higher level,
// not a directive: "đề nghị huyện quan tâm hỗ trợ".
var petitionTargets = phrases("huyen", "tinh", "cap tren", "trung uong", "ubnd huyen", "ubnd tinh", "so", "bo")

// modals mark the main predicate of a directive: "X cần …", "X chủ trì …".
var modals = phrases(
	"can", "can phai", "phai", "chi duoc", "co trach nhiem", "co nhiem vu", "chiu trach nhiem", "chu tri", "khan truong",
	"phan dau", "tham muu",
)

// weakModals mark a directive too, but also describe ("kết quả tích cực",
// "tiếp tục đạt được"): they count only before a verb and not after a noun
// made of a verb.
var weakModals = phrases(
	"tiep tuc", "tap trung", "chu dong", "thuong xuyen", "kip thoi", "quyet liet", "nghiem tuc",
	"tich cuc", "som", "uu tien", "de ra", "de ra muc tieu",
	"kien quyet", "nghiem khac", "triet de", "truc tiep", "nhanh chong", "khan cap", "sau sat", "chat che",
	"dong loat", "can than", "dut diem",
)

// verbs are actions that start a predicate ("rà soát", "tổng hợp").
var verbs = phrases(
	// verbs of office work any conclusion may use (issue 10: a general
	// lexicon, not the words of one text)
	"cham lo", "ung pho", "so hoa", "giu vung", "bo nhiem", "luan chuyen", "so ket", "tong ket", "tuan tra",
	"lay y kien", "gieo cay", "thu hoach", "tiem phong", "den bu", "long ghep", "binh on", "niem phong",
	"kiem ke", "dap dich", "diet", "truc ban", "ra pha", "tham tra", "cam moc", "cat giam",
	"trinh duyet", "doi soat", "khoa so", "tiet kiem",
	"ra soat", "ra sat", "hoan thien", "hoan thanh", "lap", "xay dung", "trien khai", "to chuc",
	"thuc hien", "thu hien", "day manh", "tang cuong", "kiem tra", "don doc", "tong hop", "bao cao",
	"gui", "trinh", "huong dan", "thong ke", "huy dong", "dieu chinh", "nghien cuu", "duy tri",
	"phat dong", "nhan rong", "giam sat", "cap nhat", "van dong", "dang ky", "dam bao", "bao dam",
	"xu ly", "de xuat", "can cu", "cu the hoa", "giup do", "ho tro", "bam sat", "ra quan",
	"khac phuc", "doi thoai", "dua", "giai quyet", "bo tri", "chinh trang", "nang cao", "nang cap",
	"cai tao", "tham dinh", "ban hanh", "phu trach", "ve dich", "dat quyet tam", "vao cuoc",
	"tuyen truyen", "phoi hop", "tham gia", "sua chua", "thanh tra", "cung co",
	"bo sung", "lam ro", "xac minh", "thu thap", "chuan bi", "soan thao", "xay dung ke hoach",
	"chu trong", "quan tam", "quan ly", "theo doi", "danh gia", "tiep nhan", "cung cap", "thong bao",
	"niem yet", "cong khai", "thu hoi", "giai ngan", "thanh toan", "quyet toan", "nghiem thu",
	"khoi cong", "ban giao", "di doi", "giai phong", "boi thuong", "phong chong", "ngan chan",
	"khao sat", "lam viec", "tiep tuc thuc hien", "nam bat", "de cao", "chap hanh", "co giai phap", "co ke hoach",
	"co phuong an", "co bien phap", "co van ban phuc dap", "co van ban tra loi", "co van ban bao cao", "co van ban huong dan", "phuc dap", "tra loi", "nop", "giai trinh", "thuc hien nghiem", "day nhanh", "tap huan",
	"luu y", "tranh", "khong de", "khong lo la", "tuyet doi khong", "khong duoc", "nghiem cam",
	"giai thich", "co danh gia", "bao ve", "co y kien", "phan tich", "lam ro", "hoan chinh", "dieu tra", "ket hop", "chuyen", "lap dat", "bo sung", "tap hop", "treo", "treo co", "phun", "rut kinh nghiem", "sap xep", "tranh thu", "loi dung", "phan loai", "kiem diem", "chi dao",
	// actions of any office, so that work worded with them is never lost
	"so tan", "di chuyen", "chang chong", "gia co", "cat tia", "ung truc", "van hanh", "cam bien", "chot chan",
	"phong toa", "canh bao", "khoanh vung", "khong che", "dap tat", "phun thuoc", "tieu doc", "khu trung",
	"don dep", "don ve sinh", "tong ve sinh", "thu gom", "nao vet", "khoi thong", "phat quang", "cham soc",
	"bao quan", "du tru", "mua sam", "cap phat", "phan bo", "kien toan", "dao tao", "boi duong", "tuyen dung",
	"xep loai", "khen thuong", "ky luat", "xu phat", "cuong che", "thao do", "giai toa", "lap bien ban",
	"dinh chi", "tam dung", "tam ngung", "kiem soat", "quan trac", "do dac", "cap phep", "cap giay", "cap doi",
	"chi tra", "san sang", "tiep can", "tham hoi", "tang qua", "ky ket", "phe duyet", "lap ho so", "hoan tat",
	"thanh lap", "sap nhap", "doi chieu", "kiem dem", "dieu tiet", "cung ung", "tiem chung", "xet nghiem",
	"cach ly", "dieu tri", "thu dung", "cap cuu", "tim kiem", "cuu nan", "cuu ho", "cuu tro", "khoi phuc",
	"phuc hoi", "sua doi", "trang tri", "giu gin", "duy tu", "bao tri", "kiem dinh", "thiet lap", "mo rong",
	"lap quy hoach", "cong bo", "phat thanh", "dang tai", "phan hoi", "giai dap", "tiep cong dan",
	"khuyen khich", "nhac nho", "dong vien", "tuyen duong", "phat huy", "ngan ngua", "phong ngua", "dau tranh",
	"tran ap", "truy quet", "bat giu", "xu ly nghiem", "nghiem tri", "danh gia lai", "ra soat lai",
	"to chuc thuc hien", "thuc thi", "trien khai thuc hien", "pho bien", "huong ung", "tham du", "lien he",
	"ket noi", "van chuyen", "tap ket", "san lap", "khac phuc hau qua", "xay lap", "thi cong", "dieu dong",
	"trung dung", "su dung", "khai thac", "ton tao", "tu bo", "trung tu", "tu sua", "hieu chinh", "thay the",
	"loai bo", "go bo", "tieu huy", "xu ly dut diem", "giai quyet dut diem", "gap go", "tiep xuc",
	"kiem tra giam sat", "nam chac", "chan chinh", "uon nan", "siet chat", "xiet chat", "lap ke hoach",
	"xay dung phuong an", "bo tri kinh phi", "nhap lieu", "cap nhat du lieu", "lam sach", "ra quyet dinh",
	"mo dot", "mo", "to chuc ra quan", "phan cong", "thong tin", "neu cao", "ke khai", "nop ho so", "luu tru", "cu can bo", "dang ky tham gia",
)

// coordCues make the units after them coordinating: "phối hợp với các xã".
var coordCues = phrases("phoi hop", "phoi hop voi", "phoi hop cung", "cung phoi hop", "cung phoi hop voi", "voi su phoi hop cua", "lam viec voi",
	"phoi hop chat che voi", "phoi hop tot voi", "khau noi voi", "khau noi", "lien he phoi hop voi", "phoi hop thuong xuyen voi", "phoi hop nhip nhang voi", "phoi hop dong bo voi", "phoi hop kip thoi voi") // "phối hợp chặt chẽ với Công an tỉnh"

// otherCues make the units after them neither lead nor coordinator: those
// that receive (gửi về, báo cáo, trình), that are helped (cho, hỗ trợ,
// hướng dẫn, giúp đỡ) or that are only mentioned (của).
var otherCues = phrases(
	"gui", "gui ve", "gui den", "gui toi", "bao cao", "trinh", "xin y kien", "cho", "ho tro",
	"huong dan", "giup do", "giup", "tao dieu kien cho", "cua", "tai", "den", "toi", "tu", "voi", "ve", "truc thuoc", "thuoc",
)

// agentCue introduces who does the work in a passive clause: "do cơ sở triển khai".
var agentCue = phrases("do")

// pastMarkers anywhere in a clause without a modal or a request make it a report.
var pastMarkers = phrases("da", "dat duoc", "vua qua", "tuy nhien", "den nay", "qua kiem tra")

// notPastAfterDa follow "đa", not "đã": "đa dạng", "đa số", "tối đa".
var notPastAfterDa = phrases("dang", "so", "phan", "nganh", "muc", "nang", "chieu", "phuong")

// narrativeCues, as the main predicate, make a clause a report: "đã hoàn thành",
// "còn hạn chế", "chưa rõ nét", "được triển khai".
var narrativeCues = phrases(
	"da", "dang", "vua", "duoc", "chua", "con", "dat duoc", "gap", "kien nghi", "de xuat kien nghi",
	"mong muon", "bay to", "cho biet", "bao cao ket qua", "co", "la", "gom", "thong bao de",
	"sau khi nghe", "nghe", "tiep thu", "cung se", "phe binh", "khen ngoi", "khuyen cao", "rat mong", "mong", "ghi nhan", "danh gia cao", "bieu duong",
	"thong tin them", "thong tin ve", "trinh bay", "gioi thieu", "chi ra",
)

// hostingCues after "chủ trì" make it the chairing of a meeting, not a directive.
var hostingCues = phrases("cuoc hop", "hoi nghi", "buoi lam viec", "cuoc lam viec", "phien hop", "buoi hop", "ky hop")

// nominalizers make the verbs after them nouns: "việc phát động … còn hạn chế".
var nominalizers = phrases(
	"viec", "su", "cong tac", "qua trinh", "ket qua", "tien do", "hoat dong", "phong trao", "chuong trinh",
	"chat luong", "tinh hinh", "doi song", "ty le", "y kien", "noi dung",
)

// sessionNouns before "làm việc" make it a noun: "buổi làm việc".
var sessionNouns = phrases("buoi", "cuoc", "chuyen", "lich", "gio", "ngay", "noi", "che do", "phong", "doan")

// orgNouns before a verb make it part of a name: "Ban chỉ đạo", "Tổ xây dựng hồ sơ".
var orgNouns = phrases("ban", "to", "doan", "hoi dong", "co quan", "trung tam", "van phong", "phong", "cuc", "chi cuc", "tram", "vien", "hat", "doi")

// frameWords open a frame that ends at the first comma: "Về tiêu chí điện, …".
var frameWords = phrases("ve", "doi voi", "tren co so", "sau", "trong", "de", "nham", "ve nhiem vu", "rieng", "ngoai ra", "tai", "qua", "ben canh do",
	"thu nhat", "thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "mot la", "hai la", "ba la")

// forwardFrames open a clause with what is ahead ("Dự báo …, …", "Thời
// gian tới, …"): a subjectless verb after them asks for work, even after a
// report.
var forwardFrames = phrases("du bao", "theo du bao", "thoi gian toi", "trong thoi gian toi", "tuan toi", "trong tuan toi",
	"thang toi", "trong thang toi", "sap toi", "tu nay den")

// glueWords may stand anywhere without changing the analysis.
var glueWords = phrases("va", "cung", "dong thoi", "ngoai ra", "rieng", "nhat la", "dac biet la")

// orgHeads start the name of a body: a subject that starts with one but is
// not in the directory is reported as an unknown unit.
var orgHeads = phrases(
	"phong", "ban", "so", "trung tam", "van phong", "ubnd", "uy ban", "hoi", "doan", "cong an",
	"chi cuc", "xa", "thi tran", "phuong", "to", "bcd", "co quan", "don vi", "huyen doan", "thanh tra",
	"mttq", "kho bac", "dien luc", "truong", "benh vien", "chi nhanh", "hat", "tong cong ty",
	"cong ty", "hop tac xa", "htx", "doi", "nganh", "thon", "ban quan ly", "ban chi dao", "dang uy",
	"cuc", "tram", "bo chi huy", "ban chi huy", "vien", "hdnd", "thuong truc",
)

// determiners may precede an organisation's name: "các đoàn công tác".
var determiners = phrases("cac", "tung", "moi", "toan", "nhung", "cung")

// multiCycle words after a bare recurrence list several cycles: "hàng tuần, hàng tháng, quý".
var multiCycle = phrases("hang", "hang tuan", "hang thang", "hang quy", "hang nam", "tuan", "thang", "quy", "nam")

// agentGroups name groups of units only as the agent after "do" ("do cơ sở
// triển khai"); elsewhere "cơ sở" is a base or a ground ("trên cơ sở").
var agentGroups = []struct {
	words []string
	kind  tasks.Kind
}{
	{words: strings.Fields("co so"), kind: tasks.KindXa},
}

func phrases(list ...string) [][]string {
	out := make([][]string, len(list))
	for i, p := range list {
		out[i] = strings.Fields(p)
	}
	return out
}

// deadlineLeads open a deadline that sets work, not a period a report
// speaks of: "trước ngày 30/9", "chậm nhất 25/8", "thời hạn 5 ngày".
var deadlineLeads = phrases("truoc", "cham nhat", "han", "thoi han", "han chot", "trong vong", "xong truoc", "hoan thanh truoc", "truoc ngay",
	"trong tuan nay", "trong thang nay", "trong ngay", "ngay trong ngay", "trong tuan toi", "trong tuan sau", "trong thang toi", "hoan thanh trong",
	"trong tuan", "vao cuoi tuan", "vao cuoi thang", "truoc cuoi thang", "truoc cuoi nam")

// goOnWords open a sentence that goes on with the subject of the sentence
// before: "Định kỳ hằng quý báo cáo …", "Đồng thời …".
var goOnWords = phrases("dinh ky", "hang quy", "hang thang", "hang tuan", "hang ngay", "hang nam",
	"dong thoi", "sau do", "tiep do", "cung voi do", "cung voi do la", "ben canh do la", "tren co so do", "trong do", "ben canh do", "ngoai ra", "bao cao ket qua", "bao cao yeu cau", "ket qua gui ve",
	"ket qua bao cao", "ket qua gui", "ket qua thuc hien bao cao", "ket qua thuc hien gui")

// deadlineFillers may stand beside a deadline in a piece that only gives
// the deadline of the piece before it: "hoàn thành trước ngày 10/12".
var deadlineFillers = phrases("hoan thanh", "dong loat", "thoi gian hoan thanh", "thoi han", "han", "xong", "thoi gian", "thuc hien", "bao cao")

// placeWords end the name of a body: "UBND xã", "Công an huyện".
var placeWords = phrases("xa", "huyen", "tinh", "phuong", "thi tran", "thanh pho", "quan")

// rhythmOpeners open a piece of work with a rhythm of its own: "định kỳ
// hằng quý báo cáo …".
var rhythmOpeners = phrases("dinh ky hang quy", "dinh ky hang thang", "dinh ky hang tuan", "dinh ky hang nam", "dinh ky 6 thang",
	"dinh ky hang ngay", "hang quy", "hang thang", "hang tuan")

// caseFrames open a case of the same work, not a new topic: "Đối với các
// nội dung vượt thẩm quyền, chủ động phối hợp …" (corpus README, 188).
var caseFrames = phrases("doi voi cac noi dung", "doi voi nhung noi dung", "doi voi cac truong hop", "doi voi nhung truong hop",
	"doi voi cac van de", "doi voi nhung van de", "doi voi cac vuong mac", "doi voi nhung vuong mac", "doi voi cac kien nghi", "doi voi nhung kien nghi")

// recipientWords say where a report goes: "gửi (về) Sở …", "về UBND xã".
var recipientWords = phrases("gui ve", "gui", "ve", "qua", "cho")

// purposeWords open a purpose clause: "Nhằm nâng cao …", "Để kịp thời …".
var purposeWords = phrases("nham", "de")

// documentFrames open a clause that names the document, or the direction,
// it carries out: a basis verb ("căn cứ", "thực hiện", "triển khai", "theo",
// "trên cơ sở") before a document noun ("Công văn", "Kế hoạch số", "ý kiến
// chỉ đạo" …). "Căn cứ Công văn số 12 …, giao Phòng X …": the work is
// after the comma.
var documentFrames = basisFrames()

// basisVerbs and basisDocuments make documentFrames.
var (
	basisVerbs     = []string{"thuc hien", "trien khai", "theo", "tren co so", "can cu vao", "chap hanh", "xet"}
	basisDocuments = []string{"cong van", "van ban", "chi thi", "quyet dinh", "thong bao", "nghi quyet", "ke hoach so",
		"y kien chi dao", "ket luan", "cong dien", "chi dao", "huong dan", "thong tu", "nghi dinh", "to trinh", "de nghi cua",
		"thong bao ket luan", "chuong trinh so", "dieu le", "luat"}
)

func basisFrames() [][]string {
	out := phrases("can cu", "thuc hien ke hoach", "trien khai ke hoach", "theo ke hoach", "tren co so", "tu ket qua", "qua ket qua")
	for _, v := range basisVerbs {
		for _, d := range basisDocuments {
			out = append(out, strings.Fields(v+" "+d), strings.Fields(v+" cac "+d), strings.Fields(v+" nhung "+d))
		}
	}
	return out
}

// listNouns in a heading announce the items below it.
var listNouns = phrases("mot so noi dung", "cac noi dung", "mot so nhiem vu", "cac nhiem vu sau", "nhung noi dung", "nhiem vu trong tam", "cac yeu cau sau", "cu the nhu sau",
	"giao nhiem vu")

// issuers open the name of who issues a request: "Chủ tịch UBND huyện", "UBND tỉnh".
var issuers = phrases("chu tich", "pho chu tich", "ubnd", "uy ban nhan dan", "dong chi", "lanh dao")

// personWords open a person's name or title: "Đồng chí Trần Văn A".
var personWords = phrases("dong chi", "ong", "ba")

// titleWords are titles, not names, after "đồng chí": "đồng chí Chủ tịch".
var titleWords = phrases("chu tich", "pho chu tich", "giam doc", "pho giam doc", "bi thu", "pho bi thu", "truong", "pho truong",
	"thu truong", "chanh", "pho chanh", "cac", "lanh dao", "uy vien", "can bo", "cong chuc")

// relayWords show that a clause relays the chair's instructions: the
// requests after it are directives even in a narrative sentence.
var relayWords = phrases("y kien chi dao", "y kien ket luan", "thong bao ket luan", "truyen dat")

// intentWords state what the issuer itself will do: "UBND xã sẽ …".
var intentWords = phrases("se")

// reportVerbs, after a person named by title at the start of a clause,
// tell what happened at the meeting: "Đồng chí Giám đốc Sở Y tế báo cáo
// tình hình …".
var reportVerbs = phrases("bao cao", "trinh bay", "phat bieu", "cho biet", "thong tin", "neu", "de xuat", "giai trinh",
	"danh gia", "ghi nhan", "bieu duong", "khen ngoi", "nhan xet")

// instructVerbs are verbs of speech that, after a unit as subject, ask it
// to instruct its own staff: "Thủ trưởng các đơn vị quán triệt …".
var instructVerbs = phrases("quan triet", "luu y")

// coordFillers may follow "phối hợp" in a piece that only names coordinators.
var coordFillers = phrases("thuc hien", "trien khai", "thuc hien nhiem vu nay", "cung")

// kindNouns name a kind of unit in a group phrase.
var kindNouns = phrases("so", "phong", "xa", "phuong", "thi tran", "thon", "to dan pho", "ap", "xom", "bo phan chuyen mon",
	"chuyen mon", "doan the", "huyen")

// restateEnds close a request that only restates those above it.
var restateEnds = phrases("noi dung tren", "noi dung nay", "van ban nay", "yeu cau tren", "chi thi nay", "cong van nay", "thong bao nay",
	"ke hoach nay", "cong dien nay", "quyet dinh nay", "chi dao tren", "chi dao nay")

// deliveryWords open a clause that only says how to deliver.
var deliveryWords = phrases("gui kem", "gui file", "gui ban mem", "file gui ve", "ban mem gui ve")

// answerConditions make "chịu trách nhiệm trước …" a consequence.
var answerConditions = phrases("neu", "de xay ra", "khi de", "truong hop de", "neu de")

// leadLineWords may stand in a line that only names who leads and who
// takes part: "… chủ trì, phối hợp với các sở, ngành liên quan thực hiện".
var leadLineWords = phrases("phoi hop voi", "phoi hop cung", "phoi hop", "va", "cung", "voi", "lien quan", "co lien quan", "thuc hien", "trien khai thuc hien", "to chuc thuc hien")

// consequenceWords state what follows for whoever does not act.
var consequenceWords = phrases("don vi nao", "co quan nao", "dia phuong nao", "truong hop nao")

// citizenWords open advice to the people, not work for units.
// petitioners ask as citizens: what they ask is a petition, not work given.
var petitioners = phrases("cu tri", "nhieu cu tri", "y kien cu tri", "nhieu y kien", "nguoi dan", "nhan dan", "ba con", "ho dan", "cac ho dan", "cong dan", "doanh nghiep", "cac doanh nghiep")

var citizenWords = phrases("ba con", "nguoi dan", "nhan dan", "cac ho gia dinh", "moi nguoi dan", "toan the nhan dan")

// staffWords are the people of a unit: "lãnh đạo, công chức phòng".
var staffWords = phrases("lanh dao", "cong chuc", "can bo", "vien chuc", "tap the")

// whenWords open a clause of time whose verbs are not the main predicate:
// "sau khi kiện toàn bộ máy, UBND xã cần …", "khi có mưa lớn, các thôn …",
// and a forecast that frames the work: "(Theo) dự báo trong 24 giờ tới có mưa
// to, Phòng NN&PTNT phải kiểm tra đê điều".
var whenWords = phrases("sau khi", "truoc khi", "khi", "trong khi", "ngay khi", "ngay sau khi",
	"neu", "truong hop", "trong truong hop", "du bao", "theo du bao")

// imperativeReports are narrative cues that ask for work when they open a
// clause with no subject: "Báo cáo kết quả về UBND xã trước ngày …".
var imperativeReports = phrases("bao cao ket qua", "tiep thu")

// attendanceWords open a sentence that lists who attends: "Dự hội nghị có
// …", "Tham dự cuộc họp có …", "Cùng dự có …".
// passiveRequests after "được" make its subject the one asked: "X được
// yêu cầu / giao / đề nghị …".
var passiveRequests = phrases("yeu cau", "giao", "giao nhiem vu", "de nghi", "chi dao", "phan cong")

// meetingNouns name a meeting: "hội nghị", "phiên họp", "buổi làm việc".
var meetingNouns = phrases("hoi nghi", "cuoc hop", "phien hop", "buoi lam viec", "buoi hop", "ky hop", "buoi le", "le", "buoi tiep", "hop")

// attendeeWords open the list of who attends after "tham dự có".
var attendeeWords = phrases("dong chi", "cac dong chi", "lanh dao", "dai dien", "ong", "ba", "dai bieu", "cac dai bieu")

var attendanceWords = phrases("du hoi nghi", "du cuoc hop", "tham du", "cung du", "du buoi", "du hop", "co mat tai", "tham gia doan")

// strongImperatives open a clause with no subject that asks for work
// whatever came before it (the issue's own list: "tăng cường", "khẩn
// trương", "chủ động", "tập trung" …).
var strongImperatives = phrases("tang cuong", "day manh", "day nhanh", "khan truong", "kien quyet", "chu dong", "tap trung",
	"nghiem tuc", "khong de", "tuyet doi", "nghiem cam")

// pageFurniture open the lines a web page adds around a text: when it was
// posted, how often it was read, whose photo.
var pageFurniture = phrases("cap nhat", "ngay dang", "dang luc", "dang ngay", "luot xem", "nguon", "tac gia", "anh", "ngay cap nhat", "thoi gian dang", "in bai", "chia se")

// agreedTasks are what a meeting agrees to do: "thống nhất các giải pháp
// …", "thống nhất các nhiệm vụ trọng tâm …".
var agreedTasks = phrases("thong nhat cac giai phap", "thong nhat cac nhiem vu", "thong nhat cac bien phap", "thong nhat nhiem vu",
	"thong nhat giai phap", "thong nhat bien phap", "de ra mot so nhiem vu", "de ra cac nhiem vu", "de ra nhiem vu")

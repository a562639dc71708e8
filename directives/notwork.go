package directives

// Not directives: clauses worded like requests that set no work (purposes,
// documents, news about people, attendance, captions, page lines,
// letterheads, agendas, consequences).

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/vntext"
)

// purposeOnly reports whether the clause is only a purpose ("Nhằm nâng cao
// chất lượng …", "Để kịp thời tổng hợp …") with no main clause after it.
func (c *clause) purposeOnly() bool {
	if k, _ := c.cue(0); c.at(0, purposeWords) == 0 || k != cueNone || c.word(1) == "nghi" || c.word(1) == "xuat" || c.word(1) == "ra" {
		return false
	}
	return !c.asksAfterFrame()
}

// asksAfterFrame reports whether, after the comma that ends an opening
// frame, the clause has a subject or a request: "Để …, UBND xã yêu cầu …".
func (c *clause) asksAfterFrame() bool {
	comma := -1
	for i, t := range c.toks {
		if t.punct && t.w == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return false
	}
	for i := comma + 1; i < len(c.toks); i++ {
		if k, _ := c.cue(i); k == cueRequest || k == cueModal {
			return true
		}
		if _, ok := c.byFirst[i]; ok {
			return true
		}
		if c.at(i, issuers) > 0 && c.documentDirects(i) {
			return true // "Để …, Chủ tịch UBND huyện vừa có công văn chỉ đạo tăng cường …": the letter asks, no one named
		}
	}
	return false
}

// documentDirects reports whether, after token i, a document is issued that
// directs work: "(vừa) có công văn chỉ đạo …", "ban hành văn bản yêu cầu …".
func (c *clause) documentDirects(i int) bool {
	for k := i; k < len(c.toks); k++ {
		if n := c.at(k, documentNouns); n > 0 && c.at(k+n, directingVerbs)+c.at(k+n, phrases("yeu cau", "de nghi")) > 0 {
			return true
		}
	}
	return false
}

// documentOnly reports whether the clause only names the document it
// carries out ("Thực hiện Công văn số 891/UBND ngày …"), with no main
// clause after it.
func (c *clause) documentOnly() bool {
	if c.at(0, documentFrames) == 0 || c.at(0, continuations) > 0 { // "Trên cơ sở đó …" goes on with the work before
		return false
	}
	return !c.asksAfterFrame()
}

// namedPerson reports whether the clause opens with a person's name
// ("Bà Nguyễn Thị Thảo ở thôn Giữa"), not a title ("Đồng chí Chủ tịch").
func (c *clause) namedPerson() bool {
	k := c.at(0, personWords)
	if k == 0 || k >= len(c.toks) || c.at(k, titleWords) > 0 || c.toks[k].punct {
		return false
	}
	name := c.text[c.toks[k].start:c.toks[k].end]
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// newsAboutPerson reports whether the clause tells what a named person
// did ("Đồng chí Trần Văn A, Chủ tịch UBND xã cùng các cơ quan chức năng
// kiểm tra …"): news, not a directive, unless that person asks someone.
func (c *clause) newsAboutPerson() bool {
	if !c.namedPerson() {
		return false
	}
	for i := range c.toks {
		if kind, _ := c.cue(i); kind == cueRequest || kind == cueSpeech {
			return false
		}
	}
	return true
}

// subjectLine reports whether the clause is the subject line of a letter
// ("V/v xin chủ trương …", "Về việc …") or its addressee line ("Kính gửi").
func (c *clause) subjectLine() bool {
	if c.word(0) == "v" && c.word(2) == "v" || c.at(0, [][]string{{"ve", "viec"}, {"kinh", "gui"}}) > 0 {
		return true
	}
	if c.at(0, noticeTitles) > 0 && !c.has(requestVerbs) && !strings.Contains(c.text, ":") {
		return true // "Kết luận của Chủ tịch UBND xã tại buổi làm việc với các thôn …": the notice's title
	}
	return false
}

// nounList reports whether a clause that opens with a verb is a list of
// nouns instead ("tổ chức, biên chế, học sinh, …"): the first word is
// followed by a comma and the next is no verb.
func (c *clause) nounList() bool {
	_, n := c.cue(0)
	if n == 0 || n >= len(c.toks)-1 || !c.toks[n].punct || c.toks[n].w != "," {
		return false
	}
	k, _ := c.cue(n + 1)
	return k != cueVerb && k != cueModal && k != cueWeakModal && k != cueRequest
}

// isAside reports whether a clause is all inside parentheses: a reference
// ("(Theo Công văn số …)"), never a directive.
func isAside(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "./"))
	return strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")
}

// personReports reports whether the clause tells that a person, named by
// title, reported at the meeting: "Đồng chí Giám đốc Sở Y tế báo cáo tình
// hình …" (a title in a news sentence is not an owner).
func (c *clause) personReports() bool {
	k := c.at(0, personWords)
	if k == 0 || c.word(0) != "dong" || c.at(k, titleWords) == 0 {
		return false
	}
	for i := k; i < len(c.toks) && i < k+12; i++ {
		if c.at(i, reportVerbs) > 0 {
			return true
		}
		if kind, _ := c.cue(i); kind == cueRequest || kind == cueModal {
			return false
		}
	}
	return false
}

// notWork reports whether a clause, though worded as a request, sets no
// work: it only restates the requests above ("… đề nghị … thực hiện
// nghiêm nội dung trên"), says how to deliver ("Gửi kèm file vào hòm
// thư …"), states a consequence ("đơn vị nào không nộp hồ sơ thì …") or
// advises the people ("Bà con hãy …").
func (c *clause) notWork(a analysis) bool {
	body := &clause{text: c.text[a.textStart:], toks: tokenize(c.text[a.textStart:])}
	n := len(body.toks)
	for n > 0 && body.toks[n-1].punct {
		n--
	}
	switch {
	case n >= 5 && body.at(n-3, restateEnds) == 3 && (body.at(n-5, phrases("thuc hien")) == 2 || body.at(n-6, phrases("thuc hien")) == 2):
		return true // "… thực hiện (nghiêm) nội dung trên"
	case c.at(c.frameEnd(), deliveryWords) > 0:
		return true
	case c.restatesTheNotice():
		return true // "… đề nghị các tổ dân phố thực hiện tốt nội dung trong thông báo"
	case a.pred == predRequest && a.textStart >= a.requestAt && c.closingWords(a):
		return true // "Đề nghị đơn vị quan tâm thực hiện./": the letter's closing, no work of its own
	case c.at(c.frameEnd(), petitioners) > 0 && a.pred == predRequest:
		return true // "Cử tri đề nghị …", "Nhiều ý kiến kiến nghị …": what citizens ask, not work given
	case (c.has(consequenceWords) || c.whicheverThen()) && !c.asksAfterThen():
		return true
	case c.answersFor():
		return true // "Chịu trách nhiệm toàn diện trước Ban Chỉ đạo nếu để … vi phạm": what follows a failure
	case c.citizensAsked():
		return true
	}
	return false
}

// citizensAsked reports whether the clause's subject is the people, with
// no request to a unit: "Người dân trên lồng bè phải trở vào bờ trước 12
// giờ", advice however firm, and whatever its deadline.
func (c *clause) citizensAsked() bool {
	return c.at(c.frameEnd(), citizenWords) > 0 && !c.has(requestVerbs)
}

// agendaTime opens an entry of an agenda: "7 giờ 30 phút", "14h00", folded.
var agendaTime = regexp.MustCompile(`^\d{1,2}\s*(?:gio|h|g)\b`)

// agendaTitles open a leader's entry in a weekly agenda.
var agendaTitles = phrases("chu tich", "pho chu tich", "bi thu", "pho bi thu", "giam doc", "pho giam doc", "lanh dao")

// leaderAgenda reports whether a line is a leader's entry in an agenda:
// a title (and a name), a colon, then a time ("Phó Chủ tịch Đỗ Văn Lô: 8
// giờ, kiểm tra …"). It is the leader's own work, not work given.
func leaderAgenda(line string) bool {
	colon := strings.Index(line, ":")
	if colon <= 0 {
		return false
	}
	head := &clause{text: line[:colon], toks: tokenize(line[:colon])}
	return head.at(0, agendaTitles) > 0 && head.words() <= 9 && agendaTime.MatchString(vntext.Fold(strings.TrimSpace(line[colon+1:])))
}

// asksInCaption reports whether a line that reads as a title or a caption
// is a request all the same ("Đồng chí Chủ tịch yêu cầu các thôn …"): a
// request verb with someone asked.
func (x *extractor) asksInCaption(text string) bool {
	c := newClause(text, x.dir)
	a := c.analyze()
	return a.pred == predRequest && a.leadFromRequest && (a.lead != nil || a.unknownLead != "")
}

// personNews reports whether a person named by name, near the start of the
// clause, reports or answers at the meeting ("Thay mặt Thường trực HĐND
// phường bà Nguyễn Thị Loan báo cáo hoạt động tháng 7"): news of the
// meeting, not work given, unless a request comes first.
func (c *clause) personNews() bool {
	for k := 0; k < len(c.toks) && k < 10; k++ {
		n := c.at(k, personWords)
		if n == 0 || k+n >= len(c.toks) || c.toks[k+n].punct || c.at(k+n, titleWords) > 0 {
			continue
		}
		name := c.text[c.toks[k+n].start:c.toks[k+n].end]
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
			continue
		}
		for i := k + n; i < len(c.toks); i++ {
			if kind, _ := c.cue(i); kind == cueRequest {
				return false
			}
			if c.at(i, reportVerbs) > 0 || c.at(i, phrases("tiep thu", "tra loi", "chu tri")) > 0 {
				return true
			}
		}
		return false
	}
	return false
}

// attendance reports whether the clause says who attends: "(Tham) dự (và
// chỉ đạo) hội nghị có đồng chí …", "…; tham dự có lãnh đạo …".
func (c *clause) attendance() bool {
	for i := range c.toks {
		n := c.at(i, phrases("tham du", "du"))
		if n == 0 || c.word(i) == "du" && i > 0 && !c.toks[i-1].punct && c.word(i-1) != "va" {
			continue // "dự" after a word is another word ("dự án", "dự kiến" are folded apart; "đại biểu dự" is narrative)
		}
		j := i + n
		j += c.at(j, phrases("va chi dao", "va phat bieu chi dao"))
		j += c.at(j, meetingNouns)
		if c.word(j) == "co" && c.at(j+1, attendeeWords) > 0 {
			return true
		}
	}
	return false
}

// restatesTheNotice reports whether the clause only asks to carry out
// what the notice itself says: "thực hiện (tốt, nghiêm) (các) nội dung
// (trong, của) (thông báo, văn bản) (này, trên)" at its end.
func (c *clause) restatesTheNotice() bool {
	n := len(c.toks)
	for n > 0 && c.toks[n-1].punct {
		n--
	}
	for i := 0; i < n; i++ {
		k := c.at(i, phrases("thuc hien", "trien khai thuc hien", "trien khai"))
		if k == 0 {
			if kind, _ := c.cue(i); kind == cueVerb || kind == cueModal {
				return false // "hướng dẫn các tổ thực hiện các nội dung trong Thông báo": other work first
			}
			continue
		}
		j := i + k
		j += c.at(j, phrases("tot", "nghiem", "nghiem tuc", "nghiem chinh", "dung"))
		j += c.at(j, phrases("cac", "nhung"))
		if c.at(j, phrases("noi dung")) == 0 {
			continue
		}
		j += 2
		j += c.at(j, phrases("trong", "cua", "tai", "neu tai", "neu trong"))
		j += c.at(j, documentNouns)
		j += c.at(j, phrases("nay", "tren"))
		if j == n {
			return true
		}
	}
	return false
}

// answersFor reports whether the clause says who answers for a failure:
// "chịu trách nhiệm (toàn diện) trước X" with a condition ("nếu", "để xảy
// ra", "khi để"), or wholly ("toàn diện trước X về tiến độ …"): a
// consequence, not work. "chịu trách nhiệm quản lý …"
// is a duty, and stays work.
func (c *clause) answersFor() bool {
	for i := range c.toks {
		n := c.at(i, phrases("chiu trach nhiem"))
		if n == 0 {
			continue
		}
		j := i + n
		whole := c.at(j, phrases("toan dien", "hoan toan"))
		j += c.at(j, phrases("toan dien", "hoan toan", "ca nhan"))
		if c.word(j) != "truoc" {
			return false
		}
		return c.has(answerConditions) || whole > 0 // "chịu trách nhiệm toàn diện trước UBND tỉnh về tiến độ": accountability, not work
	}
	return false
}

// asksAfterThen reports whether, in "đơn vị nào chưa thu thì khẩn trương
// thu …", what follows "thì" asks for work (a modal or a verb at its head)
// rather than stating a consequence ("thì không được xét", "sẽ bị …").
func (c *clause) asksAfterThen() bool {
	for i := range c.toks {
		if c.word(i) != "thi" || !c.asWritten(i) {
			continue
		}
		j := i + 1
		if c.at(j, phrases("khong duoc", "se", "bi", "khong", "phai chiu")) > 0 && c.at(j, phrases("khong de")) == 0 {
			return false
		}
		for ; j < len(c.toks) && j < i+6; j++ {
			if kind, _ := c.cue(j); kind == cueModal || kind == cueWeakModal || kind == cueVerb {
				return true
			}
		}
		return false
	}
	return false
}

// whicheverThen reports whether the clause reads "… nào … thì …":
// "thôn nào không nộp thì …".
func (c *clause) whicheverThen() bool {
	nao := false
	for i := range c.toks {
		switch {
		case c.word(i) == "nao" && strings.ToLower(c.text[c.toks[i].start:c.toks[i].end]) == "nào":
			nao = true
		case nao && c.word(i) == "thi" && c.asWritten(i):
			return true
		}
	}
	return false
}

// pageLine reports whether a line is furniture of the web page: a word of
// pageFurniture with a colon after it, or only dates and times after it.
func (c *clause) pageLine() bool {
	if c.letterhead() {
		return true
	}
	n := c.at(0, pageFurniture)
	if n == 0 || c.words() > 12 {
		return false
	}
	for _, t := range c.toks[n:] {
		if !t.punct && (t.w[0] < '0' || t.w[0] > '9') && !timeWords[t.w] {
			return false
		}
	}
	return true
}

// letterhead reports whether the line is part of an official letter's
// heading: the national motto, the document's number, its place and date
// ("Đức Hợp, ngày ….. tháng 12 năm 2021").
func (c *clause) letterhead() bool {
	if w := strings.Join(strings.FieldsFunc(vntext.Fold(c.text), func(r rune) bool { return !unicode.IsLetter(r) }), " "); w == "cong hoa xa hoi chu nghia viet nam" || w == "doc lap tu do hanh phuc" {
		return true
	}
	for i := range c.toks {
		if c.word(i) == "ngay" && i > 0 && c.toks[i-1].punct && c.toks[i-1].w == "," && i <= 5 && c.words() <= 14 {
			rest := c.text[c.toks[i].start:]
			return letterDate.MatchString(vntext.Fold(rest)) // "Hà Nội, ngày 05 tháng 3 năm 2025"
		}
	}
	return false
}

// letterDate is the date of a letter's heading, folded.
var letterDate = regexp.MustCompile(`^ngay[ .…0-9]*thang[ .…0-9]*nam[ .…0-9]*$`)

// timeWords may stand with the dates and times of a page line: "lúc 08:07,
// Thứ Sáu, 12/01/2018 (GMT+7)".
var timeWords = map[string]bool{"luc": true, "thu": true, "hai": true, "ba": true, "tu": true, "nam": true, "sau": true, "bay": true,
	"chu": true, "nhat": true, "gmt": true, "ngay": true, "sang": true, "chieu": true, "toi": true, "gio": true, "h": true}

// stampLine is a line with nothing but a date and a time, and perhaps a
// count of readers: the page's own stamp.
var stampLine = regexp.MustCompile(`^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s+\d+)?$`)

// aimNouns, after "là (một trong những)", say that the words before are
// an aim or a task set: "… là một trong những mục tiêu được … đề ra".
var aimNouns = phrases("mot trong nhung muc tieu", "mot trong nhung nhiem vu", "mot trong cac muc tieu", "mot trong cac nhiem vu",
	"muc tieu", "nhiem vu trong tam", "nhiem vu hang dau", "nhiem vu quan trong", "mot trong nhung giai phap", "giai phap trong tam")

// statedAimAt returns the token of "là" when the clause opens with work
// (an urging word or a verb) and then says that it is an aim or a task
// set ("Tập trung lập lại trật tự đô thị là một trong những mục tiêu …"):
// what follows "là" tells who set it, not more work. It returns 0 otherwise.
func (c *clause) statedAimAt() int {
	start := c.frameEnd()
	if k, _ := c.cue(start); k != cueVerb && k != cueWeakModal && k != cueModal {
		return 0
	}
	for i := start + 1; i < len(c.toks); i++ {
		if c.word(i) == "la" && c.writtenAs(i, "là") && c.at(i+1, aimNouns) > 0 {
			return i
		}
	}
	return 0
}

// closingFillers are all a letter's closing request asks: "quan tâm thực
// hiện", "phối hợp thực hiện", "triển khai thực hiện nghiêm túc".
var closingFillers = phrases("quan tam", "thuc hien", "trien khai", "phoi hop", "nghiem tuc", "khan truong", "to chuc", "kip thoi", "tot", "nghiem", "chi dao", "de")

// closingWords reports whether, after the request and those asked, the
// clause holds only the words of a letter's closing.
func (c *clause) closingWords(a analysis) bool {
	if a.requestAt < 0 {
		return false
	}
	i := 0
	for i < len(c.toks) && c.toks[i].start < a.requestAt {
		i++
	}
	i += c.at(i, requestVerbs)
	for i < len(c.toks) && (c.mentionAt(i) || c.toks[i].punct || c.at(i, determiners) > 0 || c.at(i, phrases("don vi", "co quan", "dia phuong", "cac dong chi")) > 0) {
		if mi, ok := c.byFirst[i]; ok {
			i = c.mentions[mi].last
			continue
		}
		i += max(1, c.at(i, determiners)+c.at(i, phrases("don vi", "co quan", "dia phuong", "cac dong chi")))
	}
	fillers := 0
	for i < len(c.toks) {
		if c.toks[i].punct {
			i++
			continue
		}
		n := c.at(i, closingFillers)
		if n == 0 {
			return false
		}
		fillers++
		i += n
	}
	return fillers > 0
}

// doneBySpeaker reports whether the clause opens with what a person did
// before a comma, then that person and a word of report ("Trực tiếp kiểm
// tra tiến độ …, đồng chí Bí thư Huyện ủy ghi nhận nỗ lực của xã …"): the
// story of a visit, not work given, unless the person asks someone.
func (c *clause) doneBySpeaker() bool {
	if k, _ := c.cue(0); k != cueVerb && k != cueWeakModal {
		return false
	}
	comma := -1
	for i := 1; i < len(c.toks) && i < 50; i++ {
		if c.toks[i].punct && c.toks[i].w == "," && (c.at(i+1, personWords) > 0 || c.at(i+1, chairWords) > 0) {
			comma = i
			break
		}
	}
	if comma < 0 {
		return false
	}
	for i := comma + 1; i < len(c.toks); i++ {
		if c.at(i, visitorsWords) > 0 {
			return true
		}
		if kind, _ := c.cue(i); kind == cueRequest || kind == cueModal || kind == cueVerb {
			return false
		}
	}
	return false
}

// visitorsWords tell what a visiting leader did: noted, praised, thanked.
var visitorsWords = phrases("ghi nhan", "danh gia cao", "bieu duong", "khen ngoi", "chuc mung", "cam on", "tham hoi", "dong vien", "trao qua", "tang qua")

// reportsAtMeeting reports whether a unit, as the subject, reports or
// speaks at the meeting ("Phòng Văn hóa và Thông tin báo cáo kế hoạch …",
// "Tiếp đó, Phòng Tài chính báo cáo một số vướng mắc …", "Trung tâm … báo
// cáo tham luận …"): the proceedings, not work, when nothing says where
// the report goes.
func (c *clause) reportsAtMeeting() bool {
	i := c.frameEnd()
	i += c.at(i, phrases("tiep do", "sau do", "tiep theo"))
	for i < len(c.toks) && c.toks[i].punct {
		i++
	}
	mi, ok := c.byFirst[i]
	if !ok {
		return false
	}
	j := c.mentions[mi].last
	for j < len(c.toks) && !c.toks[j].punct && c.capitalized(j) {
		j++ // "Phòng Tài chính Kế hoạch": the rest of the name
	}
	j += c.at(j, phrases("cung", "da"))
	n := c.at(j, phrases("bao cao", "trinh bay", "phat bieu", "bao cao tham luan", "tham luan"))
	if n == 0 {
		return false
	}
	for k := j + n; k < len(c.toks); k++ {
		if n := c.at(k, recipientWords) + c.at(k, phrases("len", "toi", "den")); n > 0 && (c.mentionAt(k+n) || c.at(k+n, issuers) > 0 || c.headAt(k+n) > 0) {
			return false // "báo cáo kết quả về UBND xã": a report sent, work
		}
	}
	return c.at(j+n, phrases("ke hoach", "tham luan", "mot so", "tinh hinh", "ket qua", "nhung", "cac", "ve viec", "tien do")) > 0
}

// toldNotAsked reports whether a clause tells news rather than asking for
// work: a dated news lead that no request opens, a purpose or a document
// alone, news about a person, what the speaker did. classify and the
// safety net (knownNoWork) both read it, so that a rule added here holds
// for both.
func (x *extractor) toldNotAsked(c *clause, a analysis) bool {
	return x.datedOpening(c) && !a.leadFromRequest || c.purposeOnly() || c.documentOnly() || c.newsAboutPerson() || c.personNews() ||
		c.doneBySpeaker()
}

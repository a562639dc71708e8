package directives

// What "directs work" means to the safety net (issue 10, item 3): a small
// declared lexicon and grammar, read on a clause the rules left without a
// row. It does not decide who owns the work; it only says that a clause
// asks for some, and which words say so.

// directingRule is the shape by which a clause directs work.
type directingRule int

const (
	dirNone directingRule = iota
	// dirAsked: an asking word with someone or some work after it:
	// "giao Ban Chỉ huy Quân sự rà soát …", "có công văn chỉ đạo tăng cường …".
	dirAsked
	// dirUrged: a modal or urging word right before an action verb:
	// "khẩn trương hoàn thiện …", "phải báo cáo …".
	dirUrged
	// dirUnitActs: a unit or group of the directory, or a body by its
	// name, as the subject of an action verb: "Đội Quản lý thị trường kiểm tra …".
	dirUnitActs
	// dirListItem: an action verb opening a list item under a heading or
	// request that gives out work: "- Mở chuyên mục …".
	dirListItem
	// dirDuty: a speaker stresses the duty of someone: "nhấn mạnh vai
	// trò, trách nhiệm của đội ngũ cán bộ thôn trong công tác …".
	dirDuty
	// dirDeadline: an action verb with a deadline phrase attached:
	// "từ ngày 3/4 - 15/4 ra quân dọn vệ sinh …".
	dirDeadline
)

// directing is why a clause directs work: the rule and its words, as written.
type directing struct {
	rule  directingRule
	words string
	// named marks an asking word with the one asked after it (or before
	// it, in the passive): it holds even in a report's paragraph.
	named bool
	// actor is the name of the body that opens the clause and acts or is
	// asked ("Bộ Tư lệnh Quân khu được giao …"), as written, or "".
	actor string
}

// askingWords ask someone for work.
var askingWords = phrases("giao", "giao cho", "don doc", "giao nhiem vu", "giao nhiem vu cho", "de nghi", "yeu cau", "chi dao", "chi thi",
	"nhac nho", "luu y", "quan triet", "phan cong", "dieu dong", "giao trach nhiem", "giao trach nhiem cho")

// urgingWords, right before an action verb, ask that it be done.
var urgingWords = phrases("phai", "can", "can phai", "khan truong", "tap trung", "chu dong", "tiep tuc", "kip thoi", "quyet liet",
	"khan cap", "som", "nghiem tuc", "tich cuc", "kien quyet", "thuong xuyen", "uu tien", "dong loat", "co trach nhiem", "co nhiem vu",
	"chiu trach nhiem", "chu tri", "tham muu", "phan dau", "nhanh chong", "ngay lap tuc", "khong de", "tuyet doi khong")

// netActions are action verbs the net accepts besides the extractor's
// verbs: work worded with them is rare enough that the rules do not need
// them, but a sentence that opens a list with one asks for it.
var netActions = phrases("ky cam ket", "lap lai", "thiet lap lai", "xoa bo", "thay doi", "sua", "ve sinh", "hoc tap", "phat hien")

// netActionAt returns the length of an action verb at token i, as the net
// reads one: a verb of the extractor (not a noun made of it) or of netActions.
func (c *clause) netActionAt(i int) int {
	if i < 0 || i >= len(c.toks) || c.toks[i].punct {
		return 0
	}
	if k, n := c.cue(i); k == cueVerb && !c.orgNounBefore(i) {
		return n
	}
	return c.at(i, netActions)
}

// netActionWithin returns the token of an action verb within n words
// after token i (passing glue and urging words), or -1.
func (c *clause) netActionWithin(i, n int) int {
	for k := i; k < len(c.toks) && n > 0; k++ {
		if c.toks[k].punct {
			return -1
		}
		if c.netActionAt(k) > 0 {
			return k
		}
		if kind, _ := c.cue(k); kind == cueNarrative {
			return -1 // "tiếp tục được bảo đảm": described, not asked
		}
		if g := c.at(k, glueWords); g > 0 {
			k += g - 1
			continue
		}
		if u := c.at(k, urgingWords); u > 0 {
			k += u - 1
			continue
		}
		n--
	}
	return -1
}

// directsWorkBy reports whether, and by which words, the clause directs
// work by the net's lexicon. listItem says the clause opens a list item
// under a heading or a request that gives out work.
func (c *clause) directsWorkBy(listItem bool) directing {
	start := c.frameEnd()
	if lim := c.timeLimitEnd(); lim > start {
		start = lim
	}
	if listItem {
		if n := c.netActionAt(start); n > 0 {
			return directing{rule: dirListItem, words: c.span(start, start+n)}
		}
	}
	for i := start; i < len(c.toks); i++ {
		if c.toks[i].punct && c.toks[i].w == "(" {
			i = c.parenEnd(i) - 1
			continue
		}
		if d := c.askedAt(i); d.rule != dirNone {
			return d
		}
		if n := c.responsibilityAt(i); n > 0 {
			return directing{rule: dirDuty, words: c.span(i, i+n), named: true}
		}
		if u := c.at(i, urgingWords); u > 0 && c.urgingAt(i, u) && c.actorBefore(start, i) {
			if k := c.netActionWithin(i+u, 2); k >= 0 {
				return directing{rule: dirUrged, words: c.span(i, k+c.netActionAt(k))}
			}
		}
	}
	if d := c.unitActs(start); d.rule != dirNone {
		return d
	}
	return directing{}
}

// askedAt reads an asking word at token i that asks someone, or some
// work: a unit, a body, a title or an action verb follows it.
func (c *clause) askedAt(i int) directing {
	n := c.at(i, askingWords)
	if n == 0 {
		return directing{}
	}
	passive := c.word(i-1) == "duoc" && c.at(i, passiveRequests) > 0 && c.actorBefore(c.frameEnd(), i-1)
	if passive {
		return directing{dirAsked, c.span(i-1, i+c.at(i, passiveRequests)), true, c.bodyName(c.frameEnd(), i-1)} // "Bộ Tư lệnh được giao …": the body is asked
	}
	if !c.actorBefore(c.frameEnd(), i) && !c.documentDirects(c.frameEnd()) {
		return directing{} // "Phòng A thông tin về các loại đất cần lưu ý …": inside what A tells
	}
	k, kn := c.cue(i)
	if k == cueNone || k == cueNarrative || k == cueOther {
		return directing{} // "giao thông", "hồ sơ đề nghị": a noun, not a request
	}
	if k == cueRequest && kn >= n {
		n = kn
	}
	if c.at(i-1, phrases("dat", "khong dat")) > 0 {
		return directing{} // "đạt yêu cầu": a measure, not a request
	}
	if c.orgNounBefore(i) {
		return directing{} // "Ban Chỉ đạo": a name
	}
	j := i + n
	j += c.at(j, phrases("cho"))
	j += c.at(j, phrases("cu the")) // "phân công cụ thể trách nhiệm của các sở …"
	j += c.at(j, phrases("trach nhiem cua", "trach nhiem cho", "nhiem vu cua", "nhiem vu cho"))
	_, named := c.byFirst[j]
	if !named && c.at(j, petitionTargets) > 0 {
		return directing{} // "đề nghị huyện quan tâm hỗ trợ": a petition to a higher level
	}
	if c.addresseeAt(j) {
		return directing{rule: dirAsked, words: c.span(i, i+n), named: true}
	}
	if c.netActionWithin(j, 2) >= 0 {
		return directing{rule: dirAsked, words: c.span(i, i+n)}
	}
	return directing{}
}

// responsibilityAt returns the length of a speaker's stress on the duty
// of someone ("nhấn mạnh vai trò, trách nhiệm của đội ngũ cán bộ thôn
// trong công tác tuyên truyền …"), or 0: what they are to do.
func (c *clause) responsibilityAt(i int) int {
	n := c.at(i, phrases("nhan manh", "de cao"))
	if n == 0 {
		return 0
	}
	j := i + n
	if c.at(j, phrases("vai tro")) > 0 && j+2 < len(c.toks) && c.toks[j+2].punct && c.toks[j+2].w == "," {
		j += 3 // "vai trò, trách nhiệm của …"
	}
	if k := c.at(j, phrases("trach nhiem cua", "vai tro cua")); k > 0 {
		return j + k - i
	}
	return 0
}

// urgingAt reports whether the urging word at token i (n words) is one:
// "cần" of "Cần Thơ", "chủ trì" of a meeting and a noun's "tập trung" are not.
func (c *clause) urgingAt(i, n int) bool {
	if c.orgNounBefore(i) {
		return false
	}
	k, _ := c.cue(i)
	if c.word(i) == "can" && (k == cueNone || !c.writtenAs(i, "cần", "can")) {
		return false // a place, "Cần Thơ", or "cán bộ"
	}
	if c.at(i, phrases("chu tri")) > 0 && c.at(i+n, hostingCues) > 0 {
		return false // "chủ trì hội nghị": who chairs
	}
	return true
}

// unitActs reads a unit or a body as the subject, at token i, of an
// action verb: "Đội Quản lý thị trường kiểm tra …".
func (c *clause) unitActs(i int) directing {
	end := i
	if mi, ok := c.byFirst[i]; ok && !c.mentions[mi].agentOnly && !c.mentions[mi].generic {
		end = c.mentions[mi].last
	} else if h := c.headAt(i); h > 0 {
		for end = i + h; end < len(c.toks) && end < i+10 && !c.toks[end].punct && (c.netActionAt(end) == 0 || c.capitalized(end)) && c.at(end, urgingWords) == 0; end++ {
			if k, _ := c.cue(end); (k == cueNarrative || k == cueSpeech || k == cueRequest || k == cueCoord) && !c.capitalized(end) {
				return directing{} // "Phòng họp số 2 là nơi …": no action after the name
			}
		}
	} else {
		return directing{}
	}
	if k := c.netActionWithin(end, 1); k >= 0 && c.at(k, tellingVerbs) == 0 {
		return directing{rule: dirUnitActs, words: c.span(i, k+c.netActionAt(k)), named: true, actor: c.bodyName(i, end)}
	}
	return directing{}
}

// bodyHeads open the name of a body the extractor's orgHeads do not
// know, that may act when the directory does not hold it: "Bộ Tư lệnh
// Thành phố", "Bộ đội Biên phòng", "lực lượng Công an".
var bodyHeads = phrases("bo tu lenh", "bo doi bien phong", "bo chi huy quan su", "luc luong", "cac luc luong", "to cong tac", "doan cong tac",
	"to dan pho", "ban dieu hanh", "ban quan ly", "ban tiep cong dan", "cong an", "quan doi", "bo doi", "doan kiem tra", "to kiem tra")

// bodyName returns the words [i, j) when they name a body by its head
// ("Bộ Tư lệnh Quân khu", "Đội Quản lý trật tự đô thị"), or "".
func (c *clause) bodyName(i, j int) string {
	if i >= j || c.headAt(i) == 0 && !(c.at(i, determiners) > 0 && c.headAt(i+1) > 0) {
		return ""
	}
	return c.span(i, j)
}

// headAt returns the length of the head of a body's name at token i
// ("Phòng", "Sở", "Bộ Tư lệnh"), or 0: not a verb ("tổ chức", "thanh
// tra"), and a one-word head written as the head is ("Phong trào", "số
// lượng", "đối với" are none).
func (c *clause) headAt(i int) int {
	n := max(c.at(i, orgHeads), c.at(i, bodyHeads))
	if n == 0 || c.netActionAt(i) > 0 {
		return 0
	}
	if forms, ok := headForms[c.word(i)]; ok && n == 1 && !c.writtenAs(i, forms...) {
		return 0
	}
	return n
}

// headForms are the ways one-word heads of a body's name are written,
// where folding makes them another word.
var headForms = map[string][]string{
	"phong": {"phòng"}, "so": {"sở"}, "to": {"tổ"}, "doi": {"đội"}, "hat": {"hạt"}, "xa": {"xã"}, "hoi": {"hội"},
	"doan": {"đoàn"}, "vien": {"viện"}, "tram": {"trạm"}, "cuc": {"cục"}, "truong": {"trường"}, "thon": {"thôn"}, "ban": {"ban"},
	"phuong": {"phường"}, "nganh": {"ngành"},
}

// tellingVerbs, after a unit, tell what it says, not what it is to do:
// "UBND xã thông báo tới toàn thể nhân dân …", "Phòng Y tế báo cáo tình hình …".
var tellingVerbs = phrases("thong bao", "thong tin", "bao cao", "cho biet", "phat bieu", "trinh bay", "giai trinh", "tra loi")

// actorBefore reports whether the words from start to token i, before an
// urging word, are none (the clause has no subject) or end with a body,
// a unit or a person who acts, with nothing but qualifiers after it:
// "UBND các xã cần …", "Các đồng chí Phó Chủ tịch theo lĩnh vực phụ trách
// chủ động …"; not "Hoạt động sản xuất tiếp tục …" (a thing described).
func (c *clause) actorBefore(start, i int) bool {
	if !c.hasWords(start, i) {
		return true
	}
	k := start + c.at(start, determiners)
	actor := -1
	if c.mentionAt(start) && !c.mentions[c.byFirst[start]].agentOnly {
		actor = c.mentions[c.byFirst[start]].last
	} else if c.mentionAt(k) && !c.mentions[c.byFirst[k]].agentOnly {
		actor = c.mentions[c.byFirst[k]].last
	} else if n := max(c.headAt(k), c.at(k, personWords), c.at(k, headTitles), c.at(k, issuers)); n > 0 && c.netActionAt(k) == 0 {
		actor = k + n
	}
	if actor < 0 || actor > i {
		return false // "Hoạt động sản xuất tiếp tục …": a thing described opens the clause
	}
	for k := actor; k < i; k++ {
		if c.at(k, phrases("theo chuc nang", "theo linh vuc", "theo nhiem vu")) > 0 {
			k = c.pastDuty(k) // "theo lĩnh vực phụ trách": which of them, not what they do
			k += c.at(k, phrases("phu trach", "duoc giao", "duoc phan cong")) - 1
			continue
		}
		switch kind, _ := c.cue(k); kind {
		case cueVerb, cueNarrative, cueSpeech, cueRequest, cueCoord:
			return false // "Phòng A thông tin về các loại đất cần …": the urging word is inside what A tells
		}
	}
	return true
}

// addresseeAt reports whether someone asked is named at token i: a
// registered unit, a body by its head word ("các Sở …"), or a head's title
// ("Giám đốc …").
func (c *clause) addresseeAt(i int) bool {
	_, named := c.byFirst[i]
	return named || c.headAt(i) > 0 || c.at(i, determiners) > 0 && c.headAt(i+1) > 0 || c.at(i, headTitles) > 0
}

package directives

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// token is a folded word, or one punctuation character, of a clause.
type token struct {
	w          string
	start, end int // byte range in the clause text
	punct      bool
}

func tokenize(s string) []token {
	f, offs := vntext.FoldMap(s)
	var out []token
	for i := 0; i < len(f); {
		c := f[i]
		switch {
		case c == ' ':
			i++
		case vntext.IsWordByte(c):
			j := i
			for j < len(f) && vntext.IsWordByte(f[j]) {
				j++
			}
			out = append(out, token{w: f[i:j], start: offs[i], end: offs[j]})
			i = j
		default:
			out = append(out, token{w: f[i : i+1], start: offs[i], end: offs[i+1], punct: true})
			i++
		}
	}
	return out
}

// mention is an owner named in a clause, as a token range.
type mention struct {
	first, last int
	owner       Owner
	agentOnly   bool
	concerned   bool // "các đơn vị liên quan": the one asked, never a partner
	generic     bool // "các cơ quan, đơn vị liên quan": never an owner
	// subordinate marks "các đơn vị trực thuộc" with no body after it:
	// after another owner ("chỉ đạo các đơn vị trực thuộc", "UBND các xã
	// và các tổ chức trực thuộc") they are that owner's own, no unit to name.
	subordinate bool
}

// clause is one piece of a conclusion with its tokens and the owners it names.
type clause struct {
	text     string
	toks     []token
	mentions []mention
	byFirst  map[int]int // token index → index into mentions
}

func newClause(text string, dir *tasks.Directory) *clause {
	c := &clause{text: text, toks: tokenize(text), byFirst: map[int]int{}}
	var ms []mention
	for _, m := range dir.Mentions(text) {
		first, last := c.tokenRange(m.Start, m.End)
		if first >= last {
			continue
		}
		phrase := text[m.Start:m.End]
		o := groupOwner(dir, m.Group, phrase)
		if m.Unit != nil {
			o = unitOwner(*m.Unit, phrase)
			o.Retired = m.Retired
		}
		if m.Concerned && m.Unit == nil && !namesKind(phrase) {
			// "các cơ quan, đơn vị liên quan", "các ngành có liên quan": those concerned, no one to name
			ms = append(ms, mention{first: first, last: last, owner: o, concerned: true, generic: true})
			continue
		}
		ms = append(ms, mention{first: first, last: last, owner: o, concerned: m.Concerned})
	}
	ms = c.withoutOtherBodies(ms)
	ms = c.splitKindLists(dir, ms)
	ms = append(ms, c.grammarGroups(dir, ms)...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].first < ms[j].first })
	ms = c.withoutOtherBodies(ms) // and the groups the grammar found: "Công an các xã, phường"
	ms = c.withoutSharedHeads(ms)
	ms = c.unitWithItsGroup(dir, ms)
	ms = c.numberedSiblings(dir, ms)
	for k := range ms {
		if ms[k].owner.Unit == nil && (ms[k].owner.Group == tasks.KindAll || ms[k].owner.Group == tasks.KindDoanThe) && c.subordinateAt(ms[k].last) {
			ms[k].subordinate = true
		}
	}
	for _, g := range agentGroups {
		for i := range c.toks {
			if n := c.at(i, [][]string{g.words}); n > 0 {
				o := groupOwner(dir, g.kind, c.span(i, i+n))
				ms = append(ms, mention{first: i, last: i + n, owner: o, agentOnly: true})
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].first != ms[j].first {
			return ms[i].first < ms[j].first
		}
		return ms[i].last > ms[j].last
	})
	end := -1
	for _, m := range ms {
		if m.first < end {
			continue
		}
		c.byFirst[m.first] = len(c.mentions)
		c.mentions = append(c.mentions, m)
		end = m.last
	}
	return c
}

// tokenRange returns the tokens within the byte range [start, end).
func (c *clause) tokenRange(start, end int) (int, int) {
	first, last := len(c.toks), 0
	for i, t := range c.toks {
		if t.start >= start && t.end <= end {
			first = min(first, i)
			last = i + 1
		}
	}
	return first, last
}

// at returns the length in tokens of the longest phrase of list at token i.
func (c *clause) at(i int, list [][]string) int {
	if i < 0 {
		return 0
	}
	best := 0
	for _, p := range list {
		if len(p) <= best || i+len(p) > len(c.toks) {
			continue
		}
		ok := true
		for n, w := range p {
			if t := c.toks[i+n]; t.punct || t.w != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

func (c *clause) word(i int) string {
	if i < 0 || i >= len(c.toks) || c.toks[i].punct {
		return ""
	}
	return c.toks[i].w
}

// mentionWithin reports whether a mention starts within n words after token i.
func (c *clause) mentionWithin(i, n int) bool {
	for k := i; k < len(c.toks) && n >= 0; k++ {
		if _, ok := c.byFirst[k]; ok {
			return true
		}
		if c.toks[k].punct {
			if c.toks[k].w != "," {
				return false
			}
			continue
		}
		if c.at(k, glueWords) == 0 && c.toks[k].w != "cho" {
			n--
		}
	}
	return false
}

// span returns the clause text of tokens [i, j).
func (c *clause) span(i, j int) string {
	if i >= j || i >= len(c.toks) {
		return ""
	}
	return c.text[c.toks[i].start:c.toks[j-1].end]
}

// cueKind is what a word does in a clause.
type cueKind int

const (
	cueNone cueKind = iota
	cueSpeech
	cueRequest
	cueCoord
	cueOther
	cueAgent
	cueModal
	cueWeakModal
	cueVerb
	cueNarrative
	cueNominal
	// cueDocument is no word's cue: analyze's reader gives it to "có văn
	// bản chỉ đạo", a document that asks, to move past it.
	cueDocument
)

// cue returns the kind and length of the longest cue at token i.
func (c *clause) cue(i int) (cueKind, int) {
	kinds := []struct {
		k    cueKind
		list [][]string
	}{
		{cueSpeech, speechVerbs}, {cueCoord, coordCues}, {cueRequest, requestVerbs},
		{cueModal, modals}, {cueWeakModal, weakModals}, {cueVerb, verbs}, {cueNarrative, narrativeCues},
		{cueOther, otherCues}, {cueAgent, agentCue}, {cueNominal, nominalizers},
	}
	best, bestN := cueNone, 0
	for _, k := range kinds {
		if n := c.at(i, k.list); n > bestN {
			best, bestN = k.k, n
		}
	}
	if best == cueNarrative && (i == 0 || c.at(0, rhythmOpeners) == i) && c.at(i, imperativeReports) == bestN {
		return cueVerb, bestN // "Báo cáo kết quả về UBND xã.": asked, at the head of the clause
	}
	if best == cueNarrative && bestN == 1 && !c.asWritten(i) {
		return cueNone, 1 // "dã bạn", "cơn bão", "đăng": not "đã", "còn", "đang"
	}
	if best == cueNarrative && c.toks[i].w == "co" && (c.word(i+1) == "quan" || c.word(i+1) == "so") {
		return cueNone, 1
	}
	if best == cueModal && c.toks[i].w == "can" && bestN == 1 && c.placeCan(i) {
		return cueNone, 1 // "Cần Thơ", "Cần Giờ": a place's name, not "cần"
	}
	if best == cueVerb && c.at(i, [][]string{{"lam", "viec"}}) == 2 && (c.at(i-1, sessionNouns) > 0 || c.at(i-2, sessionNouns) == 2) {
		return cueNone, 2
	}
	if best == cueRequest && !c.isRequest(i, bestN) {
		if c.at(i, verbs) > 0 {
			return cueVerb, c.at(i, verbs)
		}
		return cueNone, 1
	}
	return best, bestN
}

// isRequest reports whether the request verb at i (n words) asks someone to
// act, rather than being part of a noun ("hồ sơ đề nghị", "giao thông").
func (c *clause) isRequest(i, n int) bool {
	w := c.toks[i].w
	prev := c.word(i - 1)
	if w == "giao" {
		if prev == "ban" && c.writtenAs(i-1, "bàn", "ban") || prev == "duoc" || (n == 1 && c.at(i+1, notRequestAfterGiao) > 0) {
			return false
		}
		// "dự toán tỉnh giao và …": giao asks someone only when they follow.
		if n == 1 && !c.mentionWithin(i+1, 3) && c.at(i+1, orgHeads) == 0 && c.at(i+1, determiners) == 0 &&
			c.at(i+1, personWords) == 0 && c.at(i+1, titleWords) == 0 {
			return false
		}
	}
	for _, p := range requestNouns {
		if i-len(p) >= 0 && c.at(i-len(p), [][]string{p}) == len(p) {
			if r, _ := utf8.DecodeRuneInString(c.text[c.toks[i-len(p)].start:]); unicode.IsUpper(r) && i-len(p) > 0 {
				continue // "Phan Thanh Dũng yêu cầu": a name, not "đúng yêu cầu"
			}
			// "vừa có công văn yêu cầu các xã …" asks; "công văn đề nghị của xã" does not.
			if before := c.word(i - len(p) - 1); p[0] != "cac" && (before == "co" || before == "hanh") {
				continue
			}
			return false
		}
	}
	switch w {
	case "chi", "phan", "dieu":
		// "chỉ đạo (giao) UBND xã An Khánh …": someone follows, known or not
		return !c.isBan(i-1) && (c.mentionWithin(i+n, 3) || c.at(i+n, orgHeads) > 0 || c.at(i+n, determiners) > 0 && c.at(i+n+1, orgHeads) > 0)
	}
	return true
}

// orgNounBefore reports whether the word before i names a body, making the
// verb at i part of its name: "Ban chỉ đạo", "Tổ xây dựng hồ sơ".
func (c *clause) orgNounBefore(i int) bool {
	for _, p := range orgNouns {
		if k := i - len(p); k >= 0 && c.at(k, [][]string{p}) == len(p) {
			if p[len(p)-1] == "phong" && !c.capitalized(i) {
				continue // "Văn phòng tổng hợp …": the office acts; "Phòng Quản lý đô thị" is a name
			}
			if len(p) == 1 && p[0] == "ban" && !c.isBan(k) {
				continue // "văn bản chỉ đạo" is no "Ban chỉ đạo"
			}
			return true
		}
	}
	return false
}

// predKind is what the main predicate of a clause is.
type predKind int

const (
	predNone predKind = iota
	predRequest
	predModal
	predVerb
	predNarrative
)

// analysis is what a clause says: whether it asks for work, and of whom.
type analysis struct {
	pred            predKind
	requestBare     bool // the request verb opens the clause: no speaker before it
	past            bool // the clause holds a mark of the past ("đã", "đạt được")
	lead            *Owner
	coLeads         []Owner // units asked together with the lead, among coords
	leadFromRequest bool
	coords          []Owner
	subjectMention  bool
	subjectless     bool
	unknownLead     string
	unknownCoords   []string
	requestAt       int               // byte offset of the request verb that named the addressee, or -1
	predWord        string            // the words that decided pred, as written
	requestWord     string            // the request verb that named the addressee, as written
	why             map[string]string // owner key → the words that made it a coordinator ("" for one asked with the lead)
	textStart       int               // byte offset where the task text starts
	frame           string
}

type phase int

const (
	phSubject phase = iota
	phAddressee
	phPredicate
)

type scope int

const (
	scNone scope = iota
	scCoord
	scNested
	scAgent
	scOther
)

func (a *analysis) setPred(p predKind, words string) {
	a.pred, a.predWord = p, words
}

func (a *analysis) because(o Owner, words string) {
	if a.why == nil {
		a.why = map[string]string{}
	}
	if _, ok := a.why[o.Key()]; !ok {
		a.why[o.Key()] = words
	}
}

// frameEnd returns the token after a topic or time frame that opens the
// clause and ends at a comma ("Về tiêu chí điện, …"), or 0.
func (c *clause) frameEnd() int {
	if c.at(0, documentFrames) > 0 {
		first := 0
		for i := 1; i < len(c.toks) && i < 60; i++ {
			if c.toks[i].punct && c.toks[i].w == "," {
				if first == 0 {
					first = i + 1
				}
				_, named := c.byFirst[i+1]
				if k, _ := c.cue(i + 1); named || c.at(i+1, issuers) > 0 || k == cueRequest {
					return i + 1 // "Thực hiện các chỉ đạo về … vui tươi, lành mạnh, an toàn, Chủ tịch UBND tỉnh …": the basis ends before who speaks
				}
			}
		}
		return first
	}
	if c.at(0, frameWords) == 0 || c.at(0, whenWords) > 0 {
		return 0 // "Sau khi giải đáp, làm rõ …, ông A đề nghị …": a clause of time, read with its commas by analyze
	}
	if k, _ := c.cue(0); k == cueRequest || k == cueVerb || k == cueModal || k == cueSpeech || k == cueCoord {
		return 0
	}
	for i := 1; i < len(c.toks) && i < 30; i++ {
		if mi, ok := c.byFirst[i]; ok {
			i = c.mentions[mi].last - 1 // a comma inside a name ("UBND các xã, phường") ends no frame
			continue
		}
		if c.toks[i].punct && (c.toks[i].w == "," || c.toks[i].w == ":") {
			return i + 1 // "Về giải phóng mặt bằng: các thôn …" ends the topic at the colon too
		}
		if k, _ := c.cue(i); k == cueRequest && c.word(0) == "doi" {
			return i // "Đối với dự án X giao phường Y …": the frame ends at the request
		}
	}
	return 0
}

// startAt returns the byte offset of the first word at or after token i.
func (c *clause) startAt(i int) int {
	for ; i < len(c.toks); i++ {
		if !c.toks[i].punct {
			return c.toks[i].start
		}
	}
	return len(c.text)
}

func (c *clause) firstMentionFrom(from int) int {
	for i := from; i < len(c.toks); i++ {
		if _, ok := c.byFirst[i]; ok {
			return i
		}
	}
	return len(c.toks)
}

// hasWords reports whether tokens [i, j) hold a word other than glue.
func (c *clause) hasWords(i, j int) bool {
	for k := i; k < j && k < len(c.toks); k++ {
		if !c.toks[k].punct && c.at(k, glueWords) == 0 {
			return true
		}
	}
	return false
}

// orgName returns the words [i, j) when they name a body ("Các đoàn công
// tác", "xã"), or "".
func (c *clause) orgName(i, j int) string {
	for i < j && c.toks[i].punct {
		i++
	}
	k := i + c.at(i, determiners)
	if k >= j || c.at(k, orgHeads) == 0 {
		return ""
	}
	if h := k + c.at(k, orgHeads); h < len(c.toks) && c.at(h, phrases("do", "nay", "minh", "ay", "nao")) > 0 {
		return "" // "cơ quan đó", "đơn vị mình": the one spoken of, no name
	}
	if c.word(k) == "phong" && !c.capitalized(k) && c.at(k+1, phrases("tru", "chong", "ngua", "chay", "dich", "benh", "tranh")) > 0 {
		return "" // "phòng trừ sâu bệnh", "phòng, chống dịch": to prevent, not an office
	}
	end := j
	for e := i; e < j; e++ {
		if c.toks[e].punct && c.toks[e].w != "&" && c.toks[e].w != "-" && c.toks[e].w != "/" {
			end = e
			break
		}
	}
	if end-i > 8 {
		end = i + 8
	}
	return strings.TrimSpace(c.span(i, end))
}

// hasPast reports whether the clause holds a mark of the past, outside
// asides in parentheses.
func (c *clause) hasPast() bool {
	for i := 0; i < len(c.toks); i++ {
		if c.toks[i].punct && c.toks[i].w == "(" {
			i = c.parenEnd(i) - 1
			continue
		}
		if c.at(i, pastMarkers) > 0 && !(c.toks[i].w == "da" && (c.at(i+1, notPastAfterDa) > 0 || !c.asWritten(i))) {
			return true
		}
	}
	return false
}

// parenEnd returns the token after the ")" that closes the "(" at i, or
// i+1 when it is never closed.
func (c *clause) parenEnd(i int) int {
	depth := 0
	for k := i; k < len(c.toks); k++ {
		if !c.toks[k].punct {
			continue
		}
		switch c.toks[k].w {
		case "(":
			depth++
		case ")":
			if depth--; depth == 0 {
				return k + 1
			}
		}
	}
	return i + 1
}

// actionAt reports whether token i is a verb or a modal: after "do X" it
// makes X the agent ("do cơ sở triển khai"), not a cause ("do rét").
func (c *clause) actionAt(i int) bool {
	kind, _ := c.cue(i)
	return kind == cueVerb || kind == cueModal || kind == cueWeakModal
}

// words counts the words of the clause.
func (c *clause) words() int {
	n := 0
	for _, t := range c.toks {
		if !t.punct {
			n++
		}
	}
	return n
}

// datedEvent reports whether the clause opens with the time of an event,
// as a report does: "Sáng ngày 7/1/2021, UBND huyện tổ chức họp …".
func (c *clause) datedEvent() bool {
	switch c.word(0) {
	case "sang", "chieu", "toi", "trua":
	default:
		return false
	}
	k := 1
	if c.word(k) == "nay" {
		k++
	}
	if c.word(k) != "ngay" {
		return false
	}
	w := c.word(k + 1)
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// chairInstructs reports whether the request verb at i, written in the
// past ("đã chỉ đạo và giao nhiệm vụ cho …"), is the chair's instruction in
// the meeting being concluded: its speaker is the chair or a comrade, and
// nothing in the clause reports on how the work went.
func (c *clause) chairInstructs(i int) bool {
	chair := false
	for k := 0; k < i; k++ {
		if c.at(k, chairWords) > 0 {
			chair = true
		}
	}
	if !chair {
		return false
	}
	for k := i; k < len(c.toks); k++ {
		if c.reportsAt(k) {
			return false
		}
	}
	return true
}

// issuerBefore reports whether the request verb at i follows, after the
// last comma before it, the body or person who issues it: "…, Chủ tịch
// UBND huyện vừa có công văn yêu cầu …", "…, UBND tỉnh yêu cầu …".
func (c *clause) issuerBefore(i int) bool {
	comma := -1
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if c.toks[k].punct {
			if c.toks[k].w == "," {
				comma = k
			}
			break
		}
	}
	if comma < 0 {
		return false
	}
	k := comma + 1
	return c.at(k, issuers) > 0
}

// namesKind reports whether a group phrase names a kind of unit ("các sở,
// ngành liên quan", "các bộ phận chuyên môn liên quan") rather than only
// generic bodies ("các cơ quan, đơn vị, địa phương liên quan").
func namesKind(phrase string) bool {
	c := &clause{text: phrase, toks: tokenize(phrase)}
	for i := range c.toks {
		if c.at(i, kindNouns) > 0 && !(c.word(i) == "phuong" && c.word(i-1) == "dia") {
			return true // "địa phương" is any place, not a phường
		}
	}
	return false
}

// documentNouns name a document that carries an instruction.
var documentNouns = phrases("cong van", "van ban", "ke hoach", "chi thi", "cong dien", "thong bao", "quyet dinh", "thong bao ket luan")

// documentRequest returns the token of the request verb when the words at i
// tell that a document was issued to ask someone ("(đã) có Công văn số 12/UBND
// ngày 3/8 yêu cầu …", "ban hành văn bản chỉ đạo …"), and nothing in the
// clause reports how the work went; otherwise 0.
func (c *clause) documentRequest(i int) int {
	k := i
	if n := c.at(k, phrases("co", "ban hanh", "gui", "phat hanh", "ky ban hanh", "ky", "ky ban hanh van ban")); n > 0 {
		k += n
	}
	dn := c.at(k, documentNouns)
	if dn == 0 {
		return 0
	}
	for j := k + dn; j < len(c.toks) && j < k+20; j++ { // past the noun: "Chỉ thị" names the document, it asks no one
		if c.toks[j].punct && c.toks[j].w != "/" && c.toks[j].w != "-" && c.toks[j].w != "," {
			return 0
		}
		if kind, _ := c.cue(j); kind == cueRequest {
			for r := j; r < len(c.toks); r++ {
				if c.reportsAt(r) {
					return 0
				}
			}
			return j
		}
	}
	return 0
}

// markWords are the marks of mood that folding confuses with other words:
// the folded word and the ways it may be written (with its accents, or
// without any when the text was typed without them).
var markWords = map[string][]string{
	"da":    {"đã", "da"},
	"dang":  {"đang", "dang"},
	"vua":   {"vừa", "vua"},
	"chua":  {"chưa", "chua"},
	"con":   {"còn", "con"},
	"duoc":  {"được", "duoc"},
	"thi":   {"thì", "thi"},
	"co":    {"có", "co"},
	"nhung": {"nhưng", "nhung"}, // not "những"
	"song":  {"song"},           // not "sông"
}

// verbEndsAt reports whether a verb ends right before token i: "sau khi
// giải đáp, làm rõ …" lists the verbs of one clause.
func (c *clause) verbEndsAt(i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if k, n := c.cue(j); (k == cueVerb || k == cueRequest) && j+n == i {
			return true
		}
	}
	return false
}

// otherBodies name a body of a place that is not its People's Committee:
// "Đảng ủy phường An Phú", "HĐND xã Vĩnh Phong", "Công an xã Đông Sơn".
var otherBodies = phrases("dang uy", "dang bo", "chi bo", "hdnd", "hoi dong nhan dan", "thuong truc hdnd", "cong an", "mttq", "mat tran to quoc",
	"uy ban mttq", "ban chi huy quan su", "doan thanh nien", "hoi nong dan", "hoi phu nu", "hoi cuu chien binh", "tram y te", "truong", "cu tri", "nhan dan", "ban thuong vu")

// withoutOtherBodies drops the mentions of a commune named after another
// body of it: "Đảng ủy phường An Phú" is not UBND phường An Phú, though
// "phường An Phú" is how that committee is registered.
func (c *clause) withoutOtherBodies(ms []mention) []mention {
	out := ms[:0]
	droppedEnd := -1 // the end of the last mention dropped, for the list that goes on with it
	for _, m := range ms {
		committee := m.owner.Unit != nil && committeeName(m.owner.Unit.Name) || m.owner.Unit == nil && m.owner.Group == tasks.KindXa
		if committee && c.at(m.first, phrases("ubnd", "uy ban nhan dan", "chu tich")) == 0 {
			other := false
			for k := 1; k <= 4 && k <= m.first; k++ {
				if c.at(m.first-k, otherBodies) == k {
					other = true
				}
			}
			if droppedEnd >= 0 && m.first == droppedEnd+1 && (c.toks[droppedEnd].punct && c.toks[droppedEnd].w == "," || c.word(droppedEnd) == "va") || c.listOfOtherBodies(m.first) {
				other = true // "Công an phường Ba Đình, Hoàn Kiếm": the police of both wards
			}
			if other {
				droppedEnd = m.last
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// listOfOtherBodies reports whether token i goes on with a list of names
// that began with another body of a place: "Công an phường Hòa Xá, An
// Bình" (i at "An Bình").
func (c *clause) listOfOtherBodies(i int) bool {
	if i == 0 || !(c.toks[i-1].punct && c.toks[i-1].w == "," || c.word(i-1) == "va") {
		return false
	}
	for p := i - 2; p >= 0 && p >= i-10; p-- {
		for q := max(0, p-3); q < p; q++ {
			if k := c.at(q, otherBodies); k > 0 && q+k == p+1 {
				p = q // "Công an": the body's name ends here
				break
			}
		}
		if k := c.at(p, otherBodies); k > 0 {
			for q := p + k; q < i; q++ {
				if !(c.toks[q].punct && c.toks[q].w == "," || c.word(q) == "va" || c.capitalized(q) || c.at(q, placeWords) > 0) {
					return false
				}
			}
			return c.at(p+k, placeWords) > 0
		}
		if !(c.toks[p].punct && c.toks[p].w == "," || c.word(p) == "va" || c.capitalized(p) || c.at(p, placeWords) > 0) {
			return false
		}
	}
	return false
}

// objectBefore reports whether the words before the request verb at i
// name the work, not who speaks: "Công tác tuyển quân năm 2026 giao cho
// Ban Chỉ huy Quân sự xã …".
func (c *clause) objectBefore(i int) bool {
	start := c.frameEnd()
	if c.at(start, workNouns) == 0 || i <= start+1 {
		return false
	}
	for k := start; k < i; k++ {
		if _, named := c.byFirst[k]; named || c.toks[k].punct || c.at(k, issuers) > 0 || c.at(k, personWords) > 0 {
			return false
		}
	}
	return true
}

// workNouns open a clause that names the work before who is to do it.
var workNouns = phrases("cong tac", "nhiem vu", "viec", "noi dung", "ke hoach", "de an", "du an", "phuong an")

// verbAfterComma reports whether, after token i and within the clause, a
// comma is followed by a verb or a modal.
func (c *clause) verbAfterComma(i int) bool {
	for j := i + 1; j+1 < len(c.toks); j++ {
		if c.toks[j].punct && c.toks[j].w == "," {
			if kind, _ := c.cue(j + 1); kind == cueVerb || kind == cueModal || kind == cueWeakModal {
				return true
			}
		}
		if c.toks[j].punct && c.toks[j].w != "," {
			return false
		}
	}
	return false
}

// committeeName reports whether a unit is a People's Committee: "UBND xã
// An Bình", "Ủy ban nhân dân phường 3".
func committeeName(name string) bool {
	f := vntext.Fold(name)
	return strings.HasPrefix(f, "ubnd ") || strings.HasPrefix(f, "uy ban nhan dan ")
}

// writtenAs reports whether token i is written as one of forms (lower case).
func (c *clause) writtenAs(i int, forms ...string) bool {
	if i < 0 || i >= len(c.toks) {
		return false
	}
	w := strings.ToLower(c.text[c.toks[i].start:c.toks[i].end])
	for _, f := range forms {
		if w == f {
			return true
		}
	}
	return false
}

// reportsAt reports whether a word of report stands at token i, as
// written: "chưa", "nhưng", not "chữa cháy", "những", "bờ sông".
func (c *clause) reportsAt(i int) bool {
	return c.at(i, reportWords) > 0 && c.asWritten(i)
}

// asWritten reports whether token i, when it is one of markWords, is
// written as that mark ("đã", not "dã" or "đà"; "còn", not "cơn").
func (c *clause) asWritten(i int) bool {
	forms, ok := markWords[c.toks[i].w]
	if !ok {
		return true
	}
	w := strings.ToLower(c.text[c.toks[i].start:c.toks[i].end])
	for _, f := range forms {
		if w == f {
			return true
		}
	}
	return false
}

// subordinateAt reports whether "trực thuộc" stands at token i with no
// body after it: the units under the subject, not units of the directory.
func (c *clause) subordinateAt(i int) bool {
	n := c.at(i, phrases("truc thuoc", "thuoc quyen"))
	if n == 0 {
		return false
	}
	j := i + n
	if j >= len(c.toks) || c.toks[j].punct {
		return true
	}
	if c.at(j, orgHeads) > 0 {
		return false // "trực thuộc UBND huyện": the issuer's, every unit
	}
	kind, _ := c.cue(j)
	return kind == cueVerb || kind == cueModal || kind == cueWeakModal || kind == cueOther || c.at(j, glueWords) > 0
}

// unitWithItsGroup reads a unit followed by "và các" and the group of its
// own kind as that group: "Ủy ban MTTQ và các tổ chức chính trị - xã hội"
// are the đoàn thể, the Ủy ban MTTQ among them.
func (c *clause) unitWithItsGroup(dir *tasks.Directory, ms []mention) []mention {
	var out []mention
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.owner.Unit != nil && k+1 < len(ms) {
			n := ms[k+1]
			if n.owner.Unit == nil && n.owner.Group == m.owner.Unit.Kind && !n.generic && c.word(m.last) == "va" && n.first == m.last+1 {
				g := groupOwner(dir, n.owner.Group, c.span(m.first, n.last))
				out = append(out, mention{first: m.first, last: n.last, owner: g})
				k++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// thenAfter returns the token after the "thì" that follows token i, or 0.
func (c *clause) thenAfter(i int) int {
	for k := i + 1; k < len(c.toks); k++ {
		if c.word(k) == "thi" && c.asWritten(k) {
			return k + 1
		}
	}
	return 0
}

// reportsUp reports whether the clause, with no subject, asks for the
// report of the work before it: its first verb, after words of manner, is
// "báo cáo" ("Kịp thời báo cáo những vấn đề phát sinh về UBND huyện").
func (c *clause) reportsUp() bool {
	for i := c.frameEnd(); i < len(c.toks); i++ {
		kind, n := c.cue(i)
		switch kind {
		case cueWeakModal, cueModal:
			i += n - 1
			continue
		case cueVerb:
			return c.at(i, phrases("bao cao")) > 0
		}
		return false
	}
	return false
}

// isBan reports whether token i is "ban" (a board) as written, not "bản",
// "bán" or "bạn", which fold to the same word.
func (c *clause) isBan(i int) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].w == "ban" && strings.ToLower(c.text[c.toks[i].start:c.toks[i].end]) == "ban"
}

// dutyWords go with "theo chức năng, nhiệm vụ được giao".
var dutyWords = map[string]bool{"theo": true, "chuc": true, "nang": true, "nhiem": true, "vu": true, "duoc": true, "giao": true,
	"quyen": true, "han": true, "cua": true, "minh": true, "linh": true, "vuc": true, "phu": true, "trach": true, "va": true}

// pastDuty returns the token after "theo chức năng, nhiệm vụ (được giao)"
// that starts at i.
func (c *clause) pastDuty(i int) int {
	start := i
	for i < len(c.toks) && (c.toks[i].punct && c.toks[i].w == "," || !c.toks[i].punct && dutyWords[c.toks[i].w]) {
		if kind, _ := c.cue(i); i > start+1 && (kind == cueVerb || kind == cueModal || kind == cueWeakModal) {
			break // "theo chức năng, nhiệm vụ theo dõi chặt chẽ …": the work starts
		}
		i++
	}
	return i
}

// pastBefore is hasPast for a clause whose predicate starts at token at: a
// mark of the past further on counts only where a clause of its own starts
// (after a comma, "và", "nhưng"), not inside the object ("hướng dẫn nhân
// dân thu hoạch lúa đã chín").
func (c *clause) pastBefore(at int) bool {
	for i := 0; i < len(c.toks); i++ {
		if c.toks[i].punct && c.toks[i].w == "(" {
			i = c.parenEnd(i) - 1
			continue
		}
		if c.at(i, pastMarkers) == 0 || c.toks[i].w == "da" && (c.at(i+1, notPastAfterDa) > 0 || !c.asWritten(i)) {
			continue
		}
		if c.qualifiesNoun(i) {
			continue // "các nhiệm vụ, giải pháp đã được Huyện ủy … đề ra": which tasks, not a report
		}
		if at < 0 || i <= at+1 || c.toks[i-1].punct || c.at(i-1, phrases("va", "nhung", "song")) > 0 || c.commaBetween(at, i) {
			return true
		}
	}
	return false
}

// qualifiesNoun reports whether the mark of the past at token i opens a
// clause that only says which thing is meant: "(đã) được <someone>
// <đề ra, giao, phê duyệt …>" at the end of the clause.
func (c *clause) qualifiesNoun(i int) bool {
	j := i
	if c.word(j) == "da" {
		j++
	}
	if c.word(j) != "duoc" || j == i && c.word(i-1) == "" {
		return false
	}
	for k := j + 1; k < len(c.toks) && k <= j+12; k++ {
		if n := c.at(k, qualifyingVerbs); n > 0 {
			e := k + n
			return e >= len(c.toks) || c.toks[e].punct
		}
		if kind, _ := c.cue(k); kind == cueVerb || kind == cueModal || kind == cueRequest {
			return false
		}
	}
	return false
}

// qualifyingVerbs end a clause that says which thing is meant: "các nhiệm
// vụ đã được UBND huyện đề ra", "kế hoạch được phê duyệt".
var qualifyingVerbs = phrases("de ra", "giao", "phe duyet", "ban hanh", "thong qua", "quy dinh", "xac dinh", "phan cong", "dang ky", "neu", "neu tren")

// commaBetween reports whether a comma or a semicolon stands between tokens i and j.
func (c *clause) commaBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(c.toks); k++ {
		if c.toks[k].punct && (c.toks[k].w == "," || c.toks[k].w == ";") {
			return true
		}
	}
	return false
}

// capitalized reports whether token i is written with a capital.
func (c *clause) capitalized(i int) bool {
	r, _ := utf8.DecodeRuneInString(c.text[c.toks[i].start:])
	return unicode.IsUpper(r)
}

// canPlaces are the second words of places whose name begins with "Cần", as written (lower
// case), known even in capitals: "CẦN THƠ", "Cần Giờ", "Cần Đước", "Cần Giuộc", and "Can Tho",
// "Can Giuoc" typed without diacritics. "cần được" is not "Cần Đước".
var canPlaces = []string{"thơ", "giờ", "đước", "giuộc", "tho", "giuoc"}

// placeCan reports whether "Cần" at token i begins a place's name: a known place, or "Cần" and
// the next word both written as names, a capital then lower case ("Cần Thạnh"). In capitals
// ("CẦN TĂNG CƯỜNG …") a capital is no evidence of a name.
func (c *clause) placeCan(i int) bool {
	if c.capitalized(i) && c.writtenAs(i+1, canPlaces...) && (c.writtenAs(i, "cần") || c.writtenAs(i+1, "tho", "giuoc")) {
		return true
	}
	return i+1 < len(c.toks) && !c.toks[i+1].punct && c.titled(i) && c.titled(i+1)
}

// titled reports whether token i is written as a name: a capital, then lower case ("Thơ").
func (c *clause) titled(i int) bool {
	w := c.text[c.toks[i].start:c.toks[i].end]
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (n == len(w) || strings.ToLower(w[n:]) == w[n:])
}

// numberedSiblings finds the units listed by number after one named in
// full: "các tổ dân phố 6, 7, 8", "thôn 2 và 3" name "Tổ dân phố 7" and
// "Tổ dân phố 8", "Thôn 3" too, when the directory has them.
func (c *clause) numberedSiblings(dir *tasks.Directory, ms []mention) []mention {
	var out []mention
	for k, m := range ms {
		out = append(out, m)
		if m.owner.Unit == nil || m.last < 1 || !isNumber(c.word(m.last-1)) {
			continue
		}
		name := strings.Fields(vntext.Fold(m.owner.Unit.Name))
		if len(name) < 2 || name[len(name)-1] != c.word(m.last-1) {
			continue
		}
		stem := strings.Join(name[:len(name)-1], " ")
		next := len(c.toks)
		if k+1 < len(ms) {
			next = ms[k+1].first
		}
		for i := m.last; i+1 < next; i += 2 {
			if !(c.toks[i].punct && c.toks[i].w == ",") && c.word(i) != "va" || !isNumber(c.word(i+1)) {
				break
			}
			u, ok := unitNamed(dir, stem+" "+c.word(i+1))
			if !ok {
				break
			}
			out = append(out, mention{first: i + 1, last: i + 2, owner: unitOwner(u, c.span(i+1, i+2))})
		}
	}
	return out
}

// unitNamed returns the unit whose folded name is name.
func unitNamed(dir *tasks.Directory, name string) (tasks.Unit, bool) {
	for _, u := range dir.Units() {
		if u.RetiredAt == nil && strings.Join(strings.Fields(vntext.Fold(u.Name)), " ") == name {
			return u, true
		}
	}
	return tasks.Unit{}, false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// withoutSharedHeads drops a group phrase that heads a list of names after
// a colon: "UBND các phường: Yên Thanh, Quang Trung" names those wards, not
// every ward.
func (c *clause) withoutSharedHeads(ms []mention) []mention {
	named := make([]bool, len(c.toks)+1)
	for _, m := range ms {
		if m.owner.Unit != nil {
			for t := m.first; t < m.last && t < len(named); t++ {
				named[t] = true
			}
		}
	}
	var out []mention
	for _, m := range ms {
		if m.owner.Unit == nil && m.last < len(c.toks) && c.toks[m.last].punct && c.toks[m.last].w == ":" && c.namesAfter(m.last, named) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// unknownFirstName returns the name listed first after a colon, before the
// first unit of the directory at token j, when the directory does not know
// it: "các phường: Yên Thanh, Quang Trung" → "Yên Thanh".
func (c *clause) unknownFirstName(i, j int) string {
	colon := -1
	for k := i; k < j; k++ {
		if c.toks[k].punct && c.toks[k].w == ":" {
			colon = k
		}
	}
	if colon < 0 {
		return ""
	}
	end := colon + 1
	for end < j && !c.toks[end].punct && c.capitalized(end) {
		end++
	}
	if end == colon+1 || end < j && !(c.toks[end].punct && c.toks[end].w == ",") && c.word(end) != "va" {
		return ""
	}
	return c.span(colon+1, end)
}

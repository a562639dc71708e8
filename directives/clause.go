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
	// openRequest reads "đã yêu cầu X …" as a request still open: the
	// extractor sets it when the clause gives X a deadline still ahead.
	openRequest bool
	dir         *tasks.Directory // the directory the mentions come from; nil for a bare clause
}

func newClause(text string, dir *tasks.Directory) *clause {
	c := &clause{text: text, toks: tokenize(text), byFirst: map[int]int{}, dir: dir}
	var ms []mention
	for _, m := range dir.Mentions(text) {
		first, last := c.tokenRange(m.Start, m.End)
		if first >= last {
			continue
		}
		phrase := text[m.Start:m.End]
		if m.Unit == nil && m.Group == tasks.KindThon && boardNotVillage(phrase) {
			continue // "các ban HĐND": boards, not "các bản" (villages), though they fold alike
		}
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
	ms = append(ms, c.forceMentions(dir)...)
	ms = append(ms, c.boardMentions(dir)...)
	ms = append(ms, c.cellMentions(dir)...)
	ms = append(ms, c.territoryMentions(dir)...)
	ms = append(ms, c.staffMentions(dir)...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].first < ms[j].first })
	ms = c.withoutOtherBodies(ms) // and the groups the grammar found: "Công an các xã, phường"
	ms = c.withoutSharedHeads(ms)
	ms = c.unitWithItsGroup(dir, ms)
	ms = c.numberedSiblings(dir, ms)
	ms = c.withoutHigherLevels(dir, ms)
	ms = c.withoutContractors(ms)
	for k := range ms {
		if c.eachYetToAssign(ms[k]) {
			ms[k].generic = true // "phân công cụ thể từng cơ quan chủ trì": who leads is yet to be assigned
		}
	}
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
	if best == cueNarrative && bestN == 1 && c.toks[i].w == "con" && c.word(i+1) == "lai" {
		return cueNone, 2 // "trong quý IV còn lại": the rest of a period, no report
	}
	if best == cueModal && c.toks[i].w == "can" && bestN == 1 && c.placeCan(i) {
		return cueNone, 1 // "Cần Thơ", "Cần Giờ": a place's name, not "cần"
	}
	if best == cueVerb && i > 0 && c.titleCased(i) && c.titleCased(i-1) {
		return cueNone, bestN // "Báo Thanh tra", "Tổ Công tác": a verb inside a name
	}
	if (best == cueVerb || best == cueModal) && bestN == 1 && len(foldedVerbs[c.toks[i].w]) > 0 && !c.writtenAs(i, foldedVerbs[c.toks[i].w]...) {
		return cueNone, 1 // "mô hình": not "mở"; "chuyên viên": not "chuyển"; "Cán bộ": not "cần"
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
		if prev == "ban" && c.writtenAs(i-1, "bàn", "ban") || prev == "duoc" || (n == 1 && c.at(i+1, notRequestAfterGiao) > 0 && c.at(i+1, phrases("tiep tuc")) == 0) {
			return false
		}
		// "dự toán tỉnh giao và …": giao asks someone only when they follow.
		if n == 1 && !c.mentionWithin(i+1, 3) && c.at(i+1, orgHeads) == 0 && c.at(i+1, determiners) == 0 &&
			c.at(i+1, personWords) == 0 && c.at(i+1, titleWords) == 0 && !c.givesToFrame(i) {
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
	leadFromFrame   bool   // the lead is the unit of "Đối với X, …"
	aside           [2]int // byte offsets of words set between the subject and its predicate: no deadline there
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

// chairInstructs reports whether the request verb at i, written in the
// past ("đã chỉ đạo và giao nhiệm vụ cho …"), is the chair's instruction in
// the meeting being concluded: its speaker is the chair or a comrade, and
// nothing in the clause reports on how the work went.
func (c *clause) chairInstructs(i int) bool {
	chair := c.at(0, purposeWords) > 0 && c.issuerBefore(i-1) // "Để tăng cường quản lý, UBND huyện đã yêu cầu các xã …": the request the news is about
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
		if kind, _ := c.cue(j); kind == cueRequest || c.at(j, directingVerbs) > 0 && c.startsWork(j+c.at(j, directingVerbs)) {
			// "vừa có Công văn đôn đốc tổ chức tổng kết …": the letter asks for work, no one named
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
	"nghe":  {"nghe"},           // not "Nghệ (An)"
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

// commaBetween reports whether a comma or a semicolon stands between tokens i and j.
func (c *clause) commaBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(c.toks); k++ {
		if c.toks[k].punct && (c.toks[k].w == "," || c.toks[k].w == ";") {
			return true
		}
	}
	return false
}

// boardNotVillage reports whether a phrase the directory read as villages
// ends with "ban" as written, not "bản": "các ban" are boards.
func boardNotVillage(phrase string) bool {
	ws := strings.Fields(strings.ToLower(phrase))
	return len(ws) > 0 && ws[len(ws)-1] == "ban"
}

// eachYetToAssign reports whether a mention is "từng <kind>" after "phân
// công (cụ thể) (cho)": each body will be given its part, none is named yet.
func (c *clause) eachYetToAssign(m mention) bool {
	if c.word(m.first) != "tung" {
		return false
	}
	for _, p := range phrases("phan cong cu the cho", "phan cong cu the", "phan cong cho", "phan cong", "giao cu the cho", "giao cu the") {
		if k := m.first - len(p); k >= 0 && c.at(k, [][]string{p}) == len(p) {
			return true
		}
	}
	return false
}

// titleCased reports whether token i is a word written with a capital and
// then lower case ("Thanh", not "THANH" nor "thanh"), as the words of a
// name are.
func (c *clause) titleCased(i int) bool {
	t := c.toks[i]
	if t.punct {
		return false
	}
	w := c.text[t.start:t.end]
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && n < len(w) && strings.ToLower(w[n:]) == w[n:]
}

// foldedVerbs are one-word verbs and modals that folding makes the same
// as other words, with the ways they are written: "mở" (not "mô", "mổ"),
// "chuyển" (not "chuyên"), "cần" (not "cán").
var foldedVerbs = map[string][]string{
	"mo":     {"mở"},
	"chuyen": {"chuyển"},
	"can":    {"cần", "can"}, // "can" typed without accents; "cán bộ", "cạn" are none
}

// hasFrom reports whether the clause holds one of the phrases at or after
// byte offset from: "Dự báo … sẽ có nhiều diễn biến phức tạp, vì thế UBND
// huyện chỉ đạo …" plans nothing after the reason.
func (c *clause) hasFrom(from int, list [][]string) bool {
	for i := range c.toks {
		if c.toks[i].start >= from && c.at(i, list) > 0 {
			return true
		}
	}
	return false
}

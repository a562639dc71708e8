package directives

// Cutting an item into pieces: where a new request or a second deadline
// starts a clause of its own, and the predicates that decide it.

import (
	"strings"
)

// split cuts an item where a new request starts ("… và đề nghị xã Quảng
// Lâm …"), where a second piece of work gets its own deadline, and at a
// weekday parallel to a weekly deadline.
func (x *extractor) split(item string) []piece {
	var out []piece
	for _, part := range x.splitRequests(item) {
		out = append(out, x.splitDeadlines(part)...)
	}
	return out
}

// maxPieces bounds how many pieces one item is cut into: real sentences
// hold a few, and a pathological text must not make cutting quadratic.
const maxPieces = 16

func (x *extractor) splitRequests(text string) []string {
	var out []string
	for len(out) < maxPieces {
		c := newClause(text, x.dir)
		cut := -1
		body := 0
		if c.at(0, documentFrames) > 0 {
			body = c.frameEnd() // "Căn cứ Công văn …, giao Phòng X …": the basis is no work of its own
		}
		for i := max(1, body); i+1 < len(c.toks) && cut < 0; i++ {
			t := c.toks[i]
			if !(t.punct && t.w == ",") && t.w != "va" {
				continue
			}
			if k, n := c.cue(i + 1); k == cueRequest && c.at(i-2, phrases("lanh dao")) != 2 && (c.mentionWithin(i+1+n+c.at(i+1+n, aheadFrames), 3) && (c.hasPredicate(body, i) || (t.punct || !c.requestEndsAt(i)) && c.hasCue(body, i, cueNarrative)) ||
				c.at(i+1+n, orgHeads) > 0 && c.hasCue(body, i, cueNarrative) && !c.requestEndsAt(i)) {
				// "… đánh giá cao …, đồng thời chỉ ra … và yêu cầu cơ quan soạn thảo …"; not "đã chỉ đạo và giao …", one request
				cut = i
			}
			if t.punct && c.newSubjectAt(i+1) && !c.endsMention(i) && (c.hasAct(c.lastRequestEnd(i), i) || t.w == "," && c.statesBefore(body, i)) {
				cut = i // "Sở Y tế chỉ đạo các bệnh viện sẵn sàng, Sở Tài chính bố trí kinh phí"
			}
			if n := c.at(i+1, rhythmOpeners); t.punct && t.w == "," && n > 0 && c.hasAct(body, i) && (c.actionAt(i+1+n) || c.at(i+1+n, phrases("bao cao", "tong hop")) > 0) {
				cut = i // "… giải quyết kiến nghị của cử tri, định kỳ hàng quý báo cáo kết quả": a second work, with its rhythm
			}
		}
		if cut < 0 {
			return append(out, text)
		}
		out = append(out, strings.TrimSpace(text[:c.toks[cut].start]))
		text = strings.TrimSpace(text[c.toks[cut+1].start:])
	}
	return append(out, text)
}

// lastRequestEnd returns the token after the last request verb before i,
// or 0: "… yêu cầu Bí thư Đảng ủy, Chủ tịch UBND các xã …" names two
// addressees of one request, not two subjects.
func (c *clause) lastRequestEnd(i int) int {
	for k := i - 1; k >= 0; k-- {
		if kind, n := c.cue(k); kind == cueRequest {
			return k + n
		}
	}
	return 0
}

// startsWork reports whether token i opens work: a verb or a modal, or
// an urging word before a verb ("tăng cường …", "chủ động rà soát …").
func (c *clause) startsWork(i int) bool {
	kind, n := c.cue(i)
	switch kind {
	case cueVerb, cueModal:
		return true
	case cueWeakModal:
		k, _ := c.cue(i + n)
		return k == cueVerb
	}
	return false
}

// aheadFrames may stand between a request verb and its addressee: "đề
// nghị trong thời gian tới các thôn tiếp tục …".
var aheadFrames = phrases("trong thoi gian toi", "thoi gian toi", "trong thoi gian sap toi", "thoi gian sap toi", "trong tuan toi", "trong thang toi", "tu nay den cuoi nam")

// hasPredicate reports whether tokens [i, j) hold a verb, a modal, or a
// request with words after it ("đã chỉ đạo và giao …" is one request).
func (c *clause) hasPredicate(i, j int) bool {
	for k := i; k < j; k++ {
		kind, n := c.cue(k)
		if kind == cueVerb || kind == cueModal || kind == cueRequest && c.hasWords(k+n, j) {
			return true
		}
	}
	return false
}

// directsWork reports whether the clause opens with a verb of directing
// followed by the work itself, no one named: "chỉ đạo phòng trừ sâu bệnh".
func (c *clause) directsWork() bool {
	k := c.frameEnd()
	n := c.at(k, directingVerbs)
	return n > 0 && c.at(k+n, personWords) == 0 && c.at(k+n, titleWords) == 0 && c.mentionLen(k+n) == 0
}

// requestEndsAt reports whether a request verb ends right before token i,
// however it is used: "đã chỉ đạo và giao …" is one request.
func (c *clause) requestEndsAt(i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if n := c.at(j, requestVerbs); n > 0 && j+n >= i { // "chỉ đạo và giao nhiệm vụ cho" is one request verb
			return true
		}
	}
	return false
}

// hasCue reports whether tokens [i, j) hold a cue of kind k.
func (c *clause) hasCue(i, j int, k cueKind) bool {
	for n := i; n < j; n++ {
		if kind, _ := c.cue(n); kind == k {
			return true
		}
	}
	return false
}

// hasAction reports whether the clause holds a verb or a modal.
func (c *clause) hasAction() bool {
	for k := range c.toks {
		if kind, _ := c.cue(k); (kind == cueVerb || kind == cueModal || kind == cueWeakModal) && !c.orgNounBefore(k) && !c.inMention(k) { // "Ban Chỉ đạo", "Giáo dục đào tạo" are names
			return true
		}
	}
	return false
}

// startsClause reports whether token i can open a clause of its own.
func (c *clause) startsClause(i int) bool {
	if _, ok := c.byFirst[i]; ok {
		return true
	}
	switch kind, _ := c.cue(i); kind {
	case cueVerb, cueModal, cueRequest, cueCoord:
		return true
	}
	return c.at(i, imperativeReports) > 0 // "…, báo cáo kết quả về Văn phòng trước ngày 22"
}

// opensWithNoun reports whether the clause opens with a noun phrase that
// names no body: the goods of a list cut by semicolons ("…; toàn bộ hồ
// sơ, tài liệu … trước ngày 25/10").
func (c *clause) opensWithNoun() bool {
	i := c.frameEnd()
	if i != 0 || i >= len(c.toks) || c.toks[i].punct {
		return false
	}
	if _, ok := c.byFirst[i]; ok {
		return false
	}
	k, _ := c.cue(i)
	return k == cueNone && c.at(i, orgHeads) == 0 && c.word(i) != "cac" && c.at(i, goOnWords) == 0 && c.at(i, frameWords) == 0
}

// hasAct reports whether tokens [i, j) hold a verb or a modal, not only a
// request and its addressees ("yêu cầu các sở, đơn vị thuộc UBND tỉnh,
// UBND các huyện triển khai …" is one request).
func (c *clause) hasAct(i, j int) bool {
	for k := i; k < j; k++ {
		if kind, _ := c.cue(k); kind == cueVerb || kind == cueModal || kind == cueWeakModal {
			return true
		}
	}
	return false
}

// actionWithin reports whether a verb or a modal comes within the first n
// words: "kiên quyết xử lý nghiêm …" is work, not a list of nouns.
func (c *clause) actionWithin(n int) bool {
	for i := 0; i < len(c.toks) && i < n; i++ {
		if kind, _ := c.cue(i); kind == cueVerb || kind == cueModal || kind == cueWeakModal || kind == cueRequest {
			return true
		}
	}
	return false
}

// directingVerbs, opening an item, direct the owner's own subordinates
// rather than give the work away: "Chỉ đạo các bệnh viện …".
var directingVerbs = phrases("chi dao", "don doc")

// nounHead reports whether the clause opens with a noun of a list of
// things (its first word is no cue and no body), as the goods of a list cut
// by semicolons do: "…; toàn bộ hồ sơ, tài liệu có liên quan …".
func (c *clause) nounHead() bool {
	return c.opensWithNoun() && c.commaBefore(c.firstAction())
}

// firstAction returns the token of the first verb or modal, or len(toks).
func (c *clause) firstAction() int {
	for i := range c.toks {
		if kind, _ := c.cue(i); kind == cueVerb || kind == cueModal || kind == cueWeakModal || kind == cueRequest {
			return i
		}
	}
	return len(c.toks)
}

// commaBefore reports whether a comma stands before token i.
func (c *clause) commaBefore(i int) bool {
	return c.commaBetween(0, i)
}

// inMention reports whether token k is inside the name of a unit the
// clause mentions.
func (c *clause) inMention(k int) bool {
	for _, m := range c.mentions {
		if k >= m.first && k < m.last {
			return true
		}
	}
	return false
}

// statesBefore reports whether tokens [i, j) state what something is ("…
// là nhiệm vụ chính trị quan trọng của địa phương"), with no request: a
// subject that acts after the comma starts the work ("…, HĐNVQS xã cần tập
// trung lãnh đạo …").
func (c *clause) statesBefore(i, j int) bool {
	for k := i; k < j; k++ {
		if kind, _ := c.cue(k); kind == cueRequest {
			return false
		}
	}
	for k := i; k < j; k++ {
		if c.word(k) == "la" && c.writtenAs(k, "là") {
			return true
		}
	}
	return false
}

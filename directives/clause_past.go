package directives

// Whether a clause reports the past or a duty already given: "đã", dated
// events, "được giao", "đã được … đề ra".

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

// proceedingVerbs tell what a meeting itself did: it heard, evaluated,
// discussed.
var proceedingVerbs = phrases("danh gia", "thao luan", "nghe", "cho y kien", "tong ket", "so ket", "kiem diem", "ban bac", "ban")

// meetingProceeds reports whether the clause tells the meeting's own
// proceedings: "Hội nghị (tập trung) đánh giá kết quả …; thảo luận …" is
// the story of the meeting, not work given ("Hội nghị thống nhất …" is).
func (c *clause) meetingProceeds() bool {
	i := c.frameEnd()
	n := c.at(i, phrases("hoi nghi", "cuoc hop", "phien hop", "buoi lam viec", "buoi hop", "ky hop"))
	if n == 0 {
		return false
	}
	i += n
	i += c.at(i, phrases("tap trung", "da", "cung", "con"))
	return c.at(i, proceedingVerbs) > 0
}

// reportsAt reports whether a word of report stands at token i, as
// written: "chưa", "nhưng", not "chữa cháy", "những", "bờ sông".
func (c *clause) reportsAt(i int) bool {
	return c.at(i, reportWords) > 0 && c.asWritten(i)
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
	asideFrom, asideTo := c.asideAfterSubject(at)
	for i := 0; i < len(c.toks); i++ {
		if c.toks[i].punct && c.toks[i].w == "(" {
			i = c.parenEnd(i) - 1
			continue
		}
		if i > asideFrom && i < asideTo {
			continue // "Công an xã, qua kiểm tra thực tế …, cần tăng cường …": how the unit learnt, not a report
		}
		if c.at(i, pastMarkers) == 0 || c.toks[i].w == "da" && (c.at(i+1, notPastAfterDa) > 0 || !c.asWritten(i)) {
			continue
		}
		if c.qualifiesNoun(i) || c.whichOnes(i) {
			continue // "các nhiệm vụ, giải pháp đã được Huyện ủy … đề ra", "những hộ đã hoàn thành": which ones, not a report
		}
		if at < 0 || i <= at+1 || c.toks[i-1].punct || (c.at(i-1, phrases("va", "nhung", "song")) > 0 && c.asWritten(i-1)) || c.commaBetween(at, i) {
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

// asideAfterSubject returns the commas around words set between the
// subject that opens the clause and its predicate at token at ("Công an
// xã, qua kiểm tra thực tế tại các thôn, cần tăng cường tuần tra"), or
// -1, -1.
func (c *clause) asideAfterSubject(at int) (int, int) {
	mi, ok := c.byFirst[c.frameEnd()]
	if !ok || at <= 0 || at > len(c.toks) {
		return -1, -1
	}
	m := c.mentions[mi]
	if m.last >= at-1 || !c.toks[m.last].punct || c.toks[m.last].w != "," || !c.toks[at-1].punct || c.toks[at-1].w != "," {
		return -1, -1
	}
	return m.last, at - 1
}

// intentOfIssuer reports whether the issuer, right after a comma, tells
// what it will do: "Dự kiến, tại kỳ họp thứ 8, …, UBND tỉnh sẽ trình …".
func (c *clause) intentOfIssuer() bool {
	for i := range c.toks {
		if c.at(i, intentWords) > 0 && (c.issuerBefore(i) || c.levelBefore(i)) {
			return true
		}
	}
	return false
}

// issuerLevels name the issuer by its level alone: "tỉnh", "huyện", "thành phố".
var issuerLevels = phrases("tinh", "huyen", "xa", "phuong", "thanh pho", "tp", "thi xa", "thi tran")

// levelBefore reports whether the words right before token i, after a
// comma, are the issuer's level alone: "Theo UBND tỉnh, từ ngày 1-7-2025,
// tỉnh sẽ đưa vào vận hành …".
func (c *clause) levelBefore(i int) bool {
	for _, p := range issuerLevels {
		if k := i - len(p); k > 0 && c.at(k, [][]string{p}) == len(p) && c.toks[k-1].punct && c.toks[k-1].w == "," {
			return true
		}
	}
	return false
}

// whichOnes reports whether "đã" at token i tells which ones of a plural
// noun just before it are meant: "đối với những hộ (gia đình) đã hoàn
// thành …", not that the work is done.
func (c *clause) whichOnes(i int) bool {
	if c.word(i) != "da" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if c.toks[k+1].punct {
			return false
		}
		if (c.word(k) == "nhung" && c.writtenAs(k, "những", "nhung") || c.word(k) == "cac") && k > 0 && c.at(k-1, phrases("voi", "cho", "cua")) > 0 {
			return true // "đối với những hộ đã …", "cho các hộ đã …"
		}
	}
	return false
}

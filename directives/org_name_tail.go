package directives

// nameLevels end the name of a body of a level: "Ban Quản lý dự án đầu tư
// xây dựng huyện".
var nameLevels = phrases("huyen", "tinh", "xa", "phuong", "quan", "thi xa", "thi tran", "thanh pho")

// nameTail returns where the name of a body that begins with a capitalised
// head at k (n words, "Ban Quản lý" or "Sở") and was cut at token end, before the predicate the
// reading chose, really ends. A name written as one ("Sở Xây dựng", "Ban
// Quản lý dự án đầu tư xây dựng huyện") keeps the words that look like a
// verb: a capitalised word right after the head, with the word(s) it forms
// a verb with ("Xây dựng"), and lower-case words up to the level word that
// ends the name when the real verb follows it ("… xây dựng huyện hoàn
// thành"). Otherwise it returns end.
func (c *clause) nameTail(k, n, end int) int {
	if !c.capitalized(k) || end >= len(c.toks) || c.toks[end].punct || !c.titledWithin(k+1, end+1) {
		return end
	}
	e := end
	for e < len(c.toks) && !c.toks[e].punct && c.titled(e) && !c.mentionAt(e) {
		e += max(1, c.at(e, verbs))
	}
	for p := e; p < len(c.toks) && p < e+4 && !c.toks[p].punct; p++ {
		if l := c.at(p, nameLevels); l > 0 && c.at(p+l, verbs) > 0 {
			return p + l // the level itself may read as a mention: "huyện"
		}
		if c.mentionAt(p) {
			break
		}
	}
	return e
}

// titledWithin reports whether a word of tokens [i, j) is written as a
// name: "Sở Xây dựng", "Ban Quản lý dự án", not "ban chỉ đạo".
func (c *clause) titledWithin(i, j int) bool {
	for t := i; t < j && t < len(c.toks); t++ {
		if !c.toks[t].punct && c.titled(t) {
			return true
		}
	}
	return false
}

// mentionAt reports whether a mention of a unit or group starts at token i.
func (c *clause) mentionAt(i int) bool {
	_, ok := c.byFirst[i]
	return ok
}

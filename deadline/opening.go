package deadline

// A year that opens a clause sets the time of the whole clause ("Năm 2013, ngành Y tế phấn đấu
// giảm tỷ lệ mắc …", "Riêng năm 2014, xã quyết tâm đạt thêm 5 tiêu chí", "Theo UBND tỉnh, năm
// 2019, tỉnh phấn đấu có hai địa phương …"), as "Tuần sau, …" does. A bare year is too vague to be
// a deadline on its own word; it is one only when the clause plainly asks for work (a request
// marker, not merely no marker) and the year has not ended: "Năm 2012, các cơ sở y tế đã khám …"
// tells, "Năm 2024 là năm …" describes.

// yearOpening reports whether c, a year written alone ("năm 2019"), opens a clause (the start of
// the sentence, after a comma, or after "riêng") with a comma after it, in a clause that asks
// for work, or opens what a leader's speech asks with an obligation right after it ("nhấn mạnh
// năm 2025 phải …"), and has not ended before the reference.
func (p *parser) yearOpening(c *cand) bool {
	if p.typed || len(c.e.days) != 1 || c.e.days[0].kind != kYear || c.e.rec != nil || !p.is(c.first, "nam") {
		return false
	}
	if c.d.Time.Before(p.ref) {
		return false
	}
	b := c.first - 1
	if p.written(b, "riêng") {
		b--
	}
	if !p.is(c.last, ",") {
		// "Thủ tướng nhấn mạnh năm 2025 phải ưu tiên cho tăng trưởng": the year is the topic of
		// an obligation that a reported speech opens
		return p.match(c.last, yearDuties) > 0 && (b < 0 || p.sentenceEnd(b) || p.is(b, ",") || p.endsWith(b, speechVerbs))
	}
	if b >= 0 && !p.sentenceEnd(b) && !p.is(b, ",") {
		return false
	}
	return p.clauseMood(c) == moodRequest
}

// yearDuties right after a year make it the topic of an obligation: "năm 2025 phải …".
var yearDuties = phrases("phai", "can phai", "phan dau", "quyet tam")

// speechVerbs report what a leader asks: the clause after them is the request.
var speechVerbs = phrases("nhan manh", "yeu cau", "khang dinh", "chi dao", "luu y", "de nghi", "cho rang", "ket luan")

// endsWith reports whether one of list ends at token b (inclusive).
func (p *parser) endsWith(b int, list [][]string) bool {
	for _, w := range list {
		if s := b - len(w) + 1; s >= 0 && p.match(s, [][]string{w}) == b+1 {
			return true
		}
	}
	return false
}

// weekDays reports whether c, "trong tuần", names the days of any week after "ngày" ("tất cả
// các ngày làm việc trong tuần", "các ngày trong tuần"): a schedule, not a time limit.
func (p *parser) weekDays(c *cand) bool {
	if !p.is(c.first, "trong", "tuan") || c.last != c.first+2 {
		return false
	}
	return p.is(c.first-1, "ngay") || p.is(c.first-3, "ngay", "lam", "viec")
}

package deadline

// A year after "đến" is a horizon: how far a plan, a resolution or a target looks ("quy hoạch sử
// dụng đất đến năm 2030", "phấn đấu đến năm 2020, … cơ bản hoàn thành hạ tầng", "nâng cao thu nhập
// … đến năm 2025, định hướng đến năm 2030"), not the day work is due. A time limit for a year is
// written otherwise: "trong năm 2025", "trước năm 2026", "đến hết năm 2025", "chậm nhất năm 2025".

// horizon reports whether c is a year alone written right after "đến" (not "đến hết"), with no
// deadline word before it.
func (p *parser) horizon(c *cand) bool {
	if !p.is(c.first, "den") || p.is(c.first+1, "het") || c.prec != precYear || c.d.Rule != nil {
		return false
	}
	if len(c.e.days) != 1 || c.e.days[0].kind != kYear {
		return false
	}
	return p.match(c.first-2, strongLeads) != c.first && p.match(c.first-1, strongLeads) != c.first
}

// pauseWords before a span "từ … đến …" make it a time without work: days off ("nghỉ"), a pause
// or a closure of a service ("tạm dừng", "ngừng", "tạm hoãn", "đóng cửa", "tạm đóng", "đóng tạm
// thời", "phong tỏa"). "Đóng" is a closure only so written: "đóng góp", "đóng trên địa bàn" are
// other words.
var pauseWords = map[string]bool{"nghỉ": true, "dừng": true, "ngừng": true, "hoãn": true, "tỏa": true}

// pauseAt reports whether token b is a word of pause or closure.
func (p *parser) pauseAt(b int) bool {
	if p.plain() {
		return p.plainPause(b)
	}
	w := p.original(b)
	if pauseWords[w] {
		return true
	}
	if w != "đóng" {
		return false
	}
	next := p.original(b + 1)
	return p.original(b-1) == "tạm" || next == "cửa" || next == "tạm"
}

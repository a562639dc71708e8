package deadline

// purposeBetween reports whether the word "để" ("so that") stands between tokens a and b: what
// follows it is the purpose of the task, done by someone else ("gửi Sở Tài chính trước 15/11 để
// tổng hợp, báo cáo UBND tỉnh trước 30/11"), and a deadline there is not the task's. Typed
// without accents, "de" counts unless it begins "đề nghị" or "đề xuất".
func (p *parser) purposeBetween(a, b int) bool {
	for i := a; i < b && i < len(p.toks); i++ {
		if p.tok(i) != "de" {
			continue
		}
		if word := p.original(i); word == "để" || word == "de" && !p.oneOf(i+1, "nghi", "xuat") {
			return true
		}
	}
	return false
}

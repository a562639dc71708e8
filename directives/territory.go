package directives

// The whole territory of the issuer as the subject of what it must do:
// "TP phải tăng tốc", "toàn tỉnh cần …" is every unit of the directory.

import "github.com/dondoc/dondoc/tasks"

// territoryWords name the issuer's whole territory.
var territoryWords = phrases("toan tinh", "toan thanh pho", "toan huyen", "toan xa", "toan phuong", "tp", "thanh pho", "tinh")

// territoryLevels are the levels of the territory words whose level is
// certain (a city may be a province's or a district's): a level above the
// directory's office is not the issuer's own territory.
var territoryLevels = map[string]int{"tinh": 3, "huyen": 2}

// territoryMentions returns, as every unit, a territory word that opens a
// clause (or follows a comma or a frame) bare, with no name after it, and
// stands before a modal: "… yêu cầu trong quý IV còn lại TP phải tăng tốc".
func (c *clause) territoryMentions(dir *tasks.Directory) []mention {
	var out []mention
	for i := range c.toks {
		n := c.at(i, territoryWords)
		if n == 0 || c.word(i) == "tp" && !c.writtenAs(i, "tp") || n == 1 && c.word(i) == "tinh" && !c.writtenAs(i, "tỉnh") {
			continue
		}
		if c.word(i) == "tp" && c.toks[i].w == "tp" && c.text[c.toks[i].start:c.toks[i].end] != "TP" {
			continue // "tp" in lower case is no abbreviation of the city
		}
		if i+n >= len(c.toks) || c.toks[i+n].punct || c.capitalized(i+n) {
			continue // "TP. Hạ Long", "thành phố Cần Thơ": a name
		}
		if k, _ := c.cue(i + n); k != cueModal || c.at(i+n, phrases("phai", "can", "can phai")) == 0 {
			continue
		}
		if i > 0 && !c.toks[i-1].punct && c.at(i-1, phrases("ubnd", "dan", "cua", "tai", "o", "voi", "cho", "an", "doan", "uy", "ve", "den")) > 0 {
			continue // "UBND thành phố phải …", "Công an tỉnh cần …", "của tỉnh cần …": part of another phrase
		}
		if lv := territoryLevels[c.word(i+n-1)]; lv > directoryLevel(activeKinds(dir)) {
			continue // "tỉnh cần hỗ trợ thêm kinh phí cho huyện" in a district's conclusion: the level above
		}
		out = append(out, mention{first: i, last: i + n, owner: groupOwner(dir, tasks.KindAll, c.span(i, i+n))})
	}
	return out
}

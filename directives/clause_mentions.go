package directives

// Which mentions of units a clause keeps: other bodies named like units, a
// unit with its own group, numbered siblings, shared head nouns, names the
// directory does not know.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

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
	if forms, ok := headForms[c.word(k)]; ok && c.word(k) != "truong" && c.at(k, orgHeads) == 1 && !c.writtenAs(k, forms...) && !(c.unaccented() && c.writtenAs(k, c.word(k))) {
		return "" // "đối với", "số lượng", "Phong trào": not "Đội", "Sở", "Phòng"
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
	if end == j {
		end = c.nameTail(k, c.at(k, orgHeads), end)
	}
	if end-i > 12 {
		end = i + 12
	}
	return strings.TrimSpace(c.span(i, end))
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

// isBan reports whether token i is "ban" (a board) as written, not "bản",
// "bán" or "bạn", which fold to the same word.
func (c *clause) isBan(i int) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].w == "ban" && strings.ToLower(c.text[c.toks[i].start:c.toks[i].end]) == "ban"
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

// joiners join a body to the units after it: "Ban quản lý chợ cùng các
// thôn", "UBND xã A và Công an xã".
var joiners = phrases("cung voi", "cung", "va", ",")

// unknownBodyBefore returns the name of a body the directory does not
// know, named first and joined to the first unit of the directory at token
// j ("yêu cầu lãnh đạo UBND xã Đắk Ha cùng các cơ quan, ban ngành …",
// "Đề nghị Ban quản lý chợ cùng các thôn …"): it leads, unknown, and the
// units after it take part. A collective ("Ban Chỉ huy … các ngành, các
// cấp") names no one body and gives "".
func (c *clause) unknownBodyBefore(i, j int) string {
	for i < j && (c.toks[i].punct || c.at(i, staffWords) > 0) {
		if c.toks[i].punct {
			i++
			continue
		}
		i += c.at(i, staffWords) // "lãnh đạo UBND xã A": the body
	}
	end := -1
	for k := j - 1; k > i; k-- {
		if n := c.at(k, joiners); n > 0 && k+n == j || k+1 == j && c.toks[k].punct && c.toks[k].w == "," && c.at(i, orgHeads) < k-i {
			// "giao Sở Tư pháp (unknown), UBND các phường, xã …": the body named first leads; but a bare
			// head shares the tail of the group after it ("Đảng ủy, UBND các xã": of the communes)
			end = k
			break
		}
	}
	if end <= i {
		return ""
	}
	for k := i; k < end; k++ {
		if c.toks[k].punct || c.at(k, determiners) > 0 || c.at(k, joiners) > 0 {
			return "" // a list or a collective, not one body
		}
	}
	if mi, ok := c.byFirst[j]; ok && c.mentions[mi].owner.Unit == nil && c.mentions[mi].owner.Group == tasks.KindXa &&
		bareLocalCommittee.MatchString(vntext.Fold(c.span(i, end))) {
		return "" // "Ủy ban nhân dân thành phố và các huyện": the committees of the city and of the districts, one group
	}
	return c.orgName(i, end)
}

// bareLocalCommittee is the committee of a locality named by its kind
// alone, folded: "ủy ban nhân dân thành phố", "UBND thị xã".
var bareLocalCommittee = regexp.MustCompile(`^(?:ubnd|uy ban nhan dan) (?:thanh pho|thi xa|huyen|quan|xa|phuong|thi tran)$`)

// unaccented reports whether the clause was typed without diacritics: no
// letter outside ASCII.
func (c *clause) unaccented() bool {
	for _, r := range c.text {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

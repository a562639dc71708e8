package directives

import (
	"strings"
	"unicode"

	"github.com/dondoc/dondoc/tasks"
)

// A grammar of group phrases, beside the fixed phrases the directory knows:
// an optional head ("Chủ tịch UBND", "Thủ trưởng", "các ông"), a
// determiner ("các", "mỗi", "từng", "toàn thể"), and a list of nouns of
// a kind of unit joined by commas or "và", with qualifiers after it
// ("trực thuộc", "cấp huyện", "trên địa bàn", "có liên quan"). "Chủ tịch
// UBND các xã, phường, đặc khu", "Thủ trưởng các cơ quan, ban ngành, đoàn
// thể cấp huyện", "các ông trưởng thôn trong xã", "Trưởng thôn, tổ trưởng
// tổ dân phố" are all read, however the list is written.

// groupNoun is a noun of a kind of unit; kind "" stands for "ban", "ngành":
// the sở of a province, the phòng of a commune.
type groupNoun struct {
	words []string
	kind  tasks.Kind
	role  bool // a person at the head of the unit: "trưởng thôn"
}

const kindBoard tasks.Kind = "" // "ban", "ngành": sở or phòng, by the directory

var groupNouns = func() []groupNoun {
	var out []groupNoun
	add := func(k tasks.Kind, role bool, ps ...string) {
		for _, p := range phrases(ps...) {
			out = append(out, groupNoun{words: p, kind: k, role: role})
		}
	}
	add(tasks.KindXa, false, "xa", "phuong", "thi tran", "dac khu", "huyen", "thi xa", "thanh pho", "quan", "dia phuong")
	add(tasks.KindThon, false, "thon", "xom", "ap", "khom", "to dan pho", "tdp", "khu pho", "lang", "ban lang", "khu dan cu", "thon ban", "thon xom")
	add(tasks.KindThon, true, "truong thon", "thon truong", "xom truong", "truong xom", "truong ap", "truong lang", "truong khu pho",
		"to truong to dan pho", "to truong tdp", "to truong dan pho", "truong ban")
	add(tasks.KindSo, false, "so", "so nganh", "so ban nganh") // "các sở ngành, đơn vị": the nouns juxtaposed
	add(tasks.KindPhong, false, "phong", "phong ban", "bo phan chuyen mon", "bo phan", "phong chuyen mon", "co quan chuyen mon", "cong chuc chuyen mon", "chuyen mon")
	add(kindBoard, false, "ban", "nganh", "ban nganh", "ban, nganh")
	add(tasks.KindDoanThe, false, "doan the", "hoi", "hoi doan the", "to chuc chinh tri xa hoi", "to chuc doan the", "mttq", "mat tran")
	add(tasks.KindAll, false, "co quan", "don vi", "co quan don vi", "cap uy", "chinh quyen", "co so")
	add(tasks.KindXa, false, "chinh quyen dia phuong", "chinh quyen co so", "chinh quyen cap xa", "chinh quyen cac cap") // the local governments: the communes
	return out
}()

// groupHeads may stand before the determiner: the head of each unit.
var groupHeads = phrases("chu tich ubnd", "chu tich uy ban nhan dan", "ubnd", "uy ban nhan dan", "thu truong", "truong",
	"lanh dao", "nguoi dung dau", "ban nhan dan", "giam doc", "chu tich", "ban chi huy quan su")

// groupDeterminers make the nouns after them a group.
var groupDeterminers = phrases("cac", "moi", "tung", "toan the", "tat ca cac", "toan bo cac", "cac ong", "cac ong ba", "cac ba", "cac dong chi")

// groupQualifiers may follow the list without ending the phrase.
var groupQualifiers = phrases("truc thuoc ubnd tinh", "truc thuoc ubnd huyen", "truc thuoc tinh", "truc thuoc huyen", "thuoc ubnd tinh", "thuoc ubnd huyen", "thuoc ubnd xa", "thuoc tinh", "thuoc huyen",
	"cap huyen", "cap tinh", "cap xa", "tren dia ban", "trong xa", "trong phuong", "trong huyen", "trong tinh",
	"cua huyen", "cua tinh", "cua xa", "tinh", "huyen", "xa", "phuong", "thanh pho", "thi xa", "chuyen mon")

// concernedWords end a group phrase that names those concerned.
var concernedWords = phrases("lien quan", "co lien quan")

// groupPart is one noun of a group phrase's list: its kind (kindBoard
// resolved to sở or phòng) and its tokens.
type groupPart struct {
	kind        tasks.Kind
	first, last int
	board       bool // "ban", "ngành": a kind only by the directory
}

// groupPartsAt is groupAt with the list's nouns in order.
func (c *clause) groupPartsAt(i int, has map[tasks.Kind]bool) (end int, kind tasks.Kind, concerned bool, parts []groupPart) {
	k := i
	head := c.at(k, groupHeads)
	k += head
	det := c.at(k, groupDeterminers)
	k += det
	kinds := map[tasks.Kind]bool{}
	role := false
	last := k
	for n := 0; n < 12; n++ {
		best := groupNoun{}
		for _, g := range groupNouns {
			if len(g.words) > len(best.words) && c.at(k, [][]string{g.words}) == len(g.words) {
				best = g
			}
		}
		if len(best.words) == 0 {
			break
		}
		if best.words[0] == "ban" && len(best.words) == 1 {
			switch strings.ToLower(c.text[c.toks[k].start:c.toks[k].end]) {
			case "ban":
			case "bản":
				best = groupNoun{words: best.words, kind: tasks.KindThon} // "các thôn, bản": a village
			default:
				best = groupNoun{} // "bán chuyên trách", "bạn": not a board
			}
			if len(best.words) == 0 {
				break
			}
		}
		parts = append(parts, groupPart{kind: best.kind, first: k, last: k + len(best.words), board: best.kind == kindBoard})
		k += len(best.words)
		kinds[best.kind] = true
		role = role || best.role
		last = k
		if q := c.at(k, groupQualifiers); q > 0 {
			k += q
			last = k
		}
		if k < len(c.toks) && c.toks[k].punct && (c.toks[k].w == "," || c.toks[k].w == "/") || c.word(k) == "va" {
			k++
			if n := c.at(k+1, phrases("don vi", "co quan")); c.word(k-1) == "va" && c.word(k) == "cac" && n > 0 && c.at(k+1+n, concernedWords) == 0 {
				k++ // "các ngành và các đơn vị": a list with the generic noun, every unit
			}
			continue
		}
		break
	}
	// "cấp ủy, chính quyền địa phương" needs no determiner: the Party
	// committees and governments of the communes ("sự chỉ đạo của cấp ủy,
	// chính quyền" names no one)
	partyAndGovernment := len(parts) == 2 && c.at(parts[0].first, phrases("cap uy")) == 2 && parts[1].kind == tasks.KindXa &&
		c.at(parts[1].first, phrases("chinh quyen")) == 2
	// "phối hợp với chính quyền địa phương", "chính quyền các cấp": the local governments, named whole
	// ("chính quyền địa phương hai cấp", "… cấp huyện" name a tier of government, no units)
	localGovernments := len(parts) == 1 && c.at(parts[0].first, phrases("chinh quyen dia phuong", "chinh quyen cac cap")) == parts[0].last-parts[0].first &&
		!isNumber(c.word(parts[0].last)) && c.at(parts[0].last, phrases("hai", "cap", "ba")) == 0
	if len(kinds) == 0 || det == 0 && !role && !partyAndGovernment && !localGovernments && !(head > 0 && len(parts) >= 2) {
		return i, "", false, nil // "UBND xã": one body, the issuer most often; "Thủ trưởng cơ quan, ban, ngành" is a list
	}
	end = last
	if n := c.at(end, concernedWords); n > 0 {
		end += n
		concerned = true
	}
	if kinds[kindBoard] {
		delete(kinds, kindBoard)
		board := tasks.KindPhong
		switch {
		case kinds[tasks.KindThon] && len(kinds) == 1:
			board = tasks.KindThon // "các thôn, bản": bản is a village
		case has[tasks.KindSo] || !has[tasks.KindPhong] && kinds[tasks.KindSo]:
			board = tasks.KindSo
		}
		kinds[board] = true
		for n := range parts {
			if parts[n].kind == kindBoard {
				parts[n].kind = board
			}
		}
	}
	switch {
	case partyAndGovernment:
		kind = tasks.KindXa
	case kinds[tasks.KindAll] || len(kinds) > 1:
		kind = tasks.KindAll
	default:
		for k := range kinds {
			kind = k
		}
	}
	return end, kind, concerned, parts
}

// splitKindLists replaces a phrase of the directory that names every
// unit by the groups it lists, when it lists kinds and no generic noun:
// "các sở, ngành, địa phương" is the sở, leading, and the local
// governments (corpus labels 169, 184), not every unit.
func (c *clause) splitKindLists(dir *tasks.Directory, ms []mention) []mention {
	var has map[tasks.Kind]bool
	var out []mention
	for _, m := range ms {
		if m.owner.Unit != nil || m.owner.Group != tasks.KindAll || m.concerned {
			out = append(out, m)
			continue
		}
		if has == nil {
			has = activeKinds(dir)
		}
		end, _, concerned, parts := c.groupPartsAt(m.first, has)
		split := splitKinds(parts)
		if end != m.last || concerned || len(split) < 2 {
			out = append(out, m)
			continue
		}
		for n, p := range split {
			first, last := p.first, p.last
			if n == 0 {
				first = m.first
			}
			if n == len(split)-1 {
				last = m.last
			}
			out = append(out, mention{first: first, last: last, owner: groupOwner(dir, p.kind, c.span(first, last))})
		}
	}
	return out
}

// activeKinds are the kinds of the directory's units in service.
func activeKinds(dir *tasks.Directory) map[tasks.Kind]bool {
	has := map[tasks.Kind]bool{}
	for _, u := range dir.Units() {
		if u.RetiredAt == nil {
			has[u.Kind] = true
		}
	}
	return has
}

// grammarGroups returns the group phrases of the clause that the
// directory's own phrases do not cover.
func (c *clause) grammarGroups(dir *tasks.Directory, taken []mention) []mention {
	has := activeKinds(dir)
	covered := make([]bool, len(c.toks)+1)
	by := make([]int, len(c.toks)+1) // the mention that covers each token, or -1
	for t := range by {
		by[t] = -1
	}
	for k, m := range taken {
		for t := m.first; t < m.last && t < len(covered); t++ {
			covered[t] = true
			if by[t] < 0 {
				by[t] = k
			}
		}
	}
	var out []mention
	for i := 0; i < len(c.toks); i++ {
		if c.toks[i].punct {
			continue
		}
		end, kind, concerned, parts := c.groupPartsAt(i, has)
		if end <= i {
			continue
		}
		ok := !c.namesAfter(end, covered) // "các Sở: Công Thương, …", "Trưởng các thôn Đông Sơn, Tây Sơn": named one by one
		for t := i; t < end && ok; t++ {
			if by[t] < 0 {
				continue
			}
			m := taken[by[t]]
			if m.owner.Unit != nil || m.first < i || m.last > end || m.first == i && m.last == end {
				// the directory's names, and its phrases as long, hold; the grammar fills the gaps and
				// reads on where a phrase stops short ("các sở, ban ngành, đơn vị thuộc UBND tỉnh": every unit)
				ok = false
			}
		}
		if !ok {
			continue
		}
		if concerned && kind == tasks.KindAll && specificHead(parts) {
			kind = parts[0].kind // "các sở, ngành, địa phương, đơn vị liên quan": the sở concerned
		}
		if split := splitKinds(parts); !concerned && kind == tasks.KindAll && len(split) > 1 {
			// "các sở, ngành, địa phương": the sở, and the local governments with them
			for n, p := range split {
				first, last := p.first, p.last
				if n == 0 {
					first = i
				}
				if n == len(split)-1 {
					last = end
				}
				out = append(out, mention{first: first, last: last, owner: groupOwner(dir, p.kind, c.span(first, last))})
			}
			i = end - 1
			continue
		}
		o := groupOwner(dir, kind, c.span(i, end))
		m := mention{first: i, last: end, owner: o, concerned: concerned}
		if concerned && kind == tasks.KindAll {
			m.generic = true
		}
		out = append(out, m)
		i = end - 1
	}
	return out
}

// namesAfter reports whether the words at i go on with names, after an
// optional colon: a capitalised word that is no verb, or a unit of the
// directory.
func (c *clause) namesAfter(i int, named []bool) bool {
	if i < len(c.toks) && c.toks[i].punct && c.toks[i].w == ":" {
		i++
	}
	if i >= len(c.toks) || c.toks[i].punct {
		return false
	}
	if named[i] {
		return true
	}
	r := []rune(c.text[c.toks[i].start:c.toks[i].end])
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	kind, _ := c.cue(i)
	return kind == cueNone
}

// specificHead reports whether a list's first noun names a kind of unit of
// its own (sở, phòng, xã, thôn, đoàn thể), not a generic one (cơ quan, đơn
// vị, ban, ngành, địa phương): "các sở, ngành … liên quan" are the sở
// concerned, "các ngành, đơn vị liên quan" no one in particular.
func specificHead(parts []groupPart) bool {
	if len(parts) == 0 {
		return false
	}
	p := parts[0]
	return !p.board && p.kind != tasks.KindAll && p.kind != tasks.KindXa
}

// splitKinds cuts a list of nouns of several kinds, none generic, into
// runs of one kind ("các sở, ngành, địa phương": sở, ngành | địa phương);
// nil when a noun is generic (cơ quan, đơn vị: every unit) or there is
// only one kind.
func splitKinds(parts []groupPart) []groupPart {
	var out []groupPart
	for _, p := range parts {
		if p.kind == tasks.KindAll {
			return nil
		}
		if len(out) > 0 && out[len(out)-1].kind == p.kind {
			out[len(out)-1].last = p.last
			continue
		}
		out = append(out, p)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// levelWords name the level of a government after a group's nouns: "các
// phòng ban chức năng quận", "các sở, ngành tỉnh".
// They are matched as written ("quận", not "cơ quan"; "tỉnh", not "tình"),
// or, in words typed without diacritics, by levelWordsBare.
var levelWords = map[string]int{"tỉnh": 3, "huyện": 2, "quận": 2, "thị xã": 2}

// levelWordsBare are levelWords as typed without diacritics. "quan" is not
// one of them: bare, it is as likely "cơ quan" as "quận".
var levelWordsBare = map[string]int{"tinh": 3, "huyen": 2, "thi xa": 2}

// directoryLevel is the level of the office that keeps the directory: a
// province registers sở (3), a district communes (2), a commune neither (1).
func directoryLevel(has map[tasks.Kind]bool) int {
	switch {
	case has[tasks.KindSo]:
		return 3
	case has[tasks.KindXa]:
		return 2
	}
	return 1
}

// withoutHigherLevels drops the groups whose words end with a level above
// the directory's office ("UBND phường phối hợp với các phòng ban chức năng
// quận"): they are that level's units, none of the directory's.
func (c *clause) withoutHigherLevels(dir *tasks.Directory, ms []mention) []mention {
	var has map[tasks.Kind]bool
	out := ms[:0:0]
	for _, m := range ms {
		if m.owner.Unit == nil && m.owner.Group != "" {
			if has == nil {
				has = activeKinds(dir)
			}
			if c.ofHigherLevel(m.first+1, m.last+4, has) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// ofHigherLevel reports whether the words [i, j) of a group phrase and
// after it, before any punctuation, name a level above the directory's
// office after the group's nouns.
func (c *clause) ofHigherLevel(i, j int, has map[tasks.Kind]bool) bool {
	level := directoryLevel(has)
	for k := i; k < j && k < len(c.toks); k++ {
		if c.toks[k].punct {
			return false
		}
		w, f := strings.ToLower(c.text[c.toks[k].start:c.toks[k].end]), c.toks[k].w
		if k+1 < len(c.toks) && f == "thi" {
			w += " " + strings.ToLower(c.text[c.toks[k+1].start:c.toks[k+1].end])
			f += " " + c.toks[k+1].w
		}
		if l, ok := levelWords[w]; ok {
			return l > level
		}
		if l, ok := levelWordsBare[w]; ok && w == f {
			return l > level
		}
	}
	return false
}

// contractorWords after a group name the firms that do a work, not the
// office's units: "các đơn vị thi công", "đơn vị tư vấn".
var contractorWords = phrases("thi cong", "tu van", "nha thau", "cung ung", "trung thau", "quan ly van hanh")

// withoutContractors drops the groups that name contractors ("yêu cầu các
// đơn vị thi công khẩn trương …"): they are asked through the office, and
// own no task of its directory.
func (c *clause) withoutContractors(ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if m.owner.Unit == nil && c.at(m.last, contractorWords) > 0 {
			continue
		}
		out = append(out, m)
	}
	return out
}

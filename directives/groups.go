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
	add(tasks.KindSo, false, "so")
	add(tasks.KindPhong, false, "phong", "phong ban", "bo phan chuyen mon", "bo phan", "phong chuyen mon", "co quan chuyen mon", "cong chuc chuyen mon", "chuyen mon")
	add(kindBoard, false, "ban", "nganh", "ban nganh", "ban, nganh")
	add(tasks.KindDoanThe, false, "doan the", "hoi", "hoi doan the", "to chuc chinh tri xa hoi", "to chuc doan the", "mttq", "mat tran")
	add(tasks.KindAll, false, "co quan", "don vi", "co quan don vi", "cap uy", "chinh quyen", "co so")
	return out
}()

// groupHeads may stand before the determiner: the head of each unit.
var groupHeads = phrases("chu tich ubnd", "chu tich uy ban nhan dan", "ubnd", "uy ban nhan dan", "thu truong", "truong",
	"lanh dao", "nguoi dung dau", "ban nhan dan", "giam doc", "chu tich", "ban chi huy quan su")

// groupDeterminers make the nouns after them a group.
var groupDeterminers = phrases("cac", "moi", "tung", "toan the", "tat ca cac", "toan bo cac", "cac ong", "cac ong ba", "cac ba")

// groupQualifiers may follow the list without ending the phrase.
var groupQualifiers = phrases("truc thuoc ubnd tinh", "truc thuoc ubnd huyen", "truc thuoc tinh", "truc thuoc huyen", "thuoc ubnd tinh", "thuoc ubnd huyen", "thuoc ubnd xa", "thuoc tinh", "thuoc huyen",
	"cap huyen", "cap tinh", "cap xa", "tren dia ban", "trong xa", "trong phuong", "trong huyen", "trong tinh",
	"cua huyen", "cua tinh", "cua xa", "tinh", "huyen", "xa", "phuong", "thanh pho", "thi xa", "chuyen mon")

// concernedWords end a group phrase that names those concerned.
var concernedWords = phrases("lien quan", "co lien quan")

// groupAt parses a group phrase at token i and returns its end, kind and
// whether it names those concerned; end is i when there is none.
func (c *clause) groupAt(i int, has map[tasks.Kind]bool) (end int, kind tasks.Kind, concerned bool) {
	k := i
	k += c.at(k, groupHeads)
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
	if len(kinds) == 0 || det == 0 && !role {
		return i, "", false // "UBND xã": one body, the issuer most often
	}
	end = last
	if n := c.at(end, concernedWords); n > 0 {
		end += n
		concerned = true
	}
	if kinds[kindBoard] {
		delete(kinds, kindBoard)
		switch {
		case kinds[tasks.KindThon] && len(kinds) == 1:
			// "các thôn, bản": bản is a village
		case has[tasks.KindSo] || !has[tasks.KindPhong] && kinds[tasks.KindSo]:
			kinds[tasks.KindSo] = true
		default:
			kinds[tasks.KindPhong] = true
		}
	}
	switch {
	case kinds[tasks.KindAll] || len(kinds) > 1:
		kind = tasks.KindAll
	default:
		for k := range kinds {
			kind = k
		}
	}
	return end, kind, concerned
}

// grammarGroups returns the group phrases of the clause that the
// directory's own phrases do not cover.
func (c *clause) grammarGroups(dir *tasks.Directory, taken []mention) []mention {
	has := map[tasks.Kind]bool{}
	for _, u := range dir.Units() {
		if u.RetiredAt == nil {
			has[u.Kind] = true
		}
	}
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
		end, kind, concerned := c.groupAt(i, has)
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

package tasks

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/vntext"
)

// Kind is the sort of a unit, used to resolve group phrases such as "các xã".
type Kind string

// Unit kinds, as in the units CSV.
const (
	KindSo      Kind = "so"      // sở, ban, ngành of a province
	KindPhong   Kind = "phong"   // phòng, ban chuyên môn, văn phòng
	KindXa      Kind = "xa"      // xã, phường, thị trấn, đặc khu
	KindThon    Kind = "thon"    // thôn, bản, tổ dân phố
	KindDoanThe Kind = "doanthe" // MTTQ, đoàn thể
	KindKhac    Kind = "khac"    // other
	// KindAll is not a unit kind: it names the group of every unit.
	KindAll Kind = "all"
)

// kinds are the unit kinds, in the order a directory lists them.
var kinds = []Kind{KindSo, KindPhong, KindXa, KindThon, KindDoanThe, KindKhac}

// Kinds are the unit kinds, in the order a directory lists them (a fresh
// slice at each call).
func Kinds() []Kind { return slices.Clone(kinds) }

// kindWords are the other ways a kind may be written in the CSV, folded.
var kindWords = map[string]Kind{
	"so": KindSo, "so ban nganh": KindSo, "nganh": KindSo,
	"phong": KindPhong, "phong ban": KindPhong,
	"xa": KindXa, "phuong": KindXa, "thi tran": KindXa, "thitran": KindXa, "dac khu": KindXa, "dackhu": KindXa,
	"thon": KindThon, "ban": KindThon, "to dan pho": KindThon, "todanpho": KindThon, "khu pho": KindThon,
	"doanthe": KindDoanThe, "doan the": KindDoanThe,
	"khac": KindKhac,
}

// ParseKind accepts a unit kind as written in the CSV: its code (so, phong,
// xa, thon, doanthe, khac) or a Vietnamese word for it ("phường", "tổ dân
// phố"), in any case, with or without diacritics.
func ParseKind(s string) (Kind, bool) {
	k, ok := kindWords[strings.Join(strings.Fields(vntext.Fold(s)), " ")]
	return k, ok
}

// Label names the kind for people: "Sở, ban, ngành", "Xã, phường, thị trấn, đặc khu".
func (k Kind) Label() string { return label(kindLabels, k) }

// Unit is a unit of an organisation: a phòng, a xã, an đoàn thể.
type Unit struct {
	OrgID   int64    `db:"org_id"`
	ID      int64    `db:"id"`
	Code    string   `db:"code"`
	Name    string   `db:"name"`
	Aliases []string `db:"-"`
	Kind    Kind     `db:"kind"`
	// LinkedOrgID is the child organisation the unit stands for (a commune
	// in a province's directory), if linked: its tasks arrive there.
	LinkedOrgID *int64 `db:"linked_org_id"`
	// RetiredAt is when the unit was merged into another or retired; its
	// row stays for history. SuccessorID is the unit carrying on its work.
	RetiredAt   *time.Time `db:"retired_at"`
	SuccessorID *int64     `db:"successor_id"`
}

// Mention is a place in a text that names a unit or a group of units.
type Mention struct {
	Start, End int   // byte offsets in the text
	Unit       *Unit // the unit named, or nil for a group
	Group      Kind  // the kind of units a group phrase names, or ""
	// Retired is the retired unit the text named, when Unit is its
	// successor: the name still resolves, and a person should be told.
	Retired *Unit
	// Concerned marks a group narrowed to those concerned ("các đơn vị
	// (có) liên quan"): as the one asked it is the group, but as a partner
	// it names no set of units.
	Concerned bool
}

// Directory finds units in free text by code, name or alias, ignoring case,
// diacritics, Unicode normal form, punctuation and the word "và".
type Directory struct {
	units   []Unit
	entries []dirEntry
	// next maps the index of a retired unit to that of the live unit that
	// carries on its work, following successors; absent for live units.
	next map[int]int
}

type dirEntry struct {
	words   []string
	unit    int // index into units, or -1 for a group
	group   Kind
	derived bool // a short name ("Quảng Lâm" for "UBND xã Quảng Lâm")
	code    bool // a unit's code: "ca" names Công an xã, "cả" does not
}

// notAfterShortName are words that, right before a short name, show it names
// something else: "huyện Đầm Hà" is the district, not "xã Đầm Hà".
var notAfterShortName = map[string]bool{"huyen": true, "tinh": true, "pho": true, "quan": true}

// otherBodies are the capitalised words that begin the name of a body that
// is not in the directory: "Sở Nội vụ" is not "Phòng Nội vụ", "Trạm Y tế xã
// Quảng Lâm" is not "UBND xã Quảng Lâm". A short name found within a few
// words after one of them, in the same phrase, names that body. Official
// texts capitalise these names, which tells "Trường THCS" from "môi trường".
var otherBodies = map[string]bool{
	"sở": true, "trạm": true, "trường": true, "cục": true, "viện": true,
	"trung tâm": true, "công an": true, "công ty": true, "bệnh viện": true,
	"chi cục": true, "hợp tác": true, "ngân hàng": true, "bưu điện": true,
}

// inOtherBody reports whether the short name starting at toks[i] follows,
// in the same phrase, a capitalised word that begins another body's name.
func inOtherBody(text string, toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if strings.TrimSpace(text[toks[j].end:toks[j+1].start]) != "" {
			return false // a comma or other mark ends the phrase
		}
		word := text[toks[j].start:toks[j].end]
		if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) {
			continue
		}
		w := strings.ToLower(vntext.Clean(word))
		if otherBodies[w] {
			return true
		}
		if j+1 < i && otherBodies[w+" "+strings.ToLower(vntext.Clean(text[toks[j+1].start:toks[j+1].end]))] {
			return true
		}
	}
	return false
}

// groupPhrases name groups of units by kind; they are matched like names.
// A phrase whose kind has no unit in the directory names its alt kind
// instead, when that has units: "các ban, ngành" are the sở of a province
// and the phòng of a commune.
var groupPhrases = []struct {
	phrase    string
	kind, alt Kind
}{
	{"ubnd các xã, thị trấn", KindXa, ""},
	{"ủy ban nhân dân các xã, thị trấn", KindXa, ""},
	{"ubnd các xã, phường, thị trấn", KindXa, ""},
	{"ubnd các xã, phường, đặc khu", KindXa, ""},
	{"ubnd các xã, phường, thị trấn, đặc khu", KindXa, ""},
	{"ubnd các phường, xã, đặc khu", KindXa, ""},
	{"ubnd các phường, xã", KindXa, ""},
	{"ubnd các xã, phường", KindXa, ""},
	{"ubnd các phường", KindXa, ""},
	{"ủy ban nhân dân các xã, phường", KindXa, ""},
	{"ủy ban nhân dân các xã, phường, đặc khu", KindXa, ""},
	{"ủy ban nhân dân các xã", KindXa, ""},
	{"ủy ban nhân dân các phường", KindXa, ""},
	{"các xã, phường, thị trấn", KindXa, ""},
	{"các xã, phường, đặc khu", KindXa, ""},
	{"các xã, phường, thị trấn, đặc khu", KindXa, ""},
	{"các phường, xã, đặc khu", KindXa, ""},
	{"các phường, xã", KindXa, ""},
	{"các xã, phường", KindXa, ""},
	{"các xã, thị trấn", KindXa, ""},
	{"ubnd các xã", KindXa, ""},
	{"ubnd cấp xã", KindXa, ""},
	{"các xã", KindXa, ""},
	{"các phường", KindXa, ""},
	{"các địa phương", KindXa, ""},
	{"ubnd các huyện, thành phố", KindXa, ""},
	{"ubnd các huyện, thị xã, thành phố", KindXa, ""},
	{"ủy ban nhân dân các huyện, thị xã, thành phố", KindXa, ""},
	{"ủy ban nhân dân các huyện, thành phố", KindXa, ""},
	{"các huyện, thị xã, thành phố", KindXa, ""},
	{"các huyện, thành phố", KindXa, ""},
	{"ubnd các huyện", KindXa, ""},
	{"các huyện", KindXa, ""},
	{"các xóm", KindThon, ""},
	{"các ông xóm trưởng", KindThon, ""},
	{"các xóm trưởng", KindThon, ""},
	{"các trưởng thôn", KindThon, ""},
	{"các thôn trưởng", KindThon, ""},
	{"trưởng các thôn", KindThon, ""},
	{"các ông bà trưởng thôn", KindThon, ""},
	{"trưởng thôn, tổ trưởng tổ dân phố", KindThon, ""},
	{"trưởng thôn, tổ trưởng tdp", KindThon, ""},
	{"các trưởng thôn, tổ trưởng tổ dân phố", KindThon, ""},
	{"ban nhân dân các thôn, tổ dân phố", KindThon, ""},
	{"ban nhân dân các thôn", KindThon, ""},
	{"trưởng các đơn vị", KindAll, ""},
	{"công chức chuyên môn", KindPhong, ""},
	{"các công chức chuyên môn", KindPhong, ""},
	{"các bộ phận chuyên môn", KindPhong, ""},
	{"các ban, ngành, đơn vị", KindAll, ""},
	{"các phòng, ban, cơ quan", KindAll, ""},
	{"các cơ quan, ban ngành, đoàn thể", KindAll, ""},
	{"các chuyên môn, đơn vị", KindAll, ""},
	{"cán bộ, công chức xã", KindAll, ""},
	{"cán bộ, công chức phường", KindAll, ""},
	{"cán bộ, công chức, viên chức", KindAll, ""},
	{"cán bộ, công chức", KindAll, ""},
	{"các thôn, tổ dân phố", KindThon, ""},
	{"các tổ trưởng dân phố", KindThon, ""},
	{"các tổ trưởng tổ dân phố", KindThon, ""},
	{"tổ trưởng các tổ dân phố", KindThon, ""},
	{"các ấp", KindThon, ""},
	{"các khóm, ấp", KindThon, ""},
	{"các ấp, khu phố", KindThon, ""},
	{"các khóm", KindThon, ""},
	{"các thôn, bản, tổ dân phố", KindThon, ""},
	{"các thôn, bản", KindThon, ""},
	{"các thôn, khu phố", KindThon, ""},
	{"các thôn", KindThon, ""},
	{"các bản", KindThon, ""},
	{"các tổ dân phố", KindThon, ""},
	{"các khu phố", KindThon, ""},
	{"các sở, ban, ngành", KindSo, KindPhong},
	{"các sở, ban ngành", KindSo, KindPhong},
	{"các sở ban ngành", KindSo, KindPhong},
	{"các sở, ngành", KindSo, KindPhong},
	{"các sở ngành", KindSo, KindPhong},
	{"các sở", KindSo, ""},
	{"các ngành", KindSo, KindPhong},
	{"các sở, ban, ngành tỉnh", KindSo, ""},
	{"các sở, ban, ngành, địa phương", KindAll, ""},
	{"các sở, ngành, địa phương", KindAll, ""},
	{"các sở, ngành và địa phương", KindAll, ""},
	{"các sở, ban, ngành và địa phương", KindAll, ""},
	{"các phòng, ban chuyên môn", KindPhong, KindSo},
	{"các phòng ban chuyên môn của huyện", KindPhong, ""},
	{"các phòng, ban, ngành", KindPhong, KindSo},
	{"các phòng ngành", KindPhong, KindSo},
	{"các phòng, ban", KindPhong, KindSo},
	{"các phòng", KindPhong, ""},
	{"các ban, ngành", KindSo, KindPhong},
	{"các phòng chuyên môn", KindPhong, ""},
	{"các cơ quan chuyên môn", KindPhong, KindSo},
	{"mttq và các đoàn thể", KindDoanThe, ""},
	{"mttq và đoàn thể", KindDoanThe, ""},
	{"mặt trận tổ quốc và các đoàn thể", KindDoanThe, ""},
	{"mttq và các tổ chức chính trị xã hội", KindDoanThe, ""},
	{"mttq và các tổ chức chính trị - xã hội", KindDoanThe, ""},
	{"các tổ chức chính trị xã hội", KindDoanThe, ""},
	{"các đoàn thể", KindDoanThe, ""},
	{"các hội, đoàn thể", KindDoanThe, ""},
	{"các cơ quan, đơn vị", KindAll, ""},
	{"các cơ quan, đơn vị, địa phương", KindAll, ""},
	{"các địa phương, đơn vị", KindAll, ""},
	{"các đơn vị, địa phương", KindAll, ""},
	{"mỗi cơ quan, đơn vị", KindAll, ""},
	{"từng cơ quan, đơn vị", KindAll, ""},
	{"các phòng, ban, đơn vị", KindAll, ""},
	{"các phòng, ban, ngành, đơn vị", KindAll, ""},
	{"từng phòng, ban, đơn vị", KindAll, ""},
	{"toàn hệ thống chính trị", KindAll, ""},
	{"cả hệ thống chính trị", KindAll, ""},
	{"toàn thể cán bộ, đảng viên và nhân dân", KindAll, ""},
	{"các cấp ủy, chính quyền, mặt trận và đoàn thể", KindAll, ""},
	{"các cấp ủy, chính quyền, mặt trận và các đoàn thể", KindAll, ""},
	{"các cơ quan, phòng ban", KindAll, ""},
	{"các cơ quan, ban, ngành", KindAll, ""},
	{"các cơ quan, ban, ngành, đoàn thể", KindAll, ""},
	{"các đơn vị", KindAll, ""},
	{"các cơ quan", KindAll, ""},
}

// namePrefixes are leading words that may be left out when a unit is named:
// "xã Quảng Lâm" and "Quảng Lâm" both name "UBND xã Quảng Lâm".
var namePrefixes = [][]string{
	{"uy", "ban", "nhan", "dan"},
	{"ubnd"},
	{"phong"},
	{"xa"},
	{"thi", "tran"},
	{"phuong"},
	{"dac", "khu"},
	{"thon"},
	{"to", "dan", "pho"},
}

// NewDirectory builds a directory over an organisation's units.
func NewDirectory(units []Unit) *Directory {
	d := &Directory{units: units, next: successors(units)}
	seen := map[string]int{} // phrase key → unit index, -2 when ambiguous
	derived := map[string]int{}
	add := func(words []string, unit int, into map[string]int) {
		if len(words) == 0 {
			return
		}
		key := strings.Join(words, " ")
		if prev, ok := into[key]; ok && prev != unit {
			switch {
			case prev >= 0 && d.live(prev) == d.live(unit):
				if _, retired := d.next[unit]; !retired {
					into[key] = unit // the live unit's own name wins over a retired one's
				}
			default:
				into[key] = -2
			}
			return
		}
		into[key] = unit
	}
	codes := map[string]int{} // a code that is not also a name or alias matches only as written: in ASCII
	for i, u := range units {
		add(words(u.Code), i, codes)
		add(words(u.Name), i, seen)
		for _, a := range u.Aliases {
			add(words(a), i, seen)
		}
		for _, v := range shortNames(words(u.Name)) {
			add(v, i, derived)
		}
	}
	for key, i := range codes {
		if _, ok := seen[key]; !ok && i >= 0 {
			d.entries = append(d.entries, dirEntry{words: strings.Split(key, " "), unit: i, code: true})
		}
	}
	for key, i := range seen {
		if i >= 0 {
			d.entries = append(d.entries, dirEntry{words: strings.Split(key, " "), unit: i})
		}
	}
	for key, i := range derived {
		if _, ok := seen[key]; !ok && i >= 0 {
			d.entries = append(d.entries, dirEntry{words: strings.Split(key, " "), unit: i, derived: true})
		}
	}
	has := map[Kind]bool{}
	for _, u := range units {
		if u.RetiredAt == nil {
			has[u.Kind] = true
		}
	}
	for _, g := range groupPhrases {
		k := g.kind
		if g.alt != "" && !has[k] && has[g.alt] {
			k = g.alt
		}
		d.entries = append(d.entries, dirEntry{words: words(g.phrase), unit: -1, group: k})
	}
	sort.Slice(d.entries, func(i, j int) bool {
		a, b := d.entries[i], d.entries[j]
		if len(a.words) != len(b.words) {
			return len(a.words) > len(b.words)
		}
		return strings.Join(a.words, " ") < strings.Join(b.words, " ")
	})
	return d
}

// shortNames returns the name without each leading prefix it starts with,
// keeping at least two words so that a bare "Hà" never names a unit.
func shortNames(w []string) [][]string {
	var out [][]string
	for changed := true; changed; {
		changed = false
		for _, p := range namePrefixes {
			if len(w) >= len(p)+2 && equalWords(w[:len(p)], p) {
				w = w[len(p):]
				out = append(out, w)
				changed = true
			}
		}
	}
	return out
}

// Units returns the directory's units.
func (d *Directory) Units() []Unit { return d.units }

// ByCode returns the unit with the code, ignoring case.
func (d *Directory) ByCode(code string) (Unit, bool) {
	for _, u := range d.units {
		if strings.EqualFold(u.Code, code) {
			return u, true
		}
	}
	return Unit{}, false
}

// ByID returns the unit with the id.
func (d *Directory) ByID(id int64) (Unit, bool) {
	for _, u := range d.units {
		if u.ID == id {
			return u, true
		}
	}
	return Unit{}, false
}

// Expand returns the units a mention names: the unit itself, or every unit of
// the group's kind.
func (d *Directory) Expand(m Mention) []Unit {
	if m.Unit != nil {
		return []Unit{*m.Unit}
	}
	var out []Unit
	for _, u := range d.units {
		if u.RetiredAt != nil {
			continue
		}
		if m.Group == KindAll || u.Kind == m.Group {
			out = append(out, u)
		}
	}
	return out
}

// Mentions returns the units and groups named in text, left to right,
// preferring the longest name at each place. Units listed after a shared
// head noun are found too: "các Sở: Công Thương, Giao thông vận tải" names
// "Sở Công Thương" and "Sở Giao thông vận tải", and so does "Sở Công
// Thương, Giao thông vận tải".
func (d *Directory) Mentions(text string) []Mention {
	toks := tokenize(text)
	out := d.mentions(text, toks)
	return d.sharedSuffixes(text, toks, out)
}

// suffixWords end the names of units of a place: "Công an phường".
var suffixWords = [][]string{{"phuong"}, {"xa"}, {"huyen"}, {"tinh"}, {"thi", "tran"}, {"thanh", "pho"}, {"thi", "xa"}, {"quan"}}

// bareLevel reports whether w is only a level word ("tỉnh", "huyện", "xã"):
// after a shared head it names no unit, as in "Công an tỉnh, tỉnh giao…",
// where the second "tỉnh" is the province speaking, not "Công an tỉnh".
func bareLevel(w []string) bool {
	for _, sw := range suffixWords {
		if equalWords(w, sw) {
			return true
		}
	}
	return false
}

// sharedSuffixes finds the units named before another with their place
// left out: "Ban Chỉ huy Quân sự, Công an phường" names "Ban Chỉ huy
// Quân sự phường" too.
func (d *Directory) sharedSuffixes(text string, toks []token, ms []Mention) []Mention {
	var out []Mention
	taken := 0 // byte offset up to which text is already a mention
	for _, m := range ms {
		if m.Unit != nil {
			if extra, ok := d.beforeShared(text, toks, m, taken); ok {
				out = append(out, extra)
			}
		}
		out = append(out, m)
		taken = m.End
	}
	return out
}

func (d *Directory) beforeShared(text string, toks []token, m Mention, taken int) (Mention, bool) {
	first := -1
	for i, t := range toks {
		if t.start == m.Start {
			first = i
			break
		}
	}
	if first < 1 {
		return Mention{}, false
	}
	name := words(text[m.Start:m.End])
	var suffix []string
	for _, sw := range suffixWords {
		if len(name) > len(sw) && equalWords(name[len(name)-len(sw):], sw) {
			suffix = sw
		}
	}
	gap := vntext.Fold(text[toks[first-1].end:toks[first].start])
	if suffix == nil || !strings.Contains(gap, ",") && strings.TrimSpace(gap) != "va" {
		return Mention{}, false
	}
	for start := max(0, first-8); start < first; start++ {
		if toks[start].start < taken {
			continue
		}
		phrase := append(words(joinWords(toks[start:first])), suffix...)
		for _, e := range d.entries {
			if e.unit >= 0 && equalWords(e.words, phrase) {
				m := Mention{Start: toks[start].start, End: toks[first-1].end}
				d.name(&m, e.unit)
				return m, true
			}
		}
	}
	return Mention{}, false
}

func (d *Directory) mentions(text string, toks []token) []Mention {
	var out []Mention
	for i := 0; i < len(toks); {
		if ms, next := d.enumeration(text, toks, i); len(ms) > 0 {
			out = append(out, ms...)
			i = next
			continue
		}
		if n := numberedGroup(toks, i); n > 0 {
			out = append(out, Mention{Start: toks[i].start, End: toks[i+n-1].end, Group: KindXa})
			i += n
			continue
		}
		e, ok := d.entryAt(text, toks, i)
		if !ok {
			i++
			continue
		}
		n := len(e.words)
		if ms, next := d.listAfterGroup(text, toks, i, e); len(ms) > 0 {
			out = append(out, ms...)
			i = next
			continue
		}
		m := Mention{Start: toks[i].start, End: toks[i+n-1].end, Group: e.group}
		if e.unit >= 0 {
			d.name(&m, e.unit)
		} else if k := concernedAt(toks, i+n); k > 0 {
			m.Concerned = true
			m.End = toks[i+n+k-1].end
			n += k
		}
		out = append(out, m)
		i += n
		if e.unit >= 0 && !e.derived {
			var best []Mention
			bestNext := i
			for h := 1; h <= 2 && h < n; h++ {
				if ms, next := d.items(text, toks, i, e.words[:h], true); len(ms) > len(best) {
					best, bestNext = ms, next
				}
			}
			out = append(out, best...)
			i = bestNext
		}
	}
	return out
}

// listAfterGroup reads the units a group phrase lists after a colon:
// "các sở, ngành: Y tế, Giáo dục và Đào tạo" names those two sở.
func (d *Directory) listAfterGroup(text string, toks []token, i int, e dirEntry) ([]Mention, int) {
	j := i + len(e.words)
	if e.unit >= 0 || j >= len(toks) || e.words[0] != "cac" || len(e.words) < 2 ||
		!strings.Contains(text[toks[j-1].end:toks[j].start], ":") {
		return nil, i
	}
	return d.items(text, toks, j, e.words[1:2], false)
}

// numberedGroup returns the length of a count of communes at token i
// ("UBND 13 phường", "Ủy ban nhân dân 21 xã, thị trấn"), or 0.
func numberedGroup(toks []token, i int) int {
	k := i
	switch {
	case k < len(toks) && toks[k].word == "ubnd":
		k++
	case k+3 < len(toks) && joinWords(toks[k:k+4]) == "uy ban nhan dan":
		k += 4
	default:
		return 0
	}
	if k >= len(toks) || toks[k].word[0] < '0' || toks[k].word[0] > '9' {
		return 0
	}
	k++
	n := 0
	for k+n < len(toks) && n < 4 {
		switch toks[k+n].word {
		case "xa", "phuong", "thi", "tran", "dac", "khu":
			n++
			continue
		}
		break
	}
	if n == 0 {
		return 0
	}
	return k + n - i
}

// concernedAt returns the length of "liên quan" or "có liên quan" at token i, or 0.
func concernedAt(toks []token, i int) int {
	switch {
	case i+1 < len(toks) && toks[i].word == "lien" && toks[i+1].word == "quan":
		return 2
	case i+2 < len(toks) && toks[i].word == "co" && toks[i+1].word == "lien" && toks[i+2].word == "quan":
		return 3
	}
	return 0
}

// entryAt returns the longest entry that matches at token i.
func (d *Directory) entryAt(text string, toks []token, i int) (dirEntry, bool) {
	for _, e := range d.entries {
		if i+len(e.words) > len(toks) || !tokensEqual(toks[i:i+len(e.words)], e.words) {
			continue
		}
		if e.derived && i > 0 && (notAfterShortName[toks[i-1].word] || inOtherBody(text, toks, i)) {
			continue
		}
		if e.code && !isASCII(text[toks[i].start:toks[i+len(e.words)-1].end]) {
			continue
		}
		return e, true
	}
	return dirEntry{}, false
}

// enumeration reads the units listed after "các" and a head noun that
// begins their names ("các Sở: A, B", "UBND các xã A, B"), from token i.
func (d *Directory) enumeration(text string, toks []token, i int) ([]Mention, int) {
	for k := 0; k <= 1 && i+k < len(toks); k++ {
		if toks[i+k].word != "cac" {
			continue
		}
		prefix := make([]string, 0, 3)
		for _, t := range toks[i : i+k] {
			prefix = append(prefix, t.word)
		}
		var best []Mention
		bestNext := i
		for h := 1; h <= 2; h++ {
			j := i + k + 1 + h
			if j > len(toks) {
				continue
			}
			noun := words(joinWords(toks[i+k+1 : j]))
			// "UBND các xã A, B" with the prefix, "Trưởng các thôn A, B" without (a title)
			for _, head := range [][]string{append(append([]string(nil), prefix...), noun...), noun} {
				if ms, next := d.items(text, toks, j, head, false); len(ms) > len(best) {
					best, bestNext = ms, next
				}
			}
		}
		if len(best) > 0 {
			return best, bestNext
		}
	}
	return nil, i
}

func joinWords(toks []token) string {
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.word
	}
	return strings.Join(w, " ")
}

// items reads, from token j, names that complete head into a unit's name,
// separated by commas or "và"; the first may follow the head directly or
// after a colon, unless sep asks for a separator before it too.
func (d *Directory) items(text string, toks []token, j int, head []string, sep bool) ([]Mention, int) {
	var out []Mention
	for j < len(toks) {
		if len(out) > 0 || sep && j > 0 {
			gap := vntext.Fold(text[toks[j-1].end:toks[j].start])
			if !strings.Contains(gap, ",") && strings.TrimSpace(gap) != "va" && !strings.Contains(gap, "&") {
				break
			}
		}
		best := -1
		for n, e := range d.entries {
			if e.unit < 0 || len(e.words) <= len(head) || !equalWords(e.words[:len(head)], head) {
				continue
			}
			rest := e.words[len(head):]
			if bareLevel(rest) || j+len(rest) > len(toks) || !tokensEqual(toks[j:j+len(rest)], rest) {
				continue
			}
			if best < 0 || len(rest) > len(d.entries[best].words)-len(head) {
				best = n
			}
		}
		if best < 0 {
			break
		}
		e := d.entries[best]
		n := len(e.words) - len(head)
		m := Mention{Start: toks[j].start, End: toks[j+n-1].end}
		d.name(&m, e.unit)
		out = append(out, m)
		j += n
	}
	return out, j
}

type token struct {
	word       string
	start, end int
}

// tokenize splits text into folded words with their byte ranges in text,
// leaving out punctuation and the word "và" (so "Kinh tế và Hạ tầng" and
// "Kinh tế – Hạ tầng" match alike).
func tokenize(text string) []token {
	f, offs := vntext.FoldMap(text)
	var out []token
	for i := 0; i < len(f); {
		if !vntext.IsWordByte(f[i]) {
			i++
			continue
		}
		j := i
		for j < len(f) && vntext.IsWordByte(f[j]) {
			j++
		}
		if w := f[i:j]; w != "va" {
			out = append(out, token{word: w, start: offs[i], end: offs[j]})
		}
		i = j
	}
	return out
}

func words(s string) []string {
	toks := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.word
	}
	return out
}

func tokensEqual(toks []token, w []string) bool {
	for i := range w {
		if toks[i].word != w[i] {
			return false
		}
	}
	return true
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

package tasks

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dondoc/dondoc/vntext"
)

// Kind is the sort of a unit, used to resolve group phrases such as "các xã".
type Kind string

// Unit kinds, as in the units CSV.
const (
	KindPhong   Kind = "phong"   // phòng, ban chuyên môn
	KindXa      Kind = "xa"      // xã, phường, thị trấn
	KindDoanThe Kind = "doanthe" // MTTQ, đoàn thể
	KindKhac    Kind = "khac"    // other
	// KindAll is not a unit kind: it names the group of every unit.
	KindAll Kind = "all"
)

// ParseKind accepts a unit kind as written in the CSV.
func ParseKind(s string) (Kind, bool) {
	switch k := Kind(strings.ToLower(strings.TrimSpace(s))); k {
	case KindPhong, KindXa, KindDoanThe, KindKhac:
		return k, true
	}
	return "", false
}

// Unit is a unit of an organisation: a phòng, a xã, an đoàn thể.
type Unit struct {
	OrgID   int64    `db:"org_id"`
	ID      int64    `db:"id"`
	Code    string   `db:"code"`
	Name    string   `db:"name"`
	Aliases []string `db:"-"`
	Kind    Kind     `db:"kind"`
}

// Mention is a place in a text that names a unit or a group of units.
type Mention struct {
	Start, End int   // byte offsets in the text
	Unit       *Unit // the unit named, or nil for a group
	Group      Kind  // the kind of units a group phrase names, or ""
}

// Directory finds units in free text by code, name or alias, ignoring case,
// diacritics, Unicode normal form, punctuation and the word "và".
type Directory struct {
	units   []Unit
	entries []dirEntry
}

type dirEntry struct {
	words   []string
	unit    int // index into units, or -1 for a group
	group   Kind
	derived bool // a short name ("Quảng Lâm" for "UBND xã Quảng Lâm")
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
var groupPhrases = []struct {
	phrase string
	kind   Kind
}{
	{"ubnd các xã, thị trấn", KindXa},
	{"ủy ban nhân dân các xã, thị trấn", KindXa},
	{"ubnd các xã, phường, thị trấn", KindXa},
	{"các xã, phường, thị trấn", KindXa},
	{"các xã, thị trấn", KindXa},
	{"ubnd các xã", KindXa},
	{"các xã", KindXa},
	{"các địa phương", KindXa},
	{"các phòng, ban chuyên môn", KindPhong},
	{"các phòng ban chuyên môn của huyện", KindPhong},
	{"các phòng, ban, ngành", KindPhong},
	{"các phòng ngành", KindPhong},
	{"các phòng, ban", KindPhong},
	{"các ban, ngành", KindPhong},
	{"các phòng chuyên môn", KindPhong},
	{"các cơ quan chuyên môn", KindPhong},
	{"mttq và các đoàn thể", KindDoanThe},
	{"mttq và đoàn thể", KindDoanThe},
	{"mặt trận tổ quốc và các đoàn thể", KindDoanThe},
	{"mttq và các tổ chức chính trị xã hội", KindDoanThe},
	{"các tổ chức chính trị xã hội", KindDoanThe},
	{"các đoàn thể", KindDoanThe},
	{"các cơ quan, đơn vị", KindAll},
	{"các cơ quan, đơn vị, địa phương", KindAll},
	{"từng cơ quan, đơn vị", KindAll},
	{"các phòng, ban, đơn vị", KindAll},
	{"các phòng, ban, ngành, đơn vị", KindAll},
	{"từng phòng, ban, đơn vị", KindAll},
	{"toàn hệ thống chính trị", KindAll},
	{"cả hệ thống chính trị", KindAll},
	{"các cơ quan, phòng ban", KindAll},
	{"các cơ quan, ban, ngành", KindAll},
	{"các đơn vị", KindAll},
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
}

// NewDirectory builds a directory over an organisation's units.
func NewDirectory(units []Unit) *Directory {
	d := &Directory{units: units}
	seen := map[string]int{} // phrase key → unit index, -2 when ambiguous
	derived := map[string]int{}
	add := func(words []string, unit int, into map[string]int) {
		if len(words) == 0 {
			return
		}
		key := strings.Join(words, " ")
		if prev, ok := into[key]; ok && prev != unit {
			into[key] = -2
			return
		}
		into[key] = unit
	}
	for i, u := range units {
		add(words(u.Code), i, seen)
		add(words(u.Name), i, seen)
		for _, a := range u.Aliases {
			add(words(a), i, seen)
		}
		for _, v := range shortNames(words(u.Name)) {
			add(v, i, derived)
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
	for _, g := range groupPhrases {
		d.entries = append(d.entries, dirEntry{words: words(g.phrase), unit: -1, group: g.kind})
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
		if m.Group == KindAll || u.Kind == m.Group {
			out = append(out, u)
		}
	}
	return out
}

// Mentions returns the units and groups named in text, left to right,
// preferring the longest name at each place.
func (d *Directory) Mentions(text string) []Mention {
	toks := tokenize(text)
	var out []Mention
	for i := 0; i < len(toks); {
		matched := false
		for _, e := range d.entries {
			if i+len(e.words) > len(toks) || !tokensEqual(toks[i:i+len(e.words)], e.words) {
				continue
			}
			if e.derived && i > 0 && (notAfterShortName[toks[i-1].word] || inOtherBody(text, toks, i)) {
				continue
			}
			m := Mention{Start: toks[i].start, End: toks[i+len(e.words)-1].end, Group: e.group}
			if e.unit >= 0 {
				m.Unit = &d.units[e.unit]
			}
			out = append(out, m)
			i += len(e.words)
			matched = true
			break
		}
		if !matched {
			i++
		}
	}
	return out
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

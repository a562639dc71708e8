// Package vntext normalises Vietnamese text for matching: it folds case,
// diacritics and Unicode normal forms so that "PHÒNG KINH TẾ", "phong kinh te"
// and an NFD-encoded "Phòng Kinh tế" all compare equal.
package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean returns s in NFC form with runs of white space collapsed to one space
// and the ends trimmed. Text typed by users is stored in this form.
func Clean(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// Fold returns s lower-cased, without diacritics (đ becomes d) and with
// every run of white space collapsed to one space. It is the form in which
// names, aliases and phrases are compared.
func Fold(s string) string {
	f, _ := FoldMap(s)
	return f
}

// FoldMap is Fold that also reports, for every byte of the folded string,
// the byte offset in s of the rune it came from. The returned slice has one
// more entry than the folded string, holding len(s), so that a folded range
// [i, j) maps back to s[offs[i]:offs[j]].
func FoldMap(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	offs := make([]int, 0, len(s)+1)
	lastSpace := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if !lastSpace {
				b.WriteByte(' ')
				offs = append(offs, i)
			}
			lastSpace = true
			continue
		}
		lastSpace = false
		for _, fr := range foldRune(r) {
			n := b.Len()
			b.WriteRune(fr)
			for k := n; k < b.Len(); k++ {
				offs = append(offs, i)
			}
		}
	}
	offs = append(offs, len(s))
	return b.String(), offs
}

// foldRune returns the folded form of one rune: nothing for a combining mark,
// the base letter in lower case otherwise.
func foldRune(r rune) []rune {
	switch r {
	case 'đ', 'Đ':
		return []rune{'d'}
	case '–', '—', '−', '‐', '‑':
		return []rune{'-'}
	case '“', '”', '„':
		return []rune{'"'}
	case '‘', '’':
		return []rune{'\''}
	case '…':
		return []rune{'.', '.', '.'}
	}
	if r < utf8.RuneSelf {
		return []rune{unicode.ToLower(r)}
	}
	if unicode.Is(unicode.Mn, r) {
		return nil
	}
	var out []rune
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if d == 'đ' || d == 'Đ' {
			d = 'd'
		}
		out = append(out, unicode.ToLower(d))
	}
	return out
}

// IsWordByte reports whether c, a byte of folded text, belongs to a word.
// Folded Vietnamese is ASCII, so letters and digits are the word bytes;
// any other byte (including those of non-Latin scripts) separates words.
func IsWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// ContainsWord reports whether the folded text contains the folded phrase
// starting and ending at word boundaries.
func ContainsWord(folded, phrase string) bool {
	return IndexWord(folded, phrase, 0) >= 0
}

// IndexWord returns the byte index of the first occurrence of phrase in
// folded at or after from that starts and ends at word boundaries, or -1.
func IndexWord(folded, phrase string, from int) int {
	if phrase == "" {
		return -1
	}
	for from <= len(folded)-len(phrase) {
		i := strings.Index(folded[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(phrase)
		if (i == 0 || !IsWordByte(folded[i-1]) || !IsWordByte(phrase[0])) &&
			(j == len(folded) || !IsWordByte(folded[j]) || !IsWordByte(phrase[len(phrase)-1])) {
			return i
		}
		from = i + 1
	}
	return -1
}

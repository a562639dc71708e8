package deadline

import (
	"strings"
	"time"

	"github.com/dondoc/dondoc/vntext"
)

// token is one word, number or punctuation mark of folded text.
type token struct {
	s          string
	start, end int  // byte range in the folded text
	space      bool // white space or the start of the text precedes it
}

// tokenize splits folded text into runs of word bytes and single other bytes.
func tokenize(f string) []token {
	var toks []token
	space := true
	for i := 0; i < len(f); {
		c := f[i]
		if c == ' ' {
			space = true
			i++
			continue
		}
		j := i + 1
		if vntext.IsWordByte(c) {
			for j < len(f) && vntext.IsWordByte(f[j]) {
				j++
			}
		}
		toks = append(toks, token{s: f[i:j], start: i, end: j, space: space})
		space = false
		i = j
	}
	return toks
}

// isWord reports whether t is a word or number rather than punctuation.
func (t token) isWord() bool {
	return t.s != "" && vntext.IsWordByte(t.s[0])
}

// parser reads deadline expressions from the tokens of one folded text.
type parser struct {
	text   string // the input
	offs   []int  // offs[i] is the byte in text of byte i of the folded text
	toks   []token
	ref    time.Time
	cal    Calendar
	typed  bool     // a typed command: always a request (Reader.Typed)
	reads  int      // tokens read, so that tests can check work grows with the text
	open   *int     // opening(), once computed
	must   *bool    // obliged(), once computed
	caps   *bool    // shouted(), once computed
	origs  []string // original(i), once computed for every token
	marked *bool    // accented(), once computed
	marks  []int8   // markerAt(i)'s mood plus one, once computed (0: not yet)
}

func newParser(text string, ref time.Time, cal Calendar) *parser {
	f, offs := vntext.FoldMap(text)
	return &parser{text: text, offs: offs, toks: tokenize(f), ref: ref, cal: cal}
}

func (p *parser) loc() *time.Location { return p.ref.Location() }

// tok returns the text of token i, or "" past either end.
func (p *parser) tok(i int) string {
	p.reads++
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].s
}

// is reports whether the tokens from i on are exactly ws.
func (p *parser) is(i int, ws ...string) bool {
	for k, w := range ws {
		if p.tok(i+k) != w {
			return false
		}
	}
	return len(ws) > 0
}

// oneOf reports whether token i is one of ws.
func (p *parser) oneOf(i int, ws ...string) bool {
	t := p.tok(i)
	for _, w := range ws {
		if t == w {
			return true
		}
	}
	return false
}

// glued reports whether token i exists and directly follows token i-1.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// num returns the value and digit count of an all-digit token i of at most 9 digits.
func (p *parser) num(i int) (n, digits int, ok bool) {
	s := p.tok(i)
	if s == "" || len(s) > 9 {
		return 0, 0, false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, 0, false
		}
		n = n*10 + int(s[k]-'0')
	}
	return n, len(s), true
}

// match returns the index after the longest phrase of list found at i, or -1.
func (p *parser) match(i int, list [][]string) int {
	best := -1
	for _, ph := range list {
		if p.is(i, ph...) && i+len(ph) > best {
			best = i + len(ph)
		}
	}
	return best
}

// phrases splits space-separated folded phrases into word lists.
func phrases(s ...string) [][]string {
	out := make([][]string, len(s))
	for i, x := range s {
		out[i] = strings.Fields(x)
	}
	return out
}

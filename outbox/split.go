package outbox

import (
	"html"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Telegram's size limits, in UTF-16 code units.
const (
	MaxText    = 4096
	MaxCaption = 1024
)

// UTF16Len is the length of s as Telegram counts it.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// SplitHTML cuts an HTML message into pieces of at most limit UTF-16 units,
// at line breaks where it can (else at spaces, else anywhere outside a tag or
// entity). Tags open at a cut are closed at the end of one piece and opened
// again at the start of the next, so every piece is valid markup.
func SplitHTML(s string, limit int) []string {
	var out []string
	var open []string // open tags, as written ("<b>", `<a href="…">`)
	for {
		prefix := strings.Join(open, "")
		if UTF16Len(prefix)+UTF16Len(s) <= limit {
			out = append(out, prefix+s)
			return out
		}
		budget := limit - UTF16Len(prefix) - closingLen(open)
		cut, stack := cutPoint(s, budget, open)
		if cut <= 0 {
			cut, stack = hardCut(s, budget, open)
		}
		piece := prefix + strings.TrimRight(s[:cut], " \n") + closeTags(stack)
		out = append(out, piece)
		s = strings.TrimLeft(s[cut:], " \n")
		open = stack
		if s == "" {
			return out
		}
	}
}

// cutPoint finds the last line break (or, failing that, space) outside a tag
// within budget, and the tags open there. The closing tags must also fit.
func cutPoint(s string, budget int, open []string) (int, []string) {
	stack := append([]string(nil), open...)
	bestLine, bestSpace := -1, -1
	var lineStack, spaceStack []string
	used := 0
	for i := 0; i < len(s); {
		if s[i] == '<' {
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				break
			}
			tag := s[i : i+end+1]
			stack = applyTag(stack, tag)
			used += UTF16Len(tag)
			i += end + 1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		used += utf16.RuneLen(r)
		if used+closingLen(stack) > budget {
			break
		}
		if r == '\n' {
			bestLine, lineStack = i, append([]string(nil), stack...)
		} else if r == ' ' {
			bestSpace, spaceStack = i, append([]string(nil), stack...)
		}
		i += size
	}
	if bestLine > 0 {
		return bestLine, lineStack
	}
	return bestSpace, spaceStack
}

// hardCut cuts within budget anywhere outside a tag or an entity.
func hardCut(s string, budget int, open []string) (int, []string) {
	stack := append([]string(nil), open...)
	used, last := 0, 0
	lastStack := stack
	for i := 0; i < len(s); {
		if s[i] == '<' {
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				break
			}
			stack = applyTag(stack, s[i:i+end+1])
			used += end + 1
			i += end + 1
			continue
		}
		size := 1
		if s[i] == '&' {
			if semi := strings.IndexByte(s[i:], ';'); semi > 0 && semi < 10 {
				size = semi + 1
			}
		} else {
			_, size = utf8.DecodeRuneInString(s[i:])
		}
		used += UTF16Len(s[i : i+size])
		if used+closingLen(stack) > budget {
			break
		}
		i += size
		last, lastStack = i, append([]string(nil), stack...)
	}
	if last == 0 {
		last = len(s)
	}
	return last, lastStack
}

func applyTag(stack []string, tag string) []string {
	if strings.HasPrefix(tag, "</") {
		if len(stack) > 0 {
			return stack[:len(stack)-1]
		}
		return stack
	}
	return append(stack, tag)
}

func tagName(open string) string {
	name := strings.TrimPrefix(open, "<")
	name = strings.TrimSuffix(name, ">")
	if i := strings.IndexAny(name, " \t"); i >= 0 {
		name = name[:i]
	}
	return name
}

func closeTags(stack []string) string {
	var b strings.Builder
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteString("</" + tagName(stack[i]) + ">")
	}
	return b.String()
}

func closingLen(stack []string) int { return UTF16Len(closeTags(stack)) }

// PlainText turns HTML into the text a person would read: tags removed and
// entities decoded. It is what is sent when Telegram refuses the markup.
func PlainText(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		s = s[i+j+1:]
	}
	return html.UnescapeString(b.String())
}

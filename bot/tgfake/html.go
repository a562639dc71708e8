package tgfake

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Telegram's limits on text, in UTF-16 code units after entity parsing.
const (
	maxMessageLength = 4096
	maxCaptionLength = 1024
)

// htmlTags are the tags Telegram's HTML parser accepts.
var htmlTags = map[string]bool{
	"a": true, "b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
	"s": true, "strike": true, "del": true, "tg-spoiler": true, "tg-emoji": true,
	"span": true, "pre": true, "code": true, "blockquote": true,
}

// parseHTML checks s the way Telegram's HTML parse mode does (a port of
// TDLib's parse_html) and returns the text with the markup removed and the
// entities decoded. An error is the part of the answer after
// "can't parse entities: ".
//
// One rule is stricter than Telegram: in text, a '&' that does not start
// &lt; &gt; &amp; &quot; or a numeric reference is an error, where Telegram
// would keep it literally. Every user-supplied string must go through
// html.EscapeString, and this catches the ones that did not.
func parseHTML(s string) (string, error) {
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	var out strings.Builder
	type open struct {
		tag string
		arg string
	}
	var stack []open

	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '&' {
			if r, next := decodeEntity(s, i); r != 0 {
				out.WriteRune(r)
				i = next - 1
				continue
			}
			return "", fmt.Errorf("character \"&\" at byte offset %d does not start an HTML entity; escape it as \"&amp;\"", i)
		}
		if c != '<' {
			out.WriteByte(c)
			continue
		}

		begin := i
		i++
		if at(i) != '/' {
			// Start tag.
			for !isHTMLSpace(at(i)) && at(i) != '>' {
				i++
			}
			if at(i) == 0 {
				return "", fmt.Errorf("Unclosed start tag at byte offset %d", begin)
			}
			tag := strings.ToLower(s[begin+1 : i])
			if !htmlTags[tag] {
				return "", fmt.Errorf("Unsupported start tag %q at byte offset %d", tag, begin)
			}
			arg := ""
			for at(i) != '>' {
				for at(i) != 0 && isHTMLSpace(at(i)) {
					i++
				}
				if at(i) == '>' {
					break
				}
				attrBegin := i
				for !isHTMLSpace(at(i)) && at(i) != '=' {
					i++
				}
				attr := s[attrBegin:min(i, len(s))]
				if attr == "" {
					return "", fmt.Errorf("Empty attribute name in the tag %q at byte offset %d", tag, begin)
				}
				for at(i) != 0 && isHTMLSpace(at(i)) {
					i++
				}
				if at(i) != '=' {
					return "", fmt.Errorf("Expected equal sign in declaration of an attribute of the tag %q at byte offset %d", tag, begin)
				}
				i++
				for at(i) != 0 && isHTMLSpace(at(i)) {
					i++
				}
				if at(i) == 0 {
					return "", fmt.Errorf("Unclosed start tag %q at byte offset %d", tag, begin)
				}
				var value string
				if q := at(i); q != '\'' && q != '"' {
					tokenBegin := i
					for isAlnum(at(i)) || at(i) == '.' || at(i) == '-' {
						i++
					}
					value = strings.ToLower(s[tokenBegin:i])
					if !isHTMLSpace(at(i)) && at(i) != '>' {
						return "", fmt.Errorf("Unexpected end of name token at byte offset %d", tokenBegin)
					}
				} else {
					i++
					var v strings.Builder
					for at(i) != q && at(i) != 0 {
						if at(i) == '&' {
							if r, next := decodeEntity(s, i); r != 0 {
								v.WriteRune(r)
								i = next
								continue
							}
						}
						v.WriteByte(s[i])
						i++
					}
					if at(i) == q {
						i++
					}
					value = v.String()
				}
				if at(i) == 0 {
					return "", fmt.Errorf("Unclosed start tag at byte offset %d", begin)
				}
				switch {
				case tag == "a" && attr == "href":
					arg = value
				case tag == "code" && attr == "class" && strings.HasPrefix(value, "language-"):
					arg = value[len("language-"):]
				case tag == "span" && attr == "class" && strings.HasPrefix(value, "tg-"):
					arg = value[len("tg-"):]
				case tag == "tg-emoji" && attr == "emoji-id":
					arg = value
				}
			}
			if tag == "span" && arg != "spoiler" {
				return "", fmt.Errorf("Tag \"span\" must have class \"tg-spoiler\" at byte offset %d", begin)
			}
			stack = append(stack, open{tag, arg})
			continue
		}

		// End tag.
		if len(stack) == 0 {
			return "", fmt.Errorf("Unexpected end tag at byte offset %d", begin)
		}
		for !isHTMLSpace(at(i)) && at(i) != '>' {
			i++
		}
		endTag := strings.ToLower(s[begin+2 : min(i, len(s))])
		for isHTMLSpace(at(i)) && at(i) != 0 {
			i++
		}
		if at(i) != '>' {
			return "", fmt.Errorf("Unclosed end tag at byte offset %d", begin)
		}
		top := stack[len(stack)-1]
		if endTag != "" && endTag != top.tag {
			return "", fmt.Errorf("Unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", begin, top.tag, endTag)
		}
		if top.tag == "tg-emoji" && !isPositiveInteger(top.arg) {
			return "", fmt.Errorf("Invalid custom emoji identifier specified")
		}
		stack = stack[:len(stack)-1]
	}
	if len(stack) > 0 {
		return "", fmt.Errorf("Can't find end tag corresponding to start tag %s", stack[len(stack)-1].tag)
	}
	return out.String(), nil
}

// decodeEntity decodes the HTML entity starting at s[pos] == '&' as TDLib
// does: &lt; &gt; &amp; &quot; and decimal or hexadecimal references, the
// final ';' being optional. It returns 0 when there is no valid entity, and
// otherwise the character and the position after the entity.
func decodeEntity(s string, pos int) (rune, int) {
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	end := pos + 1
	var r rune
	if at(pos+1) == '#' {
		end++
		if at(pos+2) == 'x' {
			end++
			for isHexDigit(at(end)) {
				r = r*16 + rune(hexValue(at(end)))
				end++
				if r > 0x10ffff {
					return 0, 0
				}
			}
		} else {
			for at(end) >= '0' && at(end) <= '9' {
				r = r*10 + rune(at(end)-'0')
				end++
				if r > 0x10ffff {
					return 0, 0
				}
			}
		}
		if r == 0 || r >= 0x10ffff || end-pos >= 10 {
			return 0, 0
		}
	} else {
		for isAlpha(at(end)) {
			end++
		}
		switch s[pos+1 : end] {
		case "lt":
			r = '<'
		case "gt":
			r = '>'
		case "amp":
			r = '&'
		case "quot":
			r = '"'
		default:
			return 0, 0
		}
	}
	if at(end) == ';' {
		end++
	}
	return r, end
}

// formatText checks text sent with parseMode and returns what Telegram
// would store: the markup removed and white space trimmed. An unknown
// parse_mode and malformed HTML are errors; Markdown modes are not checked.
func formatText(text, parseMode string) (string, *apiError) {
	if !utf8.ValidString(text) {
		return "", errBadRequest("text must be encoded in UTF-8")
	}
	plain := text
	switch strings.ToLower(parseMode) {
	case "":
	case "markdown", "markdownv2":
	case "html":
		p, err := parseHTML(text)
		if err != nil {
			return "", errBadRequest("can't parse entities: " + err.Error())
		}
		plain = p
	default:
		return "", errBadRequest("unsupported parse_mode")
	}
	return strings.Trim(plain, " \t\r\n\v\f"), nil
}

// UTF16Len returns the length of s in UTF-16 code units, the unit of
// Telegram's length limits: characters outside the Basic Multilingual Plane
// count twice.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == '\v' || c == '\f'
}

func isAlpha(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

func isAlnum(c byte) bool { return isAlpha(c) || ('0' <= c && c <= '9') }

func isHexDigit(c byte) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	default:
		return int(c-'A') + 10
	}
}

func isPositiveInteger(s string) bool {
	if s == "" || len(s) > 19 {
		return false
	}
	nonZero := false
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		nonZero = nonZero || s[i] != '0'
	}
	return nonZero
}

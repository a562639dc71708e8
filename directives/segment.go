package directives

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dondoc/dondoc/vntext"
)

// itemMarker is the number or bullet that opens a list item: "1.", "2)",
// "(3)", "a)", "II.", "-", "•".
var itemMarker = regexp.MustCompile(`^(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]|\(?[a-zđ]\)|[-–—+•*·●○▪►✓])\s+`)

// pressPrefix is the name of a paper before its story: "(GLO)- ", "(Baoquangngai.vn)- ".
var pressPrefix = regexp.MustCompile(`^\([\p{Lu}][^()]{1,30}\)\s*[-–—]+\s*`)

// photoCredit reports whether a sentence credits a photo: "Ảnh: VGP",
// "(Ảnh: Thu Hà)", "Ảnh minh họa".
func photoCredit(s string) bool {
	f := strings.TrimLeft(vntext.Fold(strings.TrimSpace(s)), "( ")
	return (strings.HasPrefix(f, "anh:") || strings.HasPrefix(f, "anh :") || strings.HasPrefix(f, "anh minh hoa")) && len(strings.Fields(f)) <= 8
}

// creditAtEnd reports whether a paragraph ends with a photo credit in
// parentheses: "… tại các vùng cấm bay (Ảnh minh họa).", "(Ảnh: Thu Hà)".
func creditAtEnd(p string) bool {
	p = strings.TrimRight(strings.TrimSpace(p), ". ")
	i := strings.LastIndex(p, "(")
	return strings.HasSuffix(p, ")") && i >= 0 && photoCredit(p[i:])
}

// markerGlued is a list number written against its first word: "1.Sở".
var markerGlued = regexp.MustCompile(`^(\(?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)])(\p{Lu})`)

// abbreviations end with a dot that does not end a sentence: "TP. Hạ Long".
var abbreviations = map[string]bool{
	"tp": true, "ths": true, "ts": true, "pgs": true, "gs": true, "bs": true, "ks": true,
	"cn": true, "q": true, "p": true, "x": true, "h": true, "tt": true, "đ/c": true, "v.v": true,
}

// sentence is a sentence of a conclusion, cut into its items.
type sentence struct {
	items []string
	// intro marks the items that end with a colon inside the sentence and
	// announce what follows ("… chỉ đạo các đơn vị thực hiện các nội dung
	// như: Triển khai …"): like a heading, they may name the owners.
	intro []bool
	// para numbers the paragraph (line) the sentence is in.
	para int
	// listItem marks a sentence of a line that opened with a list marker,
	// and marker says which kind: markRoman ("II."), markNumber ("1."), markSubNumber ("1.2."), markLetter
	// ("a)"), markBullet ("-", "•").
	listItem bool
	marker   markKind
	// heading marks the last sentence of a line that ends with a colon
	// ("3. UBND các xã, thị trấn:"): it may name the owner of the items below.
	heading bool
	// caption marks a line that reads as the title of a page or the
	// caption of a photo: the first line, or the line after a link or an
	// image, short, with no list marker and no final punctuation ("Tuần
	// tra, kiểm soát trên địa bàn thành phố").
	caption bool
}

// markKind is the kind of list marker that opens a line.
type markKind int

const (
	markNone markKind = iota
	markNumber
	markLetter
	markBullet
	markPlus      // "+": a bullet under a "-" bullet
	markDot       // "•", "*", "▪" …
	markRoman     // "II.": a part, above the numbered items
	markSubNumber // "2.1.": an item under a numbered one
)

func markerKind(p string) markKind {
	loc := itemMarker.FindStringIndex(p)
	if loc == nil {
		return markNone
	}
	m := strings.Trim(p[loc[0]:loc[1]], " \t()")
	r, _ := utf8.DecodeRuneInString(m)
	switch {
	case unicode.IsDigit(r) && strings.Contains(strings.TrimRight(m, ".)"), "."):
		return markSubNumber
	case unicode.IsDigit(r):
		return markNumber
	case strings.ContainsRune("IVX", r) && len(m) > 1:
		return markRoman
	case unicode.IsLetter(r):
		return markLetter
	case r == '+':
		return markPlus
	case !strings.ContainsRune("-–—", r):
		return markDot
	}
	return markBullet
}

// sentencesOf cuts a conclusion into sentences, and each sentence into its
// items (semicolon clauses, list items), with markers removed. It stops at
// the list of recipients of an official notice ("Nơi nhận:").
func sentencesOf(text string) []sentence {
	var out []sentence
	ps := paragraphs(text)
	for n, p := range ps {
		if strings.HasPrefix(vntext.Fold(p), "noi nhan") {
			break
		}
		marker := markerKind(p)
		caption := marker == markNone && len(ps) > 1 && n+1 < len(ps) && (n == 0 || isLink(ps[n-1])) &&
			!endsClause(p) && len(strings.Fields(p)) <= 30
		ss := splitSentences(p)
		credited := photoCredit(ss[len(ss)-1]) || creditAtEnd(p)
		if credited {
			caption = true // "Thủ tướng … làm việc với … Ảnh: VGP", "… vùng cấm bay (Ảnh minh họa).": the caption of a photo
		}
		for k, s := range ss {
			var (
				items []string
				intro []bool
			)
			for _, it := range splitItems(s) {
				if c := cleanItem(it.text); c != "" {
					items = append(items, c)
					intro = append(intro, it.intro)
				}
			}
			if len(items) > 0 {
				heading := k == len(ss)-1 && strings.HasSuffix(strings.TrimSpace(p), ":")
				out = append(out, sentence{items: items, intro: intro, para: n, listItem: marker != markNone, marker: marker, heading: heading, caption: caption && (len(ss) == 1 || credited)})
			}
		}
	}
	return out
}

// paragraphs returns the text's lines in NFC, joining a line that was only
// wrapped (it ends without punctuation and the next starts in lower case,
// without a list marker) with the next.
func paragraphs(text string) []string {
	text = norm.NFC.String(text)
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n",
		// spaces of web pages and word processors are spaces: "Sở\u00a0Y\u00a0tế"
		"\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u2009", " ", "\u200a", " ", "\u3000", " ", "\t", " ",
		"\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00ad", "").Replace(text)
	var out []string
	cur := ""
	flush := func() {
		if cur != "" {
			out = append(out, cur)
		}
		cur = ""
	}
	prevLine := ""
	for _, line := range strings.Split(text, "\n") {
		l := markerGlued.ReplaceAllString(strings.TrimSpace(line), "$1 $2") // "1.Sở Công Thương …" is item 1
		l = pressPrefix.ReplaceAllString(l, "")                             // "(GLO)- Chiều 23-1, …": the paper's name, not the text
		wrapped := utf8.RuneCountInString(prevLine) >= 50 && !upperWord(firstWord(prevLine))
		prevLine = l
		switch {
		case l == "":
			flush()
		case cur != "" && !itemMarker.MatchString(l) && !endsClause(cur) && (startsLower(l) || wrapped && !opensBasis(l)) && !stampLine.MatchString(cur):
			// a line cut by the page: "… giao Sở Tài\nchính …", or a long line going on with a name "… Sở\nY tế"
			cur += " " + l
		default:
			flush()
			cur = l
		}
	}
	flush()
	return out
}

func endsClause(s string) bool {
	s = strings.TrimRight(s, " \"”’)")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".;:!?…", r)
}

func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if !unicode.IsPunct(r) {
			return false
		}
	}
	return false
}

// splitSentences cuts a paragraph after ".", "!", "?" or "…" followed by a
// capital letter or a list marker ("cao.Việc", "đến nay. Trung tâm"), but
// not after an abbreviation or inside "15.01.2021".
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !strings.ContainsRune(".!?…", r) {
			i += size
			continue
		}
		j := i + size
		for j < len(p) && (p[j] == '.' || p[j] == '!' || p[j] == '?') {
			j++
		}
		k := j
		for k < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[k:])
			if !unicode.IsSpace(r2) && !strings.ContainsRune("\"”’)", r2) {
				break
			}
			k += s2
		}
		if k < len(p) {
			next, _ := utf8.DecodeRuneInString(p[k:])
			abbrev := r == '.' && j == i+1 && (abbreviationBefore(p[:i]) || markerBefore(p[:i]) && j < len(p) && p[j] == ' ' ||
				k == j && capsBefore(p[:i])) // "UBMT.TQVN", "TX.An Nhơn": an abbreviation glued to the next word
			if (unicode.IsUpper(next) || itemMarker.MatchString(p[k:])) && !abbrev && !inQuote(p[start:i], p[i:]) {
				out = append(out, p[start:j])
				start = k
			}
		}
		i = j
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

// capsBefore reports whether s ends with a word of two or more capitals
// and no lower-case letter: "UBMT", "TX", "TP".
func capsBefore(s string) bool {
	w := s[strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func abbreviationBefore(s string) bool {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	w := s[i+1:]
	if romanOrdinal(s[:max(i, 0)], w) {
		return false // "Đại hội lần thứ X. Tổ chức …": a number, not a name's initial nor "x." (xã)
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// piece of a sentence, and whether it ends with a colon that announces
// what follows.
type itemText struct {
	text  string
	intro bool
}

// splitItems cuts a sentence at semicolons, and at a colon that opens a
// list or a new clause in capitals ("… như: Triển khai …").
func splitItems(s string) []itemText {
	var out []itemText
	for _, part := range strings.Split(s, ";") {
		for {
			i := strings.IndexByte(part, ':')
			if i < 0 {
				break
			}
			if strings.Count(part[:i], "(") > strings.Count(part[:i], ")") {
				break // "giao UBND các địa phương (trừ các TP: Hạ Long, …) thành lập …": a list inside an aside
			}
			if inQuote(part[:i], part[i+1:]) {
				break // "có bài “Hải Dương: Vận động …”": a title quoted
			}
			rest := strings.TrimLeft(part[i+1:], " \t")
			r, _ := utf8.DecodeRuneInString(rest)
			if !itemMarker.MatchString(rest) && !unicode.IsUpper(r) && !endsWithSpeech(part[:i]) && !opensWithRequest(rest) && !endsWithList(part[:i]) || sharedHead(part[:i]) {
				break
			}
			out = append(out, itemText{text: part[:i], intro: true})
			part = part[i+1:]
		}
		out = append(out, itemText{text: part})
	}
	return out
}

// cleanItem trims an item and removes its list marker.
func cleanItem(s string) string {
	s = strings.TrimSpace(s)
	for {
		loc := itemMarker.FindStringIndex(s)
		if loc == nil {
			break
		}
		s = strings.TrimSpace(s[loc[1]:])
	}
	return s
}

// sharedHead reports whether s ends with "các" and a noun or two, as a list
// of names does before its colon: "đề nghị các Sở: Công Thương, …".
func sharedHead(s string) bool {
	w := strings.Fields(vntext.Fold(s))
	n := len(w)
	switch {
	case n >= 2 && w[n-2] == "cac":
		return unitHeadNouns[w[n-1]]
	case n >= 3 && w[n-3] == "cac":
		return unitHeadNouns[w[n-2]] || unitHeadNouns[w[n-2]+" "+w[n-1]]
	}
	return false
}

// unitHeadNouns begin the names of units: after "các" and before a colon
// they head a list of names ("các Sở: Công Thương, …"); other nouns
// ("các nội dung:", "các nhiệm vụ sau:") announce a list of work.
var unitHeadNouns = map[string]bool{
	"so": true, "phong": true, "ban": true, "nganh": true, "xa": true, "phuong": true, "huyen": true,
	"thon": true, "to": true, "don": true, "co": true, "hoi": true, "doan": true, "trung": true,
	"to dan": true, "don vi": true, "co quan": true, "trung tam": true, "doan the": true, "thi tran": true, "thi": true,
	"cuc": true, "chi": true, "tram": true, "truong": true, "cong": true, "uy": true, "ubnd": true, "ap": true, "xom": true, "ban nganh": true,
}

// endsWithSpeech reports whether s ends with a verb of speech or request,
// after which a colon opens what is said: "… chỉ đạo: các ban, ngành …".
func endsWithSpeech(s string) bool {
	w := strings.Fields(vntext.Fold(s))
	n := len(w)
	last2 := ""
	if n >= 2 {
		last2 = w[n-2] + " " + w[n-1]
	}
	switch last2 {
	case "chi dao", "ket luan", "yeu cau", "de nghi", "nhan manh", "luu y", "giao nhiem vu", "chi thi", "quyet dinh":
		return true
	}
	return false
}

// opensWithRequest reports whether s opens with "giao", "đề nghị" or
// "yêu cầu": "Về đề nghị của phường A: giao Sở B xem xét …".
func opensWithRequest(s string) bool {
	w := strings.Fields(vntext.Fold(s))
	if len(w) == 0 {
		return false
	}
	return w[0] == "giao" || len(w) > 1 && (w[0]+" "+w[1] == "de nghi" || w[0]+" "+w[1] == "yeu cau")
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// markerBefore reports whether s ends with the number of a list item that
// follows a colon, a semicolon or a full stop on the same line: "… nội
// dung sau: 1. Nắm bắt …", "… chính xác. 2. Tuyên truyền …".
func markerBefore(s string) bool {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	w := s[i+1:]
	if w == "" || len(w) > 4 || strings.Trim(w, "0123456789IVX") != "" {
		return false
	}
	before := strings.TrimRightFunc(s[:i+1], unicode.IsSpace)
	return i < 0 || before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ";") || strings.HasSuffix(before, ".")
}

// isLink reports whether a line is only the address of a page or an image.
func isLink(p string) bool {
	p = strings.TrimSpace(p)
	return !strings.ContainsRune(p, ' ') && (strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") || strings.HasPrefix(p, "www."))
}

// endsWithList reports whether s ends with words that announce a list:
// "… bao gồm:", "… gồm:", "… như sau:", "… sau đây:".
func endsWithList(s string) bool {
	w := strings.Fields(vntext.Fold(s))
	n := len(w)
	switch {
	case n >= 1 && w[n-1] == "gom":
		return true
	case n >= 2 && (w[n-2]+" "+w[n-1] == "nhu sau" || w[n-2]+" "+w[n-1] == "sau day"):
		return true
	case n >= 1 && w[n-1] == "nhu":
		// "… đề ra một số nhiệm vụ trọng tâm như: tập trung …; đẩy mạnh …": the tasks follow;
		// not "các loại cây như: lúa, ngô"
		f := strings.Join(w, " ")
		for _, t := range []string{"nhiem vu", "giai phap", "noi dung", "cong viec", "bien phap"} {
			if strings.Contains(f, t) {
				return true
			}
		}
	}
	return false
}

// ordinalWords stand before a number written in Roman numerals: "lần
// thứ X", "khóa XV", "nhiệm kỳ V", "Đại hội X".
var ordinalWords = map[string]bool{"thu": true, "khoa": true, "ky": true, "hoi": true, "lan": true}

// romanOrdinal reports whether w is a Roman numeral after a word that
// counts ("thứ", "khóa", "kỳ", "Đại hội"), as the end of before.
func romanOrdinal(before, w string) bool {
	if w == "" || strings.Trim(w, "IVXL") != "" {
		return false
	}
	ws := strings.Fields(vntext.Fold(before))
	return len(ws) > 0 && ordinalWords[ws[len(ws)-1]]
}

// inQuote reports whether before ends inside a short quotation opened with
// “ that after closes: a quoted title ("có bài “Hải Dương: Vận động …
// rồi… “quên” trách nhiệm”") is no sentence or item of its own. A
// quotation never closed (pages often lose or mistype the closing mark)
// holds nothing: it would glue the rest of the paragraph into one piece;
// nor does a long one (a leader's words quoted at length hold sentences of
// their own).
func inQuote(before, after string) bool {
	open := strings.Count(before, "“") - strings.Count(before, "”")
	if open <= 0 || strings.Count(after, "”")-strings.Count(after, "“") < open {
		return false
	}
	depth, at := 0, -1
	for i, r := range before {
		switch r {
		case '“':
			if depth == 0 {
				at = i
			}
			depth++
		case '”':
			if depth > 0 {
				depth--
			}
		}
	}
	return at >= 0 && len(strings.Fields(before[at:])) <= 20
}

// opensBasis reports whether a line opens with the basis of a decision
// ("Căn cứ Luật …", "Thực hiện Công văn số …"): a paragraph of its own,
// never the rest of a long title above it.
func opensBasis(line string) bool {
	c := &clause{text: line, toks: tokenize(line)}
	return c.at(0, documentFrames) > 0 || c.at(0, phrases("kinh gui")) > 0
}

package deadline

import "golang.org/x/text/unicode/norm"

// A word carries its tone. Lead words are matched on the folded text so that a text typed without
// diacritics ("truoc ngay 15/12") still reads; but a lead word written with diacritics and another
// tone is another word: "quan trọng trong tháng 4" has one "trong", "Đền Hùng" is no "đến",
// "Hàn Quốc" no "hạn". Only the tone marks are compared, not the hats or "đ", so the common slips
// of typing ("truớc" for "trước") still read.

// leadSpelling is how each lead word of one syllable is written with its diacritics.
var leadSpelling = map[string]string{
	"truoc": "trước", "han": "hạn", "het": "hết", "den": "đến", "trong": "trong", "vao": "vào", "kip": "kịp",
}

// toneMarks returns the Vietnamese tone marks (grave, acute, tilde, hook, dot below) of w.
func toneMarks(w string) string {
	var out []rune
	for _, r := range norm.NFD.String(w) {
		switch r {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
			out = append(out, r)
		}
	}
	return string(out)
}

// mistoned reports whether token i, a lead word by its folded form, is written with diacritics
// and a tone other than the lead word's: then it is another word.
func (p *parser) mistoned(i int) bool {
	want, ok := leadSpelling[p.tok(i)]
	if !ok || p.bare(i) {
		return false
	}
	return toneMarks(p.original(i)) != toneMarks(want)
}

// leadMatch is match over leadPhrases that refuses a phrase one of whose words is mistoned.
func (p *parser) leadMatch(i int) int {
	k := p.match(i, leadPhrases)
	for j := i; j < k; j++ {
		if p.mistoned(j) {
			return -1
		}
	}
	return k
}

package deadline

import "github.com/dondoc/dondoc/vntext"

// Some words of context are compared as written, with their diacritics, because folded they are
// also other words ("là" and "lá", "cần" and "cán", "nghỉ" and "nghị"). A text typed without
// diacritics must still read (DEVELOPERS.md): there the folded word is taken, except where its
// neighbours show it is the other word.

// plain reports whether the text is typed without diacritics.
func (p *parser) plain() bool { return !p.accented() }

// written reports whether token i is w (lower-case, with its diacritics): as written in a text
// with diacritics, by its folded form in a text typed without them.
func (p *parser) written(i int, w string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	if p.original(i) == w {
		return true
	}
	return p.plain() && p.toks[i].s == vntext.Fold(w)
}

// plainOther reports whether, in a text typed without diacritics, token i is another word than
// the one its folded form was taken for: the word before it is one of before, or the word after
// it one of after ("can bo": "cán bộ", not "cần").
func (p *parser) plainOther(i int, before, after []string) bool {
	return p.plain() && (p.oneOf(i-1, before...) || p.oneOf(i+1, after...))
}

// obliges reports whether token i is "phải" or "cần" (describedPeriod, notUntil).
func (p *parser) obliges(i int) bool {
	switch {
	case p.written(i, "phải"):
		return !p.plainOther(i, nil, []string{"doan", "sinh"}) // "phái đoàn", "phái sinh"
	case p.written(i, "cần"):
		return !p.plainOther(i, []string{"tri"}, []string{"bo", "cu", "ho", "thiep", "su"}) // "cán bộ", "căn cứ", "căn hộ", "can thiệp", "cán sự", "tri căn"
	}
	return false
}

// copula reports whether token i is "là"; without diacritics only right after "đây", "đó" or
// "này" ("day la"), as "la" is also "lá", "lạ", "La".
func (p *parser) copula(i int) bool {
	if !p.written(i, "là") {
		return false
	}
	return !p.plain() || p.oneOf(i-1, "day", "do", "nay")
}

// atLast reports whether token i is "mới" of "phải đến … mới"; without diacritics "moi" before
// these words is "mọi" or "mỗi" (notUntil).
func (p *parser) atLast(i int) bool {
	return p.written(i, "mới") && !p.plainOther(i, nil, []string{"nguoi", "don", "cap", "nganh", "truong", "thu", "noi", "luc", "ngay", "hoat", "xa", "co"})
}

// plainPause is pauseAt for a text typed without diacritics: a folded word is a pause only with
// the neighbours that make it one ("tam dung", "tam hoan", "phong toa", "dong cua"), and "nghi"
// only when it is no "nghị" ("đề nghị", "hội nghị", "nghị quyết").
func (p *parser) plainPause(b int) bool {
	switch p.tok(b) {
	case "ngung":
		return true
	case "dung", "hoan":
		return p.oneOf(b-1, "tam", "tri")
	case "toa":
		return p.is(b-1, "phong")
	case "dong":
		return p.oneOf(b+1, "cua", "tam") || p.is(b-1, "tam")
	case "nghi":
		return !p.oneOf(b-1, "de", "hoi", "kien", "suy", "thao") && !p.oneOf(b+1, "quyet", "dinh", "su", "ngo", "van", "an")
	}
	return false
}

// tellsState reports whether token i is "đã", "đang" or "vẫn", which tell what was done or how
// things stand (reported). Without diacritics "da" is also "đa" ("đa dạng", "Đà Nẵng"), "dang"
// also "Đảng", "đăng", "dạng" ("Đảng ủy", "đăng ký"), and "van" is mostly "văn", "vấn" ("văn
// bản", "tư vấn"): there "da" and "dang" count unless their neighbours show the other word, and
// "van" only before the words "vẫn" goes with ("vẫn chưa", "vẫn còn", "vẫn đang").
func (p *parser) tellsState(i int) bool {
	switch {
	case p.written(i, "đã"):
		return !p.plainOther(i, nil, []string{"dang", "so", "phuong", "nang", "lat", "muc", "chieu", "khoa", "cap", "nganh", "linh"})
	case p.written(i, "đang"):
		return !p.plainOther(i, []string{"da", "chuc", "cua", "cac", "to"}, []string{"uy", "vien", "bo", "ky", "tai", "bai", "doan", "phi", "ta"})
	case p.written(i, "vẫn"):
		return !p.plain() || p.oneOf(i+1, "chua", "con", "dang", "tiep", "khong", "duy", "giu", "la")
	}
	return false
}

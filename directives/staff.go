package directives

// The staff of every body named as a whole: "cán bộ, đảng viên, công chức
// phường", "cán bộ, công chức, viên chức và người lao động" are every unit
// of the directory, as "toàn thể cán bộ, đảng viên và Nhân dân" is.

import "github.com/dondoc/dondoc/tasks"

// staffNouns name the people who work in the bodies of the political system.
var staffNouns = phrases("can bo", "dang vien", "cong chuc", "vien chuc", "nguoi lao dong", "chien si", "hoi vien", "doan vien")

// staffLevels may close the list with the issuer's own level: "… công chức phường".
var staffLevels = phrases("xa", "phuong", "thi tran", "dac khu", "huyen", "tinh", "thanh pho", "cac cap", "trong toan xa", "trong toan phuong")

// staffMentions returns, as every unit, a list of the staff of all bodies:
// three staff nouns or more, or two with "đảng viên" among them, joined by
// commas or "và", optionally closed by the issuer's level, and not by a
// kind of unit or a name ("lãnh đạo, công chức phòng" is one phòng's).
func (c *clause) staffMentions(dir *tasks.Directory) []mention {
	var out []mention
	for i := 0; i < len(c.toks); i++ {
		if i > 0 && c.at(i-1, staffNouns) > 0 {
			continue
		}
		start := i
		i += c.at(i, phrases("toan the", "tat ca", "cac"))
		n, party, k := 0, false, i
		for k < len(c.toks) {
			m := c.at(k, staffNouns)
			if m == 0 {
				break
			}
			n++
			party = party || c.word(k) == "dang"
			k += m
			if k < len(c.toks) && (c.toks[k].punct && c.toks[k].w == "," || c.word(k) == "va") && c.at(k+1, staffNouns) > 0 {
				k++
			}
		}
		if n < 3 && !(n == 2 && party) {
			i = start
			continue
		}
		if l := c.at(k, staffLevels); l > 0 && (k+l >= len(c.toks) || !c.capitalized(k+l)) {
			k += l
		} else if j := k + c.at(k, determiners); j < len(c.toks) && (c.at(j, kindNouns) > 0 || c.mentionAt(j) || c.capitalized(j)) {
			i = start
			continue // "cán bộ, công chức, viên chức Phòng Kinh tế", "… các xã": that body's
		}
		out = append(out, mention{first: start, last: k, owner: groupOwner(dir, tasks.KindAll, c.span(start, k))})
		i = k - 1
	}
	return out
}

package directives

// The forces of order named by their trade: "lực lượng công an" (or
// "Công an" alone, as a name) is the police of the directory, "lực lượng
// quân sự" ("Quân sự") its military command, and "các lực lượng chức
// năng" both, the police leading.

import (
	"strings"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// forceWords name a force by its trade after "lực lượng".
var (
	policeForce   = phrases("luc luong cong an")
	militaryForce = phrases("luc luong quan su", "luc luong dan quan tu ve", "luc luong dan quan")
	dutyForces    = phrases("cac luc luong chuc nang", "luc luong chuc nang")
)

// forceUnits returns the one police unit and the one military command of
// the directory (by the start of their names), or nil for either when
// there is none or more than one.
func forceUnits(dir *tasks.Directory) (police, military *tasks.Unit) {
	var ps, ms []tasks.Unit
	for _, u := range dir.Units() {
		n := vntext.Fold(u.Name)
		switch {
		case strings.HasPrefix(n, "cong an "):
			ps = append(ps, u)
		case strings.HasPrefix(n, "ban chi huy quan su ") || strings.HasPrefix(n, "bo chi huy quan su ") || strings.HasPrefix(n, "ban chqs "):
			ms = append(ms, u)
		}
	}
	if len(ps) == 1 {
		police = &ps[0]
	}
	if len(ms) == 1 {
		military = &ms[0]
	}
	return police, military
}

// forceMentions returns the mentions of the forces of order in the
// clause: "lực lượng công an" the police, "lực lượng quân sự" the military
// command, "các lực lượng chức năng" the police (its last word the
// military command, so that it coordinates). A directory with no such unit
// gives none, and the forces a body directs or works with ("Chủ tịch UBND
// các phường chỉ đạo lực lượng chức năng …", "UBND các xã phối hợp với lực
// lượng chức năng …") are those of its place, none of the directory.
func (c *clause) forceMentions(dir *tasks.Directory) []mention {
	police, military := forceUnits(dir)
	if police == nil && military == nil {
		return nil
	}
	var out []mention
	for i := 0; i < len(c.toks); i++ {
		phrase := func(n int) string { return c.span(i, i+n) }
		switch {
		case c.at(i, dutyForces) > 0 && police != nil && c.at(i-2, directingVerbs) != 2 && !c.coordCueBefore(i):
			n := c.at(i, dutyForces)
			us := []tasks.Unit{*police}
			if military != nil {
				us = append(us, *military)
			}
			out = append(out, splitMention(i, i+n, us, phrase(n))...)
			i += n - 1
		case c.bareForce(i, "cong an", "Công an") && police != nil:
			out = append(out, mention{first: i, last: i + 2, owner: unitOwner(*police, phrase(2))}) // "Ngày 10/8: Công an, Quân sự"
			i++
		case c.bareForce(i, "quan su", "Quân sự") && military != nil:
			out = append(out, mention{first: i, last: i + 2, owner: unitOwner(*military, phrase(2))})
			i++
		case c.at(i, policeForce) > 0 && police != nil:
			n := c.at(i, policeForce)
			out = append(out, mention{first: i, last: i + n, owner: unitOwner(*police, phrase(n))})
			i += n - 1
		case c.at(i, militaryForce) > 0 && military != nil:
			n := c.at(i, militaryForce)
			out = append(out, mention{first: i, last: i + n, owner: unitOwner(*military, phrase(n))})
			i += n - 1
		}
	}
	return out
}

// coordCueBefore reports whether a cue of coordination ends right before
// token i: "phối hợp với", "phối hợp chặt chẽ với".
func (c *clause) coordCueBefore(i int) bool {
	for k := max(0, i-5); k < i; k++ {
		if n := c.at(k, coordCues); n > 0 && k+n == i {
			return true
		}
	}
	return false
}

// bareForce reports whether the force is named alone at token i, written
// as a name ("Công an", "Quân sự") with nothing after it but a comma, "và"
// or the end: "Ngày 10/8: Công an, Quân sự".
func (c *clause) bareForce(i int, folded, written string) bool {
	if c.at(i, phrases(folded)) != 2 || !strings.HasPrefix(c.text[c.toks[i].start:], written) {
		return false
	}
	if _, named := c.byFirst[i]; named {
		return false
	}
	return i+2 == len(c.toks) || c.toks[i+2].punct || c.word(i+2) == "va" || c.actionAt(i+2) // "phối hợp Ban Tiếp công dân và Công an xử lý …"
}

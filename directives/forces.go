package directives

// The forces of order named by their trade: "lực lượng công an" is the
// police of the directory, "lực lượng quân sự" its military command, and
// "các lực lượng chức năng" both, the police leading.

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

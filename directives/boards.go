package directives

// The boards of a council and the Party cells named together: "các ban
// HĐND phường" are the boards of the council the directory registers ("Ban
// Kinh tế - Xã hội HĐND phường", "Ban Pháp chế HĐND phường"), each one
// asked; "các chi bộ" are the cells it registers ("Chi bộ thôn 1", …).

import (
	"strings"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// councilBoards name the boards of a council together.
var councilBoards = phrases("cac ban hdnd", "cac ban cua hdnd", "cac ban hoi dong nhan dan", "cac ban cua hoi dong nhan dan")

// partyCells name the Party cells together: "các chi bộ", "các chi bộ trực
// thuộc".
var partyCells = phrases("cac chi bo", "toan the cac chi bo", "cac chi bo truc thuoc")

// cellUnits returns the directory's Party cells: units named "Chi bộ …".
func cellUnits(dir *tasks.Directory) []tasks.Unit {
	var out []tasks.Unit
	for _, u := range dir.Units() {
		if strings.HasPrefix(vntext.Fold(u.Name), "chi bo ") {
			out = append(out, u)
		}
	}
	return out
}

// cellMentions returns the mentions of the Party cells named together:
// the group of their kind when they are all the units of that kind (the
// cells of the villages, registered as villages), else each cell.
func (c *clause) cellMentions(dir *tasks.Directory) []mention {
	var out []mention
	for i := 0; i < len(c.toks); i++ {
		n := c.at(i, partyCells)
		if n == 0 {
			continue
		}
		units := cellUnits(dir)
		if len(units) == 0 {
			return nil
		}
		if k, ok := soleKind(dir, units); ok {
			out = append(out, mention{first: i, last: i + n, owner: groupOwner(dir, k, c.span(i, i+n))})
		} else {
			out = append(out, splitMention(i, i+n, units, c.span(i, i+n))...)
		}
		i += n - 1
	}
	return out
}

// soleKind returns the kind all of units share when they are every unit of
// that kind in the directory.
func soleKind(dir *tasks.Directory, units []tasks.Unit) (tasks.Kind, bool) {
	k := units[0].Kind
	for _, u := range units {
		if u.Kind != k {
			return "", false
		}
	}
	n := 0
	for _, u := range dir.Units() {
		if u.Kind == k {
			n++
		}
	}
	return k, n == len(units) && k != tasks.KindKhac
}

// boardUnits returns the directory's boards of its council: units whose
// name starts with "Ban" and names the HĐND.
func boardUnits(dir *tasks.Directory) []tasks.Unit {
	var out []tasks.Unit
	for _, u := range dir.Units() {
		n := vntext.Fold(u.Name)
		if strings.HasPrefix(n, "ban ") && (strings.Contains(n, " hdnd") || strings.Contains(n, " hoi dong nhan dan")) {
			out = append(out, u)
		}
	}
	return out
}

// boardMentions returns the mentions of the council's boards named
// together, one per board the directory registers, or none when it
// registers none.
func (c *clause) boardMentions(dir *tasks.Directory) []mention {
	var out []mention
	var units []tasks.Unit
	for i := 0; i < len(c.toks); i++ {
		n := c.at(i, councilBoards)
		if n == 0 {
			continue
		}
		if units == nil {
			units = boardUnits(dir)
		}
		if len(units) == 0 {
			return nil
		}
		if c.at(i+n, phrases("xa", "phuong", "thi tran", "huyen", "tinh", "thanh pho", "dac khu")) > 0 {
			n += c.at(i+n, phrases("xa", "phuong", "thi tran", "huyen", "tinh", "thanh pho", "dac khu"))
		}
		out = append(out, splitMention(i, i+n, units, c.span(i, i+n))...)
		i += n - 1
	}
	return out
}

// splitMention gives each of units a mention of its own within the tokens
// [first, last) of one phrase that names them all ("các lực lượng chức
// năng", "các ban HĐND phường"), so that the first leads and the others
// are asked with it; the phrase keeps its words in every owner. Units past
// the phrase's length in tokens are left out.
func splitMention(first, last int, units []tasks.Unit, phrase string) []mention {
	var out []mention
	n := min(len(units), last-first)
	for k := 0; k < n; k++ {
		f, l := first+k, first+k+1
		if k == n-1 {
			l = last
		}
		out = append(out, mention{first: f, last: l, owner: unitOwner(units[k], phrase)})
	}
	return out
}

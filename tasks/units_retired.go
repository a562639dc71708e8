package tasks

import "fmt"

// successors maps the index of each retired unit with a successor to the
// index of the live unit at the end of its chain of successors.
func successors(units []Unit) map[int]int {
	byID := make(map[int64]int, len(units))
	for i, u := range units {
		byID[u.ID] = i
	}
	next := map[int]int{}
	for i, u := range units {
		if u.RetiredAt == nil || u.SuccessorID == nil {
			continue
		}
		j, steps := i, 0
		for units[j].RetiredAt != nil && units[j].SuccessorID != nil && steps <= len(units) {
			k, ok := byID[*units[j].SuccessorID]
			if !ok {
				break
			}
			j, steps = k, steps+1
		}
		if units[j].RetiredAt == nil {
			next[i] = j
		}
	}
	return next
}

// live returns the index of the unit that carries on the work of unit i:
// i itself unless it was retired into a successor.
func (d *Directory) live(i int) int {
	if j, ok := d.next[i]; ok {
		return j
	}
	return i
}

// name makes m name the unit of index i, or its successor when it was
// retired, keeping the retired unit in m.Retired.
func (d *Directory) name(m *Mention, i int) {
	j := d.live(i)
	m.Unit = &d.units[j]
	if j != i {
		m.Retired = &d.units[i]
	}
}

// RetiredNote is what to tell a person about a mention of a retired unit:
// which unit carries on its work. It is "" for a mention of a live unit.
func RetiredNote(m Mention) string {
	if m.Retired == nil {
		return ""
	}
	if m.Unit == nil || m.Unit.ID == m.Retired.ID {
		return fmt.Sprintf(msgUnitRetiredNoNext, m.Retired.Name)
	}
	return fmt.Sprintf(msgUnitRetired, m.Retired.Name, m.Unit.Name)
}

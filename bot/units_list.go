package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dondoc/dondoc/tasks"
)

// unitDirectory renders the units of /donvi under the name of their kind
// (sở, phòng, xã, thôn, đoàn thể, other), kinds in a fixed order.
func unitDirectory(units []tasks.Unit) string {
	byKind := map[tasks.Kind][]tasks.Unit{}
	for _, u := range units {
		if u.RetiredAt != nil {
			continue // merged into another unit: its name lives on as history
		}
		byKind[u.Kind] = append(byKind[u.Kind], u)
	}
	lines := []string{msgUnitsHeader}
	kinds := tasks.Kinds()
	for k := range byKind {
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	for _, k := range kinds {
		us := byKind[k]
		if len(us) == 0 {
			continue
		}
		lines = append(lines, "", fmt.Sprintf(msgUnitsKind, esc(k.Label()), esc(string(k)), len(us)))
		for _, u := range us {
			line := fmt.Sprintf(msgUnitsRow, esc(u.Name), esc(u.Code))
			if len(u.Aliases) > 0 {
				line += " (" + esc(strings.Join(u.Aliases, ", ")) + ")"
			}
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

package bot

import "fmt"

// helpLine is command c's line in r's /help, or false when c offers the
// person nothing: what their role may not do, or an owner's commands when
// they are in no unit. Opening a meeting is for those who assign; the
// others may only look at one.
func helpLine(c command, r *request) (string, bool) {
	if !c.allowed(r) {
		return "", false
	}
	help := c.help
	if m := r.member; m != nil {
		switch c.names[0] {
		case "done", "tiendo", "giahan", "dangky", "ketqua":
			if len(m.UnitIDs) == 0 {
				return "", false
			}
		case "hop":
			if !m.CanAssign() {
				help = helpMeetingView
			}
		}
	}
	return fmt.Sprintf("/%s — %s", c.names[0], help), true
}

package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// TestHelpOffersWhatOneMayDo: a member's /help lists only what a member
// may do: /hop to look at a meeting, not to open one; no owner's commands
// without a unit.
func TestHelpOffersWhatOneMayDo(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.join(tckhStaff, tasks.RoleMember, "")
	for _, c := range []struct {
		who       string
		help      string
		want, not []string
	}{
		{"member", h.say(kthtStaff, "/help", "Các lệnh anh/chị có thể dùng").PlainText,
			[]string{"/hop — xem một cuộc họp", "/done", "/tiendo", "/dangky", "/viec"}, []string{"ghi kết luận cuộc họp", "/giao", "/xacnhan", "/huy"}},
		{"member without unit", h.say(tckhStaff, "/help", "Các lệnh anh/chị có thể dùng").PlainText,
			[]string{"/viec", "/hop — xem một cuộc họp"}, []string{"/done", "/tiendo", "/giahan", "/dangky", "/ketqua"}},
		{"leader", h.say(leader, "/help", "Các lệnh anh/chị có thể dùng").PlainText,
			[]string{"/hop — ghi kết luận cuộc họp", "/giao", "/xacnhan", "/baocao"}, nil},
	} {
		for _, w := range c.want {
			if !strings.Contains(c.help, w) {
				t.Errorf("%s's /help lacks %q:\n%s", c.who, w, c.help)
			}
		}
		for _, n := range c.not {
			if strings.Contains(c.help, n+" ") || strings.Contains(c.help, n+"\n") || strings.HasSuffix(c.help, n) {
				t.Errorf("%s's /help offers %q:\n%s", c.who, n, c.help)
			}
		}
	}
}

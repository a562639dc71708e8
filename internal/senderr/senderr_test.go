package senderr

import (
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	for _, tt := range []struct{ err, want string }{
		{"Forbidden: bot was blocked by the user", "người nhận đã chặn bot"},
		{"Forbidden: bot can't initiate conversation with a user", "người nhận chưa mở trò chuyện với bot"},
		{"Bad Request: chat not found", "không tìm thấy cuộc trò chuyện"},
		{"Too Many Requests: retry after 35", "tạm giới hạn tốc độ"},
		{"Bad Request: can't parse entities: Unsupported start tag", "định dạng"},
		{"Forbidden: bot was kicked from the group chat", "mời ra khỏi nhóm"},
		{"Unauthorized", "token"},
		{"permanent: FORBIDDEN: USER IS DEACTIVATED", "vô hiệu hóa"},
		{"something new", Unknown},
	} {
		if got := Explain(tt.err); !strings.Contains(got, tt.want) {
			t.Errorf("Explain(%q) = %q, want it to say %q", tt.err, got, tt.want)
		}
	}
	for _, empty := range []string{"", "  "} {
		if got := Explain(empty); got != "" {
			t.Errorf("Explain(%q) = %q, want nothing", empty, got)
		}
	}
}

// TestReasonsAreReachable: a match hidden behind an earlier, shorter one
// would never be used.
func TestReasonsAreReachable(t *testing.T) {
	for i, r := range reasons {
		if got := Explain("Error: " + strings.ToUpper(r.match)); got != r.meaning {
			t.Errorf("reason %d (%q) is shadowed: Explain gives %q", i, r.match, got)
		}
	}
}

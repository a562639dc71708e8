package bot

import (
	"strings"
	"testing"
)

func TestExplainSendError(t *testing.T) {
	for _, tt := range []struct{ err, want string }{
		{"Forbidden: bot was blocked by the user", "người nhận đã chặn bot"},
		{"Forbidden: bot can't initiate conversation with a user", "người nhận chưa mở trò chuyện với bot"},
		{"Bad Request: chat not found", "không tìm thấy cuộc trò chuyện"},
		{"Too Many Requests: retry after 35", "tạm giới hạn tốc độ"},
		{"Bad Request: can't parse entities: Unsupported start tag", "định dạng"},
		{"Forbidden: bot was kicked from the group chat", "mời ra khỏi nhóm"},
		{"Unauthorized", "token"},
		{"something new", unknownTelegramError},
	} {
		if got := explainSendError(tt.err); !strings.Contains(got, tt.want) {
			t.Errorf("explainSendError(%q) = %q, want it to say %q", tt.err, got, tt.want)
		}
	}
}

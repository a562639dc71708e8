package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// TestTitlesWithoutResolvedPhrases: a deadline written relative to the
// day ("thứ 5 tuần sau") is the task's deadline, not part of its title,
// and lists show its time; a title from a meeting does not start with
// "Cụ thể:".
func TestTitlesWithoutResolvedPhrases(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	card := h.say(leader, "/giao KTHT: Lập kế hoạch chỉnh trang lề đường, hoàn thành trước 17h thứ 5 tuần sau", "Nhiệm vụ #1")
	if strings.Contains(card.PlainText, "tuần sau") || !strings.Contains(card.PlainText, "\nLập kế hoạch chỉnh trang lề đường\n") {
		t.Errorf("the card keeps the resolved phrase in the title:\n%s", card.PlainText)
	}
	var text, phrase string
	if err := h.store.DB().QueryRow(`SELECT text, deadline_text FROM tasks WHERE org_id = $1 AND id = 1`, h.org.ID).Scan(&text, &phrase); err != nil {
		t.Fatal(err)
	}
	if text != "Lập kế hoạch chỉnh trang lề đường" || phrase != "hoàn thành trước 17h thứ 5 tuần sau" {
		t.Errorf("stored title %q, deadline phrase %q", text, phrase)
	}
	h.say(leader, "/viec", "#1 Lập kế hoạch chỉnh trang lề đường —", "17:00")

	h.say(leader, "/hop Giao ban tháng 1", "Đã mở cuộc họp số 1")
	h.say(leader, "Kết luận cuộc họp:\nCụ thể: Phòng Kinh tế và Hạ tầng rà soát hồ sơ chỉnh trang lề đường, hoàn thành trước 30/6/2031.",
		"Dự thảo nhiệm vụ từ kết luận cuộc họp số 1")
	draft := h.latestDraft(leader)
	if strings.Contains(draft.PlainText, "Cụ thể") {
		t.Errorf("the draft keeps “Cụ thể:”:\n%s", draft.PlainText)
	}
	h.press(leader, draft, h.data("mok", 1))
	h.expect(leader.ID, "#2")
	if err := h.store.DB().QueryRow(`SELECT text FROM tasks WHERE org_id = $1 AND id = 2`, h.org.ID).Scan(&text); err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(text, "Cụ thể") || !strings.HasPrefix(text, "Phòng Kinh tế và Hạ tầng rà soát hồ sơ") {
		t.Errorf("the meeting's task is titled %q", text)
	}
}

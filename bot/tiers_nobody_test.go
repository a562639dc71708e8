package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestAssignToACommuneIsNotCalledUnheard: a unit that stands for a
// commune's organisation has no members of its own, yet its part reaches
// the commune's leaders; the /giao reply does not say it was told to
// nobody, while it still does for a unit without members.
func TestAssignToACommuneIsNotCalledUnheard(t *testing.T) {
	h := newHarness(t)
	if _, err := h.store.DB().Exec(`UPDATE orgs SET level = 'tinh' WHERE id = $1`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	damha, _ := h.childOrg("UBND xã Đầm Hà", "damha",
		tasks.Unit{Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Kind: tasks.KindPhong})
	chairman := h.join(tgfake.User{ID: 8100, FirstName: "Chủ tịch", LastName: "Tỉnh"}, tasks.RoleLeader, "")
	dhLeader := h.joinOrg(tgfake.User{ID: 8200, FirstName: "Chủ tịch", LastName: "Đầm Hà"}, damha.ID, tasks.RoleLeader, 0)

	reply := h.say(chairman, "/giao UBND xã Đầm Hà: Rà soát hộ nghèo trên địa bàn trước 30/6/2031", "Nhiệm vụ #1")
	if strings.Contains(reply.PlainText, "chưa có cán bộ nào") {
		t.Errorf("the reply says the commune was told nothing:\n%s", reply.PlainText)
	}
	h.expect(dhLeader.ID, "Nhiệm vụ cấp trên giao", "Rà soát hộ nghèo trên địa bàn")

	reply = h.say(chairman, "/giao UBND xã Đầm Hà, phối hợp TCKH: Rà soát ngân sách trước 30/6/2031", "Nhiệm vụ #2")
	if !strings.Contains(reply.PlainText, "Lưu ý: Phòng Tài chính") || strings.Contains(reply.PlainText, "Đầm Hà chưa có cán bộ") {
		t.Errorf("the reply does not name just the unit without members:\n%s", reply.PlainText)
	}
}

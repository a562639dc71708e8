package bot_test

import (
	"fmt"
	"testing"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestParentDecisionsReachCommuneMembers: the province's approval of the
// commune's request for a later deadline reaches the member doing the
// commune's part, as a new deadline; the province's cancellation reaches
// them as a cancellation by the parent.
func TestParentDecisionsReachCommuneMembers(t *testing.T) {
	h := newHarness(t)
	if _, err := h.store.DB().Exec(`UPDATE orgs SET level = 'tinh' WHERE id = $1`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	damha, dhUnits := h.childOrg("UBND xã Đầm Hà", "damha", tasks.Unit{Code: "t1", Name: "Thôn 1", Kind: tasks.KindThon})
	chairman := h.join(tgfake.User{ID: 8500, FirstName: "Chủ tịch", LastName: "Tỉnh"}, tasks.RoleLeader, "")
	dhLeader := h.joinOrg(tgfake.User{ID: 8501, FirstName: "Chủ tịch", LastName: "Đầm Hà"}, damha.ID, tasks.RoleLeader, 0)
	dhT1 := h.joinOrg(tgfake.User{ID: 8502, FirstName: "Trưởng", LastName: "Thôn 1"}, damha.ID, tasks.RoleMember, dhUnits["t1"].ID)

	h.say(chairman, "/giao UBND xã Đầm Hà: Rà soát hộ nghèo trên địa bàn trước 30/6/2031", "Nhiệm vụ #1")
	got := h.expect(dhLeader.ID, "Nhiệm vụ cấp trên giao số 1", "Rà soát hộ nghèo")
	rid := receivedID(h, damha.ID)
	h.press(dhLeader, got, callbackData(damha.ID, "rcvg", rid))
	h.say(dhLeader, "Thôn 1", "Đã phân công")
	own := ownTaskOf(h, damha.ID, "Rà soát hộ nghèo")
	h.expect(dhT1.ID, fmt.Sprintf("#%d", own), "30/06/2031")

	h.press(dhLeader, got, callbackData(damha.ID, "rcvx", rid))
	h.say(dhLeader, "31/7/2031 vì chờ số liệu dân cư", "Đã gửi")
	up := h.expect(chairman.ID, "Đề nghị gia hạn nhiệm vụ #1", "chờ số liệu dân cư")
	var upID int64
	if err := h.store.DB().Get(&upID, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = 1`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	h.press(chairman, up, h.data("extok", 1, fmt.Sprint(upID)))
	h.expect(dhT1.ID, "UBND", "đã đổi thời hạn nhiệm vụ cấp trên giao", fmt.Sprintf("nhiệm vụ #%d đổi thời hạn từ 30/06/2031", own), "31/07/2031")

	h.say(chairman, "/huy 1 Đã có chương trình khác thay thế", "#1")
	h.expect(dhT1.ID, fmt.Sprintf("Nhiệm vụ #%d đã bị cấp trên hủy", own), "đã hủy nhiệm vụ cấp trên giao", "Đã có chương trình khác thay thế")
	if s := lcState(h, damha.ID, own); s != "cancelled" {
		t.Errorf("the commune's task is %s after the province cancelled", s)
	}
}

package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// joinOrg makes a person join organisation org through the bot.
func (h *harness) joinOrg(u tgfake.User, org int64, role tasks.Role, unitID int64) tgfake.User {
	h.t.Helper()
	h.fake.SendText(u, "/start "+h.inviteTo(org, role, unitID))
	h.expect(u.ID, "Chào mừng")
	return u
}

// childOrg creates a commune under the harness's organisation, with units,
// linked to the parent's unit code; it returns the commune and its units.
func (h *harness) childOrg(name, linkCode string, units ...tasks.Unit) (tasks.Org, map[string]tasks.Unit) {
	h.t.Helper()
	ctx := context.Background()
	org, err := h.store.CreateOrgAt(ctx, tasks.NewOrg{Name: name, Timezone: hcmZone.String(), Level: tasks.LevelXa, ParentID: &h.org.ID}, time.Now())
	if err != nil {
		h.t.Fatal(err)
	}
	if _, _, err := h.store.ImportUnits(ctx, org.ID, units); err != nil {
		h.t.Fatal(err)
	}
	if _, err := h.store.LinkUnit(ctx, h.org.ID, linkCode, org.ID, time.Now()); err != nil {
		h.t.Fatal(err)
	}
	all, err := h.store.Units(ctx, org.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	byCode := map[string]tasks.Unit{}
	for _, u := range all {
		byCode[u.Code] = u
	}
	return org, byCode
}

func TestCascadeThroughTheBot(t *testing.T) {
	h := newHarness(t)
	if _, err := h.store.DB().Exec(`UPDATE orgs SET level = 'tinh' WHERE id = $1`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	damha, dhUnits := h.childOrg("UBND xã Đầm Hà", "damha",
		tasks.Unit{Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Aliases: []string{"VHXH"}, Kind: tasks.KindPhong},
		tasks.Unit{Code: "t1", Name: "Thôn 1", Kind: tasks.KindThon})
	quanglam, qlUnits := h.childOrg("UBND xã Quảng Lâm", "quanglam",
		tasks.Unit{Code: "kt", Name: "Phòng Kinh tế", Aliases: []string{"KT"}, Kind: tasks.KindPhong})

	chairman := h.join(tgfake.User{ID: 8100, FirstName: "Chủ tịch", LastName: "Tỉnh"}, tasks.RoleLeader, "")
	dhLeader := h.joinOrg(tgfake.User{ID: 8200, FirstName: "Chủ tịch", LastName: "Đầm Hà"}, damha.ID, tasks.RoleLeader, 0)
	dhVhxh := h.joinOrg(tgfake.User{ID: 8210, FirstName: "Cán bộ", LastName: "VHXH"}, damha.ID, tasks.RoleMember, dhUnits["vhxh"].ID)
	dhT1 := h.joinOrg(tgfake.User{ID: 8220, FirstName: "Trưởng", LastName: "Thôn 1"}, damha.ID, tasks.RoleMember, dhUnits["t1"].ID)
	qlLeader := h.joinOrg(tgfake.User{ID: 8300, FirstName: "Chủ tịch", LastName: "Quảng Lâm"}, quanglam.ID, tasks.RoleLeader, 0)
	qlKt := h.joinOrg(tgfake.User{ID: 8310, FirstName: "Cán bộ", LastName: "Kinh tế"}, quanglam.ID, tasks.RoleMember, qlUnits["kt"].ID)

	// The province assigns; each commune's leader receives it as its own.
	h.say(chairman, "/giao UBND xã Đầm Hà, phối hợp UBND xã Quảng Lâm: Rà soát hộ nghèo trên địa bàn trước 30/6/2031", "Nhiệm vụ #1")
	dhNotice := h.expect(dhLeader.ID, "Nhiệm vụ cấp trên giao", "Rà soát hộ nghèo trên địa bàn", "30/06/2031", "Người giao: Chủ tịch Tỉnh")
	qlNotice := h.expect(qlLeader.ID, "Nhiệm vụ cấp trên giao", "Rà soát hộ nghèo trên địa bàn")
	rcvDH, rcvQL := receivedID(h, damha.ID), receivedID(h, quanglam.ID)
	handOnDH := callbackData(damha.ID, "rcvg", rcvDH)
	if !dhNotice.HasButton(handOnDH) || !qlNotice.HasButton(callbackData(quanglam.ID, "rcvg", rcvQL)) {
		t.Fatalf("received notices lack [Phân công]: %v / %v", dhNotice.Buttons, qlNotice.Buttons)
	}

	// Forged presses: the province's chairman and the other commune's leader
	// cannot hand on Đầm Hà's received task; a commune member neither.
	if ans := h.press(chairman, dhNotice, handOnDH); ans != "Anh/chị không có quyền thực hiện thao tác này." {
		t.Errorf("the province's chairman pressed Đầm Hà's [Phân công]: %q", ans)
	}
	if ans := h.press(qlLeader, dhNotice, handOnDH); ans != "Anh/chị không có quyền thực hiện thao tác này." {
		t.Errorf("another commune's leader pressed Đầm Hà's [Phân công]: %q", ans)
	}
	if ans := h.press(dhVhxh, dhNotice, handOnDH); ans != "Anh/chị không có quyền thực hiện thao tác này." {
		t.Errorf("a commune member pressed [Phân công]: %q", ans)
	}

	// The received task waits in the commune leader's own task list.
	h.say(dhLeader, "/viec", "Còn 1 nhiệm vụ cấp trên giao chưa phân công", "/captren")

	// Đầm Hà hands it on in two parts.
	h.press(dhLeader, dhNotice, handOnDH)
	h.expect(dhLeader.ID, "Hãy ghi đơn vị nhận")
	h.say(dhLeader, "Thôn 1: Rà soát hộ nghèo thôn 1", "Đã phân công", "Rà soát hộ nghèo thôn 1")
	h.expect(dhT1.ID, "Rà soát hộ nghèo thôn 1")
	h.press(dhLeader, dhNotice, handOnDH)
	h.say(dhLeader, "Xã hội Đầm Hà", "Chưa thấy đơn vị chủ trì", "Xin gửi lại")
	h.say(dhLeader, "VHXH: Tổng hợp kết quả rà soát", "Đã phân công", "Tổng hợp kết quả rà soát")
	h.expect(dhVhxh.ID, "Tổng hợp kết quả rà soát")
	// Quảng Lâm hands on the whole task.
	h.press(qlLeader, qlNotice, callbackData(quanglam.ID, "rcvg", rcvQL))
	h.say(qlLeader, "KT", "Đã phân công", "Rà soát hộ nghèo trên địa bàn")
	h.expect(qlKt.ID, "Rà soát hộ nghèo trên địa bàn", "30/06/2031")
	h.say(qlLeader, "/captren", "Rà soát hộ nghèo trên địa bàn", "đã phân công")
	// The tasks made from it are in the commune's own lists, marked, and
	// filtered by "cấp trên giao".
	if list := h.say(dhLeader, "/viec captren", "cấp trên giao", "Rà soát hộ nghèo thôn 1", "Tổng hợp kết quả rà soát"); strings.Contains(list.PlainText, "chưa phân công") {
		t.Errorf("a received task handed on is still counted as waiting:\n%s", list.PlainText)
	}
	h.say(dhT1, "/viec", "Rà soát hộ nghèo thôn 1", "cấp trên giao")
	h.say(qlKt, "/viec cap tren", "Rà soát hộ nghèo trên địa bàn")

	// Đầm Hà asks the province for a later deadline; the province approves; Đầm Hà is told.
	askParent := callbackData(damha.ID, "rcvx", rcvDH)
	if !dhNotice.HasButton(askParent) {
		t.Fatalf("received notice lacks [Xin gia hạn]: %v", dhNotice.Buttons)
	}
	if ans := h.press(qlLeader, dhNotice, askParent); ans != "Anh/chị không có quyền thực hiện thao tác này." {
		t.Errorf("another commune's leader pressed Đầm Hà's [Xin gia hạn]: %q", ans)
	}
	h.press(dhLeader, dhNotice, askParent)
	h.expect(dhLeader.ID, "Hãy ghi thời hạn mới và lý do để gửi UBND huyện Đầm Hà")
	h.say(dhLeader, "30/7/2031 vì chờ số liệu dân cư", "Đã gửi UBND huyện Đầm Hà đề nghị gia hạn đến 30/07/2031")
	extAsk := h.expect(chairman.ID, "Đề nghị gia hạn nhiệm vụ #1", "UBND xã Đầm Hà", "chờ số liệu dân cư")
	var extID int64
	if err := h.store.DB().Get(&extID, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = 1`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	h.press(chairman, extAsk, h.data("extok", 1, fmt.Sprint(extID)))
	h.expect(dhLeader.ID, "Cấp trên đã đồng ý gia hạn", "30/07/2031")

	// The province sees none of it yet, nor any commune member.
	var leaked int
	for _, u := range []tgfake.User{dhVhxh, dhT1, qlKt} {
		for _, m := range h.fake.SentTo(u.ID) {
			if containsAll(m.PlainText, []string{"Chủ tịch Tỉnh"}) {
				leaked++
			}
		}
	}
	if leaked != 0 {
		t.Errorf("the province's assigner was shown to commune members %d times", leaked)
	}

	// Quảng Lâm's work is done and confirmed: its part of the province's task is reported.
	qlTask, dhTasks := ownTasks(h, quanglam.ID), ownTasks(h, damha.ID)
	h.say(qlKt, fmt.Sprintf("/done %d", qlTask[0]), "Đã ghi nhận Phòng Kinh tế hoàn thành")
	h.say(qlLeader, fmt.Sprintf("/xacnhan %d", qlTask[0]), "Đã xác nhận hoàn thành")
	h.expect(chairman.ID, "UBND xã Quảng Lâm báo cáo xong phần phối hợp trong nhiệm vụ #1")

	// Đầm Hà: both parts done and confirmed → the province is asked to confirm.
	h.say(dhT1, fmt.Sprintf("/done %d", dhTasks[0]), "Đã ghi nhận Thôn 1 hoàn thành")
	h.say(dhLeader, fmt.Sprintf("/xacnhan %d", dhTasks[0]), "Đã xác nhận hoàn thành")
	h.say(dhVhxh, fmt.Sprintf("/done %d", dhTasks[1]), "Đã ghi nhận Phòng Văn hóa – Xã hội hoàn thành")
	h.say(dhLeader, fmt.Sprintf("/xacnhan %d", dhTasks[1]), "Đã xác nhận hoàn thành")
	ask := h.expect(chairman.ID, "UBND xã Đầm Hà báo cáo hoàn thành nhiệm vụ #1", "Đề nghị xác nhận")
	if !ask.HasButton(h.data("conf", 1)) {
		t.Fatalf("confirmation buttons = %v", ask.Buttons)
	}

	// The province returns it: it reopens in Đầm Hà with the province's
	// reason; Đầm Hà hands on the extra work, which is done and goes up again.
	h.say(chairman, "/lamlai 1 Bổ sung danh sách hộ cận nghèo", "#1")
	h.expect(dhLeader.ID, "Cấp trên trả lại nhiệm vụ", "Lý do cấp trên trả lại: Bổ sung danh sách hộ cận nghèo")
	h.say(dhLeader, "/captren", "Rà soát hộ nghèo trên địa bàn", "đã phân công", "Lý do cấp trên trả lại: Bổ sung danh sách hộ cận nghèo")
	h.press(dhLeader, dhNotice, handOnDH)
	h.say(dhLeader, "VHXH: Bổ sung danh sách hộ cận nghèo", "Đã phân công")
	extra := ownTasks(h, damha.ID)[2]
	h.say(dhVhxh, fmt.Sprintf("/done %d", extra), "hoàn thành")
	before := len(h.fake.SentTo(chairman.ID))
	h.say(dhLeader, fmt.Sprintf("/xacnhan %d", extra), "Đã xác nhận hoàn thành")
	ask = h.after(chairman.ID, before, "UBND xã Đầm Hà báo cáo hoàn thành nhiệm vụ #1", "Đề nghị xác nhận")
	h.press(chairman, ask, h.data("conf", 1))
	if s := lcState(h, h.org.ID, 1); s != "done" {
		t.Errorf("the province's task is %s after its confirmation", s)
	}
	h.say(dhLeader, "/captren", "UBND xã Đầm Hà hiện không có nhiệm vụ cấp trên giao")
}

// receivedID is the one received task of organisation org.
func receivedID(h *harness, org int64) int64 {
	h.t.Helper()
	var id int64
	if err := h.store.DB().Get(&id, `SELECT id FROM received_tasks WHERE org_id = $1`, org); err != nil {
		h.t.Fatal(err)
	}
	return id
}

// ownTasks are the tasks an organisation made from what it received.
func ownTasks(h *harness, org int64) []int64 {
	h.t.Helper()
	var ids []int64
	if err := h.store.DB().Select(&ids, `SELECT id FROM tasks WHERE org_id = $1 AND received_id IS NOT NULL ORDER BY id`, org); err != nil {
		h.t.Fatal(err)
	}
	return ids
}

func TestMergeThroughTheBot(t *testing.T) {
	h := newHarness(t)
	admin := h.join(tgfake.User{ID: 8400, FirstName: "Quản", LastName: "Trị"}, tasks.RoleAdmin, "")
	boss := h.join(tgfake.User{ID: 8401, FirstName: "Lãnh", LastName: "Đạo"}, tasks.RoleLeader, "")
	staff := h.join(tgfake.User{ID: 8402, FirstName: "Cán bộ", LastName: "KTHT"}, tasks.RoleMember, "ktht")
	h.say(boss, "/giao KTHT: Rà soát hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	h.expect(staff.ID, "Nhiệm vụ mới #1")

	h.say(staff, "/sapnhap tckh ktht", "không có quyền")
	h.say(admin, "/sapnhap tckh", "Cách dùng")
	h.say(admin, "/sapnhap tckh khongco", "Không có đơn vị mã “khongco”", "Cách dùng")
	// Codes written the wrong way round: the preview shows it, [Hủy] changes nothing.
	ktht, tckh := h.unit("ktht").ID, h.unit("tckh").ID
	wrong := h.say(admin, "/sapnhap ktht tckh", "Xem trước khi sáp nhập", "Đơn vị tiếp nhận: Phòng Kinh tế và Hạ tầng",
		"Phòng Tài chính – Kế hoạch sẽ thôi hoạt động")
	if a := h.press(admin, wrong, h.data("mgno", ktht)); !strings.Contains(a, "Đã hủy") {
		t.Errorf("[Hủy] answered %q", a)
	}
	if n := h.count(`SELECT count(*) FROM units WHERE org_id = $1 AND retired_at IS NOT NULL`, h.org.ID); n != 0 {
		t.Fatalf("a cancelled preview retired %d units", n)
	}
	preview := h.say(admin, "/sapnhap tckh ktht", "Xem trước khi sáp nhập", "Đơn vị tiếp nhận: Phòng Tài chính – Kế hoạch",
		"1 nhiệm vụ đang thực hiện, 1 cán bộ, 0 nhóm chat")
	if a := h.press(staff, preview, h.data("mgok", tckh, fmt.Sprint(ktht))); !strings.Contains(a, "không có quyền") {
		t.Errorf("a member pressing [Xác nhận] got %q", a)
	}
	if a := h.press(admin, preview, h.data("mgok", tckh, fmt.Sprint(ktht))); !strings.Contains(a, "Đã sáp nhập Phòng Kinh tế và Hạ tầng vào Phòng Tài chính – Kế hoạch") {
		t.Errorf("[Xác nhận] answered %q", a)
	}
	h.expect(admin.ID, "Đã sáp nhập Phòng Kinh tế và Hạ tầng vào Phòng Tài chính – Kế hoạch", "chuyển 1 nhiệm vụ", "1 cán bộ")
	h.expect(staff.ID, "Phòng Kinh tế và Hạ tầng đã được sáp nhập vào Phòng Tài chính – Kế hoạch", "1 nhiệm vụ đang thực hiện đã chuyển")
	if a := h.press(admin, preview, h.data("mgok", tckh, fmt.Sprint(ktht))); !strings.Contains(a, "đã được sáp nhập trước đó") {
		t.Errorf("[Xác nhận] pressed again answered %q", a)
	}
	h.say(admin, "/sapnhap tckh ktht", "đã được sáp nhập trước đó")
	h.say(staff, "/task 1", "Phòng Tài chính – Kế hoạch")
	if list := h.say(admin, "/donvi", "Phòng Tài chính – Kế hoạch"); strings.Contains(list.PlainText, "Phòng Kinh tế và Hạ tầng") {
		t.Errorf("/donvi lists a merged unit:\n%s", list.PlainText)
	}
	h.say(staff, "/done 1", "Đã ghi nhận Phòng Tài chính – Kế hoạch hoàn thành nhiệm vụ #1")
}

func TestRenameThroughTheBot(t *testing.T) {
	h := newHarness(t)
	admin := h.join(tgfake.User{ID: 8700, FirstName: "Quản", LastName: "Trị"}, tasks.RoleAdmin, "")
	boss := h.join(tgfake.User{ID: 8701, FirstName: "Lãnh", LastName: "Đạo"}, tasks.RoleLeader, "")
	staff := h.join(tgfake.User{ID: 8702, FirstName: "Cán bộ", LastName: "KTHT"}, tasks.RoleMember, "ktht")
	h.say(staff, "/doiten ktht Phòng Kinh tế, Hạ tầng và Đô thị", "không có quyền")
	h.say(admin, "/doiten ktht", "Cách dùng", "/doiten MÃ Tên mới")
	h.say(admin, "/doiten khongco Phòng Mới", "Không có đơn vị mã “khongco”", "Cách dùng")
	h.say(admin, "/doiten ktht Phòng Kinh tế, Hạ tầng và Đô thị", "Đã đổi tên", "Phòng Kinh tế và Hạ tầng", "Phòng Kinh tế, Hạ tầng và Đô thị")
	h.say(admin, "/donvi", "Phòng Kinh tế, Hạ tầng và Đô thị")
	// The old name still finds the unit.
	h.say(boss, "/giao Phòng Kinh tế và Hạ tầng: Kiểm tra hồ sơ cấp phép trước 30/6/2031", "Nhiệm vụ #1", "Phòng Kinh tế, Hạ tầng và Đô thị")
	h.expect(staff.ID, "Nhiệm vụ mới #1")
	h.say(admin, "/help", "/doiten")
}

// mergeCmd makes two units to merge, for the permission matrix's /sapnhap.
func mergeCmd(t *testing.T, e *permEnv) (string, int64) {
	n := int64(e.h.count(`SELECT count(*) FROM units WHERE org_id = $1`, e.h.org.ID))
	if _, _, err := e.h.store.ImportUnits(context.Background(), e.h.org.ID, []tasks.Unit{
		{Code: fmt.Sprintf("gop%da", n), Name: fmt.Sprintf("Phòng gộp %d A", n), Kind: tasks.KindPhong},
		{Code: fmt.Sprintf("gop%db", n), Name: fmt.Sprintf("Phòng gộp %d B", n), Kind: tasks.KindPhong},
	}); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("/sapnhap gop%da gop%db", n, n), n
}

// renameCmd makes a unit to rename, for the permission matrix's /doiten.
func renameCmd(t *testing.T, e *permEnv) (string, int64) {
	n := int64(e.h.count(`SELECT count(*) FROM units WHERE org_id = $1`, e.h.org.ID))
	if _, _, err := e.h.store.ImportUnits(context.Background(), e.h.org.ID, []tasks.Unit{
		{Code: fmt.Sprintf("ten%d", n), Name: fmt.Sprintf("Phòng cũ %d", n), Kind: tasks.KindPhong},
	}); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("/doiten ten%d Phòng mới %d", n, n), n
}

// renamed reports whether renameCmd's unit has its new name.
func renamed(e *permEnv, n int64, _ string) bool {
	return e.h.count(`SELECT count(*) FROM units WHERE org_id = $1 AND code = $2 AND name = $3`, e.h.org.ID, fmt.Sprintf("ten%d", n), fmt.Sprintf("Phòng mới %d", n)) == 1
}

// mergePreviewed reports whether /sapnhap showed mergeCmd's merge without
// making it.
func mergePreviewed(e *permEnv, n int64, answer string) bool {
	return strings.Contains(answer, "Xem trước khi sáp nhập") &&
		e.h.count(`SELECT count(*) FROM units WHERE org_id = $1 AND code = $2 AND retired_at IS NOT NULL`, e.h.org.ID, fmt.Sprintf("gop%db", n)) == 0
}

// mergeButton makes two units to merge, for the button matrix's [Xác
// nhận] and [Hủy]: the unit that carries on, and the merged one's id.
func mergeButton(t *testing.T, e *permEnv) (int64, string) {
	_, n := mergeCmd(t, e)
	var into, old int64
	db := e.h.store.DB()
	if err := db.Get(&into, `SELECT id FROM units WHERE org_id = $1 AND code = $2`, e.h.org.ID, fmt.Sprintf("gop%da", n)); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(&old, `SELECT id FROM units WHERE org_id = $1 AND code = $2`, e.h.org.ID, fmt.Sprintf("gop%db", n)); err != nil {
		t.Fatal(err)
	}
	return into, fmt.Sprint(old)
}

// mergedInto reports whether a unit was merged into unit id.
func mergedInto(e *permEnv, id int64, _ int, _ string) bool {
	return e.h.count(`SELECT count(*) FROM units WHERE org_id = $1 AND successor_id = $2 AND retired_at IS NOT NULL`, e.h.org.ID, id) == 1
}

// TestReceivedTaskNotHandedOnIsReminded: by the commune's reminder policy
// (three days before the deadline at 08:00, the day itself, the overdue
// days) the commune's leader is reminded of a received task not handed on;
// one handed on is not reminded.
func TestReceivedTaskNotHandedOnIsReminded(t *testing.T) {
	h := newHarness(t)
	damha, units := h.childOrg("UBND xã Đầm Hà", "damha", tasks.Unit{Code: "vp", Name: "Văn phòng", Aliases: []string{"VP"}, Kind: tasks.KindPhong})
	chairman := h.join(tgfake.User{ID: 8500, FirstName: "Chủ tịch", LastName: "Tỉnh"}, tasks.RoleLeader, "")
	leader := h.joinOrg(tgfake.User{ID: 8600, FirstName: "Chủ tịch", LastName: "Xã"}, damha.ID, tasks.RoleLeader, 0)
	h.joinOrg(tgfake.User{ID: 8610, FirstName: "Cán bộ", LastName: "VP"}, damha.ID, tasks.RoleMember, units["vp"].ID)
	h.say(chairman, "/giao UBND xã Đầm Hà: Báo cáo tình hình dân cư trước 30/6/2031", "Nhiệm vụ #1")
	h.say(chairman, "/giao UBND xã Đầm Hà: Báo cáo tình hình đất đai trước 30/6/2031", "Nhiệm vụ #2")
	h.expect(leader.ID, "Nhiệm vụ cấp trên giao", "Báo cáo tình hình đất đai")
	var landID int64
	if err := h.store.DB().Get(&landID, `SELECT id FROM received_tasks WHERE org_id = $1 AND text LIKE '%đất đai%'`, damha.ID); err != nil {
		t.Fatal(err)
	}
	note := h.expect(leader.ID, "Báo cáo tình hình đất đai")
	h.press(leader, note, callbackData(damha.ID, "rcvg", landID))
	h.say(leader, "VP", "Đã phân công")

	before := len(h.fake.SentTo(leader.ID))
	h.scanAt(time.Date(2031, 6, 27, 8, 0, 1, 0, hcmZone))
	h.after(leader.ID, before, "sắp đến hạn mà chưa phân công", "Báo cáo tình hình dân cư")
	// The day itself, then overdue: the policy's other reminders, still
	// only for the task not handed on.
	h.scanAt(time.Date(2031, 6, 30, 8, 0, 1, 0, hcmZone))
	h.after(leader.ID, before, "đến hạn hôm nay mà chưa phân công", "Báo cáo tình hình dân cư")
	h.scanAt(time.Date(2031, 7, 1, 8, 0, 1, 0, hcmZone))
	h.after(leader.ID, before, "đã quá hạn mà chưa phân công", "Báo cáo tình hình dân cư")
	for _, m := range h.fake.SentTo(leader.ID)[before:] {
		if strings.Contains(m.PlainText, "chưa phân công") && strings.Contains(m.PlainText, "đất đai") {
			t.Errorf("a received task handed on was reminded:\n%s", m.PlainText)
		}
	}
}

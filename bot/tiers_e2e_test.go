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

// eventually waits until cond holds, as the steps between organisations
// are applied in the background.
func (h *harness) eventually(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("waited %s for %s", wait, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// ownTaskOf is the task organisation org made from what it received whose
// text starts with text.
func ownTaskOf(h *harness, org int64, text string) int64 {
	h.t.Helper()
	var id int64
	if err := h.store.DB().Get(&id, `SELECT id FROM tasks WHERE org_id = $1 AND received_id IS NOT NULL AND text LIKE $2 || '%'`, org, text); err != nil {
		var all []string
		_ = h.store.DB().Select(&all, `SELECT id || ':' || text || ':' || coalesce(received_id::text, '-') FROM tasks WHERE org_id = $1`, org)
		h.t.Fatalf("no task %q in org %d: %v; tasks %q", text, org, err, all)
	}
	return id
}

// TestProvinceTwoCommunesEndToEnd is the whole story through the
// fake Telegram server: a province gives tasks to two communes, moves one
// from a commune to the other; the communes receive them and hand them on
// to their units; progress and a member's request for a later deadline go
// up; the work is done, confirmed in the commune, then by the province; the
// province's weekly report counts it; a commune merges two units and the
// reminders of their open task follow the new unit.
func TestProvinceTwoCommunesEndToEnd(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	if _, err := h.store.DB().Exec(`UPDATE orgs SET level = 'tinh' WHERE id = $1`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	damha, dhUnits := h.childOrg("UBND xã Đầm Hà", "damha",
		tasks.Unit{Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Aliases: []string{"VHXH"}, Kind: tasks.KindPhong},
		tasks.Unit{Code: "t1", Name: "Thôn 1", Kind: tasks.KindThon})
	quanglam, qlUnits := h.childOrg("UBND xã Quảng Lâm", "quanglam",
		tasks.Unit{Code: "kt", Name: "Phòng Kinh tế", Aliases: []string{"KT"}, Kind: tasks.KindPhong})
	chairman := h.join(tgfake.User{ID: 9100, FirstName: "Chủ tịch", LastName: "Tỉnh"}, tasks.RoleLeader, "")
	dhLeader := h.joinOrg(tgfake.User{ID: 9200, FirstName: "Chủ tịch", LastName: "Đầm Hà"}, damha.ID, tasks.RoleLeader, 0)
	dhAdmin := h.joinOrg(tgfake.User{ID: 9201, FirstName: "Văn phòng", LastName: "Đầm Hà"}, damha.ID, tasks.RoleAdmin, 0)
	dhVhxh := h.joinOrg(tgfake.User{ID: 9210, FirstName: "Cán bộ", LastName: "VHXH"}, damha.ID, tasks.RoleMember, dhUnits["vhxh"].ID)
	dhT1 := h.joinOrg(tgfake.User{ID: 9220, FirstName: "Trưởng", LastName: "Thôn 1"}, damha.ID, tasks.RoleMember, dhUnits["t1"].ID)
	qlLeader := h.joinOrg(tgfake.User{ID: 9300, FirstName: "Chủ tịch", LastName: "Quảng Lâm"}, quanglam.ID, tasks.RoleLeader, 0)
	qlKt := h.joinOrg(tgfake.User{ID: 9310, FirstName: "Cán bộ", LastName: "Kinh tế"}, quanglam.ID, tasks.RoleMember, qlUnits["kt"].ID)

	// Assign: the province gives one task to both communes, one to Quảng Lâm.
	h.say(chairman, "/giao UBND xã Đầm Hà, phối hợp UBND xã Quảng Lâm: Rà soát hộ nghèo trên địa bàn trước 30/6/2031", "Nhiệm vụ #1")
	h.say(chairman, "/giao UBND xã Quảng Lâm: Kiểm tra an toàn thực phẩm trước 30/6/2031", "Nhiệm vụ #2")
	// Receive: each commune's leader gets them as its own.
	dhPoor := h.expect(dhLeader.ID, "Nhiệm vụ cấp trên giao", "Rà soát hộ nghèo trên địa bàn", "30/06/2031", "Người giao: Chủ tịch Tỉnh")
	qlPoor := h.expect(qlLeader.ID, "Nhiệm vụ cấp trên giao", "Rà soát hộ nghèo trên địa bàn")
	h.expect(qlLeader.ID, "Nhiệm vụ cấp trên giao", "Kiểm tra an toàn thực phẩm")

	// Re-assign in the province: task #2 moves from Quảng Lâm to Đầm Hà.
	h.say(chairman, "/chuyen 2 UBND xã Đầm Hà: Quảng Lâm đang tập trung rà soát hộ nghèo", "#2")
	h.expect(qlLeader.ID, "Cấp trên đã hủy nhiệm vụ", "Kiểm tra an toàn thực phẩm")
	dhFood := h.expect(dhLeader.ID, "Nhiệm vụ cấp trên giao", "Kiểm tra an toàn thực phẩm")
	h.say(qlLeader, "/captren", "Rà soát hộ nghèo trên địa bàn")
	h.say(dhLeader, "/viec", "Còn 2 nhiệm vụ cấp trên giao chưa phân công")

	// Re-assign in the communes: each hands on what it received to its units.
	var rcvPoor, rcvFood, rcvQL int64
	db := h.store.DB()
	for _, q := range []struct {
		id        *int64
		org       int64
		textMatch string
	}{{&rcvPoor, damha.ID, "Rà soát%"}, {&rcvFood, damha.ID, "Kiểm tra%"}, {&rcvQL, quanglam.ID, "Rà soát%"}} {
		if err := db.Get(q.id, `SELECT id FROM received_tasks WHERE org_id = $1 AND text LIKE $2`, q.org, q.textMatch); err != nil {
			t.Fatal(err)
		}
	}
	h.press(dhLeader, dhPoor, callbackData(damha.ID, "rcvg", rcvPoor))
	h.say(dhLeader, "Thôn 1: Rà soát hộ nghèo thôn 1", "Đã phân công", "Rà soát hộ nghèo thôn 1")
	h.expect(dhT1.ID, "Rà soát hộ nghèo thôn 1")
	h.press(dhLeader, dhFood, callbackData(damha.ID, "rcvg", rcvFood))
	h.say(dhLeader, "Thôn 1", "Đã phân công", "Kiểm tra an toàn thực phẩm")
	h.press(qlLeader, qlPoor, callbackData(quanglam.ID, "rcvg", rcvQL))
	h.say(qlLeader, "KT", "Đã phân công", "Rà soát hộ nghèo trên địa bàn")
	poorT1 := ownTaskOf(h, damha.ID, "Rà soát hộ nghèo thôn 1")
	foodT1 := ownTaskOf(h, damha.ID, "Kiểm tra an toàn thực phẩm")
	poorKt := ownTaskOf(h, quanglam.ID, "Rà soát hộ nghèo trên địa bàn")

	// Progress in a commune reaches the province as the commune's.
	h.say(dhT1, fmt.Sprintf("/tiendo %d Đã rà soát 40 hộ", poorT1), fmt.Sprintf("Đã ghi nhận tiến độ nhiệm vụ #%d", poorT1))
	h.eventually("the progress to reach the province", func() bool {
		return h.count(`SELECT count(*) FROM task_events WHERE org_id = $1 AND task_id = 1 AND kind = 'progress' AND note = 'Đã rà soát 40 hộ'`, h.org.ID) == 1
	})
	if card := h.say(chairman, "/task 1", "Đã rà soát 40 hộ", "UBND xã Đầm Hà"); strings.Contains(card.PlainText, "Trưởng Thôn 1") {
		t.Errorf("the province sees the commune's member:\n%s", card.PlainText)
	}

	// Extension: a commune member asks beyond the province's deadline; the
	// commune's leader approves, which goes up; the province approves.
	h.say(dhT1, fmt.Sprintf("/giahan %d 30/7/2031 vì chờ số liệu dân cư", poorT1), "30/07/2031")
	ask := h.expect(dhLeader.ID, fmt.Sprintf("#%d", poorT1), "chờ số liệu dân cư")
	var extID int64
	if err := db.Get(&extID, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = $2`, damha.ID, poorT1); err != nil {
		t.Fatal(err)
	}
	if ans := h.press(dhLeader, ask, callbackData(damha.ID, "extok", poorT1, fmt.Sprint(extID))); !strings.Contains(ans, "đã chuyển đề nghị lên cấp trên") {
		t.Errorf("the commune leader's approval answered %q", ans)
	}
	up := h.expect(chairman.ID, "Đề nghị gia hạn nhiệm vụ #1", "UBND xã Đầm Hà", "chờ số liệu dân cư")
	var upID int64
	if err := db.Get(&upID, `SELECT id FROM task_extensions WHERE org_id = $1 AND task_id = 1`, h.org.ID); err != nil {
		t.Fatal(err)
	}
	h.press(chairman, up, h.data("extok", 1, fmt.Sprint(upID)))
	h.expect(dhT1.ID, fmt.Sprintf("Nhiệm vụ #%d được gia hạn", poorT1), "cấp trên đồng ý", "30/07/2031")
	h.expect(dhLeader.ID, "Cấp trên đã đồng ý gia hạn", "30/07/2031")

	// Done and confirmed in the communes, then by the province.
	h.say(qlKt, fmt.Sprintf("/done %d", poorKt), "Đã ghi nhận Phòng Kinh tế hoàn thành")
	h.say(qlLeader, fmt.Sprintf("/xacnhan %d", poorKt), "Đã xác nhận hoàn thành")
	h.expect(chairman.ID, "UBND xã Quảng Lâm báo cáo xong phần phối hợp trong nhiệm vụ #1")
	h.say(dhT1, fmt.Sprintf("/done %d", poorT1), "Đã ghi nhận Thôn 1 hoàn thành")
	h.say(dhLeader, fmt.Sprintf("/xacnhan %d", poorT1), "Đã xác nhận hoàn thành")
	confirm := h.expect(chairman.ID, "UBND xã Đầm Hà báo cáo hoàn thành nhiệm vụ #1", "Đề nghị xác nhận")
	h.press(chairman, confirm, h.data("conf", 1))
	if s := lcState(h, h.org.ID, 1); s != "done" {
		t.Errorf("the province's task #1 is %s after its confirmation", s)
	}
	// The province's confirmation closes nothing in the communes that is
	// still open there: task #2's part in Đầm Hà goes on.
	h.say(dhT1, "/viec", "Kiểm tra an toàn thực phẩm", "cấp trên giao")

	// The province's weekly numbers count each commune by its part: the
	// report of the week just ended, asked on the next Monday morning
	// (a week on from a Tuesday would be the new week, with nothing given).
	loc, err := h.org.Location()
	if err != nil {
		t.Fatal(err)
	}
	today := time.Now().In(loc)
	days := (8 - int(today.Weekday())) % 7
	if days == 0 {
		days = 7
	}
	h.clock.Jump(time.Date(today.Year(), today.Month(), today.Day()+days, 9, 0, 0, 0, loc))
	report := h.say(chairman, "/baocao", "UBND xã Đầm Hà: giao 2", "UBND xã Quảng Lâm: giao 1")
	for _, want := range []string{"UBND xã Đầm Hà: giao 2 | 2; hoàn thành đúng hạn 1 | 1", "UBND xã Quảng Lâm: giao 1 | 1; hoàn thành đúng hạn 1 | 1"} {
		if !strings.Contains(report.PlainText, want) {
			t.Errorf("the province's report lacks %q:\n%s", want, report.PlainText)
		}
	}

	// Đầm Hà merges Thôn 1 into the Phòng Văn hóa – Xã hội: the open task
	// moves, and its reminders go to the new unit's members.
	h.say(dhAdmin, "/sapnhap vhxh t1", "Xem trước khi sáp nhập", "1 nhiệm vụ đang thực hiện")
	h.press(dhAdmin, h.fake.SentTo(dhAdmin.ID)[len(h.fake.SentTo(dhAdmin.ID))-1],
		callbackData(damha.ID, "mgok", dhUnits["vhxh"].ID, fmt.Sprint(dhUnits["t1"].ID)))
	h.expect(dhAdmin.ID, "Đã sáp nhập Thôn 1 vào Phòng Văn hóa – Xã hội", "chuyển 1 nhiệm vụ")
	h.expect(dhT1.ID, "Thôn 1 đã được sáp nhập vào Phòng Văn hóa – Xã hội")
	vhxhBefore := len(h.fake.SentTo(dhVhxh.ID))
	t1Before := len(h.fake.SentTo(dhT1.ID))
	if n := h.scanAt(localDay("27/06/2031 08:00")); n == 0 {
		t.Fatal("no reminder was due three days before the deadline")
	}
	h.after(dhVhxh.ID, vhxhBefore, "Nhắc việc", fmt.Sprintf("#%d", foodT1))
	h.after(dhT1.ID, t1Before, "Nhắc việc", fmt.Sprintf("#%d", foodT1))
	h.say(dhVhxh, fmt.Sprintf("/task %d", foodT1), "Phòng Văn hóa – Xã hội")
	h.say(dhVhxh, fmt.Sprintf("/done %d", foodT1), "Đã ghi nhận Phòng Văn hóa – Xã hội hoàn thành")
	_ = ctx
}

package bot_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// TestReceivedReminderRowsCarryNoKind: a received task's reminder is worded
// at send time by where its deadline stands (reminders.KindAt), so its row
// no longer carries the reminder's kind; a row queued before, which does,
// is still sent, worded by the deadline and not by that kind.
func TestReceivedReminderRowsCarryNoKind(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	damha, _ := h.childOrg("UBND xã Đầm Hà", "damha", tasks.Unit{Code: "vp", Name: "Văn phòng", Aliases: []string{"VP"}, Kind: tasks.KindPhong})
	chairman := h.join(tgfake.User{ID: 8500, FirstName: "Chủ tịch", LastName: "Tỉnh"}, tasks.RoleLeader, "")
	leader := h.joinOrg(tgfake.User{ID: 8600, FirstName: "Chủ tịch", LastName: "Xã"}, damha.ID, tasks.RoleLeader, 0)
	h.say(chairman, "/giao UBND xã Đầm Hà: Báo cáo tình hình dân cư trước 29/6/2031", "Nhiệm vụ #1")
	h.expect(leader.ID, "Nhiệm vụ cấp trên giao", "Báo cáo tình hình dân cư")

	before := len(h.fake.SentTo(leader.ID))
	h.scanAt(time.Date(2031, 6, 27, 8, 0, 1, 0, hcmZone))
	h.after(leader.ID, before, "chưa phân công", "Báo cáo tình hình dân cư")
	var payloads []string
	if err := h.store.DB().Select(&payloads, `SELECT payload::text FROM outbox WHERE org_id = $1 AND kind = $2`, damha.ID, tasks.NoticeReceivedPending); err != nil {
		t.Fatal(err)
	}
	if len(payloads) == 0 {
		t.Fatal("no received task reminder queued")
	}
	for _, p := range payloads {
		var fields map[string]any
		if err := json.Unmarshal([]byte(p), &fields); err != nil {
			t.Fatal(err)
		}
		if _, ok := fields["kind"]; ok {
			t.Errorf("a received task reminder's payload carries the reminder's kind, which nothing reads: %s", p)
		}
	}

	// A row queued before, saying "before", on the Monday after the
	// Sunday deadline: it says the deadline has passed.
	rs, err := h.store.ReceivedTasks(ctx, damha.ID, true)
	if err != nil || len(rs) != 1 {
		t.Fatalf("received tasks: %v, %v", rs, err)
	}
	monday := time.Date(2031, 6, 30, 7, 0, 0, 0, hcmZone)
	h.clock.Jump(monday)
	old := map[string]any{"received_id": rs[0].ID, "kind": "before", "deadline": rs[0].Deadline}
	before = len(h.fake.SentTo(leader.ID))
	if _, err := outbox.Enqueue(ctx, h.store.DB(), h.clock.Now(), outbox.Message{OrgID: damha.ID, IdemKey: "old-received-reminder",
		ChatID: leader.ID, Kind: tasks.NoticeReceivedPending, Payload: old}); err != nil {
		t.Fatal(err)
	}
	h.sender.Kick()
	got := h.after(leader.ID, before, "chưa phân công", "Báo cáo tình hình dân cư")
	if !strings.Contains(got.PlainText, "đã quá hạn mà chưa phân công") {
		t.Errorf("an old row saying \"before\", sent after the deadline:\n%s\nwant it to say the deadline has passed", got.PlainText)
	}
}

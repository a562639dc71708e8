package bot_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
)

// TestRefusedPressChangesNothing: a press refused because its data names
// another task than the message it is under, or a task the person may not
// act on, leaves the message's buttons as they were, and is answered once,
// in a popup, not also in the chat.
func TestRefusedPressChangesNothing(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Việc thứ nhất trước 30/6/2031", "Nhiệm vụ #1")
	h.say(leader, "/giao TCKH: Việc của phòng khác trước 30/6/2031", "Nhiệm vụ #2")
	h.say(leader, "/giao KTHT: Việc thứ ba trước 30/6/2031", "Nhiệm vụ #3")
	notice := h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #3")
	keyboard := func() any {
		m, ok := h.fake.Message(notice.ChatID, notice.MessageID)
		if !ok {
			t.Fatal("the notice is gone")
		}
		return m.ReplyMarkup
	}
	before := keyboard()
	// Refused: a task of another unit, a button the member may not press.
	for _, data := range []string{h.data("done", 2), h.data("conf", 1), h.data("extno", 1, "1")} {
		sent := len(h.fake.SentTo(kthtStaff.ID))
		id := h.fake.PressButton(kthtStaff, notice, data).CallbackQuery.ID
		answer := waitAnswer(t, h, id)
		if !answer.ShowAlert || !refused(answer.Text) {
			t.Errorf("pressing %s on the notice of #1 was answered %+v", data, answer)
		}
		lcSync(h, kthtStaff)
		for _, m := range h.fake.SentTo(kthtStaff.ID)[sent:] {
			if !strings.Contains(m.PlainText, "Các lệnh anh/chị có thể dùng") {
				t.Errorf("pressing %s also said in the chat: %s", data, m.PlainText)
			}
		}
		if after := keyboard(); !reflect.DeepEqual(before, after) {
			t.Errorf("pressing %s changed the notice's buttons from %v to %v", data, before, after)
		}
	}
	// Data of another task of the member's, under this notice: it acts on
	// that task as the member may, but the notice keeps its own buttons.
	if a := h.press(kthtStaff, notice, h.data("acc", 3)); !strings.Contains(a, "nhận nhiệm vụ #3") {
		t.Errorf("accepting #3 under the notice of #1 got %q", a)
	}
	lcSync(h, kthtStaff)
	if after := keyboard(); !reflect.DeepEqual(before, after) {
		t.Errorf("a press for #3 changed the buttons of #1's notice from %v to %v", before, after)
	}
	if n := h.fake.Calls("editMessageReplyMarkup"); n != 0 {
		t.Errorf("%d edits of buttons", n)
	}
	// The notice's own buttons still work.
	if a := h.press(kthtStaff, notice, h.data("acc", 1)); !strings.Contains(a, "nhận nhiệm vụ #1") {
		t.Errorf("accepting #1 under its notice got %q", a)
	}
	for end := time.Now().Add(wait); h.fake.Calls("editMessageReplyMarkup") == 0 && time.Now().Before(end); {
		time.Sleep(10 * time.Millisecond)
	}
	if reflect.DeepEqual(before, keyboard()) {
		t.Error("accepting #1 under its notice left [Đã nhận] there")
	}
	// A button of a task that has moved on is answered once, in a popup.
	h.say(kthtStaff, "/done 1", "Đã ghi nhận")
	sent := len(h.fake.SentTo(kthtStaff.ID))
	id := h.fake.PressButton(kthtStaff, notice, h.data("done", 1)).CallbackQuery.ID
	if a := waitAnswer(t, h, id); !a.ShowAlert || !strings.Contains(a.Text, "#1") {
		t.Errorf("[Hoàn thành] on a reported task was answered %+v", a)
	}
	lcSync(h, kthtStaff)
	for _, m := range h.fake.SentTo(kthtStaff.ID)[sent:] {
		if m.Method == "sendMessage" && !strings.Contains(m.PlainText, "Các lệnh anh/chị có thể dùng") {
			t.Errorf("the stale press was also answered in the chat: %s", m.PlainText)
		}
	}
}

func waitAnswer(t *testing.T, h *harness, id string) tgfake.CallbackAnswer {
	t.Helper()
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		for _, a := range h.fake.CallbackAnswers() {
			if a.ID == id {
				return a
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("press %s was not answered", id)
	return tgfake.CallbackAnswer{}
}

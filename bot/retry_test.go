package bot_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// failNextInsert makes the next n inserts into table fail with a
// serialization failure (SQLSTATE 40001), a passing error the bot retries.
// A sequence counts the failures, since a raised error rolls back any row.
func failNextInsert(h *harness, table string, n int) {
	h.t.Helper()
	db := h.store.DB()
	for _, q := range []string{
		`CREATE SEQUENCE IF NOT EXISTS test_fail_count`,
		`CREATE OR REPLACE FUNCTION test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN
			IF nextval('test_fail_count') <= ` + strconv.Itoa(n) + ` THEN
				RAISE EXCEPTION 'injected serialization failure' USING ERRCODE = '40001';
			END IF;
			RETURN NEW;
		END $$`,
		`CREATE TRIGGER test_fail_insert BEFORE INSERT ON ` + table + ` FOR EACH ROW EXECUTE FUNCTION test_fail_insert()`,
	} {
		if _, err := db.Exec(q); err != nil {
			h.t.Fatal(err)
		}
	}
}

// TestAssignAtSurvivesARetry: the button that confirms a /giao's deadline
// is pressed while the database fails once; the retried press still finds
// the question and assigns the task, once.
func TestAssignAtSurvivesARetry(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.clock.Jump(localDay("16/01/2031 20:00"))
	ask := h.say(leader, "/giao KTHT: Tổng hợp đăng ký ra quân trước 17h thứ 5", "“trước 17h thứ 5” đã qua")
	data := h.data("gat", localDay("23/01/2031 17:00").Unix())
	failNextInsert(h, "tasks", 1)
	before := len(h.fake.SentTo(leader.ID))
	h.press(leader, ask, data)
	h.after(leader.ID, before, "Nhiệm vụ #1", "Tổng hợp đăng ký ra quân", "23/01/2031 17:00")
	if n := h.count(`SELECT count(*) FROM tasks`); n != 1 {
		t.Errorf("%d tasks, want 1", n)
	}
	for _, m := range h.fake.SentTo(leader.ID)[before:] {
		if strings.Contains(m.PlainText, "đã hết hạn") {
			t.Errorf("the retried press was told the question expired: %q", m.PlainText)
		}
	}
}

// waitHandled waits until every recorded update is marked handled.
func waitHandled(h *harness) {
	h.t.Helper()
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if h.count(`SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL`) == 0 {
			return
		}
	}
	h.t.Fatal("updates still not handled")
}

// TestReplySentOnceWhenBookkeepingFails: Telegram took the /giao
// confirmation but remembering which task it stands for fails; the update
// is not tried again, so the confirmation is not sent twice.
func TestReplySentOnceWhenBookkeepingFails(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	failNextInsert(h, "task_messages", 3)
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	waitHandled(h)
	n := 0
	for _, m := range h.fake.SentTo(leader.ID) {
		if strings.Contains(m.PlainText, "Nhiệm vụ #1") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the confirmation was sent %d times, want once", n)
	}
}

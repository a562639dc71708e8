package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/tasks"
)

// In a private chat the chat id is the person's id for every bot, but each
// bot numbers its messages there on its own: after an organisation moves
// to another bot, the new bot's message 5 is not the old bot's message 5.
// A reply is matched with the messages of the bot it was sent to only.
func TestTaskByMessageIsPerBot(t *testing.T) {
	h := newHarness(t)
	h.join(leader, tasks.RoleLeader, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(leader, "/giao KTHT: Kiểm tra hồ sơ công trình trước 30/6/2031", "Nhiệm vụ #1")
	h.say(leader, "/giao KTHT: Rà soát quy hoạch trước 30/6/2031", "Nhiệm vụ #2")
	h.expect(kthtStaff.ID, "Nhiệm vụ mới #1")
	for deadline := time.Now().Add(wait); h.count(`SELECT count(*) FROM outbox WHERE task_id = 1 AND status = 'sent'`) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("the notice of task 1 was not sent")
		}
		time.Sleep(10 * time.Millisecond)
	}
	ctx := context.Background()
	oldBot, newBot := bot.NewBook(h.store.DB()).ForBot(11), bot.NewBook(h.store.DB()).ForBot(22)
	const chat = 500
	if err := oldBot.RecordTaskMessage(ctx, h.org.ID, chat, 5, 1, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := newBot.RecordTaskMessage(ctx, h.org.ID, chat, 5, 2, time.Now()); err != nil {
		t.Fatal(err)
	}
	// A notice about task 1 that the old bot sent as its message 9.
	h.store.DB().MustExec(`UPDATE outbox SET bot_id = 11, chat_id = $2, tg_message_id = 9 WHERE org_id = $1 AND task_id = 1 AND status = 'sent'`, h.org.ID, chat)
	orgs := []int64{h.org.ID}
	for _, c := range []struct {
		name string
		book *bot.Book
		msg  int64
		want int64
	}{
		{"old bot's card", oldBot, 5, 1},
		{"new bot's card", newBot, 5, 2},
		{"old bot's notice", oldBot, 9, 1},
		{"new bot, the old bot's notice id", newBot, 9, 0},
	} {
		_, id, ok, err := c.book.TaskByMessage(ctx, orgs, chat, c.msg)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			id = 0
		}
		if id != c.want {
			t.Errorf("%s: task %d, want %d", c.name, id, c.want)
		}
	}
}

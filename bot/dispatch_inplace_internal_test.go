package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// TestAcceptInPlace: a lone update of a quiet chat is handed back to the
// goroutine that recorded it, its chat's line taken; a later update of
// the chat waits behind it and is handled after it, by a worker; a batch
// of several, an update of a busy chat, one recorded before, or one past
// the workers' bound is queued as before.
func TestAcceptInPlace(t *testing.T) {
	db := pgtest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b, fake := newInternalBot(ctx, t, tasks.NewStore(db), outbox.LimitsConfig{Global: 1000, PerChat: 1000, PerGroup: 1000}, Config{RetryUpdate: 10 * time.Millisecond, Workers: 2})
	d := b.startDispatcher(ctx)
	defer d.stop()
	msg := func(id, chat int64, text string) Update {
		return Update{UpdateID: id, Message: &Message{MessageID: int(id), Chat: &Chat{ID: chat, Type: "private"}, From: &User{ID: chat, FirstName: "An"}, Text: text}}
	}
	for _, c := range []int64{71, 72, 73} {
		fake.StartChat(c)
	}

	first, err := d.acceptInPlace(ctx, []Update{msg(1, 71, "/help")})
	if err != nil || first == nil {
		t.Fatalf("a lone update of a quiet chat: %v, %v; want it handed back", first, err)
	}
	behind, err := d.acceptInPlace(ctx, []Update{msg(2, 71, "/khonglenhnay")})
	if err != nil || behind != nil {
		t.Fatalf("an update of a chat whose line is taken: %v, %v; want it queued", behind, err)
	}
	again, err := d.acceptInPlace(ctx, []Update{msg(1, 71, "/help")})
	if err != nil || again != nil {
		t.Fatalf("an update recorded before: %v, %v; want nothing", again, err)
	}
	time.Sleep(100 * time.Millisecond)
	if n := len(fake.SentTo(71)); n != 0 {
		t.Fatalf("%d answers before the first update was handled; the second must wait behind it", n)
	}
	second, err := d.acceptInPlace(ctx, []Update{msg(3, 72, "/help")})
	if err != nil || second == nil {
		t.Fatalf("a lone update of another quiet chat: %v, %v; want it handed back", second, err)
	}
	bound, err := d.acceptInPlace(ctx, []Update{msg(4, 73, "/help")})
	if err != nil || bound != nil {
		t.Fatalf("with Workers updates being handled: %v, %v; want it queued", bound, err)
	}
	batch, err := d.acceptInPlace(ctx, []Update{msg(5, 73, "/help"), msg(6, 73, "/help")})
	if err != nil || batch != nil {
		t.Fatalf("a batch of two: %v, %v; want it queued", batch, err)
	}

	d.runOwned(first)
	d.runOwned(second)
	got := fake.WaitCount(t, 10*time.Second, 2, func(m tgfake.SentMessage) bool { return m.ChatID == 71 })
	if strings.Contains(got[0].PlainText, "khonglenhnay") || !strings.Contains(got[1].PlainText, "khonglenhnay") {
		t.Errorf("chat 71 answered out of order: %q, then %q", got[0].PlainText, got[1].PlainText)
	}
	fake.WaitCount(t, 10*time.Second, 1, func(m tgfake.SentMessage) bool { return m.ChatID == 72 })
	fake.WaitCount(t, 10*time.Second, 3, func(m tgfake.SentMessage) bool { return m.ChatID == 73 })
	time.Sleep(100 * time.Millisecond) // a second answer would come now
	for chat, want := range map[int64]int{71: 2, 72: 1, 73: 3} {
		if n := len(fake.SentTo(chat)); n != want {
			t.Errorf("chat %d: %d answers, want %d", chat, n, want)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.running != 0 || d.pending != 0 || len(d.active) != 0 {
		t.Errorf("after all: running %d, pending %d, active chats %d; want none", d.running, d.pending, len(d.active))
	}
}

package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// TestOutboxCommandExplainsErrors: `dondoc outbox` says in Vietnamese why
// a message failed, next to Telegram's own words; rows without an error
// say nothing about one.
func TestOutboxCommandExplainsErrors(t *testing.T) {
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	ctx := context.Background()
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", now)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []outbox.Message
	for i, key := range []string{"blocked", "odd", "waiting"} {
		msgs = append(msgs, outbox.Message{OrgID: org.ID, IdemKey: key, ChatID: int64(1001 + i), Kind: tasks.NoticeAssigned})
	}
	if _, err := outbox.Enqueue(ctx, db, now, msgs...); err != nil {
		t.Fatal(err)
	}
	// What the sender leaves on rows Telegram refused.
	for key, cause := range map[string]string{
		"blocked": "permanent: Forbidden: bot was blocked by the user",
		"odd":     "permanent: Bad Request: something never seen",
	} {
		if _, err := db.Exec(`UPDATE outbox SET status = 'failed', attempts = 1, last_error = $3 WHERE org_id = $1 AND idem_key = $2`,
			org.ID, key, cause); err != nil {
			t.Fatal(err)
		}
	}

	for _, tt := range []struct {
		args          []string
		want, notWant []string
	}{
		{[]string{"--org", org.Slug}, []string{
			"chat 1001\t1 lần thử\t",
			"người nhận đã chặn bot; cần nhắn họ mở lại trò chuyện với bot và bấm “Bắt đầu” (Telegram trả lời: “permanent: Forbidden: bot was blocked by the user”)",
			"lỗi khác của Telegram (Telegram trả lời: “permanent: Bad Request: something never seen”)",
		}, []string{"chat 1003"}},
		{[]string{"--org", org.Slug, "pending"}, []string{"chat 1003\t0 lần thử\t"}, []string{"Telegram trả lời", "chat 1001"}},
	} {
		var out bytes.Buffer
		c := &console{cfg: config{Location: time.UTC}, db: db, store: st, out: &out, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		if err := c.outboxCmd(ctx, tt.args); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		for _, w := range tt.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%v: want %q in\n%s", tt.args, w, out.String())
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(out.String(), w) {
				t.Errorf("%v: %q should not be in\n%s", tt.args, w, out.String())
			}
		}
	}
}

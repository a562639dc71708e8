package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// TestServedElsewhereNamesTheBotOnce: the line telling a person which bot
// serves their organisation says "bot" once, whether the other bot's
// @username is known or not.
func TestServedElsewhereNamesTheBotOnce(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	b := &Bot{store: tasks.NewStore(db)}
	if err := RegisterBot(ctx, db, 42, "quangninh_bot", time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		id   int64
		want string
	}{
		{"known", 42, "• <b>UBND xã A</b> làm việc qua bot @quangninh_bot: xin nhắn tin cho bot đó."},
		{"unknown", 43, "• <b>UBND xã A</b> làm việc qua một bot khác của hệ thống (xin hỏi quản trị viên tên bot): xin nhắn tin cho bot đó."},
	} {
		t.Run(c.name, func(t *testing.T) {
			name, err := b.botName(ctx, c.id)
			if err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprintf(msgServedElsewhereLine, "UBND xã A", name)
			if got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			if strings.Contains(got, "bot bot") || strings.Contains(got, "bot một bot") {
				t.Errorf("bot twice: %s", got)
			}
		})
	}
}

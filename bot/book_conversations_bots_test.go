package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// TestConversationsArePerBot: in a private chat the chat id is the
// person's id for every bot; a bot finds and clears only the prompts of
// organisations it serves, not another bot's.
func TestConversationsArePerBot(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	book := bot.NewBook(db)
	now := time.Now()
	join := func(name string, botID int64, expires time.Duration) int64 {
		t.Helper()
		org, err := st.CreateOrg(ctx, name, "Asia/Ho_Chi_Minh", now)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.BindOrgBot(ctx, org.ID, botID); err != nil {
			t.Fatal(err)
		}
		inv, err := st.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleMember}, now)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: 7, ChatID: 7, FullName: "Lê Văn Bảy"}, now); err != nil {
			t.Fatal(err)
		}
		ms, err := st.Memberships(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if m.OrgID == org.ID {
				if err := book.SetConversation(ctx, m, 7, "x", map[string]int{}, now.Add(expires)); err != nil {
					t.Fatal(err)
				}
			}
		}
		return org.ID
	}
	qn := join("UBND tỉnh Quảng Ninh", 11, time.Hour)
	ls := join("UBND tỉnh Lạng Sơn", 22, 2*time.Hour) // the latest prompt
	for botID, want := range map[int64]int64{11: qn, 22: ls} {
		if org, ok, err := book.PendingConversationOrg(ctx, botID, 7, 7, now); err != nil || !ok || org != want {
			t.Errorf("bot %d waits in org %d (%v, %v), want %d", botID, org, ok, err, want)
		}
	}
	if err := book.ClearConversations(ctx, 11, 7, 7); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := book.PendingConversationOrg(ctx, 11, 7, 7, now); ok {
		t.Error("bot 11's prompt is still there after it cleared them")
	}
	if org, ok, err := book.PendingConversationOrg(ctx, 22, 7, 7, now); err != nil || !ok || org != ls {
		t.Errorf("bot 11 clearing its prompts took bot 22's: %d, %v, %v", org, ok, err)
	}
}

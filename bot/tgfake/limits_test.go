package tgfake

import (
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestEnforceLimits(t *testing.T) {
	tests := []struct {
		name             string
		perChat          time.Duration
		perGroup, global int
		chats            []int64 // sent in this order, at once
		want429          int     // index of the first send refused, -1 for none
		retryAtLeast     int
	}{
		{"off by default", 0, 0, 0, []int64{alice.ID, alice.ID, alice.ID}, -1, 0},
		{"one per chat", time.Second, 0, 0, []int64{alice.ID, bob.ID, alice.ID}, 2, 1},
		{"per chat waits the rest of the interval", 5 * time.Second, 0, 0, []int64{alice.ID, alice.ID}, 1, 4},
		{"per group per minute", 0, 2, 0, []int64{team.ID, team.ID, alice.ID, team.ID}, 3, 50},
		{"global per second", 0, 0, 2, []int64{alice.ID, bob.ID, team.ID}, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t)
			bot := newBot(t, srv)
			srv.SendText(alice, "hi")
			srv.SendText(bob, "hi")
			srv.AddGroup(team)
			if tt.perChat != 0 || tt.perGroup != 0 || tt.global != 0 {
				srv.EnforceLimits(tt.perChat, tt.perGroup, tt.global)
			}
			for i, chat := range tt.chats {
				_, err := bot.Send(tgbotapi.NewMessage(chat, "x"))
				if i != tt.want429 {
					if err != nil {
						t.Fatalf("send %d: %v", i, err)
					}
					continue
				}
				e := apiErr(t, err)
				if e.Code != 429 || e.RetryAfter < tt.retryAtLeast {
					t.Fatalf("send %d: %d %q retry_after %d, want 429 with at least %d", i, e.Code, e.Message, e.RetryAfter, tt.retryAtLeast)
				}
				return
			}
			if tt.want429 >= 0 {
				t.Fatal("no send was refused")
			}
		})
	}
}

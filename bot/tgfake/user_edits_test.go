package tgfake

import "testing"

// TestEditText: an edit changes the stored message and comes as an
// edited_message update, with the new text, entities and an edit date, only
// to a bot that asked for edited_message.
func TestEditText(t *testing.T) {
	for _, tc := range []struct {
		name    string
		allowed []string
		want    bool
	}{
		{"asked", []string{"message", "edited_message"}, true},
		{"not asked", []string{"message"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t)
			bot := newBot(t, srv)
			if _, err := bot.GetUpdates(UpdateConfig{AllowedUpdates: tc.allowed}); err != nil {
				t.Fatal(err)
			}
			sent := srv.SendText(alice, "/giao hạn 30/6")
			edit := srv.EditText(alice, sent, "/giao hạn 15/7")
			got, err := bot.GetUpdates(UpdateConfig{Offset: sent.UpdateID + 1})
			if err != nil {
				t.Fatal(err)
			}
			if !tc.want {
				if len(got) != 0 {
					t.Fatalf("updates = %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].UpdateID != edit.UpdateID || got[0].Message != nil {
				t.Fatalf("updates = %+v", got)
			}
			m := got[0].EditedMessage
			if m == nil || m.MessageID != sent.Message.MessageID || m.Text != "/giao hạn 15/7" || m.EditDate == 0 || !m.IsCommand() {
				t.Fatalf("edited message = %+v", m)
			}
			if stored, ok := srv.Message(alice.ID, int64(sent.Message.MessageID)); !ok || stored.Text != "/giao hạn 15/7" {
				t.Errorf("stored = %+v", stored)
			}
		})
	}
}

package tgfake

import "testing"

func TestIDsAfter(t *testing.T) {
	srv := newServer(t)
	srv.IDsAfter(1_800_000_000)
	u := srv.SendText(alice, "/start")
	if u.UpdateID != 1_800_000_001 || u.Message.MessageID != 1_800_000_001 {
		t.Errorf("first update %d, message %d; want both 1800000001", u.UpdateID, u.Message.MessageID)
	}
	u = srv.SendGroupText(bob, team, "/viec")
	if u.UpdateID != 1_800_000_002 || u.Message.MessageID != 1_800_000_001 {
		t.Errorf("second update %d, first message of the group %d; want 1800000002 and 1800000001", u.UpdateID, u.Message.MessageID)
	}
}

package bot_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// chatMenu is the last command menu set for a chat scope ("default" with
// chat 0 for the default one), as command names.
func chatMenu(h *harness, scope string, chat int64) []string {
	var last []string
	for _, s := range h.fake.CommandSets() {
		typ, id := "default", int64(0)
		if s.Scope != nil {
			typ, id = s.Scope.Type, s.Scope.ChatID
		}
		if typ == scope && id == chat {
			last = last[:0:0]
			for _, c := range s.Commands {
				last = append(last, c.Command)
			}
		}
	}
	return last
}

// TestFormerMemberGetsTheDefaultMenu: a member removed from the
// organisation writes again; their chat's menu goes back to the default
// one, not the member's menu it had.
func TestFormerMemberGetsTheDefaultMenu(t *testing.T) {
	h := newHarness(t)
	h.join(secretary, tasks.RoleAdmin, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	h.say(kthtStaff, "/help", "/viec")
	for deadline := time.Now().Add(wait); !slices.Contains(chatMenu(h, "chat", kthtStaff.ID), "viec"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the member's menu was not set: %v", chatMenu(h, "chat", kthtStaff.ID))
		}
	}
	ctx := context.Background()
	admins, err := h.store.Memberships(ctx, secretary.ID)
	if err != nil || len(admins) != 1 {
		t.Fatal(admins, err)
	}
	staff, err := h.store.Memberships(ctx, kthtStaff.ID)
	if err != nil || len(staff) != 1 {
		t.Fatal(staff, err)
	}
	if _, err := h.store.RemoveMember(ctx, admins[0], staff[0].ID, h.clock.Now()); err != nil {
		t.Fatal(err)
	}
	h.say(kthtStaff, "/viec", "chưa là thành viên")
	want := chatMenu(h, "default", 0)
	for deadline := time.Now().Add(wait); !slices.Equal(chatMenu(h, "chat", kthtStaff.ID), want); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the former member's menu is %v, want the default %v", chatMenu(h, "chat", kthtStaff.ID), want)
		}
	}
}

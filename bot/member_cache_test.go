package bot_test

import (
	"context"
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// TestReadOnlyCommandSeesMembershipChangesAtOnce: /viec and /help may be
// answered with memberships kept from the person's last command, but never
// with ones that changed before the command was recorded: removed from
// the organisation behind the bot's back (by an admin in the dashboard,
// say), the person's very next /viec is refused, by polling and by
// webhook.
func TestReadOnlyCommandSeesMembershipChangesAtOnce(t *testing.T) {
	for _, mode := range []string{"polling", "webhook"} {
		t.Run(mode, func(t *testing.T) {
			var opts []option
			if mode == "webhook" {
				opts = append(opts, withWebhook())
			}
			h := newHarness(t, opts...)
			h.join(secretary, tasks.RoleAdmin, "")
			h.join(kthtStaff, tasks.RoleMember, "ktht")
			h.say(kthtStaff, "/viec", "Không có nhiệm vụ")
			h.say(kthtStaff, "/viec", "Không có nhiệm vụ")
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
			h.say(kthtStaff, "/help", "chưa là thành viên")
		})
	}
}

package tasks

import "testing"

func TestRoleLabel(t *testing.T) {
	for _, tt := range []struct {
		role Role
		want string
	}{
		{RoleAdmin, "quản trị viên"},
		{RoleLeader, "lãnh đạo"},
		{RoleSecretary, "thư ký"},
		{RoleMember, "cán bộ"},
		{Role("guest"), "guest"},
	} {
		if got := tt.role.Label(); got != tt.want {
			t.Errorf("%s.Label() = %q, want %q", tt.role, got, tt.want)
		}
	}
}

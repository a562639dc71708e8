package tasks

// Role is what a person may do in an organisation.
type Role string

// Roles of an organisation's members. Unit heads are members with the head
// flag on their unit.
const (
	RoleAdmin     Role = "admin"
	RoleLeader    Role = "leader"
	RoleSecretary Role = "secretary"
	RoleMember    Role = "member"
)

// ParseRole accepts a role name as operators type it.
func ParseRole(s string) (Role, bool) {
	switch Role(s) {
	case RoleAdmin, RoleLeader, RoleSecretary, RoleMember:
		return Role(s), true
	}
	return "", false
}

// Member is a person in an organisation.
type Member struct {
	OrgID     int64   `db:"org_id"`
	ID        int64   `db:"id"`
	TgUserID  int64   `db:"tg_user_id"`
	ChatID    int64   `db:"chat_id"`
	FullName  string  `db:"full_name"`
	Username  string  `db:"username"`
	Role      Role    `db:"role"`
	UnitIDs   []int64 `db:"-"`
	HeadOf    []int64 `db:"-"`
	OrgName   string  `db:"org_name"`
	Unreached bool    `db:"unreached"`
}

// SeesAll reports whether the member sees every task of the organisation.
func (m Member) SeesAll() bool {
	return m.Role == RoleAdmin || m.Role == RoleLeader || m.Role == RoleSecretary
}

// CanAssign reports whether the member may give tasks to units.
func (m Member) CanAssign() bool {
	return m.Role == RoleAdmin || m.Role == RoleLeader || m.Role == RoleSecretary
}

// InUnit reports whether the member belongs to unit.
func (m Member) InUnit(unit int64) bool {
	for _, u := range m.UnitIDs {
		if u == unit {
			return true
		}
	}
	return false
}

// OwnsTask reports whether the member belongs to one of the task's units and
// so may act on it as an owner.
func (m Member) OwnsTask(t Task) bool {
	for _, u := range t.Units {
		if m.InUnit(u.UnitID) {
			return true
		}
	}
	return false
}

// CanSee reports whether the member may see the task.
func (m Member) CanSee(t Task) bool {
	return m.OrgID == t.OrgID && (m.SeesAll() || m.OwnsTask(t) || t.AssignedBy == m.ID)
}

// CanManage reports whether the member may undo or cancel the task.
func (m Member) CanManage(t Task) bool {
	return m.OrgID == t.OrgID && (t.AssignedBy == m.ID || m.Role == RoleLeader || m.Role == RoleAdmin)
}

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
	// ScopeUnit limits what the member sees and acts on, as in a group
	// chat: 0 is no limit, a unit id is that unit's tasks only, and
	// ScopeNothing (an unlinked group) is no task at all.
	ScopeUnit int64 `db:"-"`

	// OrgBotID is the bot that serves the organisation; nil until bound.
	OrgBotID *int64 `db:"org_bot_id"`
}

// ScopeNothing is the ScopeUnit of a member in a group chat that is linked
// to no unit: no task is in scope there.
const ScopeNothing int64 = -1

// inScope reports whether the task is within the member's scope.
func (m Member) inScope(t Task) bool {
	return m.ScopeUnit == 0 || m.ScopeUnit > 0 && t.HasUnit(m.ScopeUnit)
}

// IsHead reports whether the member heads unit.
func (m Member) IsHead(unit int64) bool {
	for _, u := range m.HeadOf {
		if u == unit {
			return true
		}
	}
	return false
}

// IsUnitHead reports whether the member heads at least one unit.
func (m Member) IsUnitHead() bool { return len(m.HeadOf) > 0 }

// ActsFor reports whether the member may act for unit: they belong to it
// and, in a unit's group chat, it is that unit.
func (m Member) ActsFor(unit int64) bool {
	return m.InUnit(unit) && (m.ScopeUnit == 0 || m.ScopeUnit == unit)
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

// OwnsTask reports whether the member belongs to one of the task's units
// (within their scope) and so may act on it as an owner.
func (m Member) OwnsTask(t Task) bool {
	if m.OrgID != t.OrgID {
		return false
	}
	for _, u := range t.Units {
		if m.ActsFor(u.UnitID) {
			return true
		}
	}
	return false
}

// CanSee reports whether the member may see the task.
func (m Member) CanSee(t Task) bool {
	return m.OrgID == t.OrgID && m.inScope(t) && (m.SeesAll() || m.OwnsTask(t) || t.AssignedBy == m.ID)
}

// CanManage reports whether the member may undo the task, confirm or return
// its report, and decide on extensions: its assigner, a leader or an admin.
func (m Member) CanManage(t Task) bool {
	return m.OrgID == t.OrgID && m.inScope(t) && (t.AssignedBy == m.ID || m.Role == RoleLeader || m.Role == RoleAdmin)
}

// CanReassign reports whether the member may cancel the task or give it to
// other units: leaders and secretaries (and admins).
func (m Member) CanReassign(t Task) bool {
	return m.OrgID == t.OrgID && m.inScope(t) && m.CanAssign()
}

// CanAdminister reports whether the member manages the organisation's
// people, units and settings.
func (m Member) CanAdminister() bool { return m.Role == RoleAdmin }

// CanInvite reports whether the member may issue an invite with role to
// unit (0 for none): admins any, unit heads members of the units they head.
func (m Member) CanInvite(role Role, unit int64) bool {
	if m.CanAdminister() {
		return true
	}
	return role == RoleMember && unit != 0 && m.IsHead(unit)
}

// CanLinkGroup reports whether the member may link a group to unit: admins
// any unit, unit heads the units they head.
func (m Member) CanLinkGroup(unit int64) bool {
	return m.CanAdminister() || m.IsHead(unit)
}

// Label names the role in Vietnamese ("lãnh đạo"); an unknown role is
// shown as written.
func (r Role) Label() string { return label(roleLabels, r) }

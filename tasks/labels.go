package tasks

// label returns the Vietnamese name of key in labels, or key as written
// when it has none.
func label[K ~string](labels map[K]string, key K) string {
	if l, ok := labels[key]; ok {
		return l
	}
	return string(key)
}

// Label names the task's state in Vietnamese ("đang thực hiện"); an
// unknown state is shown as written.
func (s State) Label() string { return label(stateLabels, s) }

// Label names the unit's part in Vietnamese ("chủ trì", "phối hợp").
func (r UnitRole) Label() string { return label(unitRoleLabels, r) }

// UnitStateLabel names the state of a unit's part of a task (TaskUnit.State)
// in Vietnamese ("chưa nhận", "kết thúc cùng nhiệm vụ …").
func UnitStateLabel(state string) string { return label(unitStateLabels, state) }

// EventLabel names a kind of history line (Event.Kind) in Vietnamese
// ("xác nhận đã nhận"); an unknown kind is shown as written.
func EventLabel(kind string) string { return label(eventLabels, kind) }

// Label names where a meeting's record stands in Vietnamese ("dự thảo chờ
// xác nhận").
func (s MeetingState) Label() string { return label(meetingStateLabels, s) }

// Label names where a received task stands in the organisation that
// received it ("chưa phân công").
func (s ReceivedState) Label() string { return label(receivedStateLabels, s) }

package holidays

// Vietnamese words of the calendar.
const (
	// nameInLieu names the day off given for a holiday on a weekend.
	nameInLieu = "%s (nghỉ bù)"
)

package reminders

import (
	"testing"
	"time"

	"github.com/dondoc/dondoc/holidays"
)

// TestPlanRestDaysAndHolidays: offices rest on Saturday, Sunday and public
// holidays, and work the make-up Saturdays; reminders follow.
func TestPlanRestDaysAndHolidays(t *testing.T) {
	own := holidays.Vietnam().WithOverrides(
		holidays.Override{Date: holidays.Date{Year: 2026, Month: time.March, Day: 16}, Name: "Nghỉ kỷ niệm thành lập huyện"},
		holidays.Override{Date: holidays.Date{Year: 2026, Month: time.March, Day: 21}, Workday: true, Name: "Làm bù ngày 16/03"},
	)
	checkPlans(t, []planCase{
		{
			name:     "no reminder on a Saturday",
			deadline: endOfDay("2026-03-06"), // Friday
			now:      at("2026-03-02 09:00"),
			policy:   Policy{OverdueMax: ptr(2)},
			want:     "d3 Tue 03/03/2026 08:00; d1 Thu 05/03/2026 08:00; due Fri 06/03/2026 08:00; over1 Mon 09/03/2026 08:00; over2! Tue 10/03/2026 08:00",
		},
		{
			name:     "overdue across Tết Bính Ngọ",
			deadline: endOfDay("2026-02-12"), // Thursday; Tết 14/02–22/02
			now:      at("2026-02-10 09:00"),
			policy:   Policy{OverdueMax: ptr(3)},
			want:     "d1 Wed 11/02/2026 08:00; due Thu 12/02/2026 08:00; over1 Fri 13/02/2026 08:00; over2! Mon 23/02/2026 08:00; over3 Tue 24/02/2026 08:00",
		},
		{
			name:     "before-deadline reminders out of Tết move to the first working day",
			deadline: endOfDay("2026-02-24"), // Tuesday after Tết
			now:      at("2026-02-05 09:00"),
			policy:   Policy{OverdueMax: ptr(0)},
			want:     "d1 Mon 23/02/2026 08:00; due Tue 24/02/2026 08:00",
		},
		{
			name:     "no reminder on 1 January; the make-up Saturday is a working day",
			deadline: endOfDay("2025-12-31"), // Wednesday; 01–04/01/2026 off, 10/01 làm bù
			now:      at("2025-12-30 09:00"),
			policy:   Policy{OverdueMax: ptr(5)},
			want: "due Wed 31/12/2025 08:00; over1 Mon 05/01/2026 08:00; over2! Tue 06/01/2026 08:00; " +
				"over3 Wed 07/01/2026 08:00; over4 Thu 08/01/2026 08:00; over5 Fri 09/01/2026 08:00",
		},
		{
			name:     "the make-up Saturday gets its overdue reminder",
			deadline: endOfDay("2026-01-08"), // Thursday
			now:      at("2026-01-07 09:00"),
			policy:   Policy{OverdueMax: ptr(3)},
			want:     "due Thu 08/01/2026 08:00; over1 Fri 09/01/2026 08:00; over2! Sat 10/01/2026 08:00; over3 Mon 12/01/2026 08:00",
		},
		{
			name:     "30/4 and 1/5",
			deadline: endOfDay("2026-04-29"), // Wednesday
			now:      at("2026-04-28 09:00"),
			policy:   Policy{OverdueMax: ptr(2)},
			want:     "due Wed 29/04/2026 08:00; over1 Mon 04/05/2026 08:00; over2! Tue 05/05/2026 08:00",
		},
		{
			name:     "an organisation's own day off and make-up day",
			deadline: endOfDay("2026-03-13"), // Friday
			now:      at("2026-03-12 09:00"),
			policy:   Policy{OverdueMax: ptr(3), Calendar: own},
			want:     "due Fri 13/03/2026 08:00; over1 Tue 17/03/2026 08:00; over2! Wed 18/03/2026 08:00; over3 Thu 19/03/2026 08:00",
		},
		{
			name:     "an organisation's make-up Saturday",
			deadline: endOfDay("2026-03-20"), // Friday
			now:      at("2026-03-20 09:00"),
			policy:   Policy{OverdueMax: ptr(1), Calendar: own},
			want:     "over1 Sat 21/03/2026 08:00",
		},
		{
			name:     "a policy that keeps Saturday as a working day still skips holidays",
			deadline: endOfDay("2026-02-12"),
			now:      at("2026-02-12 09:00"),
			policy:   Policy{OverdueMax: ptr(3), RestDays: []time.Weekday{time.Sunday}},
			want:     "over1 Fri 13/02/2026 08:00; over2! Sat 14/02/2026 08:00; over3 Sat 21/02/2026 08:00",
		},
	})
}

// TestPlanBeforeDeadlineInQuietHours: a reminder before the deadline that
// falls in quiet hours comes at the last allowed time before it.
func TestPlanBeforeDeadlineInQuietHours(t *testing.T) {
	oneOverdue := Policy{OverdueMax: ptr(1)}
	checkPlans(t, []planCase{
		{
			name:     "created 18:46, due 23:30: the 21:30 reminder comes at 20:59",
			policy:   oneOverdue,
			hasTime:  true,
			deadline: at("2021-01-14 23:30"),
			now:      at("2021-01-14 18:46"),
			want:     "h2 Thu 14/01/2021 20:59; over1 Fri 15/01/2021 08:00",
		},
		{
			name:     "created at 20:59 or later: nothing before the deadline is left",
			policy:   oneOverdue,
			hasTime:  true,
			deadline: at("2021-01-14 23:30"),
			now:      at("2021-01-14 21:05"),
			want:     "over1 Fri 15/01/2021 08:00",
		},
		{
			name:     "due 06:30: the 04:30 reminder comes the evening before",
			policy:   oneOverdue,
			hasTime:  true,
			deadline: at("2021-01-14 06:30"),
			now:      at("2021-01-13 12:00"),
			want:     "h2 Wed 13/01/2021 20:59; over1 Fri 15/01/2021 08:00",
		},
		{
			name:     "due Monday 09:00: the Sunday reminder still moves forward, onto the due-day one",
			policy:   oneOverdue,
			hasTime:  true,
			deadline: at("2021-01-18 09:00"),
			now:      at("2021-01-14 12:00"),
			want:     "d3 Fri 15/01/2021 08:00; h2 Mon 18/01/2021 07:00; due Mon 18/01/2021 08:00; over1 Tue 19/01/2021 08:00",
		},
	})
}

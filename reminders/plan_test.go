package reminders

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

var hcm = mustLoad("Asia/Ho_Chi_Minh")

func mustLoad(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, hcm)
	if err != nil {
		panic(err)
	}
	return t
}

func endOfDay(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02", s, hcm)
	if err != nil {
		panic(err)
	}
	return t.Add(24*time.Hour - time.Second)
}

func render(slots []Slot) string {
	var parts []string
	for _, s := range slots {
		e := ""
		if s.Escalate {
			e = "!"
		}
		parts = append(parts, fmt.Sprintf("%s%s %s", s.Name, e, s.At.In(hcm).Format("Mon 02/01/2006 15:04")))
	}
	return strings.Join(parts, "; ")
}

// planCase is a case of a Plan table: the plan of a task with that
// deadline made at now, as render writes it.
type planCase struct {
	name     string
	policy   Policy
	deadline time.Time
	hasTime  bool
	now      time.Time
	want     string
}

// checkPlans runs a table of Plan cases in hcm.
func checkPlans(t *testing.T, tests []planCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(Plan(tt.policy, tt.deadline, tt.hasTime, hcm, tt.now))
			if got != tt.want {
				t.Errorf("Plan\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

func TestPlan(t *testing.T) {
	checkPlans(t, []planCase{
		{
			name:     "date only, weekdays, five overdue skipping Saturday and Sunday",
			deadline: endOfDay("2021-01-15"), // Friday
			now:      at("2021-01-04 09:00"),
			want: "d3 Tue 12/01/2021 08:00; d1 Thu 14/01/2021 08:00; due Fri 15/01/2021 08:00; " +
				"over1 Mon 18/01/2021 08:00; over2! Tue 19/01/2021 08:00; over3 Wed 20/01/2021 08:00; " +
				"over4 Thu 21/01/2021 08:00; over5 Fri 22/01/2021 08:00",
		},
		{
			name:     "deadline with a time adds two hours before",
			deadline: at("2021-01-14 17:00"), // Thursday
			hasTime:  true,
			now:      at("2021-01-11 07:00"),
			want: "d3 Mon 11/01/2021 08:00; d1 Wed 13/01/2021 08:00; due Thu 14/01/2021 08:00; h2 Thu 14/01/2021 15:00; " +
				"over1 Fri 15/01/2021 08:00; over2! Mon 18/01/2021 08:00; over3 Tue 19/01/2021 08:00; " +
				"over4 Wed 20/01/2021 08:00; over5 Thu 21/01/2021 08:00",
		},
		{
			name:     "early deadline: two hours before falls in quiet hours, due-day reminder after it is dropped",
			deadline: at("2021-01-14 07:30"),
			hasTime:  true,
			now:      at("2021-01-13 12:00"),
			policy:   Policy{OverdueMax: ptr(1)},
			want:     "h2 Thu 14/01/2021 07:00; over1 Fri 15/01/2021 08:00",
		},
		{
			name:     "a reminder on Sunday moves to Monday and merges with the due day",
			deadline: endOfDay("2021-01-18"), // Monday; d1 would be Sunday
			now:      at("2021-01-10 10:00"),
			policy:   Policy{OverdueMax: ptr(0)},
			want:     "d3 Fri 15/01/2021 08:00; due Mon 18/01/2021 08:00",
		},
		{
			name:     "turn of the month",
			deadline: endOfDay("2021-02-01"), // Monday
			now:      at("2021-01-25 10:00"),
			policy:   Policy{OverdueMax: ptr(2)},
			want:     "d3 Fri 29/01/2021 08:00; due Mon 01/02/2021 08:00; over1 Tue 02/02/2021 08:00; over2! Wed 03/02/2021 08:00",
		},
		{
			name:     "turn of the year",
			deadline: endOfDay("2021-12-31"), // Friday
			now:      at("2021-12-20 10:00"),
			policy:   Policy{OverdueMax: ptr(3)},
			// 01/01/2022 is a Saturday, given back on Monday 03/01.
			want: "d3 Tue 28/12/2021 08:00; d1 Thu 30/12/2021 08:00; due Fri 31/12/2021 08:00; over1 Tue 04/01/2022 08:00; over2! Wed 05/01/2022 08:00; over3 Thu 06/01/2022 08:00",
		},
		{
			name:     "task given late: past reminders are not planned",
			deadline: endOfDay("2021-01-15"),
			now:      at("2021-01-14 09:00"),
			policy:   Policy{OverdueMax: ptr(1)},
			want:     "due Fri 15/01/2021 08:00; over1 Mon 18/01/2021 08:00",
		},
		{
			name:     "custom policy: 09:30, quiet 20–08, Saturday and Sunday off",
			deadline: at("2021-01-18 08:30"), // Monday
			hasTime:  true,
			now:      at("2021-01-01 10:00"),
			policy: Policy{BeforeDays: []int{2}, At: "09:30", QuietFrom: "20:00", QuietTo: "08:00",
				RestDays: []time.Weekday{time.Saturday, time.Sunday}, OverdueMax: ptr(2), EscalateAfter: ptr(0)},
			// d2 falls on Saturday; Monday 09:30 would be after the deadline,
			// so it comes on Friday at the same hour. due at 09:30 is after
			// 08:30: dropped. h2 at 06:30 is quiet: 08:00.
			want: "d2 Fri 15/01/2021 09:30; h2 Mon 18/01/2021 08:00; over1 Tue 19/01/2021 09:30; over2 Wed 20/01/2021 09:30",
		},
	})
}

func TestNextAllowed(t *testing.T) {
	p := DefaultPolicy()
	tests := []struct{ in, want string }{
		{"2021-01-14 20:59", "2021-01-14 20:59"},
		{"2021-01-14 21:00", "2021-01-15 07:00"},
		{"2021-01-15 03:10", "2021-01-15 07:00"},
		{"2021-01-16 10:00", "2021-01-18 08:00"}, // Saturday
		{"2021-01-15 22:00", "2021-01-18 08:00"}, // Friday night → Monday's reminder hour
		{"2021-01-16 22:00", "2021-01-18 08:00"}, // Saturday night
		{"2021-01-17 10:00", "2021-01-18 08:00"}, // Sunday
		{"2021-01-17 22:00", "2021-01-18 08:00"}, // Sunday night: Monday, not Tuesday
		{"2021-01-17 20:30", "2021-01-18 08:00"},
		{"2021-12-31 23:30", "2022-01-04 08:00"}, // Saturday 1/1, Sunday, Monday given back for 1/1
		{"2026-02-13 17:00", "2026-02-13 17:00"},
		{"2026-02-13 22:00", "2026-02-23 08:00"}, // Tết Bính Ngọ: 14/02–22/02
		{"2026-01-09 21:30", "2026-01-10 07:00"}, // Saturday 10/01/2026 is a make-up working day
		{"2026-04-29 22:00", "2026-05-04 08:00"}, // 30/4 and 1/5
	}
	for _, tt := range tests {
		if got := NextAllowed(p, at(tt.in), hcm); !got.Equal(at(tt.want)) {
			t.Errorf("NextAllowed(%s) = %s, want %s", tt.in, got.In(hcm).Format("2006-01-02 15:04"), tt.want)
		}
	}
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name string
		p    Policy
		want string // part of the message; "" when valid
	}{
		{"defaults", Policy{}, ""},
		{"hour past midnight", Policy{At: "25:00"}, "Giờ nhắc “25:00”"},
		{"quiet hours without minutes", Policy{QuietFrom: "9h"}, "Giờ bắt đầu nghỉ “9h”"},
		{"zero days before", Policy{BeforeDays: []int{0}}, "từ 1 đến 30 (đang là 0)"},
		{"negative overdue reminders", Policy{OverdueMax: ptr(-1)}, "từ 0 đến 30 (đang là -1)"},
		{"every day off", Policy{RestDays: []time.Weekday{0, 1, 2, 3, 4, 5, 6}}, "ít nhất một ngày làm việc"},
		{"Sunday seven times", Policy{RestDays: []time.Weekday{0, 0, 0, 0, 0, 0, 0}}, ""},
		{"Saturday twice and Sunday", Policy{RestDays: []time.Weekday{6, 0, 6}}, ""},
		{"no rest day", Policy{RestDays: []time.Weekday{}}, ""},
		{"day seven", Policy{RestDays: []time.Weekday{7}}, "từ 0 (Chủ nhật) đến 6 (thứ Bảy) (đang có 7)"},
		{"day minus one", Policy{RestDays: []time.Weekday{0, -1}}, "(đang có -1)"},
		{"escalation off", Policy{EscalateAfter: ptr(0)}, ""},
		{"escalation at the last overdue reminder", Policy{OverdueMax: ptr(3), EscalateAfter: ptr(3)}, ""},
		{"escalation after the last overdue reminder", Policy{OverdueMax: ptr(3), EscalateAfter: ptr(4)}, "số lần nhắc khi quá hạn (3), đang là 4"},
		{"escalation past the default overdue reminders", Policy{EscalateAfter: ptr(6)}, "(5), đang là 6"},
		{"negative escalation", Policy{EscalateAfter: ptr(-1)}, "đang là -1"},
		{"one overdue reminder, escalation left unset", Policy{OverdueMax: ptr(1)}, ""},
		{"no overdue reminders, escalation set", Policy{OverdueMax: ptr(0), EscalateAfter: ptr(2)}, "(0), đang là 2"},
	}
	for _, tt := range tests {
		err := tt.p.Validate()
		var pe *PolicyError
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: Validate = %v, want nil", tt.name, err)
		case tt.want != "" && (!errors.As(err, &pe) || !strings.Contains(pe.Msg, tt.want)):
			t.Errorf("%s: Validate = %v, want a PolicyError with %q", tt.name, err, tt.want)
		}
	}
}

func TestRestDaysOnceEach(t *testing.T) {
	if got := restDays([]time.Weekday{6, 0, 6, 0}); fmt.Sprint(got) != "[Sunday Saturday]" {
		t.Errorf("restDays = %v", got)
	}
	if restDays(nil) != nil || restDays([]time.Weekday{}) == nil {
		t.Error("restDays must keep nil (the default) apart from none")
	}
}

package tasks

import (
	"testing"
	"time"
)

func TestStatusAt(t *testing.T) {
	loc := time.FixedZone("ICT", 7*3600)
	at := func(s string) *time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return &v
	}
	endOf18 := time.Date(2021, 1, 18, 23, 59, 59, 0, loc)
	tests := []struct {
		name string
		task Task
		now  string
		want Status
	}{
		{"far", Task{State: StateAssigned, Deadline: &endOf18}, "2021-01-10 09:00", Status{Kind: StatusOnTime, Days: 8}},
		{"four days", Task{State: StateAssigned, Deadline: &endOf18}, "2021-01-14 09:00", Status{Kind: StatusOnTime, Days: 4}},
		{"three days", Task{State: StateAccepted, Deadline: &endOf18}, "2021-01-15 00:01", Status{Kind: StatusDueSoon, Days: 3}},
		{"due today", Task{State: StateInProgress, Deadline: &endOf18}, "2021-01-18 23:00", Status{Kind: StatusDueSoon, Days: 0}},
		{"one day late", Task{State: StateAssigned, Deadline: &endOf18}, "2021-01-19 08:00", Status{Kind: StatusOverdue, Days: 1}},
		{"late same evening", Task{State: StateAssigned, Deadline: at("2021-01-18 17:00")}, "2021-01-18 18:00", Status{Kind: StatusOverdue, Hours: 1}},
		{"late after midnight", Task{State: StateAssigned, Deadline: at("2021-01-18 23:00")}, "2021-01-19 01:00", Status{Kind: StatusOverdue, Days: 1}},
		{"reported minutes late", Task{State: StateReported, Deadline: at("2021-01-18 19:05"), ReportedAt: at("2021-01-18 19:06")}, "2021-01-20 08:00", Status{Kind: StatusDoneLate, Pending: true}},
		{"five days late", Task{State: StateAssigned, Deadline: &endOf18}, "2021-01-23 08:00", Status{Kind: StatusOverdue, Days: 5}},
		{"no deadline", Task{State: StateAssigned}, "2021-01-23 08:00", Status{Kind: StatusOnTime, Days: -1}},
		{"done on time", Task{State: StateDone, Deadline: &endOf18, ReportedAt: at("2021-01-18 16:00")}, "2021-02-01 08:00", Status{Kind: StatusDoneOnTime}},
		{"reported late", Task{State: StateReported, Deadline: &endOf18, ReportedAt: at("2021-01-20 16:00")}, "2021-02-01 08:00", Status{Kind: StatusDoneLate, Days: 2, Pending: true}},
		{"cancelled", Task{State: StateCancelled, Deadline: &endOf18}, "2021-02-01 08:00", Status{Kind: StatusCancelled}},
		{"across the year", Task{State: StateAssigned, Deadline: ptr(time.Date(2021, 12, 31, 23, 59, 59, 0, loc))}, "2022-01-02 08:00", Status{Kind: StatusOverdue, Days: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.task.StatusAt(*at(tt.now), loc); got != tt.want {
				t.Errorf("StatusAt = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// TestLateWords: seconds late is not "quá hạn 1 ngày"; late the same day
// counts hours, later days count calendar days after the deadline's day.
func TestLateWords(t *testing.T) {
	loc := time.FixedZone("ICT", 7*3600)
	due := time.Date(2026, 3, 9, 19, 5, 0, 0, loc) // Monday 19:05
	tests := []struct {
		name  string
		task  Task
		now   time.Time
		label string
	}{
		{"23 seconds late", Task{State: StateAssigned, Deadline: &due}, due.Add(23 * time.Second), "quá hạn dưới 1 giờ"},
		{"59 minutes late", Task{State: StateAssigned, Deadline: &due}, due.Add(59 * time.Minute), "quá hạn dưới 1 giờ"},
		{"two hours late", Task{State: StateAccepted, Deadline: &due}, due.Add(2*time.Hour + 30*time.Minute), "quá hạn 2 giờ"},
		{"just before midnight", Task{State: StateAccepted, Deadline: &due}, time.Date(2026, 3, 9, 23, 59, 0, 0, loc), "quá hạn 4 giờ"},
		{"next day after midnight", Task{State: StateInProgress, Deadline: &due}, time.Date(2026, 3, 10, 0, 30, 0, 0, loc), "quá hạn 1 ngày"},
		{"three days", Task{State: StateInProgress, Deadline: &due}, time.Date(2026, 3, 12, 8, 0, 0, 0, loc), "quá hạn 3 ngày"},
		{"done 23 seconds late", Task{State: StateReported, Deadline: &due, ReportedAt: ptr(due.Add(23 * time.Second))}, due.Add(time.Hour), "hoàn thành quá hạn dưới 1 giờ (chờ xác nhận)"},
		{"done four hours late", Task{State: StateDone, Deadline: &due, ReportedAt: ptr(due.Add(4 * time.Hour))}, due.Add(48 * time.Hour), "hoàn thành quá hạn 4 giờ"},
		{"done the next day", Task{State: StateDone, Deadline: &due, ReportedAt: ptr(due.Add(13 * time.Hour))}, due.Add(48 * time.Hour), "hoàn thành quá hạn 1 ngày"},
		{"done on time", Task{State: StateDone, Deadline: &due, ReportedAt: &due}, due.Add(48 * time.Hour), "hoàn thành đúng hạn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.task.StatusAt(tt.now, loc)
			if got := s.Label(); got != tt.label {
				t.Errorf("Label = %q, want %q", got, tt.label)
			}
			if k := s.Kind; k != StatusOverdue && k != StatusDoneLate && k != StatusDoneOnTime {
				t.Errorf("kind = %v", k)
			}
		})
	}
}

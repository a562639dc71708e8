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
		{"late same evening", Task{State: StateAssigned, Deadline: at("2021-01-18 17:00")}, "2021-01-18 18:00", Status{Kind: StatusOverdue, Days: 1}},
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

package tasks_test

import (
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

func TestParseListQuery(t *testing.T) {
	tests := []struct {
		in   string
		want tasks.ListQuery
	}{
		{"", tasks.ListQuery{}},
		{"quahan", tasks.ListQuery{ListFilter: tasks.ListFilter{Overdue: true}}},
		{"Quá hạn KTHT", tasks.ListQuery{ListFilter: tasks.ListFilter{Overdue: true}, Unit: "KTHT"}},
		{"tuần này", tasks.ListQuery{ListFilter: tasks.ListFilter{ThisWeek: true}}},
		{"tuannay quahan", tasks.ListQuery{ListFilter: tasks.ListFilter{Overdue: true, ThisWeek: true}}},
		{"hop 3", tasks.ListQuery{ListFilter: tasks.ListFilter{MeetingID: 3}}},
		{"cuộc họp 12 quá hạn", tasks.ListQuery{ListFilter: tasks.ListFilter{Overdue: true, MeetingID: 12}}},
		{"#7", tasks.ListQuery{ListFilter: tasks.ListFilter{MeetingID: 7}}},
		{"Phòng Kinh tế và Hạ tầng tuần này", tasks.ListQuery{ListFilter: tasks.ListFilter{ThisWeek: true}, Unit: "Phòng Kinh tế và Hạ tầng"}},
		{"xã 3", tasks.ListQuery{Unit: "xã 3"}},
		{"hop 0", tasks.ListQuery{Unit: "hop 0"}},
		{"captren", tasks.ListQuery{ListFilter: tasks.ListFilter{Received: true}}},
		{"cấp trên giao quá hạn", tasks.ListQuery{ListFilter: tasks.ListFilter{Received: true, Overdue: true}}},
		{"Cap tren VHXH", tasks.ListQuery{ListFilter: tasks.ListFilter{Received: true}, Unit: "VHXH"}},
	}
	for _, tt := range tests {
		if got := tasks.ParseListQuery(tt.in); got != tt.want {
			t.Errorf("%q = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestListCode(t *testing.T) {
	tests := []struct {
		f    tasks.ListFilter
		code string
	}{
		{tasks.ListFilter{}, ""},
		{tasks.ListFilter{Overdue: true}, "q"},
		{tasks.ListFilter{Overdue: true, ThisWeek: true, UnitID: 12, MeetingID: 3}, "q.w.u12.m3"},
		{tasks.ListFilter{MeetingID: 40}, "m40"},
		{tasks.ListFilter{Received: true, UnitID: 5}, "r.u5"},
	}
	for _, tt := range tests {
		if got := tt.f.Code(); got != tt.code {
			t.Errorf("%+v.Code() = %q, want %q", tt.f, got, tt.code)
		}
		if back, ok := tasks.ParseListCode(tt.code); !ok || back != tt.f {
			t.Errorf("ParseListCode(%q) = %+v, %v", tt.code, back, ok)
		}
	}
	for _, bad := range []string{"x", "u", "u0", "m-1", "q.z", "uabc"} {
		if f, ok := tasks.ParseListCode(bad); ok {
			t.Errorf("ParseListCode(%q) = %+v, want refused", bad, f)
		}
	}
}

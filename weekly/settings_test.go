package weekly_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// TestSetSettings: good settings are stored as changed at now and their
// schedule returned; bad ones are a Vietnamese input error and leave what
// is stored as it was.
func TestSetSettings(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := at(2021, 1, 13, 9, 0)
	good := weekly.Settings{Specs: map[weekly.Kind]string{weekly.Monday: "30 9 * * 1"}, UnitKinds: []string{"xa"}}
	sch, err := f.svc.SetSettings(ctx, f.org, good, now)
	if err != nil {
		t.Fatal(err)
	}
	if got := sch.Next(weekly.Monday, now); !got.Equal(at(2021, 1, 18, 9, 30)) || !sch.ChangedAt.Equal(now) {
		t.Errorf("schedule: next Monday report %v, changed at %v", got, sch.ChangedAt)
	}
	stored := func() weekly.Settings {
		t.Helper()
		org, err := f.store.Org(ctx, f.org.ID)
		if err != nil {
			t.Fatal(err)
		}
		st, err := weekly.OrgSettings(org)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	if st := stored(); st.ChangedAt == nil || !st.ChangedAt.Equal(now) || st.Specs[weekly.Monday] != "30 9 * * 1" || len(st.UnitKinds) != 1 {
		t.Errorf("stored %+v", st)
	}
	tests := []struct {
		st   weekly.Settings
		want string
	}{
		{weekly.Settings{Specs: map[weekly.Kind]string{weekly.Monday: "0 25 * * 1"}}, "Lịch của lượt “Báo cáo kết quả tuần” (monday) chưa đúng"},
		{weekly.Settings{Specs: map[weekly.Kind]string{"friday": "0 10 * * 5"}}, "Không có lượt “friday”"},
		{weekly.Settings{Timezone: "Sao/Hoa"}, "Múi giờ “Sao/Hoa” không hợp lệ"},
		{weekly.Settings{CatchUp: "một ngày"}, "Thời gian gửi bù “một ngày” chưa đúng"},
	}
	for _, tt := range tests {
		_, err := f.svc.SetSettings(ctx, f.org, tt.st, at(2021, 1, 14, 9, 0))
		var bad *tasks.InputError
		if !errors.As(err, &bad) || !strings.Contains(bad.Msg, tt.want) {
			t.Errorf("SetSettings(%+v) = %v, want an input error with %q", tt.st, err, tt.want)
		}
	}
	if st := stored(); !st.ChangedAt.Equal(now) || st.Specs[weekly.Monday] != "30 9 * * 1" {
		t.Errorf("a rejected change was stored: %+v", st)
	}
}

func TestParseWeekMistakes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2021-W60", "Năm 2021 không có tuần 60. Hãy ghi số tuần từ 1 đến 52"},
		{"2020-W53", ""},
		{"tuần 2", "Tuần “tuần 2” chưa đúng"},
		{"21-W02", "chưa đúng"},
	} {
		_, err := weekly.ParseWeek(tt.in)
		var bad *tasks.InputError
		if tt.want == "" && err != nil || tt.want != "" && (!errors.As(err, &bad) || !strings.Contains(bad.Msg, tt.want)) {
			t.Errorf("ParseWeek(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

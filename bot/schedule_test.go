package bot_test

import (
	"context"
	"maps"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// orgSpecs returns the weekly specs stored for the harness's organisation.
func orgSpecs(t *testing.T, h *harness) (tasks.Org, map[weekly.Kind]string) {
	t.Helper()
	org, err := h.store.Org(context.Background(), h.org.ID)
	if err != nil {
		t.Fatal(err)
	}
	st, err := weekly.OrgSettings(org)
	if err != nil {
		t.Fatal(err)
	}
	return org, st.Specs
}

// dueKinds lists the runs due at now under the schedule, by kind.
func dueKinds(now time.Time, s weekly.Schedule) map[weekly.Kind]weekly.DueRun {
	out := map[weekly.Kind]weekly.DueRun{}
	for _, d := range weekly.Due(now, s, nil) {
		out[d.Kind] = d
	}
	return out
}

func TestAdminChangesWeeklySchedule(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	admin := h.join(tgfake.User{ID: 1009, FirstName: "Vũ", LastName: "Quản Trị"}, tasks.RoleAdmin, "")
	h.join(leader, tasks.RoleLeader, "")
	h.join(secretary, tasks.RoleSecretary, "")
	h.join(kthtStaff, tasks.RoleMember, "ktht")

	h.say(admin, "/lichbaocao", "Lịch báo cáo tuần",
		"Mời các đơn vị đăng ký ra quân (moidangky): thứ Tư 08:00, lần tới",
		"Nhắc đơn vị chưa đăng ký (nhacdangky): thứ Năm 14:00",
		"Báo cáo tổng hợp đăng ký ra quân (dangky): thứ Năm 17:00",
		"Mời các đơn vị báo cáo kết quả (moiketqua): thứ Sáu 16:00",
		"Nhắc đơn vị chưa báo cáo kết quả (nhacketqua): thứ Hai 08:00",
		"Báo cáo kết quả tuần (ketqua): thứ Hai 10:00", "Cách đổi")
	h.say(leader, "/lichbaocao", "(dangky): thứ Năm 17:00", "Chỉ quản trị viên đổi được lịch này")
	h.say(secretary, "/lichbaocao", "(ketqua): thứ Hai 10:00", "Chỉ quản trị viên đổi được lịch này")
	h.say(leader, "/lichbaocao thu5 16:00", "Anh/chị không có quyền đổi lịch báo cáo tuần")
	h.say(kthtStaff, "/lichbaocao", "Anh/chị không có quyền dùng lệnh /lichbaocao")
	h.say(kthtStaff, "/lichbaocao thu5 16:00", "Anh/chị không có quyền dùng lệnh /lichbaocao")
	if _, specs := orgSpecs(t, h); len(specs) != 0 {
		t.Fatalf("specs changed by people who may not: %v", specs)
	}

	type specs = map[weekly.Kind]string
	for _, c := range []struct {
		text  string
		want  []string
		specs specs
	}{
		{"/lichbaocao thu8 17:00", []string{"Không rõ “thu8” là mục nào", "Cách đổi"}, nil},
		{"/lichbaocao 17:00", []string{"Không rõ “17:00” là mục nào", "Cách đổi"}, nil},
		{"/lichbaocao dangky thứ tám 17:00", []string{"Chưa hiểu ngày “thứ tám”", "Cách đổi"}, nil},
		{"/lichbaocao dangky thu6 25:00", []string{"Giờ “25:00” chưa đúng", "Cách đổi"}, nil},
		{"/lichbaocao dangky thu6 17:75", []string{"Giờ “17:75” chưa đúng"}, nil},
		{"/lichbaocao ketqua", []string{"Hãy ghi giờ cho mục “Báo cáo kết quả tuần”", "/lichbaocao ketqua thu5 17:00"}, nil},
		{"/lichbaocao ketqua thu3", []string{"Hãy ghi giờ cho mục “Báo cáo kết quả tuần”"}, nil},
		{"/lichbaocao thu5 17:30", []string{"Đã lưu lịch báo cáo tuần", "(dangky): thứ Năm 17:30"},
			specs{weekly.Thursday: "30 17 * * 4"}},
		{norm.NFD.String("/lichbaocao Đăng Ký THỨ SÁU 16h30"), []string{"Đã lưu", "(dangky): thứ Sáu 16:30"},
			specs{weekly.Thursday: "30 16 * * 5"}},
		{"/lichbaocao thu2 9:15", []string{"(ketqua): thứ Hai 09:15", "(dangky): thứ Sáu 16:30"},
			specs{weekly.Thursday: "30 16 * * 5", weekly.Monday: "15 9 * * 1"}},
		{"/lichbaocao NHẮC KẾT QUẢ tắt", []string{"(nhacketqua): đã tắt"},
			specs{weekly.Thursday: "30 16 * * 5", weekly.Monday: "15 9 * * 1", weekly.RemindResult: "off"}},
		{"/lichbaocao moidangky chủ nhật 7h", []string{"(moidangky): Chủ nhật 07:00"},
			specs{weekly.Thursday: "30 16 * * 5", weekly.Monday: "15 9 * * 1", weekly.RemindResult: "off", weekly.AskRegistration: "0 7 * * 0"}},
		{"/lichbaocao moidangky 20 giờ 05", []string{"(moidangky): Chủ nhật 20:05"},
			specs{weekly.Thursday: "30 16 * * 5", weekly.Monday: "15 9 * * 1", weekly.RemindResult: "off", weekly.AskRegistration: "5 20 * * 0"}},
		{"/lichbaocao moi dang ky mac dinh", []string{"(moidangky): thứ Tư 08:00"},
			specs{weekly.Thursday: "30 16 * * 5", weekly.Monday: "15 9 * * 1", weekly.RemindResult: "off"}},
		{"/lichbaocao nhacdangky tat", []string{"(nhacdangky): đã tắt"},
			specs{weekly.Thursday: "30 16 * * 5", weekly.Monday: "15 9 * * 1", weekly.RemindResult: "off", weekly.RemindRegistration: "off"}},
		{"/lichbaocao nhac lai dang ky 15:00", []string{"(nhacdangky): thứ Năm 15:00"},
			specs{weekly.Thursday: "30 16 * * 5", weekly.Monday: "15 9 * * 1", weekly.RemindResult: "off", weekly.RemindRegistration: "0 15 * * 4"}},
		{"/lichbaocao moiketqua t6 16:00", []string{"(moiketqua): thứ Sáu 16:00"},
			specs{weekly.Thursday: "30 16 * * 5", weekly.Monday: "15 9 * * 1", weekly.RemindResult: "off", weekly.RemindRegistration: "0 15 * * 4"}},
	} {
		h.say(admin, c.text, c.want...)
		if _, got := orgSpecs(t, h); !maps.Equal(got, c.specs) {
			t.Errorf("after %q the stored specs are %v, want %v", c.text, got, c.specs)
		}
	}

	// The scan of the weekly cycle runs by what was stored.
	org, _ := orgSpecs(t, h)
	sch, err := weekly.OrgSchedule(org)
	if err != nil {
		t.Fatal(err)
	}
	defaults, err := weekly.Settings{}.Compile(org.Timezone, org.CreatedAt)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	fri := sch.Next(weekly.Thursday, now).In(sch.Zone)
	if fri.Weekday() != time.Friday || fri.Hour() != 16 || fri.Minute() != 30 {
		t.Fatalf("the registration report is next due %v, want a Friday at 16:30", fri)
	}
	d, ok := dueKinds(fri.Add(time.Minute), sch)[weekly.Thursday]
	if !ok || !d.At.Equal(fri) || d.Week != weekly.RegistrationWeek(fri, sch.Zone) || d.Late {
		t.Errorf("at %v the registration report due is %+v (%v), want the run of %v for %v", fri.Add(time.Minute), d, ok, fri, weekly.RegistrationWeek(fri, sch.Zone))
	}
	thu := time.Date(fri.Year(), fri.Month(), fri.Day()+6, 17, 0, 0, 0, sch.Zone)
	if _, ok := dueKinds(thu.Add(time.Minute), defaults)[weekly.Thursday]; !ok {
		t.Fatalf("the default schedule makes no registration report at %v", thu)
	}
	if d, ok := dueKinds(thu.Add(time.Minute), sch)[weekly.Thursday]; ok {
		t.Errorf("the old Thursday 17:00 still makes the registration report: %+v", d)
	}
	mon := sch.Next(weekly.Monday, now).In(sch.Zone)
	if mon.Weekday() != time.Monday || mon.Hour() != 9 || mon.Minute() != 15 {
		t.Errorf("the result report is next due %v, want a Monday at 09:15", mon)
	}
	if _, ok := dueKinds(mon.Add(time.Minute), sch)[weekly.Monday]; !ok {
		t.Errorf("no result report due at %v", mon.Add(time.Minute))
	}
	if next := sch.Next(weekly.RemindResult, now); !next.IsZero() {
		t.Errorf("the result reminder was turned off but is next due %v", next)
	}
	if _, ok := dueKinds(mon.Add(time.Minute), sch)[weekly.RemindResult]; ok {
		t.Errorf("the result reminder, turned off, is due at %v", mon.Add(time.Minute))
	}
	n, err := weekly.New(h.store).RunDue(ctx, fri.Add(time.Minute))
	if err != nil || n == 0 {
		t.Fatalf("RunDue at %v: %d runs, %v", fri.Add(time.Minute), n, err)
	}
	if c := h.count(`SELECT count(*) FROM report_runs WHERE org_id = $1 AND kind = 'thursday' AND due_at = $2`, h.org.ID, fri); c != 1 {
		t.Errorf("%d registration report runs recorded at %v, want 1", c, fri)
	}

	h.say(admin, "/lichbaocao mặc định", "Đã lưu", "(dangky): thứ Năm 17:00", "(nhacketqua): thứ Hai 08:00")
	if _, got := orgSpecs(t, h); len(got) != 0 {
		t.Errorf("after /lichbaocao macdinh the stored specs are %v", got)
	}

	// A spec an operator wrote that is not one day a week is shown as it
	// is, and a new time for it needs a day.
	if err := h.store.SetOrgSetting(ctx, h.org.ID, weekly.SettingsKey, weekly.Settings{Specs: map[weekly.Kind]string{weekly.Thursday: "0 17 * * 4,5"}}); err != nil {
		t.Fatal(err)
	}
	h.say(leader, "/lichbaocao", "(dangky): theo lịch riêng 0 17 * * 4,5, lần tới")
	h.say(admin, "/lichbaocao dangky 16:00", "đang theo lịch riêng", "/lichbaocao dangky thu5 17:00")
	h.say(admin, "/lichbaocao dangky t5 16:00", "(dangky): thứ Năm 16:00")

	// A schedule an operator broke is not shown; a bad time zone cannot be
	// mended in chat.
	if err := h.store.SetOrgSetting(ctx, h.org.ID, weekly.SettingsKey, weekly.Settings{Specs: map[weekly.Kind]string{weekly.Monday: "61 10 * * 1"}}); err != nil {
		t.Fatal(err)
	}
	h.say(leader, "/lichbaocao", "đang bị cấu hình sai", "/lichbaocao macdinh")
	h.say(admin, "/lichbaocao macdinh", "Đã lưu", "(ketqua): thứ Hai 10:00")
	if err := h.store.SetOrgSetting(ctx, h.org.ID, weekly.SettingsKey, weekly.Settings{Timezone: "Sao/Hoả"}); err != nil {
		t.Fatal(err)
	}
	h.say(admin, "/lichbaocao dangky thu5 16:00", "Chưa lưu được", "dondoc report schedule")
	if _, got := orgSpecs(t, h); len(got) != 0 {
		t.Errorf("a rejected change was stored: %v", got)
	}
}

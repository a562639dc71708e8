package tasks_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

func TestOrgLevelsAndLinks(t *testing.T) {
	ctx := context.Background()
	st := tasks.NewStore(pgtest.New(t))
	const tz = "Asia/Ho_Chi_Minh"
	district, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", tz, t0)
	if err != nil {
		t.Fatal(err)
	}
	if district.Level != tasks.LevelHuyen || district.ParentID != nil {
		t.Errorf("an organisation made as before is %q under %v, want a district with no parent", district.Level, district.ParentID)
	}
	province, err := st.CreateOrgAt(ctx, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, t0)
	if err != nil {
		t.Fatal(err)
	}
	commune, err := st.CreateOrgAt(ctx, tasks.NewOrg{Name: "UBND phường Đầm Hà", Timezone: tz, Level: tasks.LevelXa, ParentID: &province.ID}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if commune.Slug != "ubnd-phuong-dam-ha" || commune.Level != tasks.LevelXa || commune.ParentID == nil || *commune.ParentID != province.ID {
		t.Fatalf("commune = %+v", commune)
	}
	other, err := st.CreateOrgAt(ctx, tasks.NewOrg{Name: "UBND xã Quảng Tân", Timezone: tz, Level: tasks.LevelXa}, t0)
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name   string
		no     tasks.NewOrg
		wantIn string
	}{
		{"a commune above a province", tasks.NewOrg{Name: "UBND tỉnh X", Timezone: tz, Level: tasks.LevelTinh, ParentID: &commune.ID}, "cấp xã không thể là cấp trên của cơ quan cấp tỉnh"},
		{"a commune above a commune", tasks.NewOrg{Name: "UBND xã Y", Timezone: tz, Level: tasks.LevelXa, ParentID: &commune.ID}, "cấp xã không thể là cấp trên của cơ quan cấp xã"},
		{"no name", tasks.NewOrg{Name: "  ", Timezone: tz, Level: tasks.LevelXa}, "Hãy ghi tên cơ quan"},
	} {
		_, err := st.CreateOrgAt(ctx, tc.no, t0)
		var ie *tasks.InputError
		if !errors.As(err, &ie) || !strings.Contains(ie.Msg, tc.wantIn) {
			t.Errorf("%s: err = %v, want an input error saying %q", tc.name, err, tc.wantIn)
		}
	}
	if orgs, _ := st.Orgs(ctx); len(orgs) != 4 {
		t.Errorf("refused organisations were created: %d organisations", len(orgs))
	}

	if _, _, err := st.ImportUnits(ctx, province.ID, []tasks.Unit{
		{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
		{Code: "x_damha", Name: "UBND phường Đầm Hà", Kind: tasks.KindXa},
		{Code: "x_quangtan", Name: "UBND xã Quảng Tân", Kind: tasks.KindXa},
	}); err != nil {
		t.Fatal(err)
	}
	u, err := st.LinkUnit(ctx, province.ID, "X_DAMHA", commune.ID, t0)
	if err != nil || u.LinkedOrgID == nil || *u.LinkedOrgID != commune.ID {
		t.Fatalf("link = %+v, %v", u, err)
	}
	for _, tc := range []struct {
		name        string
		org         int64
		code        string
		child       int64
		wantIn      string
		notFoundErr bool
	}{
		{"not a child", province.ID, "x_quangtan", other.ID, "không phải cơ quan cấp dưới của “UBND tỉnh Quảng Ninh”", false},
		{"the wrong way round", commune.ID, "x_damha", province.ID, "không phải cơ quan cấp dưới", false},
		{"a child linked twice", province.ID, "x_quangtan", commune.ID, "đã được liên kết với đơn vị “UBND phường Đầm Hà”", false},
		{"no such unit", province.ID, "khongco", commune.ID, "Không có đơn vị mã “khongco”", false},
		{"no such organisation", province.ID, "x_quangtan", 9999, "", true},
	} {
		_, err := st.LinkUnit(ctx, tc.org, tc.code, tc.child, t0)
		if tc.notFoundErr {
			if !errors.Is(err, tasks.ErrNotFound) {
				t.Errorf("%s: err = %v, want not found", tc.name, err)
			}
			continue
		}
		var ie *tasks.InputError
		if !errors.As(err, &ie) || !strings.Contains(ie.Msg, tc.wantIn) {
			t.Errorf("%s: err = %v, want an input error saying %q", tc.name, err, tc.wantIn)
		}
	}
	units, err := st.Units(ctx, province.ID)
	if err != nil {
		t.Fatal(err)
	}
	linked := 0
	for _, u := range units {
		if u.LinkedOrgID != nil {
			linked++
			if u.Code != "x_damha" {
				t.Errorf("unit %s was linked by a refused call", u.Code)
			}
		}
	}
	if linked != 1 {
		t.Errorf("%d linked units, want 1", linked)
	}
	children, err := st.ChildOrgs(ctx, province.ID)
	if err != nil || len(children) != 1 || children[0].ID != commune.ID {
		t.Errorf("children = %+v, %v", children, err)
	}
}

// TestCreateOrgSameName: a second organisation of the same name under the
// same parent (or at the top) is refused with a message naming the code of
// the first; the same name under another parent is another commune.
func TestCreateOrgSameName(t *testing.T) {
	ctx := context.Background()
	st := tasks.NewStore(pgtest.New(t))
	const tz = "Asia/Ho_Chi_Minh"
	mk := func(name string, level tasks.Level, parent *int64) (tasks.Org, error) {
		return st.CreateOrgAt(ctx, tasks.NewOrg{Name: name, Timezone: tz, Level: level, ParentID: parent}, t0)
	}
	qn, err := mk("UBND tỉnh Quảng Ninh", tasks.LevelTinh, nil)
	if err != nil {
		t.Fatal(err)
	}
	hp, err := mk("UBND thành phố Hải Phòng", tasks.LevelTinh, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mk("UBND xã An Bình", tasks.LevelXa, &qn.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := mk("UBND xã An Bình", tasks.LevelXa, &hp.ID); err != nil {
		t.Errorf("the same name under another province: %v", err)
	}
	for _, tc := range []struct {
		name   string
		level  tasks.Level
		parent *int64
		code   string
	}{
		{"UBND xã An Bình", tasks.LevelXa, &qn.ID, "ubnd-xa-an-binh"},
		{"ubnd  XÃ an bình", tasks.LevelXa, &qn.ID, "ubnd-xa-an-binh"},
		{"UBND tỉnh Quảng Ninh", tasks.LevelTinh, nil, "ubnd-tinh-quang-ninh"},
	} {
		_, err := mk(tc.name, tc.level, tc.parent)
		var ie *tasks.InputError
		if !errors.As(err, &ie) || !strings.Contains(ie.Msg, "mã "+tc.code) {
			t.Errorf("%q again: err = %v, want an input error naming %s", tc.name, err, tc.code)
		}
	}
}

package weekly

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// TestOrgUnitsSortedByKind: the weekly report lists units in the
// directory's order of kinds (tasks.Kinds()), sở and thôn included, and by
// name within a kind.
func TestOrgUnitsSortedByKind(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	org, err := st.CreateOrg(ctx, "UBND tỉnh Quảng Ninh", "Asia/Ho_Chi_Minh", time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, []tasks.Unit{
		{Code: "khac", Name: "Ban quản lý dự án", Kind: tasks.KindKhac},
		{Code: "mttq", Name: "Ủy ban MTTQ", Kind: tasks.KindDoanThe},
		{Code: "t1", Name: "Tổ dân phố 1", Kind: tasks.KindThon},
		{Code: "xa", Name: "Phường Đầm Hà", Kind: tasks.KindXa},
		{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong},
		{Code: "sxd", Name: "Sở Xây dựng", Kind: tasks.KindSo},
		{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
	}); err != nil {
		t.Fatal(err)
	}
	units, err := orgUnits(ctx, db, org.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range units {
		got = append(got, u.Code)
	}
	if want := []string{"snv", "sxd", "ktht", "xa", "t1", "mttq", "khac"}; !slices.Equal(got, want) {
		t.Errorf("orgUnits = %v, want %v", got, want)
	}
}

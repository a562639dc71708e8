package tasks_test

import (
	"context"
	"regexp"
	"slices"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// kindOrderUnits are units of every kind, imported in an order that is
// neither the kinds' order nor the names'.
var kindOrderUnits = []tasks.Unit{
	{Code: "khac", Name: "Ban quản lý dự án", Kind: tasks.KindKhac},
	{Code: "mttq", Name: "Ủy ban MTTQ", Kind: tasks.KindDoanThe},
	{Code: "t2", Name: "Thôn 2", Kind: tasks.KindThon},
	{Code: "t1", Name: "Thôn 1", Kind: tasks.KindThon},
	{Code: "xb", Name: "Xã Quảng Lâm", Kind: tasks.KindXa},
	{Code: "xa", Name: "Phường Đầm Hà", Kind: tasks.KindXa},
	{Code: "ktht", Name: "Phòng Kinh tế và Hạ tầng", Kind: tasks.KindPhong},
	{Code: "sxd", Name: "Sở Xây dựng", Kind: tasks.KindSo},
	{Code: "snv", Name: "Sở Nội vụ", Kind: tasks.KindSo},
}

// kindOrderCodes is how a directory lists kindOrderUnits: sở, phòng, xã,
// thôn, đoàn thể, others; by name within a kind.
var kindOrderCodes = []string{"snv", "sxd", "ktht", "xa", "xb", "t1", "t2", "mttq", "khac"}

func TestUnitsSortedByKind(t *testing.T) {
	ctx := context.Background()
	st := tasks.NewStore(pgtest.New(t))
	org, err := st.CreateOrg(ctx, "UBND tỉnh Quảng Ninh", "Asia/Ho_Chi_Minh", t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, kindOrderUnits); err != nil {
		t.Fatal(err)
	}
	units, err := st.Units(ctx, org.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range units {
		got = append(got, u.Code)
	}
	if !slices.Equal(got, kindOrderCodes) {
		t.Errorf("Units = %v, want %v", got, kindOrderCodes)
	}
}

// TestKindsCoverStoredKinds reads the kinds the database accepts for a
// unit: each is in tasks.Kinds() (so sorts know it), has a Vietnamese name
// and is read back by ParseKind.
func TestKindsCoverStoredKinds(t *testing.T) {
	db := pgtest.New(t)
	var def string
	if err := db.GetContext(context.Background(), &def,
		`SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'units_kind_check'`); err != nil {
		t.Fatal(err)
	}
	stored := regexp.MustCompile(`'([a-z]+)'`).FindAllStringSubmatch(def, -1)
	if len(stored) != len(tasks.Kinds()) {
		t.Errorf("the database accepts %d kinds (%s), tasks.Kinds() has %d", len(stored), def, len(tasks.Kinds()))
	}
	for _, m := range stored {
		k := tasks.Kind(m[1])
		if !slices.Contains(tasks.Kinds(), k) {
			t.Errorf("kind %q is not in tasks.Kinds()", k)
		}
		if k.Label() == string(k) {
			t.Errorf("kind %q has no label", k)
		}
		if got, ok := tasks.ParseKind(string(k)); !ok || got != k {
			t.Errorf("ParseKind(%q) = %q, %v", k, got, ok)
		}
	}
	if got := tasks.KindCodes(); len(got) != len(tasks.Kinds()) || got[0] != "so" || got[len(got)-1] != "khac" {
		t.Errorf("KindCodes() = %v", got)
	}
}

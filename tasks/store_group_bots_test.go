package tasks_test

import (
	"context"
	"errors"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// A group is linked to one unit per bot: two provinces on two bots may
// both link one supergroup, each bot reads its own link, two organisations
// of one bot may not, and moving an organisation to a bot that has linked
// the group for another organisation is refused until one unlinks.
func TestGroupLinksPerBot(t *testing.T) {
	ctx := context.Background()
	st := tasks.NewStore(pgtest.New(t))
	type org struct {
		admin tasks.Member
		unit  int64
	}
	mk := func(name string, bot int64) org {
		t.Helper()
		o, err := st.CreateOrg(ctx, name, "Asia/Ho_Chi_Minh", t0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.BindOrgBot(ctx, o.ID, bot); err != nil {
			t.Fatal(err)
		}
		if _, _, err := st.ImportUnits(ctx, o.ID, []tasks.Unit{{Code: "ktht", Name: "Sở Xây dựng " + name, Kind: tasks.KindSo}}); err != nil {
			t.Fatal(err)
		}
		units, err := st.Units(ctx, o.ID)
		if err != nil || len(units) != 1 {
			t.Fatalf("units: %v %v", units, err)
		}
		return org{admin: tasks.Member{OrgID: o.ID, ID: 1, Role: tasks.RoleAdmin}, unit: units[0].ID}
	}
	qn, haLong := mk("Quảng Ninh", 11), mk("Hạ Long", 11)
	ls := mk("Lạng Sơn", 22)
	const group = -1005550
	link := func(o org) error {
		_, err := st.LinkGroup(ctx, o.admin, group, o.unit, "Phối hợp", t0)
		return err
	}
	linkedOrg := func(bot int64) int64 {
		t.Helper()
		g, ok, err := st.GroupLinkOf(ctx, bot, group)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return 0
		}
		return g.OrgID
	}
	if err := link(qn); err != nil {
		t.Fatal(err)
	}
	if err := link(ls); err != nil {
		t.Fatalf("the other bot's province linking the same group: %v", err)
	}
	if err := link(haLong); !errors.Is(err, tasks.ErrConflict) {
		t.Errorf("a second organisation of the same bot linking the group: %v, want ErrConflict", err)
	}
	if a, b := linkedOrg(11), linkedOrg(22); a != qn.admin.OrgID || b != ls.admin.OrgID {
		t.Errorf("bot 11 reads org %d's link, bot 22 org %d's; want %d and %d", a, b, qn.admin.OrgID, ls.admin.OrgID)
	}

	var ie *tasks.InputError
	if _, err := st.BindOrgBot(ctx, ls.admin.OrgID, 11); !errors.As(err, &ie) {
		t.Errorf("moving Lạng Sơn to the bot that linked the group for Quảng Ninh: %v, want a refusal", err)
	}
	if linkedOrg(22) != ls.admin.OrgID {
		t.Error("the refused move changed the links")
	}
	if err := st.UnlinkGroup(ctx, qn.admin, group); err != nil {
		t.Fatal(err)
	}
	if linkedOrg(22) != ls.admin.OrgID {
		t.Error("Quảng Ninh unlinking removed Lạng Sơn's link")
	}
	if _, err := st.BindOrgBot(ctx, ls.admin.OrgID, 11); err != nil {
		t.Fatal(err)
	}
	if a, b := linkedOrg(11), linkedOrg(22); a != ls.admin.OrgID || b != 0 {
		t.Errorf("after the move, bot 11 reads org %d's link and bot 22 org %d's; want %d and none", a, b, ls.admin.OrgID)
	}

	// Telegram upgrades the group to a supergroup: both bots' links follow.
	cb := mk("Cao Bằng", 22)
	if err := link(cb); err != nil {
		t.Fatal(err)
	}
	const upgraded = -1005551
	if err := tasks.MoveGroupLink(ctx, st.DB(), group, upgraded); err != nil {
		t.Fatal(err)
	}
	for bot, want := range map[int64]int64{11: ls.admin.OrgID, 22: cb.admin.OrgID} {
		g, ok, err := st.GroupLinkOf(ctx, bot, upgraded)
		if err != nil || !ok || g.OrgID != want {
			t.Errorf("bot %d's link of the upgraded group: %+v %v %v, want org %d", bot, g, ok, err, want)
		}
		if _, ok, _ := st.GroupLinkOf(ctx, bot, group); ok {
			t.Errorf("bot %d still has a link of the old group", bot)
		}
	}
}

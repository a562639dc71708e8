package tasks_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// A family of organisations (a province, its communes) is served by one
// bot: binding the province binds the communes and moves their queued
// messages; a commune cannot take another bot than its province's; the
// first bot to adopt an unbound family keeps it.
func TestOrgFamilyIsServedByOneBot(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	const tz = "Asia/Ho_Chi_Minh"
	province, commune := provinceAndCommune(ctx, t, st)
	other, err := st.CreateOrg(ctx, "UBND tỉnh Lạng Sơn", tz, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := outbox.Enqueue(ctx, db, time.Now(), outbox.Message{OrgID: commune.ID, IdemKey: "queued", ChatID: 1, Kind: "x"}); err != nil {
		t.Fatal(err)
	}
	botOf := func(id int64) int64 {
		t.Helper()
		o, err := st.Org(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if o.BotID == nil {
			return 0
		}
		return *o.BotID
	}

	// Adopted through the commune: the whole family goes to bot 11.
	if serving, err := st.BindOrgIfUnbound(ctx, commune.ID, 11); err != nil || serving != 11 {
		t.Fatalf("adopting an unbound commune: %d, %v", serving, err)
	}
	if botOf(province.ID) != 11 || botOf(commune.ID) != 11 || botOf(other.ID) != 0 {
		t.Errorf("after adoption: province %d, commune %d, other %d; want 11, 11, 0", botOf(province.ID), botOf(commune.ID), botOf(other.ID))
	}
	if serving, err := st.BindOrgIfUnbound(ctx, province.ID, 22); err != nil || serving != 11 {
		t.Errorf("a second bot adopting a bound family: %d, %v; want it kept by 11", serving, err)
	}
	var ie *tasks.InputError
	if _, err := st.BindOrgBot(ctx, commune.ID, 22); !errors.As(err, &ie) {
		t.Errorf("a commune bound to another bot than its province's: %v, want an input error", err)
	}
	ids, err := st.BindOrgBot(ctx, province.ID, 22)
	if err != nil || len(ids) != 2 {
		t.Fatalf("moving the province to bot 22: %v, %v", ids, err)
	}
	if botOf(commune.ID) != 22 {
		t.Errorf("the commune did not follow its province to bot 22")
	}
	var rowBot int64
	if err := db.Get(&rowBot, `SELECT bot_id FROM outbox WHERE idem_key = 'queued'`); err != nil || rowBot != 22 {
		t.Errorf("the commune's queued message is for bot %d (%v), want 22", rowBot, err)
	}
	// A commune made under the bound province takes its bot; one that was
	// left unbound (made before) joins its family's bot when adopted.
	late, err := st.CreateOrgAt(ctx, tasks.NewOrg{Name: "UBND xã Quảng Tân", Timezone: tz, Level: tasks.LevelXa, ParentID: &province.ID}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if botOf(late.ID) != 22 {
		t.Errorf("a commune made under a province of bot 22 has bot %d", botOf(late.ID))
	}
	db.MustExec(`UPDATE orgs SET bot_id = NULL WHERE id = $1`, late.ID)
	if serving, err := st.BindOrgIfUnbound(ctx, late.ID, 44); err != nil || serving != 22 || botOf(late.ID) != 22 {
		t.Errorf("adopting an unbound commune of a bound family: serving %d (%v), its bot %d; want 22", serving, err, botOf(late.ID))
	}
	if n, err := st.BindUnboundOrgs(ctx, 33); err != nil || n != 1 || botOf(other.ID) != 33 || botOf(province.ID) != 22 {
		t.Errorf("binding the unbound: %d, %v; other %d, province %d", n, err, botOf(other.ID), botOf(province.ID))
	}
}

// TestBindingTakesRowsLeftSending: a row an old process left "sending"
// with no bot (before its organisation was bound) takes the bot the
// organisation is bound to, so that its lease expires under that bot;
// a row another bot is sending stays with it.
func TestBindingTakesRowsLeftSending(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	org, err := st.CreateOrg(ctx, "UBND tỉnh Quảng Ninh", "Asia/Ho_Chi_Minh", t0)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"orphan", "held"} {
		if _, err := outbox.Enqueue(ctx, db, time.Now(), outbox.Message{OrgID: org.ID, IdemKey: key, ChatID: 1, Kind: "x"}); err != nil {
			t.Fatal(err)
		}
	}
	db.MustExec(`UPDATE outbox SET status = 'sending', lease_until = now() - interval '1 hour', claimed_by = 'old', bot_id = NULL WHERE idem_key = 'orphan'`)
	db.MustExec(`UPDATE outbox SET status = 'sending', lease_until = now() + interval '1 minute', claimed_by = 'b11', bot_id = 11 WHERE idem_key = 'held'`)
	if _, err := st.BindOrgBot(ctx, org.ID, 22); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]int64{"orphan": 22, "held": 11} {
		var got *int64
		if err := db.Get(&got, `SELECT bot_id FROM outbox WHERE idem_key = $1`, key); err != nil {
			t.Fatal(err)
		}
		if got == nil || *got != want {
			t.Errorf("row %s: bot %v, want %d", key, got, want)
		}
	}
}

// provinceAndCommune makes a province (Quảng Ninh) and one of its communes
// (phường Hạ Long), the family the bot binding tests work on.
func provinceAndCommune(ctx context.Context, t *testing.T, st *tasks.Store) (province, commune tasks.Org) {
	t.Helper()
	const tz = "Asia/Ho_Chi_Minh"
	province, err := st.CreateOrgAt(ctx, tasks.NewOrg{Name: "UBND tỉnh Quảng Ninh", Timezone: tz, Level: tasks.LevelTinh}, t0)
	if err != nil {
		t.Fatal(err)
	}
	commune, err = st.CreateOrgAt(ctx, tasks.NewOrg{Name: "UBND phường Hạ Long", Timezone: tz, Level: tasks.LevelXa, ParentID: &province.ID}, t0)
	if err != nil {
		t.Fatal(err)
	}
	return province, commune
}

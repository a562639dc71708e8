package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/leader"
	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// TestOrgsOnAbsentBot: an organisation bound to a bot that this process
// does not run and no process leads (its token was replaced) is logged at
// start with the command that moves it, and counted by /readyz and
// /metrics; one bound to a bot another process leads is not.
func TestOrgsOnAbsentBot(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	mk := func(name string, botID int64) tasks.Org {
		t.Helper()
		o, err := st.CreateOrg(ctx, name, "Asia/Ho_Chi_Minh", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.BindOrgBot(ctx, o.ID, botID); err != nil {
			t.Fatal(err)
		}
		return o
	}
	here := mk("UBND tỉnh Quảng Ninh", 100)
	gone := mk("UBND tỉnh Lạng Sơn", 200)
	led := mk("UBND tỉnh Cao Bằng", 300)
	for i, org := range []int64{here.ID, gone.ID, gone.ID, led.ID} {
		if _, err := outbox.Enqueue(ctx, db, time.Now(), outbox.Message{OrgID: org, IdemKey: fmt.Sprint("n", i), ChatID: 1, Kind: "x"}); err != nil {
			t.Fatal(err)
		}
	}

	// Another process leads bot 300: it holds the leadership's lock.
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, leader.Key(leadershipName(300))); err != nil {
		t.Fatal(err)
	}

	// Updates recorded and not handled: two of the absent bot's, one of
	// the led bot's, one of this process's.
	db.MustExec(`INSERT INTO telegram_updates (bot_id, update_id, chat_id, payload, received_at)
		VALUES (200, 1, 1, '{}', now()), (200, 2, 1, '{}', now()), (300, 1, 1, '{}', now()), (100, 1, 1, '{}', now())`)

	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	if err := warnAbsentBots(ctx, db, []int64{100}, []string{"dondoc_qn_bot"}, log); err != nil {
		t.Fatal(err)
	}
	out := logs.String()
	if !strings.Contains(out, "outbox rows wait for a bot that no process runs") || !strings.Contains(out, "bot_id=200 rows=2") {
		t.Errorf("the log does not count the outbox rows waiting for the absent bot:\n%s", out)
	}
	if !strings.Contains(out, "bot_id=200 updates=2") {
		t.Errorf("the log does not count the updates waiting for the absent bot:\n%s", out)
	}
	if strings.Count(out, "level=WARN") != 3 || !strings.Contains(out, "bot_id=200") ||
		!strings.Contains(out, `fix="dondoc org bot --org `+gone.Slug+` --bot @dondoc_qn_bot"`) {
		t.Errorf("the log does not name the one organisation on an absent bot with its fix:\n%s", out)
	}
	if strings.Contains(out, led.Slug) {
		t.Errorf("an organisation of a bot another process leads was logged:\n%s", out)
	}

	h := internalHandler(httpParts{db: db, running: []int64{100}})
	for _, c := range []struct{ path, want string }{
		{"/readyz", "orgs_on_absent_bot: 1 (" + gone.Slug + ")\noutbox_rows_on_absent_bot: 2\nupdates_on_absent_bot: 2\n"},
		{"/metrics", "dondoc_updates_on_absent_bot 2\n"},
		{"/metrics", "dondoc_orgs_on_absent_bot 1\n"},
		{"/metrics", "dondoc_outbox_rows_on_absent_bot 2\n"},
	} {
		path, want := c.path, c.want
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		body, _ := io.ReadAll(w.Body)
		if w.Code != 200 || !strings.Contains(string(body), want) {
			t.Errorf("%s: %d, want %q in:\n%.2000s", path, w.Code, want, body)
		}
	}

	// Moved to the running bot: only the old bot's updates still wait
	// (only that bot can handle them); once its token has run again,
	// nothing to report.
	if _, err := st.BindOrgBot(ctx, gone.ID, 100); err != nil {
		t.Fatal(err)
	}
	logs.Reset()
	if err := warnAbsentBots(ctx, db, []int64{100}, []string{"dondoc_qn_bot"}, log); err != nil ||
		strings.Count(logs.String(), "level=WARN") != 1 || !strings.Contains(logs.String(), "bot_id=200 updates=2") {
		t.Errorf("after the move: %v\n%s", err, logs.String())
	}
	db.MustExec(`UPDATE telegram_updates SET handled_at = now() WHERE bot_id = 200`)
	logs.Reset()
	if err := warnAbsentBots(ctx, db, []int64{100}, []string{"dondoc_qn_bot"}, log); err != nil || logs.Len() != 0 {
		t.Errorf("after the old bot handled its updates: %v\n%s", err, logs.String())
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	for _, m := range []string{"dondoc_orgs_on_absent_bot 0", "dondoc_outbox_rows_on_absent_bot 0", "dondoc_updates_on_absent_bot 0"} {
		if !strings.Contains(w.Body.String(), m) {
			t.Errorf("/metrics does not say %q after the move", m)
		}
	}
}

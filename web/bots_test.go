package web_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// With several bots, the Mini App opened from any of them is accepted;
// initData signed with a token that is not the deployment's is refused.
func TestInitDataOfEveryBot(t *testing.T) {
	ctx := context.Background()
	st := tasks.NewStore(pgtest.New(t))
	org, err := st.CreateOrg(ctx, "UBND tỉnh Quảng Ninh", "Asia/Ho_Chi_Minh", t0)
	if err != nil {
		t.Fatal(err)
	}
	inv, err := st.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleLeader}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: 900, ChatID: 900, FullName: "Ông Lãnh đạo"}, t0); err != nil {
		t.Fatal(err)
	}
	s, err := web.New(st, web.Config{Token: "111111:first", OtherTokens: []string{"222222:second"}}, func() {},
		func() time.Time { return t0 }, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	for _, tc := range []struct {
		token string
		want  int
	}{{"111111:first", 200}, {"222222:second", 200}, {"333333:other", 401}} {
		req, _ := http.NewRequest("GET", srv.URL+"/api/me", nil)
		req.Header.Set("Authorization", "tma "+web.SignInitData(tc.token, 900, "lanhdao", t0))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("initData signed by %s: %d, want %d", tc.token, resp.StatusCode, tc.want)
		}
	}
}

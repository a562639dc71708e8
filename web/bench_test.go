package web_test

import (
	"context"
	"fmt"
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

// BenchmarkOverview serves GET /api/overview (initData checked, member
// loaded, weekly statistics computed, JSON written) for a leader of an
// organisation with 100,000 tasks over 500 units, seeded as weekly's
// BenchmarkMondayStats seeds them: given over the year before 18/01/2021,
// three in five reported, one in thirty cancelled, two in five with one or
// two coordinating units. Goal: under 300 ms of server time.
func BenchmarkOverview(b *testing.B) {
	ctx := context.Background()
	db := pgtest.New(b)
	st := tasks.NewStore(db)
	now := time.Date(2021, 1, 18, 10, 0, 0, 0, hcm)
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", now.AddDate(-1, 0, 0))
	if err != nil {
		b.Fatal(err)
	}
	var units []tasks.Unit
	for i := range 500 {
		units = append(units, tasks.Unit{Code: fmt.Sprintf("u%03d", i), Name: fmt.Sprintf("Đơn vị số %d", i), Kind: tasks.KindXa})
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, units); err != nil {
		b.Fatal(err)
	}
	inv, err := st.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleLeader}, now.AddDate(-1, 0, 0))
	if err != nil {
		b.Fatal(err)
	}
	leader, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: 101, ChatID: 101, FullName: "Lãnh đạo"}, now.AddDate(-1, 0, 0))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := pgtest.SeedTasks(db, org.ID, leader.ID, 100_000); err != nil {
		b.Fatal(err)
	}
	s, err := web.New(st, web.Config{Token: token}, nil, func() time.Time { return now }, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	auth := "tma " + web.SignInitData(token, 101, "Lãnh đạo", now)
	for _, period := range []string{"week", "year"} {
		b.Run(period, func(b *testing.B) {
			for b.Loop() {
				req := httptest.NewRequest("GET", "/api/overview?week=2021-W02&period="+period, nil)
				req.Header.Set("Authorization", auth)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}

package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/migrations"
	"github.com/dondoc/dondoc/reminders"
)

// migrateAndReplan applies the migrations, then re-plans the reminders of
// the organisations they marked (a migration that changed rest days or
// calendars: reminders.Scheduler.ReplanMarked), each once.
func migrateAndReplan(ctx context.Context, db *sqlx.DB, log *slog.Logger) error {
	if err := migrations.Up(ctx, db.DB, log); err != nil {
		return err
	}
	orgs, n, err := reminders.New(db, log).ReplanMarked(ctx, time.Now())
	if err != nil {
		return fmt.Errorf("dondoc: re-plan reminders after migrations: %w", err)
	}
	if orgs > 0 {
		log.Info("reminders re-planned after migrations", "orgs", orgs, "tasks", n)
	}
	return nil
}

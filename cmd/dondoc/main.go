// Command dondoc is the dondoc Telegram bot and its operator commands.
//
//	dondoc [run]                                   run the bot
//	dondoc migrate                                 apply database migrations
//	dondoc org create NAME                         create an organisation, print an admin invite link
//	dondoc org list                                list organisations
//	dondoc units import --org ORG FILE.csv         load the unit directory
//	dondoc units list --org ORG                    list units
//	dondoc invite --org ORG --role ROLE [--unit CODE] [--ttl 168h]
//	dondoc invite list --org ORG
//	dondoc invite revoke --org ORG CODE
//	dondoc outbox --org ORG [failed|pending|sent|all]   the delivery queue
//	dondoc outbox retry --org ORG ID                    send a failed message again
//	dondoc reminders scan                               queue due reminders, as cron does
//	dondoc reminders policy --org ORG [--set JSON]      the reminder policy
//	dondoc report thursday|monday --org ORG [--week 2021-W02] [--send [--force]] [--xlsx F] [--png F]
//	dondoc report scan | schedule --org ORG [--set JSON]
//	dondoc parse --units units.csv --date 07/01/2021 [FILE|-]   preview directives as JSON lines
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()}))
	if err := cli(ctx, os.Args[1:], os.Stdout, log); err != nil {
		fmt.Fprintln(os.Stderr, "dondoc:", err)
		os.Exit(1)
	}
}

func logLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(os.Getenv("DONDOC_LOG_LEVEL"))); err != nil {
		return slog.LevelInfo
	}
	return l
}

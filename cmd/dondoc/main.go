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

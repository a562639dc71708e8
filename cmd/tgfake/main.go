// Command tgfake is a local Telegram Bot API emulator for running dondoc by
// hand on a machine that cannot reach Telegram. It serves bot/tgfake (the
// fake the tests use) on a fixed address, lets you write to the bot as a
// Telegram user from the terminal, and prints what the bot sends:
//
//	go run ./cmd/tgfake                      # listens on 127.0.0.1:8081
//	TELEGRAM_API_ENDPOINT=http://127.0.0.1:8081 TELEGRAM_TOKEN=123:abc scripts/run.sh
//
// The bots' tokens are -token (several, comma-separated, for a deployment
// of several bots), else TELEGRAM_TOKENS, else TELEGRAM_TOKEN, else
// 123:abc. Type :giup
// for the commands. It serves until Ctrl-C or :thoat, also once its input
// is closed (started with </dev/null, say).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, in io.Reader, out, errOut io.Writer) int {
	fs := flag.NewFlagSet("tgfake", flag.ContinueOnError)
	fs.SetOutput(errOut)
	fs.Usage = func() { fmt.Fprint(errOut, usage) }
	addr := fs.String("addr", "127.0.0.1:8081", "")
	tokens := fs.String("token", envOr("TELEGRAM_TOKENS", envOr("TELEGRAM_TOKEN", "123:abc")), "")
	usernames := fs.String("username", "", "")
	user := fs.Int64("user", 1001, "")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	list, err := parseTokens(*tokens)
	if err != nil {
		fmt.Fprintln(errOut, "tgfake:", err)
		return 2
	}
	var names []string
	if *usernames != "" {
		names = strings.Split(*usernames, ",")
	}
	// A bot ignores update ids it has seen: ids start after the Unix
	// time, so that the emulator restarted against the same database is
	// heard.
	e, err := listen(*addr, list, names, time.Now().Unix())
	if err != nil {
		fmt.Fprintln(errOut, err)
		return 1
	}
	defer e.Close()
	for _, b := range e.bots {
		fmt.Fprintf(out, msgListening, b.username, b.token, e.url)
	}
	tokenVar := "TELEGRAM_TOKEN"
	if len(list) > 1 {
		tokenVar = "TELEGRAM_TOKENS"
	}
	fmt.Fprintf(out, msgRunBot, e.url, tokenVar, strings.Join(list, ","))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c := newConsole(e.bots, out, *user)
	go c.printSent(ctx)
	lines := make(chan string)
	go readLines(in, lines)
	for {
		select {
		case <-ctx.Done():
			return 0
		case line, ok := <-lines:
			if !ok {
				// No terminal (stdin closed): serve until a signal.
				lines = nil
				continue
			}
			if quit := c.handle(line); quit {
				return 0
			}
		}
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

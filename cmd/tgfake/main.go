// Command tgfake is a local Telegram Bot API emulator for running dondoc by
// hand on a machine that cannot reach Telegram. It serves bot/tgfake (the
// fake the tests use) on a fixed address, lets you write to the bot as a
// Telegram user from the terminal, and prints what the bot sends:
//
//	go run ./cmd/tgfake                      # listens on 127.0.0.1:8081
//	TELEGRAM_API_ENDPOINT=http://127.0.0.1:8081 TELEGRAM_TOKEN=123:abc scripts/run.sh
//
// The bot's token is -token, else TELEGRAM_TOKEN, else 123:abc. Type :giup
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
	"syscall"

	"github.com/dondoc/dondoc/bot/tgfake"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, in io.Reader, out, errOut io.Writer) int {
	fs := flag.NewFlagSet("tgfake", flag.ContinueOnError)
	fs.SetOutput(errOut)
	fs.Usage = func() { fmt.Fprint(errOut, usage) }
	addr := fs.String("addr", "127.0.0.1:8081", "")
	token := fs.String("token", envOr("TELEGRAM_TOKEN", "123:abc"), "")
	username := fs.String("username", "dondoc_local_bot", "")
	user := fs.Int64("user", 1001, "")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if err := checkToken(*token); err != nil {
		fmt.Fprintln(errOut, "tgfake:", err)
		return 2
	}
	srv, err := tgfake.Listen(*token, *username, *addr)
	if err != nil {
		fmt.Fprintln(errOut, err)
		return 1
	}
	defer srv.Close()
	fmt.Fprintf(out, msgListening, *username, srv.URL(), srv.URL(), *token)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c := newConsole(srv, out, *user)
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

package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// envRunHelper makes the test binary run `dondoc run` instead of the tests:
// a bot process that the tests start, kill and restart.
const envRunHelper = "DONDOC_TEST_RUN_HELPER"

func runHelper() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if err := cli(ctx, []string{"run"}, io.Discard, log); err != nil {
		fmt.Fprintln(os.Stderr, "dondoc:", err)
		return 1
	}
	return 0
}

// startBot starts `dondoc run` as a process of its own.
func startBot(t *testing.T, env []string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), envRunHelper+"=1"), env...)
	if testing.Verbose() {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd
}

// A bot process killed with kill -9 is replaced within seconds: by a
// standby that was waiting, then by a process started after the kill. Each
// time, a command sent right after the kill is answered once, within 5 s.
func TestBotProcessKilledAndReplaced(t *testing.T) {
	fake := tgfake.New()
	defer fake.Close()
	url := pgtest.URL(t)
	t.Setenv("DATABASE_URL", url)
	t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
	out, err := runCLI(t, "org", "create", "UBND huyện Đầm Hà")
	if err != nil {
		t.Fatal(err)
	}
	code := startCode(t, out)
	env := []string{"DATABASE_URL=" + url, "TELEGRAM_TOKEN=" + tgfake.Token, "TELEGRAM_API_ENDPOINT=" + fake.Endpoint(), "TELEGRAM_BOT_USERNAME=", "DONDOC_LOG_LEVEL=warn"}

	admin := tgfake.User{ID: 601, FirstName: "Quản", LastName: "Trị"}
	first := startBot(t, env)
	fake.SendText(admin, "/start "+code)
	fake.WaitSent(t, 30*time.Second, func(m tgfake.SentMessage) bool {
		return m.ChatID == admin.ID && strings.Contains(m.PlainText, "Chào mừng")
	})
	standby := startBot(t, env)
	time.Sleep(3 * time.Second) // the standby is up and waiting

	answered := func(after time.Time) func(tgfake.SentMessage) bool {
		return func(m tgfake.SentMessage) bool { return m.ChatID == admin.ID && m.At.After(after) }
	}
	for i, next := range []func() *exec.Cmd{
		func() *exec.Cmd { return standby },
		func() *exec.Cmd { return startBot(t, env) },
	} {
		holder := first
		killed := time.Now()
		if err := holder.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		holder.Wait()
		first = next()
		fake.SendText(admin, "/help")
		reply := fake.WaitSent(t, 5*time.Second, answered(killed))
		t.Logf("kill -9 %d: the next process answered %v after the kill", i+1, reply.At.Sub(killed).Round(time.Millisecond))
		time.Sleep(time.Second)
		if n := len(fake.WaitCount(t, time.Second, 1, answered(killed))); n != 1 {
			t.Errorf("kill -9 %d: %d answers to one /help", i+1, n)
		}
	}
}

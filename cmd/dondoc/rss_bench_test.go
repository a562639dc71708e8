package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// BenchmarkIdleRSS builds dondoc, runs `dondoc run` against the fake
// Telegram and a real PostgreSQL, lets it idle (polling, cron, the sender
// waiting) and reports its resident memory. Goal: < 40 MB.
//
//	go test -run '^$' -bench IdleRSS -benchtime 1x ./cmd/dondoc/
func BenchmarkIdleRSS(b *testing.B) {
	fake := tgfake.New()
	defer fake.Close()
	bin := filepath.Join(b.TempDir(), "dondoc")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	dbURL := pgtest.URL(b)
	for range b.N {
		cmd := exec.Command(bin, "run")
		cmd.Env = append(os.Environ(), "DATABASE_URL="+dbURL, "TELEGRAM_TOKEN="+tgfake.Token,
			"TELEGRAM_API_ENDPOINT="+fake.URL(), "DONDOC_LOG_LEVEL=info", "DONDOC_HTTP_ADDR=", "DONDOC_METRICS_ADDR=", "DONDOC_WEBHOOK_URL=")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		deadline := time.Now().Add(30 * time.Second)
		for fake.Calls("deleteWebhook") < 1 { // called just before the first long poll
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				b.Fatalf("dondoc never polled:\n%s", stderr.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
		time.Sleep(5 * time.Second)
		rss := vmRSS(b, cmd.Process.Pid)
		cmd.Process.Signal(syscall.SIGINT)
		cmd.Wait()
		b.ReportMetric(rss, "RSS_MB")
	}
}

// vmRSS reads a process's resident set size, in MB.
func vmRSS(b *testing.B, pid int) float64 {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb / 1024
		}
	}
	b.Fatal("no VmRSS")
	return 0
}

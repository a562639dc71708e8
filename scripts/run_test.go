package scripts_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// runEnv is the environment of run.sh: the test's, without what the test
// sets itself, plus vars.
func runEnv(vars ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "DATABASE_URL", "TELEGRAM_TOKEN", "TELEGRAM_TOKENS", "TELEGRAM_API_ENDPOINT", "DONDOC_BIN_DIR":
		default:
			env = append(env, kv)
		}
	}
	return append(env, vars...)
}

func exitCode(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// TestRunRefusesAFakeTokenAtOnce: the README's old first command, with a
// token Telegram cannot have issued and no emulator, is refused before
// anything is built or started, with how to get a token.
func TestRunRefusesAFakeTokenAtOnce(t *testing.T) {
	for _, token := range []string{"123:abc", "", "TOKENS=1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0,123:abc"} {
		bin := t.TempDir()
		cmd := exec.Command("bash", "run.sh")
		cmd.Env = runEnv("TELEGRAM_TOKEN="+token, "DONDOC_BIN_DIR="+bin)
		if list, ok := strings.CutPrefix(token, "TOKENS="); ok {
			cmd.Env = runEnv("TELEGRAM_TOKENS="+list, "DONDOC_BIN_DIR="+bin) // one of several bots
		}
		start := time.Now()
		out, err := cmd.CombinedOutput()
		if code := exitCode(err); code != 2 {
			t.Errorf("token %q: exit %d, want 2:\n%s", token, code, out)
		}
		for _, want := range []string{"@BotFather", "TELEGRAM_API_ENDPOINT"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("token %q: the refusal does not mention %s:\n%s", token, want, out)
			}
		}
		if entries, _ := os.ReadDir(bin); len(entries) > 0 || time.Since(start) > 10*time.Second {
			t.Errorf("token %q: built %d files in %s before refusing", token, len(entries), time.Since(start))
		}
	}
}

// TestRunBuildsOnceAndStopsCleanly: run.sh builds dondoc once, starts it
// against an emulator, and Ctrl-C (SIGINT to its process group, as a
// terminal sends it) stops it with exit status 0; the second start does
// not build again.
func TestRunBuildsOnceAndStopsCleanly(t *testing.T) {
	fake := tgfake.New()
	defer fake.Close()
	bin := t.TempDir()
	db := pgtest.URL(t)
	for run := range 2 {
		polls := fake.Calls("getUpdates")
		cmd := exec.Command("bash", "run.sh")
		cmd.Env = runEnv("DATABASE_URL="+db, "TELEGRAM_API_ENDPOINT="+fake.Endpoint(), "TELEGRAM_TOKEN="+tgfake.Token, "DONDOC_BIN_DIR="+bin)
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(5 * time.Minute)
		for fake.Calls("getUpdates") == polls && time.Now().Before(deadline) {
			time.Sleep(100 * time.Millisecond)
		}
		if fake.Calls("getUpdates") == polls {
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			cmd.Wait()
			t.Fatalf("run %d: the bot never polled:\n%s", run, out.String())
		}
		if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if code := exitCode(err); code != 0 {
				t.Errorf("run %d: Ctrl-C exited %d, want 0:\n%s", run, code, out.String())
			}
		case <-time.After(30 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			t.Fatalf("run %d: still running 30 s after Ctrl-C:\n%s", run, out.String())
		}
		built := strings.Contains(out.String(), "đang biên dịch")
		if built != (run == 0) {
			t.Errorf("run %d: built = %v:\n%s", run, built, out.String())
		}
	}
}

// TestRunPrivateDatabaseStopsWithTheLastRun: without DATABASE_URL, run.sh
// starts a private PostgreSQL and stops it when the last run.sh using it
// exits (an operator command while the bot runs leaves it running), and
// the next start finds the data again.
func TestRunPrivateDatabaseStopsWithTheLastRun(t *testing.T) {
	bin := t.TempDir()
	parent, err := os.MkdirTemp("", "dondoc-runpg-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(parent, 0o755) // the server's user (postgres, under root) must get through
	pgdir := filepath.Join(parent, "postgres")
	devdb := filepath.Join(bin, "devdb")
	t.Cleanup(func() {
		exec.Command(devdb, "stop", pgdir).Run()
		os.RemoveAll(parent)
	})
	running := func() bool { return exec.Command(devdb, "status", pgdir).Run() == nil }
	operator := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("bash", append([]string{"run.sh"}, args...)...)
		cmd.Env = runEnv("DONDOC_BIN_DIR="+bin, "DONDOC_PG_DIR="+pgdir)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("run.sh %v: %v:\n%s", args, err, out)
		}
		return string(out)
	}

	operator("org", "create", "UBND huyện Thử")
	if running() {
		t.Fatal("the private PostgreSQL still runs after an operator command that started it")
	}

	fake := tgfake.New()
	defer fake.Close()
	cmd := exec.Command("bash", "run.sh")
	cmd.Env = runEnv("DONDOC_BIN_DIR="+bin, "DONDOC_PG_DIR="+pgdir, "TELEGRAM_API_ENDPOINT="+fake.URL(), "TELEGRAM_TOKEN="+tgfake.Token)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Minute)
	for fake.Calls("getUpdates") == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if fake.Calls("getUpdates") == 0 {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
		t.Fatalf("the bot never polled:\n%s", out.String())
	}
	if got := operator("org", "list"); !strings.Contains(got, "UBND huyện Thử") {
		t.Errorf("org list while the bot runs does not show the organisation made before:\n%s", got)
	}
	if !running() {
		t.Fatalf("an operator command stopped the private PostgreSQL under the running bot:\n%s", out.String())
	}
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if code := exitCode(err); code != 0 {
			t.Errorf("Ctrl-C exited %d, want 0:\n%s", code, out.String())
		}
	case <-time.After(30 * time.Second):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		t.Fatalf("still running 30 s after Ctrl-C:\n%s", out.String())
	}
	if running() {
		t.Errorf("the private PostgreSQL still runs after Ctrl-C:\n%s", out.String())
	}
}

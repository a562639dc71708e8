package leader_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"github.com/dondoc/dondoc/internal/leader"
	"github.com/dondoc/dondoc/internal/pgserver"
)

// Environment of a helper process: the test binary run again as a process
// that competes for a leadership.
const (
	envName = "DONDOC_LEADER_HELPER_NAME"
	envDB   = "DONDOC_LEADER_HELPER_DB"
)

// server is this binary's own PostgreSQL server, which the tests stop and
// start; set once by TestMain.
var server *pgserver.Server

func TestMain(m *testing.M) {
	if name := os.Getenv(envName); name != "" {
		os.Exit(helper(name, os.Getenv(envDB)))
	}
	os.Exit(withServer(m))
}

func withServer(m *testing.M) int {
	dir, err := os.MkdirTemp("", "dondoc-leader-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	server, err = pgserver.Open(dir + "/data")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := server.Start(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer server.Stop()
	return m.Run()
}

// helper competes for the leadership called name and prints "start <unix
// nanoseconds>" when its work starts and "stop <…>" when it is stopped.
func helper(name, url string) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	db, err := sql.Open("postgres", url)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer db.Close()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	leader.Run(ctx, db, name, log, func(ctx context.Context) {
		fmt.Printf("start %d\n", time.Now().UnixNano())
		<-ctx.Done()
		fmt.Printf("stop %d\n", time.Now().UnixNano())
	})
	return 0
}

// event is a line a helper printed.
type event struct {
	kind string
	at   time.Time
}

// proc is a running helper process.
type proc struct {
	t      *testing.T
	cmd    *exec.Cmd
	events chan event
	mu     sync.Mutex
	log    []event
	killed time.Time
}

func startHelper(t *testing.T, name string) *proc {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envName+"="+name, envDB+"="+server.URL("postgres"))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if testing.Verbose() {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, cmd: cmd, events: make(chan event, 100)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			kind, at, _ := strings.Cut(sc.Text(), " ")
			ns, err := strconv.ParseInt(at, 10, 64)
			if err != nil {
				continue
			}
			e := event{kind: kind, at: time.Unix(0, ns)}
			p.mu.Lock()
			p.log = append(p.log, e)
			p.mu.Unlock()
			p.events <- e
		}
	}()
	t.Cleanup(func() {
		if p.killed.IsZero() {
			cmd.Process.Kill()
		}
		cmd.Wait()
	})
	return p
}

// waitFor waits for the helper's next event of kind.
func (p *proc) waitFor(kind string, within time.Duration) (time.Time, bool) {
	timeout := time.After(within)
	for {
		select {
		case e := <-p.events:
			if e.kind == kind {
				return e.at, true
			}
		case <-timeout:
			return time.Time{}, false
		}
	}
}

// kill kills the helper with SIGKILL, as a crash would, and returns when.
func (p *proc) kill() time.Time {
	p.killed = time.Now()
	if err := p.cmd.Process.Kill(); err != nil {
		p.t.Fatal(err)
	}
	return p.killed
}

// leading reports whether the helper's work is running now.
func (p *proc) leading() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.log) > 0 && p.log[len(p.log)-1].kind == "start" && p.killed.IsZero()
}

// terms returns the intervals during which the helper's work ran; a term cut
// by a kill ends at the kill.
func (p *proc) terms() [][2]time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out [][2]time.Time
	for _, e := range p.log {
		switch e.kind {
		case "start":
			out = append(out, [2]time.Time{e.at, {}})
		case "stop":
			if len(out) > 0 {
				out[len(out)-1][1] = e.at
			}
		}
	}
	for i := range out {
		if out[i][1].IsZero() {
			out[i][1] = p.killed
			if p.killed.IsZero() {
				out[i][1] = time.Now()
			}
		}
	}
	return out
}

// checkExclusive fails the test when the work of two helpers ever ran at
// the same time.
func checkExclusive(t *testing.T, procs ...*proc) {
	t.Helper()
	for i, a := range procs {
		for _, b := range procs[i+1:] {
			for _, x := range a.terms() {
				for _, y := range b.terms() {
					if x[0].Before(y[1]) && y[0].Before(x[1]) {
						t.Errorf("two leaders at once: %v–%v and %v–%v", x[0].Format("15:04:05.000"), x[1].Format("15:04:05.000"), y[0].Format("15:04:05.000"), y[1].Format("15:04:05.000"))
					}
				}
			}
		}
	}
}

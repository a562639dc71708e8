// Package pgserver starts and stops a private PostgreSQL server in a folder,
// for development and tests. It finds the PostgreSQL binaries, runs initdb
// (as the postgres user when we are root, since initdb refuses root) and
// keeps the port in the folder so a second start finds the running server.
package pgserver

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const portFile = "dondoc.port"

// Server is a PostgreSQL server whose data lives in Dir.
type Server struct {
	Dir  string
	Port int
	// Durable keeps PostgreSQL's crash safety (fsync, full-page writes)
	// and stops the server with a checkpoint: for data that matters, such
	// as the bot's own database (cmd/devdb). Tests leave it off for speed.
	Durable bool
	bin     string
	as      *user.User // run commands as this user, nil for the current one
}

// Open prepares a server in dir: it finds the binaries and, when dir holds no
// cluster yet, runs initdb. It does not start the server.
func Open(dir string) (*Server, error) {
	bin, err := FindBinaries()
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("pgserver: %w", err)
	}
	s := &Server{Dir: abs, bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, errors.New("pgserver: running as root, and initdb refuses root: create a 'postgres' user (apt-get install postgresql-15 does) or run as an ordinary user")
		}
		s.as = u
	}
	if err := s.initdb(); err != nil {
		return nil, err
	}
	return s, nil
}

// FindBinaries returns the folder holding initdb and pg_ctl: the newest
// /usr/lib/postgresql/*/bin (15 is what these machines have), or PATH.
func FindBinaries() (string, error) {
	if dir := os.Getenv("PG_BINDIR"); dir != "" {
		return dir, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("pgserver: PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin and PATH); install them with 'apt-get install postgresql-15', or set DATABASE_URL / TEST_DATABASE_URL to a server you already have")
}

func versionOf(dir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return v
}

func (s *Server) initdb() error {
	if _, err := os.Stat(filepath.Join(s.Dir, "PG_VERSION")); err == nil {
		return nil
	}
	// The folders above the data folder must let the server's user (postgres,
	// when we run as root) through.
	if err := os.MkdirAll(filepath.Dir(s.Dir), 0o755); err != nil {
		return fmt.Errorf("pgserver: %w", err)
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return fmt.Errorf("pgserver: %w", err)
	}
	if err := s.chown(s.Dir); err != nil {
		return err
	}
	out, err := s.command("initdb", "-D", s.Dir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8").CombinedOutput()
	if err != nil {
		return fmt.Errorf("pgserver: initdb: %w: %s", err, out)
	}
	return nil
}

func (s *Server) chown(path string) error {
	if s.as == nil {
		return nil
	}
	uid, _ := strconv.Atoi(s.as.Uid)
	gid, _ := strconv.Atoi(s.as.Gid)
	if err := os.Chown(path, uid, gid); err != nil {
		return fmt.Errorf("pgserver: chown %s: %w", path, err)
	}
	return nil
}

func (s *Server) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.Dir
	if s.as != nil {
		uid, _ := strconv.Atoi(s.as.Uid)
		gid, _ := strconv.Atoi(s.as.Gid)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
		cmd.Env = append(os.Environ(), "HOME="+s.as.HomeDir)
	}
	return cmd
}

// Start starts the server unless it is already running, and waits until it
// accepts connections. The port is chosen once and kept in the folder.
func (s *Server) Start(ctx context.Context) error {
	if s.running() {
		return nil
	}
	port, err := s.choosePort()
	if err != nil {
		return err
	}
	s.Port = port
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c max_connections=300", port, s.Dir)
	if !s.Durable {
		opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	}
	cmd := s.command("pg_ctl", "-D", s.Dir, "-o", opts, "-l", filepath.Join(s.Dir, "server.log"), "-w", "-t", "60", "start")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("pgserver: start: %w: %s (see %s)", err, out, filepath.Join(s.Dir, "server.log"))
	}
	return s.waitReady(ctx)
}

// Running reports whether the server of Dir is running.
func (s *Server) Running() bool { return s.running() }

func (s *Server) running() bool {
	port, err := s.savedPort()
	if err != nil {
		return false
	}
	if err := s.command("pg_ctl", "-D", s.Dir, "status").Run(); err != nil {
		return false
	}
	s.Port = port
	return true
}

func (s *Server) savedPort() (int, error) {
	b, err := os.ReadFile(filepath.Join(s.Dir, portFile))
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(strings.TrimSpace(string(b)))
}

func (s *Server) choosePort() (int, error) {
	if p, err := s.savedPort(); err == nil && portFree(p) {
		return p, nil
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pgserver: choose port: %w", err)
	}
	p := l.Addr().(*net.TCPAddr).Port
	l.Close()
	if err := os.WriteFile(filepath.Join(s.Dir, portFile), []byte(strconv.Itoa(p)), 0o644); err != nil {
		return 0, fmt.Errorf("pgserver: %w", err)
	}
	return p, nil
}

func portFree(p int) bool {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

func (s *Server) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := s.command("pg_isready", "-h", "127.0.0.1", "-p", strconv.Itoa(s.Port), "-q").Run()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("pgserver: not ready after 30s: %w", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Stop stops the server, immediately unless it is Durable (then after a
// checkpoint); data stays in the folder.
func (s *Server) Stop() error {
	mode := "immediate"
	if s.Durable {
		mode = "fast"
	}
	out, err := s.command("pg_ctl", "-D", s.Dir, "-m", mode, "-w", "stop").CombinedOutput()
	if err != nil {
		return fmt.Errorf("pgserver: stop: %w: %s", err, out)
	}
	return nil
}

// URL returns the connection URL of database db on this server.
func (s *Server) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.Port, db)
}

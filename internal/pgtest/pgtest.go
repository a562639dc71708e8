// Package pgtest gives each test its own fresh, migrated PostgreSQL database.
//
// Tests use the server named by TEST_DATABASE_URL when it is set. Otherwise
// Main starts a throw-away server in a temporary folder for the test binary
// and removes it afterwards, so a plain `go test ./...` needs nothing running.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"sync"
	"testing"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"

	"github.com/dondoc/dondoc/internal/pgserver"
	"github.com/dondoc/dondoc/migrations"
)

var (
	serverURL    string
	templateOnce sync.Once
	templateErr  error
	templateName string
)

// Main runs the tests of a package, with a throw-away server when
// TEST_DATABASE_URL is not set. Call it from TestMain: os.Exit(pgtest.Main(m)).
func Main(m *testing.M) int {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		serverURL = u
		defer DropTemplates()
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "dondoc-pgtest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	s, err := pgserver.Open(dir + "/data")
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		return 1
	}
	if err := s.Start(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		return 1
	}
	defer s.Stop()
	serverURL = s.URL("postgres")
	defer DropTemplates()
	return m.Run()
}

// URL returns the URL of a fresh migrated database that is dropped when the
// test ends.
func URL(t testing.TB) string {
	t.Helper()
	if serverURL == "" {
		t.Fatal("pgtest: no server: call pgtest.Main from TestMain")
	}
	templateOnce.Do(func() { templateErr = makeTemplate() })
	if templateErr != nil {
		t.Fatalf("pgtest: template: %v", templateErr)
	}
	name := "dondoc_test_" + randomHex(8)
	admin := mustOpen(t, serverURL)
	defer admin.Close()
	if _, err := admin.Exec(fmt.Sprintf(`CREATE DATABASE %s TEMPLATE %s`, name, templateName)); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		admin := mustOpen(t, serverURL)
		defer admin.Close()
		if _, err := admin.Exec(fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, name)); err != nil {
			t.Errorf("pgtest: drop database: %v", err)
		}
	})
	return withDatabase(serverURL, name)
}

// New returns a connection pool to a fresh migrated database that is dropped
// when the test ends.
func New(t testing.TB) *sqlx.DB {
	t.Helper()
	db, err := sqlx.Open("postgres", URL(t))
	if err != nil {
		t.Fatalf("pgtest: open: %v", err)
	}
	db.SetMaxIdleConns(50)
	t.Cleanup(func() { db.Close() })
	return db
}

// makeTemplate creates a migrated database that fresh test databases are
// copied from. Its name is unique to this test binary, so packages running in
// parallel against one server never share or race on a template.
func makeTemplate() error {
	templateName = "dondoc_tpl_" + randomHex(8)
	admin, err := sql.Open("postgres", serverURL)
	if err != nil {
		return err
	}
	defer admin.Close()
	if _, err := admin.Exec(fmt.Sprintf(`CREATE DATABASE %s`, templateName)); err != nil {
		return fmt.Errorf("create: %w", err)
	}
	db, err := sql.Open("postgres", withDatabase(serverURL, templateName))
	if err != nil {
		return err
	}
	err = migrations.Up(context.Background(), db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	db.Close()
	if err != nil {
		return err
	}
	cleanupMu.Lock()
	templates = append(templates, templateName)
	cleanupMu.Unlock()
	return nil
}

var (
	cleanupMu sync.Mutex
	templates []string
)

// DropTemplates removes the template databases this binary created; Main
// calls it, and a TestMain that does not use Main can too.
func DropTemplates() {
	cleanupMu.Lock()
	defer cleanupMu.Unlock()
	if serverURL == "" || len(templates) == 0 {
		return
	}
	admin, err := sql.Open("postgres", serverURL)
	if err != nil {
		return
	}
	defer admin.Close()
	for _, name := range templates {
		admin.Exec(fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, name))
	}
	templates = nil
}

func withDatabase(raw, name string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	u.Path = "/" + name
	return u.String()
}

func mustOpen(t testing.TB, u string) *sql.DB {
	db, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return db
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

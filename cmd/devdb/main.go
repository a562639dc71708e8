// Command devdb starts or stops the private PostgreSQL server that the
// scripts use when no DATABASE_URL is given.
//
//	devdb start DIR [DBNAME]   start (initialising if needed); print the database URL
//	devdb status DIR           exit status 0 when the server is running, 1 when not
//	devdb stop DIR             stop the server (data stays in DIR)
//
// The server keeps PostgreSQL's crash safety (pgserver.Server.Durable): it
// holds the bot's real data.
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	_ "github.com/lib/pq"

	"github.com/dondoc/dondoc/internal/pgserver"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		if !errors.Is(err, errNotRunning) {
			fmt.Fprintln(os.Stderr, "devdb:", err)
		}
		os.Exit(1)
	}
}

// errNotRunning is status's answer when no server runs in DIR.
var errNotRunning = errors.New("not running")

func run(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: devdb start DIR [DBNAME] | devdb status DIR | devdb stop DIR")
	}
	if args[0] == "status" {
		if _, err := os.Stat(filepath.Join(args[1], "PG_VERSION")); err != nil {
			return errNotRunning
		}
	}
	s, err := pgserver.Open(args[1])
	if err != nil {
		return err
	}
	s.Durable = true
	switch args[0] {
	case "start":
		name := "dondoc"
		if len(args) > 2 {
			name = args[2]
		}
		if err := s.Start(context.Background()); err != nil {
			return err
		}
		if err := ensureDatabase(s.URL("postgres"), name); err != nil {
			return err
		}
		fmt.Println(s.URL(name))
		return nil
	case "status":
		if !s.Running() {
			return errNotRunning
		}
		return nil
	case "stop":
		if !s.Running() {
			return nil
		}
		return s.Stop()
	}
	return fmt.Errorf("unknown command %q", args[0])
}

func ensureDatabase(adminURL, name string) error {
	db, err := sql.Open("postgres", adminURL)
	if err != nil {
		return err
	}
	defer db.Close()
	var exists bool
	if err := db.QueryRow(`SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return fmt.Errorf("check database: %w", err)
	}
	if exists || name == "postgres" {
		return nil
	}
	if _, err := db.Exec(fmt.Sprintf(`CREATE DATABASE %q`, name)); err != nil {
		return fmt.Errorf("create database: %w", err)
	}
	return nil
}

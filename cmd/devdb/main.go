// Command devdb starts or stops the private PostgreSQL server that the
// scripts use when no DATABASE_URL is given.
//
//	devdb start DIR [DBNAME]   start (initialising if needed); print the database URL
//	devdb stop DIR             stop the server
package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	_ "github.com/lib/pq"

	"github.com/dondoc/dondoc/internal/pgserver"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "devdb:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: devdb start DIR [DBNAME] | devdb stop DIR")
	}
	s, err := pgserver.Open(args[1])
	if err != nil {
		return err
	}
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
	case "stop":
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

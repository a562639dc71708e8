package bot

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"
)

// sqlState is what both lib/pq's and pgx's errors tell of PostgreSQL's
// SQLSTATE.
type sqlState interface{ SQLState() string }

// isInputFault reports an error that is the input's fault: PostgreSQL's
// class 22, data exceptions (a string too long, a value out of range, an
// invalid byte). Trying again gives the same answer.
func isInputFault(err error) bool {
	var s sqlState
	return errors.As(err, &s) && strings.HasPrefix(s.SQLState(), "22")
}

// isTransient reports an error that may pass: the database unreachable or
// restarting, a serialization failure or a deadlock.
func isTransient(err error) bool {
	var s sqlState
	if errors.As(err, &s) {
		code := s.SQLState()
		switch {
		case strings.HasPrefix(code, "08"), // connection exception
			code == "40001", code == "40P01", // serialization failure, deadlock
			strings.HasPrefix(code, "57P"), // admin shutdown, crash shutdown, cannot connect now
			code == "53300":                // too many connections
			return true
		}
		return false
	}
	var ne net.Error
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &ne):
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "bad connection") ||
		strings.Contains(msg, "the database system is")
}

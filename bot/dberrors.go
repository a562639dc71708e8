package bot

import (
	"database/sql/driver"
	"errors"
	"io"
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
// restarting, a serialization failure or a deadlock, resources exhausted.
// Only the database's errors count: a call to Telegram that timed out or
// was cut (a download inside a handler) is not an outage to wait out.
func isTransient(err error) bool {
	var tg *redacted
	if errors.As(err, &tg) {
		return false
	}
	var s sqlState
	if errors.As(err, &s) {
		code := s.SQLState()
		return strings.HasPrefix(code, "08") || // connection exception
			strings.HasPrefix(code, "40") || // transaction rollback: serialization failure, deadlock
			strings.HasPrefix(code, "53") || // insufficient resources: too many connections
			strings.HasPrefix(code, "57P") // admin shutdown, crash shutdown, cannot connect now
	}
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET):
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "bad connection") ||
		strings.Contains(msg, "the database system is")
}

package outbox

import (
	"errors"
	"fmt"
	"time"
)

// ErrorKind says how the sender should treat a failed send.
type ErrorKind int

// Kinds of send failure.
const (
	// Temporary failures (5xx, network errors, timeouts) are retried with
	// exponential back-off and jitter.
	Temporary ErrorKind = iota
	// RateLimited (429) pauses the whole sender for RetryAfter; it does not
	// count as a failed attempt.
	RateLimited
	// Unreachable (403 blocked or never started, chat not found) marks the
	// person unreachable and stops retrying.
	Unreachable
	// BadMarkup ("can't parse entities") is resent at once as plain text.
	BadMarkup
	// ChatMigrated means a group became a supergroup: resend to MigrateTo.
	ChatMigrated
	// Permanent failures are not retried.
	Permanent
)

// String names the kind, for logs.
func (k ErrorKind) String() string {
	switch k {
	case Temporary:
		return "temporary"
	case RateLimited:
		return "rate limited"
	case Unreachable:
		return "unreachable"
	case BadMarkup:
		return "bad markup"
	case ChatMigrated:
		return "chat migrated"
	}
	return "permanent"
}

// SendError is a classified failure of a Transport.
type SendError struct {
	Kind       ErrorKind
	RetryAfter time.Duration
	MigrateTo  int64
	Err        error
}

// Error returns the kind and the underlying error.
func (e *SendError) Error() string { return fmt.Sprintf("%s: %v", e.Kind, e.Err) }

// Unwrap returns the underlying error.
func (e *SendError) Unwrap() error { return e.Err }

// ErrObsolete is returned by a Renderer for a message that no longer makes
// sense (a reminder for a task that is done); the row is cancelled.
var ErrObsolete = errors.New("outbox: message no longer needed")

// classify returns the kind of err, treating unclassified errors as temporary.
func classify(err error) *SendError {
	var se *SendError
	if errors.As(err, &se) {
		return se
	}
	return &SendError{Kind: Temporary, Err: err}
}

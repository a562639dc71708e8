package bot

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"syscall"
	"testing"
	"time"

	"github.com/lib/pq"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestErrorClasses asks a real PostgreSQL for errors of each class and
// checks which are retried and which are answered as the input's fault.
func TestErrorClasses(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	pgErr := func(q string) error {
		_, err := db.ExecContext(ctx, q)
		if err == nil {
			t.Fatalf("%s: no error", q)
		}
		return fmt.Errorf("store: unable to do it: %w", err)
	}
	tests := []struct {
		name             string
		err              error
		input, transient bool
	}{
		{"invalid text representation (22P02)", pgErr(`SELECT 'abc'::int`), true, false},
		{"division by zero (22012)", pgErr(`SELECT 1/0`), true, false},
		{"NUL in text (22021)", pgErr(`SELECT convert_from('\x00'::bytea, 'UTF8')`), true, false},
		{"numeric out of range (22003)", pgErr(`SELECT 99999999999999999999::bigint`), true, false},
		{"undefined table (42P01)", pgErr(`SELECT * FROM no_such_table`), false, false},
		{"serialization failure", &pq.Error{Code: "40001"}, false, true},
		{"deadlock", fmt.Errorf("x: %w", &pq.Error{Code: "40P01"}), false, true},
		{"admin shutdown", &pq.Error{Code: "57P01"}, false, true},
		{"connection failure", &pq.Error{Code: "08006"}, false, true},
		{"bad connection", fmt.Errorf("store: %w", driver.ErrBadConn), false, true},
		{"connection refused", errors.New("dial tcp 127.0.0.1:5432: connect: connection refused"), false, true},
		{"a bug", errors.New("render: unknown kind"), false, false},
		{"too many connections (53300)", &pq.Error{Code: "53300"}, false, true},
		{"a query timed out", fmt.Errorf("store: %w", context.DeadlineExceeded), false, false},
		{"a Telegram download timed out", fmt.Errorf("download: %w", redact(&net.OpError{Op: "read", Net: "tcp", Err: context.DeadlineExceeded}, "")), false, false},
		{"Telegram's connection reset", redact(fmt.Errorf("post: %w", syscall.ECONNRESET), "123:abc"), false, false},
		{"the database's connection reset", fmt.Errorf("store: %w", syscall.ECONNRESET), false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isInputFault(tt.err); got != tt.input {
				t.Errorf("isInputFault(%v) = %v", tt.err, got)
			}
			if got := isTransient(tt.err); got != tt.transient {
				t.Errorf("isTransient(%v) = %v", tt.err, got)
			}
		})
	}
}

// TestBackoffIsCappedNearASecond: after the database comes back, the next
// attempt is at most a second away, however long it was gone.
func TestBackoffIsCappedNearASecond(t *testing.T) {
	b := &Bot{cfg: Config{RetryUpdate: 100 * time.Millisecond}}
	prev := time.Duration(0)
	for attempt := 1; attempt <= 50; attempt++ {
		d := b.backoff(attempt)
		if d < prev || d > time.Second || d <= 0 {
			t.Fatalf("backoff(%d) = %v after %v", attempt, d, prev)
		}
		prev = d
	}
	if prev != time.Second {
		t.Fatalf("the back-off settles at %v", prev)
	}
}

package reminders_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"testing"

	"github.com/dondoc/dondoc/reminders"
)

// TestReceivedRemindersAreLogged: the scan logs the reminders of received
// tasks it queues as it logs tasks' ("reminders queued"), with the same
// keys.
func TestReceivedRemindersAreLogged(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.receivedTask(t)
	var buf bytes.Buffer
	sched := reminders.New(f.db, slog.New(slog.NewJSONHandler(&buf, nil)))
	if _, err := sched.Scan(ctx, at("2021-01-12 08:00"), 100); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, line := range bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n")) {
		var rec map[string]any
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if rec["msg"] != "received task reminders queued" {
			continue
		}
		found = true
		for key, want := range map[string]float64{"queued": 1, "messages": 1, "collapsed": 0, "cancelled": 0} {
			if got, ok := rec[key].(float64); !ok || got != want {
				t.Errorf("%s = %v, want %v in %s", key, rec[key], want, line)
			}
		}
	}
	if !found {
		t.Errorf("no \"received task reminders queued\" line in the log:\n%s", buf.String())
	}
}

package main

import (
	"context"
	"time"
)

// scanRetryFor bounds how long a failed reminder scan is retried: the next
// cron run comes a minute after the first.
const scanRetryFor = 50 * time.Second

// scanRemindersRetrying runs the reminder scan and, while the database does
// not answer, tries again with a back-off capped at one second, so that
// reminders that came due during an outage are queued as soon as it ends.
func (a *app) scanRemindersRetrying(ctx context.Context) {
	wait := 100 * time.Millisecond
	until := time.Now().Add(scanRetryFor)
	for {
		_, err := a.reminders.Scan(ctx, time.Now(), reminderBatch)
		if err == nil {
			a.sender.Kick()
			return
		}
		if ctx.Err() != nil || time.Now().After(until) {
			a.log.Error("reminder scan", "err", err)
			return
		}
		a.log.Warn("reminder scan failed, trying again", "err", err, "wait", wait)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}

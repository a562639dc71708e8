package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/internal/senderr"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
)

// outboxCmd shows an organisation's outbox, or puts a failed row back:
//
//	dondoc outbox --org X [failed|pending|sent|all]
//	dondoc outbox retry --org X ID
func (c *console) outboxCmd(ctx context.Context, args []string) error {
	var limit int
	org, rest, err := c.orgCommand(ctx, "outbox", args, func(fs *flag.FlagSet) {
		fs.IntVar(&limit, "limit", 50, "rows to show")
	})
	if err != nil {
		return err
	}
	if len(rest) == 2 && rest[0] == "retry" {
		id, err := strconv.ParseInt(rest[1], 10, 64)
		if err != nil {
			return fmt.Errorf(outBadRowNumber, rest[1])
		}
		ok, err := outbox.Retry(ctx, c.db, org.ID, id, time.Now())
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf(outRetryNotFailed, id)
		}
		fmt.Fprintf(c.out, outRetried, id)
		return nil
	}
	statuses := []string{"failed"}
	if len(rest) == 1 {
		switch rest[0] {
		case "all":
			statuses = []string{"pending", "sending", "sent", "failed", "cancelled"}
		case "pending", "sending", "sent", "failed", "cancelled":
			statuses = []string{rest[0]}
		default:
			return usageError("outbox")
		}
	}
	counts, err := outbox.Counts(ctx, c.db, org.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, outOutboxCounts, counts["pending"]+counts["sending"], counts["sent"], counts["failed"], counts["cancelled"])
	es, err := outbox.List(ctx, c.db, org.ID, statuses, limit)
	if err != nil {
		return err
	}
	for _, e := range es {
		why := ""
		if e.LastError != "" {
			why = fmt.Sprintf(outOutboxWhy, senderr.Explain(e.LastError), e.LastError)
		}
		fmt.Fprintf(c.out, outOutboxRow, e.ID, e.Status, e.Kind, e.ChatID, e.Attempts, c.when(e.CreatedAt), why)
	}
	return nil
}

// remindersCmd runs the reminder scan once, exactly as cron does, or shows
// and changes an organisation's reminder policy:
//
//	dondoc reminders scan
//	dondoc reminders policy --org X [--set '{"at":"07:30"}']
func (c *console) remindersCmd(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError("reminders")
	}
	sub, args := args[0], args[1:]
	switch sub {
	case "scan":
		r, err := c.reminders.Scan(ctx, time.Now(), reminderBatch)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, outScan, r.Queued, r.Messages, r.Collapsed, r.Cancelled)
		return nil
	case "policy":
		var set string
		org, _, err := c.orgCommand(ctx, "reminders policy", args, func(fs *flag.FlagSet) {
			fs.StringVar(&set, "set", "", "JSON with the fields to change")
		})
		if err != nil {
			return err
		}
		var p reminders.Policy
		if err := org.Setting(reminders.SettingsKey, &p); err != nil {
			return err
		}
		if set != "" {
			dec := json.NewDecoder(strings.NewReader(set))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&p); err != nil {
				return fmt.Errorf(outPolicyBadJSON, err)
			}
			n, err := c.reminders.SetPolicy(ctx, org.ID, p, time.Now())
			if err != nil {
				return err
			}
			fmt.Fprintf(c.out, outPolicySaved, n)
		}
		out, _ := json.MarshalIndent(p.WithDefaults(), "", "  ")
		fmt.Fprintf(c.out, "%s\n", out)
		return nil
	}
	return usageError("reminders")
}

package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/weekly"
)

// handleWeekly adds the renderers of the weekly cycle's messages. A report's
// messages are made from the report recorded with its run (report_runs.data),
// so every chat gets the same numbers and a message retried after a crash
// renders the same parts; its files are made from that record when sent,
// which keeps the outbox rows small.
func (rd *Renderer) handleWeekly() {
	rd.Handle(weekly.NoticeReport, rd.weeklyReport)
	rd.Handle(weekly.NoticePrompt, rd.weeklyPrompt)
	rd.Handle(weekly.NoticeReportChatLost, rd.reportChatLost)
}

func weeklyPayload(r outbox.Row) (weekly.Payload, error) {
	var p weekly.Payload
	if err := json.Unmarshal(r.Payload, &p); err != nil {
		return p, fmt.Errorf("render weekly: %w", err)
	}
	return p, nil
}

func (rd *Renderer) weeklyReport(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	p, err := weeklyPayload(r)
	if err != nil {
		return nil, err
	}
	rep, ok, err := weekly.New(rd.store).RunReport(ctx, r.OrgID, p.Run, p.Week)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, outbox.ErrObsolete
	}
	if p.UnitID != 0 {
		m, err := rd.recipient(ctx, r)
		if err != nil {
			return nil, err
		}
		text, ok := rep.UnitText(p.UnitID)
		if !ok || !m.InUnit(p.UnitID) {
			return nil, outbox.ErrObsolete
		}
		return []outbox.Part{{Text: text}}, nil
	}
	if r.MemberID != nil {
		m, err := rd.recipient(ctx, r)
		if err != nil {
			return nil, err
		}
		if !m.SeesAll() {
			return nil, outbox.ErrObsolete
		}
	}
	files, err := rep.Files()
	if err != nil {
		return nil, err
	}
	parts := []outbox.Part{{Text: rep.Text()}}
	for _, f := range files {
		parts = append(parts, f.Part())
	}
	return parts, nil
}

func (rd *Renderer) weeklyPrompt(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	p, err := weeklyPayload(r)
	if err != nil {
		return nil, err
	}
	m, err := rd.recipient(ctx, r)
	if err != nil {
		return nil, err
	}
	if !m.InUnit(p.UnitID) {
		return nil, outbox.ErrObsolete
	}
	w, err := weekly.ParseWeek(p.Week)
	if err != nil {
		return nil, fmt.Errorf("render weekly prompt: %w", err)
	}
	es, err := weekly.New(rd.store).Entries(ctx, r.OrgID, p.Run.Side(), w, []int64{p.UnitID})
	if err != nil {
		return nil, err
	}
	if len(es) > 0 {
		return nil, outbox.ErrObsolete
	}
	org, err := rd.store.Org(ctx, r.OrgID)
	if err != nil {
		return nil, err
	}
	sch, err := weekly.OrgSchedule(org)
	if err != nil {
		return nil, err
	}
	dir, err := rd.store.Directory(ctx, r.OrgID)
	if err != nil {
		return nil, err
	}
	u, ok := dir.ByID(p.UnitID)
	if !ok {
		return nil, outbox.ErrObsolete
	}
	return []outbox.Part{{Text: weekly.PromptText(p.Run, w, u.Name, p.By, sch.Zone)}}, nil
}

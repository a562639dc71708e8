package weekly

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// Outbox kinds of the weekly cycle's messages, rendered by the bot.
const (
	// NoticeReport is a report, whole or one unit's part.
	NoticeReport = "weekly_report"
	// NoticePrompt asks a unit's member to register or report.
	NoticePrompt = "weekly_prompt"
)

// Payload is the payload of the weekly outbox rows.
type Payload struct {
	Run  Kind   `json:"run"`
	Week string `json:"week"`
	// UnitID is the unit whose part a member gets, or whose members a
	// prompt asks; 0 for the whole report.
	UnitID int64 `json:"unit_id,omitempty"`
	// By, in a prompt, is the time of the report the prompt asks to be ready for.
	By *time.Time `json:"by,omitempty"`
}

// Triggers of a run.
const (
	TriggerSchedule = "schedule"
	TriggerCommand  = "command"
)

// RunRecord is a run as recorded.
type RunRecord struct {
	Kind      Kind      `db:"kind"`
	Week      string    `db:"week"`
	DueAt     time.Time `db:"due_at"`
	StartedAt time.Time `db:"started_at"`
	Late      bool      `db:"late"`
	Trigger   string    `db:"trigger"`
	Messages  int       `db:"messages"`
}

// RunResult says what Run did.
type RunResult struct {
	// Claimed is false when the run had already been made; Record is then
	// that earlier run.
	Claimed bool
	Record  RunRecord
}

// Run makes the run of kind k for week w of an organisation once: in one
// transaction it records the run (the unique key (org, kind, week) lets
// exactly one caller do so, across processes and restarts), builds the
// report as of now, and queues every message of the run in the outbox.
// dueAt is the scheduled time of the run, late whether it is made after its
// time. The scheduled scan and the operator's command both call it.
func (s *Service) Run(ctx context.Context, org tasks.Org, k Kind, w Week, dueAt, now time.Time, late bool, trigger string) (RunResult, error) {
	var res RunResult
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		err := tx.GetContext(ctx, &res.Record, `
			INSERT INTO report_runs (org_id, kind, week, due_at, started_at, late, trigger)
			VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (org_id, kind, week) DO NOTHING
			RETURNING kind, week, due_at, started_at, late, trigger, messages`,
			org.ID, k, w.String(), dueAt, now, late, trigger)
		if errors.Is(err, sql.ErrNoRows) {
			return tx.GetContext(ctx, &res.Record, `
				SELECT kind, week, due_at, started_at, late, trigger, messages FROM report_runs
				WHERE org_id = $1 AND kind = $2 AND week = $3`, org.ID, k, w.String())
		}
		if err != nil {
			return fmt.Errorf("store: unable to claim the report run: %w", err)
		}
		res.Claimed = true
		var msgs []outbox.Message
		var data []byte
		if k.IsReport() {
			rep, err := Build(ctx, tx, org, k, w, now)
			if err != nil {
				return err
			}
			rep.DueAt, rep.Late = dueAt, late
			if data, err = json.Marshal(rep); err != nil {
				return fmt.Errorf("report data: %w", err)
			}
			if msgs, err = reportMessages(ctx, tx, rep); err != nil {
				return err
			}
		} else if msgs, err = promptMessages(ctx, tx, org, k, w, now); err != nil {
			return err
		}
		n, err := outbox.Enqueue(ctx, tx, now, msgs...)
		if err != nil {
			return err
		}
		res.Record.Messages = n
		if _, err := tx.ExecContext(ctx, `UPDATE report_runs SET messages = $4, data = $5 WHERE org_id = $1 AND kind = $2 AND week = $3`,
			org.ID, k, w.String(), n, nullJSON(data)); err != nil {
			return fmt.Errorf("store: unable to record the report run: %w", err)
		}
		return nil
	})
	if err != nil {
		return RunResult{}, fmt.Errorf("run %s %s for org %d: %w", k, w, org.ID, err)
	}
	return res, nil
}

func nullJSON(b []byte) any {
	if b == nil {
		return nil
	}
	return string(b)
}

// reportMessages are the messages of a report: the whole report to every
// report chat (or, when the organisation has none, to its leaders,
// secretaries and admins), and each unit's part to the unit's members.
func reportMessages(ctx context.Context, tx *sqlx.Tx, rep Report) ([]outbox.Message, error) {
	base := fmt.Sprintf("report:%s:%s", rep.Kind, rep.Week)
	payload := Payload{Run: rep.Kind, Week: rep.Week.String()}
	chats, err := reportChats(ctx, tx, rep.OrgID)
	if err != nil {
		return nil, err
	}
	var msgs []outbox.Message
	for _, c := range chats {
		msgs = append(msgs, outbox.Message{OrgID: rep.OrgID, IdemKey: fmt.Sprintf("%s:chat:%d", base, c.ChatID), ChatID: c.ChatID, Kind: NoticeReport, Payload: payload})
	}
	if len(chats) == 0 {
		leaders, err := tasks.SeesAllRecipients(ctx, tx, rep.OrgID)
		if err != nil {
			return nil, err
		}
		for _, l := range leaders {
			id := l.MemberID
			msgs = append(msgs, outbox.Message{OrgID: rep.OrgID, IdemKey: fmt.Sprintf("%s:member:%d", base, id), ChatID: l.ChatID, Kind: NoticeReport, Payload: payload, MemberID: &id})
		}
	}
	ids := make([]int64, len(rep.Units))
	for i, u := range rep.Units {
		ids[i] = u.UnitID
	}
	members, err := tasks.MembersByUnit(ctx, tx, rep.OrgID, ids)
	if err != nil {
		return nil, err
	}
	for _, u := range rep.Units {
		for _, m := range members[u.UnitID] {
			id := m.MemberID
			p := payload
			p.UnitID = u.UnitID
			msgs = append(msgs, outbox.Message{OrgID: rep.OrgID, IdemKey: fmt.Sprintf("%s:unit:%d:member:%d", base, u.UnitID, id), ChatID: m.ChatID, Kind: NoticeReport, Payload: p, MemberID: &id})
		}
	}
	return msgs, nil
}

// promptMessages ask the members of every unit expected to register (or
// report) for week w that has not done so yet.
func promptMessages(ctx context.Context, tx *sqlx.Tx, org tasks.Org, k Kind, w Week, now time.Time) ([]outbox.Message, error) {
	st, err := OrgSettings(org)
	if err != nil {
		return nil, err
	}
	sch, err := OrgScheduleTx(ctx, tx, org)
	if err != nil {
		return nil, err
	}
	var by *time.Time
	if t := sch.RunTime(k.ReportOf(), w, now); !t.IsZero() {
		by = &t
	}
	units, err := orgUnits(ctx, tx, org.ID)
	if err != nil {
		return nil, err
	}
	units = liveFrom(units, now)
	es, err := entries(ctx, tx, org.ID, k.Side(), w, nil)
	if err != nil {
		return nil, err
	}
	done := map[int64]bool{}
	for _, e := range es {
		done[e.UnitID] = true
	}
	var ids []int64
	for _, u := range units {
		if st.asks(u.Kind) && !done[u.ID] {
			ids = append(ids, u.ID)
		}
	}
	members, err := tasks.MembersByUnit(ctx, tx, org.ID, ids)
	if err != nil {
		return nil, err
	}
	var msgs []outbox.Message
	for _, u := range ids {
		for _, m := range members[u] {
			id := m.MemberID
			msgs = append(msgs, outbox.Message{
				OrgID: org.ID, IdemKey: fmt.Sprintf("weekly:%s:%s:unit:%d:member:%d", k, w, u, id), ChatID: m.ChatID,
				Kind: NoticePrompt, Payload: Payload{Run: k, Week: w.String(), UnitID: u, By: by}, MemberID: &id,
			})
		}
	}
	return msgs, nil
}

// RunReport returns the report recorded with a run; ok is false when the
// run was not made.
func (s *Service) RunReport(ctx context.Context, orgID int64, k Kind, w string) (Report, bool, error) {
	var data []byte
	err := s.db.GetContext(ctx, &data, `SELECT data FROM report_runs WHERE org_id = $1 AND kind = $2 AND week = $3 AND data IS NOT NULL`, orgID, k, w)
	if errors.Is(err, sql.ErrNoRows) {
		return Report{}, false, nil
	}
	if err != nil {
		return Report{}, false, fmt.Errorf("run report: %w", err)
	}
	var rep Report
	if err := json.Unmarshal(data, &rep); err != nil {
		return Report{}, false, fmt.Errorf("run report: %w", err)
	}
	return rep, true, nil
}

// doneRuns returns the runs of an organisation recorded for weeks from w on.
func doneRuns(ctx context.Context, q sqlx.QueryerContext, orgID int64, from Week) (map[RunKey]bool, error) {
	var rows []struct {
		Kind Kind   `db:"kind"`
		Week string `db:"week"`
	}
	if err := sqlx.SelectContext(ctx, q, &rows, `SELECT kind, week FROM report_runs WHERE org_id = $1 AND week >= $2`, orgID, from.String()); err != nil {
		return nil, fmt.Errorf("store: unable to list the report runs: %w", err)
	}
	done := map[RunKey]bool{}
	for _, r := range rows {
		w, err := ParseWeek(r.Week)
		if err != nil {
			continue
		}
		done[RunKey{Kind: r.Kind, Week: w}] = true
	}
	return done, nil
}

// RunDue makes every run that the organisations' schedules have made due at
// now (see Due) and returns how many it made. Runs another process made
// first are skipped. An organisation whose schedule is broken does not stop
// the others; its error is returned with theirs.
func (s *Service) RunDue(ctx context.Context, now time.Time) (int, error) {
	orgs, err := s.store.Orgs(ctx)
	if err != nil {
		return 0, err
	}
	made := 0
	var errs []error
	for _, org := range orgs {
		n, err := s.runDueOrg(ctx, org, now)
		made += n
		if err != nil {
			errs = append(errs, fmt.Errorf("org %d: %w", org.ID, err))
		}
	}
	return made, errors.Join(errs...)
}

func (s *Service) runDueOrg(ctx context.Context, org tasks.Org, now time.Time) (int, error) {
	sch, err := OrgScheduleTx(ctx, s.db, org)
	if err != nil {
		return 0, err
	}
	from := WeekOf(sch.scanFrom(now).AddDate(0, 0, -7), sch.Zone)
	done, err := doneRuns(ctx, s.db, org.ID, from)
	if err != nil {
		return 0, err
	}
	made := 0
	for _, d := range Due(now, sch, done) {
		res, err := s.Run(ctx, org, d.Kind, d.Week, d.At, now, d.Late, TriggerSchedule)
		if err != nil {
			return made, err
		}
		if res.Claimed {
			made++
		}
	}
	return made, nil
}

package web

import (
	"context"
	"encoding/base64"
	"html/template"
	"net/url"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// MeetingRow is a meeting in the list.
type MeetingRow struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	Day   string `json:"day"`
	Chair string `json:"chair,omitempty"`
	State string `json:"state"`
}

// MeetingDetail is a meeting with the tasks of its conclusion that the
// viewer may see, as /hop N shows it.
type MeetingDetail struct {
	MeetingRow
	Opener string    `json:"opener"`
	Tasks  []TaskRow `json:"tasks"`
}

func meetingRow(m tasks.Meeting) MeetingRow {
	return MeetingRow{ID: m.ID, Title: m.Title, Day: deadline.FormatDate(m.HeldOn), Chair: m.Chair, State: m.State.Label()}
}

func (s *Server) meetings(ctx context.Context, v viewer) ([]MeetingRow, error) {
	ms, err := s.store.Meetings(ctx, v.OrgID, 200)
	if err != nil {
		return nil, err
	}
	rows := make([]MeetingRow, 0, len(ms))
	for _, m := range ms {
		rows = append(rows, meetingRow(m))
	}
	return rows, nil
}

func (s *Server) meeting(ctx context.Context, v viewer, id int64) (MeetingDetail, error) {
	m, err := s.store.Meeting(ctx, v.OrgID, id)
	if err != nil {
		return MeetingDetail{}, err
	}
	d := MeetingDetail{MeetingRow: meetingRow(m), Opener: m.OpenerName}
	ts, err := s.store.Tasks(ctx, v.Member, tasks.TaskFilter{MeetingID: m.ID, Limit: 1000})
	if err != nil {
		return MeetingDetail{}, err
	}
	now := s.clock()
	for _, t := range ts {
		d.Tasks = append(d.Tasks, s.taskRow(t, now, v.loc))
	}
	return d, nil
}

// ReportView is a weekly report as the page shows it: its text (the same
// HTML the chat gets), with its chart and workbook to fetch.
type ReportView struct {
	Kind  string        `json:"kind"`
	Name  string        `json:"name"`
	Week  string        `json:"week"`
	Label string        `json:"label"`
	HTML  template.HTML `json:"html"`
	Chart bool          `json:"chart"`
	// ChartData is the chart as a data: URL, for the page.
	ChartData template.URL `json:"-"`
	Prev      string       `json:"prev"`
	Next      string       `json:"next"`
}

// reportKind reads a report's kind from the path: "dangky" (Thursday's
// registrations) or "ketqua" (Monday's results).
func reportKind(s string) (weekly.Kind, error) {
	switch s {
	case msgReportThursday:
		return weekly.Thursday, nil
	case msgReportMonday:
		return weekly.Monday, nil
	}
	return "", inputError(msgBadReportKind, s)
}

// buildReport builds a weekly report as /baocao does; only those who see
// every task (the report viewers of the chat) may.
func (s *Server) buildReport(ctx context.Context, v viewer, kindName string, q url.Values) (weekly.Report, error) {
	if !v.SeesAll() {
		return weekly.Report{}, tasks.ErrForbidden
	}
	kind, err := reportKind(kindName)
	if err != nil {
		return weekly.Report{}, err
	}
	now := s.clock()
	var w weekly.Week
	if q.Get("week") != "" {
		if w, err = weekParam(q, now, v.loc); err != nil {
			return weekly.Report{}, err
		}
	} else if sch, err := weekly.OrgSchedule(v.org); err == nil {
		w = sch.EntryWeek(kind.Side(), now)
	} else if kind == weekly.Thursday {
		w = weekly.RegistrationWeek(now, v.loc)
	} else {
		w = weekly.ResultWeek(now, v.loc)
	}
	rep, err := weekly.Build(ctx, s.db, v.org, kind, w, now)
	if err != nil {
		return weekly.Report{}, err
	}
	rep.Preview = true
	return rep, nil
}

func (s *Server) report(ctx context.Context, v viewer, kindName string, q url.Values, withChart bool) (ReportView, error) {
	rep, err := s.buildReport(ctx, v, kindName, q)
	if err != nil {
		return ReportView{}, err
	}
	// The report's text is the chat's HTML, every user string in it
	// escaped by package weekly.
	r := ReportView{Kind: kindName, Name: rep.Kind.Name(), Week: rep.Week.String(), Label: weekly.WeekLabel(rep.Week, v.loc),
		HTML: template.HTML(rep.Text()), Chart: rep.Kind == weekly.Monday, Prev: rep.Week.Prev().String(), Next: rep.Week.Next().String()}
	if r.Chart && withChart {
		png, err := rep.Chart()
		if err != nil {
			return ReportView{}, err
		}
		if len(png) > 0 { // no chart when no unit had anything to do
			r.ChartData = template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(png))
		}
	}
	return r, nil
}

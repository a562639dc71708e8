package web

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// PageSize is how many tasks a list shows at a time.
const PageSize = 20

// OverviewUnit is a unit's line of the overview (or the organisation's
// total): its figures for the period and its completion rate.
type OverviewUnit struct {
	ID      int64         `json:"id,omitempty"`
	Code    string        `json:"code,omitempty"`
	Name    string        `json:"name"`
	Counts  weekly.Counts `json:"counts"`
	Rate    float64       `json:"rate"`
	HasRate bool          `json:"has_rate"`
}

// LongOverdue is one of the tasks longest past their deadline.
type LongOverdue struct {
	ID       int64  `json:"id"`
	Text     string `json:"text"`
	Units    string `json:"units"`
	Deadline string `json:"deadline"`
	Days     int    `json:"days"`
}

// Overview is the dashboard's first view: per unit, the figures of a week
// or of the year so far, as the Monday report counts them.
type Overview struct {
	Week      string         `json:"week"`
	WeekLabel string         `json:"week_label"`
	Period    string         `json:"period"`
	From      string         `json:"from"`
	At        string         `json:"at"`
	Units     []OverviewUnit `json:"units"`
	// Idle is how many of the viewer's units had nothing in the period.
	Idle int `json:"idle"`
	// Total is the organisation's, for those who see every task.
	Total   *OverviewUnit `json:"total,omitempty"`
	Longest []LongOverdue `json:"longest_overdue"`
	Prev    string        `json:"prev"`
	Next    string        `json:"next,omitempty"`
}

func overviewUnit(id int64, code, name string, c weekly.Counts) OverviewUnit {
	rate, ok := c.Rate()
	return OverviewUnit{ID: id, Code: code, Name: name, Counts: c, Rate: rate, HasRate: ok}
}

// weekParam reads a week ("2021-W02") or, when empty, the current one.
func weekParam(q url.Values, now time.Time, loc *time.Location) (weekly.Week, error) {
	if s := q.Get("week"); s != "" {
		w, err := weekly.ParseWeek(s)
		if err != nil {
			return weekly.Week{}, inputError(msgBadWeek, s)
		}
		return w, nil
	}
	return weekly.WeekOf(now, loc), nil
}

// overview computes the overview with weekly.ComputeStats: every unit and
// the total for those who see all tasks, the viewer's own units otherwise.
func (s *Server) overview(ctx context.Context, v viewer, q url.Values) (Overview, error) {
	now := s.clock()
	w, err := weekParam(q, now, v.loc)
	if err != nil {
		return Overview{}, err
	}
	period := q.Get("period")
	if period != "year" {
		period = "week"
	}
	st, err := weekly.ComputeCounts(ctx, s.db, v.OrgID, w, now, v.loc)
	if err != nil {
		return Overview{}, err
	}
	pick := func(u weekly.UnitStats) weekly.Counts {
		if period == "year" {
			return u.Year
		}
		return u.Week
	}
	o := Overview{Week: w.String(), WeekLabel: weekly.WeekLabel(w, v.loc), Period: period,
		At: deadline.Format(st.At.In(v.loc)), Prev: w.Prev().String()}
	if period == "year" {
		o.From = deadline.FormatDate(st.YearFrom.In(v.loc))
	} else {
		o.From = deadline.FormatDate(st.WeekFrom.In(v.loc))
	}
	if next := w.Next(); !next.Start(v.loc).After(now) {
		o.Next = next.String()
	}
	for _, u := range st.Units {
		if !v.SeesAll() && !v.InUnit(u.UnitID) {
			continue
		}
		c := pick(u)
		if c.Total() == 0 && c.Assigned == 0 {
			o.Idle++
			continue
		}
		o.Units = append(o.Units, overviewUnit(u.UnitID, u.Code, u.Name, c))
	}
	if v.SeesAll() {
		t := overviewUnit(0, "", msgTotal, pick(st.Total))
		o.Total = &t
	}
	for _, l := range st.LongestOverdue {
		if !v.SeesAll() {
			t, err := s.store.Task(ctx, v.OrgID, l.ID)
			if err != nil || !v.CanSee(t) {
				continue
			}
		}
		o.Longest = append(o.Longest, LongOverdue{ID: l.ID, Text: l.Text, Units: l.Units,
			Deadline: deadline.FormatDate(l.Deadline.In(v.loc)), Days: l.Days})
	}
	return o, nil
}

// Option is a choice of a filter: its value and what the page shows.
type Option struct {
	Value    string `json:"value"`
	Label    string `json:"label"`
	Selected bool   `json:"selected,omitempty"`
}

// TaskRow is a task in a list.
type TaskRow struct {
	ID          int64  `json:"id"`
	Text        string `json:"text"`
	Deadline    string `json:"deadline"`
	Status      string `json:"status"`
	StatusClass string `json:"status_class"`
	Lead        string `json:"lead"`
	Coords      string `json:"coords,omitempty"`
	Assigner    string `json:"assigner"`
	// FromParent: the task was made from one a parent organisation gave
	// ("cấp trên giao").
	FromParent bool `json:"from_parent,omitempty"`
}

// TaskList is a page of a filtered task list with the filter's choices.
type TaskList struct {
	Tasks     []TaskRow         `json:"tasks"`
	Total     int               `json:"total"`
	Page      int               `json:"page"`
	Pages     int               `json:"pages"`
	Params    map[string]string `json:"params"`
	Units     []Option          `json:"units"`
	Statuses  []Option          `json:"statuses"`
	Meetings  []Option          `json:"meetings"`
	Assigners []Option          `json:"assigners"`
	Search    string            `json:"search"`
	Week      string            `json:"week"`
	// Title names the list when it is one unit's or one meeting's.
	Title string `json:"title,omitempty"`
}

// statusParam is a status filter: the value the page sends, its label,
// and the status kind (or "waiting for confirmation") it keeps.
type statusParam struct {
	value   string
	label   string
	kind    tasks.StatusKind
	pending bool
}

// statusParams are the status filters, by the value the page sends.
var statusParams = []statusParam{
	{"trong-han", msgStatusOnTime, tasks.StatusOnTime, false},
	{"sap-den-han", msgStatusDueSoon, tasks.StatusDueSoon, false},
	{"qua-han", msgStatusOverdue, tasks.StatusOverdue, false},
	{"cho-xac-nhan", msgStatusPending, 0, true},
	{"hoan-thanh-dung-han", msgStatusDoneOnTime, tasks.StatusDoneOnTime, false},
	{"hoan-thanh-qua-han", msgStatusDoneLate, tasks.StatusDoneLate, false},
	{"da-huy", msgStatusCancelled, tasks.StatusCancelled, false},
}

func int64Param(q url.Values, name string) (int64, error) {
	s := q.Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, inputError(msgBadNumber, s)
	}
	return n, nil
}

// statusClass is the CSS class of a status.
func statusClass(st tasks.Status) string {
	switch st.Kind {
	case tasks.StatusOverdue:
		return "overdue"
	case tasks.StatusDueSoon:
		return "soon"
	case tasks.StatusDoneOnTime, tasks.StatusDoneLate:
		if st.Pending {
			return "pending"
		}
		return "done"
	case tasks.StatusCancelled:
		return "cancelled"
	}
	return "ontime"
}

func (s *Server) taskRow(t tasks.Task, now time.Time, loc *time.Location) TaskRow {
	st := t.StatusAt(now, loc)
	r := TaskRow{ID: t.ID, Text: t.Text, Status: st.Label(), StatusClass: statusClass(st), Assigner: t.AssignerName, Deadline: msgNoDeadline,
		FromParent: t.ReceivedID != nil}
	if t.Deadline != nil {
		r.Deadline = deadline.FormatDate(t.Deadline.In(loc))
		if t.DeadlineHasTime {
			r.Deadline = deadline.Format(t.Deadline.In(loc))
		}
	}
	var coords []string
	for _, u := range t.Units {
		if u.Role == tasks.RoleLead {
			r.Lead = joinName(r.Lead, u.Name)
		} else {
			coords = append(coords, u.Name)
		}
	}
	r.Coords = strings.Join(coords, ", ")
	return r
}

func joinName(a, b string) string {
	if a == "" {
		return b
	}
	return a + ", " + b
}

// taskList lists the tasks the viewer may see (tasks.Store.Tasks applies
// the bot's visibility rules) that pass the page's filters.
func (s *Server) taskList(ctx context.Context, v viewer, q url.Values) (TaskList, error) {
	now := s.clock()
	var f tasks.TaskFilter
	var err error
	if f.UnitID, err = int64Param(q, "unit"); err != nil {
		return TaskList{}, err
	}
	if f.MeetingID, err = int64Param(q, "meeting"); err != nil {
		return TaskList{}, err
	}
	if f.More.AssignedBy, err = int64Param(q, "assigner"); err != nil {
		return TaskList{}, err
	}
	f.More.Search = strings.TrimSpace(q.Get("q"))
	if len([]rune(f.More.Search)) > 200 {
		return TaskList{}, inputError(msgSearchTooLong)
	}
	if st := q.Get("status"); st != "" {
		i := slices.IndexFunc(statusParams, func(p statusParam) bool { return p.value == st })
		if i < 0 {
			return TaskList{}, inputError(msgBadStatus, st)
		}
		if statusParams[i].pending {
			f.More.Pending = true
		} else {
			k := statusParams[i].kind
			f.More.Status = &k
		}
		f.More.At, f.More.Loc = now, v.loc
	}
	switch q.Get("from") {
	case "":
	case fromParent:
		f.Received = true
	default:
		return TaskList{}, inputError(msgBadFrom, q.Get("from"))
	}
	if q.Get("week") != "" {
		w, err := weekParam(q, now, v.loc)
		if err != nil {
			return TaskList{}, err
		}
		from, to := w.Start(v.loc), w.End(v.loc)
		f.DueFrom, f.DueBefore = &from, &to
	}
	page := 1
	if p := q.Get("page"); p != "" {
		if page, err = strconv.Atoi(p); err != nil || page < 1 {
			return TaskList{}, inputError(msgBadNumber, p)
		}
	}
	total, err := s.store.CountTasks(ctx, v.Member, f)
	if err != nil {
		return TaskList{}, err
	}
	f.Limit, f.Offset = PageSize, (page-1)*PageSize
	ts, err := s.store.Tasks(ctx, v.Member, f)
	if err != nil {
		return TaskList{}, err
	}
	l := TaskList{Total: total, Page: page, Pages: max(1, (total+PageSize-1)/PageSize), Search: f.More.Search, Week: q.Get("week"), Params: map[string]string{}}
	for _, k := range []string{"unit", "status", "meeting", "week", "assigner", "q", "from"} {
		if q.Get(k) != "" {
			l.Params[k] = q.Get(k)
		}
	}
	for _, t := range ts {
		l.Tasks = append(l.Tasks, s.taskRow(t, now, v.loc))
	}
	if err := s.listOptions(ctx, v, q, &l); err != nil {
		return TaskList{}, err
	}
	return l, nil
}

// fromParent is the value of the list's "from" filter that keeps the tasks
// made from ones a parent organisation gave.
const fromParent = "captren"

// listOptions fills the choices of the list's filters: the units the
// viewer may filter by, the statuses, the meetings and the assigners.
func (s *Server) listOptions(ctx context.Context, v viewer, q url.Values, l *TaskList) error {
	units, err := s.store.Units(ctx, v.OrgID)
	if err != nil {
		return err
	}
	for _, u := range units {
		if !v.SeesAll() && !v.InUnit(u.ID) {
			continue
		}
		id := strconv.FormatInt(u.ID, 10)
		l.Units = append(l.Units, Option{Value: id, Label: u.Name, Selected: q.Get("unit") == id})
		if q.Get("unit") == id {
			l.Title = u.Name
		}
	}
	for _, p := range statusParams {
		l.Statuses = append(l.Statuses, Option{Value: p.value, Label: p.label, Selected: q.Get("status") == p.value})
	}
	ms, err := s.store.Meetings(ctx, v.OrgID, 100)
	if err != nil {
		return err
	}
	for _, m := range ms {
		id := strconv.FormatInt(m.ID, 10)
		l.Meetings = append(l.Meetings, Option{Value: id, Label: fmt.Sprintf(msgMeetingOption, m.ID, m.Title), Selected: q.Get("meeting") == id})
	}
	members, err := s.store.OrgMembers(ctx, v.OrgID)
	if err != nil {
		return err
	}
	for _, m := range members {
		if !m.CanAssign() {
			continue
		}
		id := strconv.FormatInt(m.ID, 10)
		l.Assigners = append(l.Assigners, Option{Value: id, Label: m.FullName, Selected: q.Get("assigner") == id})
	}
	return nil
}

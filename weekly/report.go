package weekly

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

// UnitPart is one unit's part of a report.
type UnitPart struct {
	UnitID int64  `json:"unit_id"`
	Code   string `json:"code"`
	Name   string `json:"name"`
	// Asked is set for the units expected to register and report.
	Asked   bool    `json:"asked"`
	Entries []Entry `json:"entries,omitempty"`
	// Due, in the Thursday report, are the unit's open tasks due in the week.
	Due []TaskLine `json:"due,omitempty"`
	// Stats, in the Monday report, are the unit's task statistics.
	Stats *UnitStats `json:"stats,omitempty"`
}

// Report is a weekly report as built at one moment: what its messages and
// files are made from.
type Report struct {
	Kind    Kind      `json:"kind"`
	Week    Week      `json:"week"`
	OrgID   int64     `json:"org_id"`
	OrgName string    `json:"org_name"`
	Zone    string    `json:"zone"`
	AsOf    time.Time `json:"as_of"`
	// DueAt is the scheduled time of a run; zero for a preview.
	DueAt time.Time `json:"due_at,omitempty"`
	Late  bool      `json:"late,omitempty"`
	// Preview is set for a report shown on demand, not sent as the week's.
	Preview bool       `json:"preview,omitempty"`
	Units   []UnitPart `json:"units"`
	Stats   *Stats     `json:"stats,omitempty"`
}

// Location returns the zone the report was made in.
func (r Report) Location() *time.Location {
	loc, err := time.LoadLocation(r.Zone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// Unit returns a unit's part of the report.
func (r Report) Unit(id int64) (UnitPart, bool) {
	for _, u := range r.Units {
		if u.UnitID == id {
			return u, true
		}
	}
	return UnitPart{}, false
}

// Missing returns the units asked to register or report that did not.
func (r Report) Missing() []UnitPart {
	var out []UnitPart
	for _, u := range r.Units {
		if u.Asked && len(u.Entries) == 0 {
			out = append(out, u)
		}
	}
	return out
}

// Reporting returns the units that registered or reported.
func (r Report) Reporting() []UnitPart {
	var out []UnitPart
	for _, u := range r.Units {
		if len(u.Entries) > 0 {
			out = append(out, u)
		}
	}
	return out
}

// Asked returns how many units were asked to register or report.
func (r Report) Asked() int {
	n := 0
	for _, u := range r.Units {
		if u.Asked {
			n++
		}
	}
	return n
}

func (st Settings) asks(kind string) bool {
	if len(st.UnitKinds) == 0 {
		return true
	}
	for _, k := range st.UnitKinds {
		if k == kind {
			return true
		}
	}
	return false
}

// Build makes the report of kind (Thursday or Monday) for week w as things
// stand at asOf, reading through q (a transaction when a run is claimed).
func Build(ctx context.Context, q sqlx.QueryerContext, org tasks.Org, k Kind, w Week, asOf time.Time) (Report, error) {
	if !k.IsReport() {
		return Report{}, fmt.Errorf("build: %s is not a report", k)
	}
	st, err := OrgSettings(org)
	if err != nil {
		return Report{}, err
	}
	sch, err := st.Compile(org.Timezone, org.CreatedAt)
	if err != nil {
		return Report{}, err
	}
	loc := sch.Zone
	rep := Report{Kind: k, Week: w, OrgID: org.ID, OrgName: org.Name, Zone: loc.String(), AsOf: asOf}
	units, err := orgUnits(ctx, q, org.ID)
	if err != nil {
		return Report{}, err
	}
	units = liveFrom(units, w.Start(loc))
	es, err := entries(ctx, q, org.ID, k.Side(), w, nil)
	if err != nil {
		return Report{}, err
	}
	byUnit := map[int64][]Entry{}
	for _, e := range es {
		byUnit[e.UnitID] = append(byUnit[e.UnitID], e)
	}
	var due map[int64][]TaskLine
	if k == Thursday {
		if due, err = dueByUnit(ctx, q, org.ID, w, asOf, loc); err != nil {
			return Report{}, err
		}
	}
	var stats map[int64]UnitStats
	if k == Monday {
		s, err := computeStats(ctx, q, org.ID, units, w, asOf, loc)
		if err != nil {
			return Report{}, err
		}
		rep.Stats = &s
		stats = map[int64]UnitStats{}
		for _, us := range s.Units {
			stats[us.UnitID] = us
		}
	}
	for _, u := range units {
		p := UnitPart{UnitID: u.ID, Code: u.Code, Name: u.Name, Asked: st.asks(u.Kind), Entries: byUnit[u.ID], Due: due[u.ID]}
		if us, ok := stats[u.ID]; ok {
			p.Stats = &us
		}
		rep.Units = append(rep.Units, p)
	}
	return rep, nil
}

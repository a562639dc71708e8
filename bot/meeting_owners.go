package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/directives"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// The draft of a meeting and its confirmation read an item's owners and
// deadline through these functions, so that what the draft shows is what
// [Xác nhận tất cả] creates (issue 15.1).

// itemDirective resolves a draft item's owner keys in the directory. Keys
// it cannot find are returned, for the confirmation to refuse.
func itemDirective(it tasks.MeetingItem, dir *tasks.Directory) (directives.Directive, []string) {
	var (
		d       directives.Directive
		unknown []string
	)
	if it.Lead != "" {
		if lead, ok := directives.OwnerByKey(dir, it.Lead); ok {
			d.Lead = &lead
		} else {
			unknown = append(unknown, it.Lead)
		}
	}
	for _, k := range it.Coordinators {
		o, ok := directives.OwnerByKey(dir, k)
		if !ok {
			unknown = append(unknown, k)
			continue
		}
		d.Coordinators = append(d.Coordinators, o)
	}
	return d, unknown
}

// itemDue is the deadline a task made from the item gets when confirmed
// at now: the item's instant; for a recurring deadline, its first
// occurrence after the meeting, or after now once that has passed.
func itemDue(it tasks.MeetingItem, now time.Time, loc *time.Location) *time.Time {
	if it.Deadline == nil {
		return nil
	}
	at := it.Deadline.In(loc)
	if it.Rule != nil && at.Before(now) {
		at = it.Rule.Next(now.In(loc))
	}
	return &at
}

// maxOwnerNames is how many units a draft names for a group before it
// only counts the others.
const maxOwnerNames = 160

// draftOwners renders the lead and coordinator lines of a draft item: a
// group is named with the units it stands for, without those that
// coordinate.
func draftOwners(it tasks.MeetingItem, dir *tasks.Directory) []string {
	d, _ := itemDirective(it, dir)
	var lines []string
	switch {
	case it.Lead == "":
		lines = append(lines, draftNoLead)
	case d.Lead == nil:
		lines = append(lines, fmt.Sprintf(draftLead, esc(it.Lead)))
	case d.Lead.Unit != nil:
		lines = append(lines, fmt.Sprintf(draftLead, esc(d.Lead.Name())))
	default:
		name := d.Lead.Name()
		if d.LeadExcludes() {
			name = fmt.Sprintf(draftLeadExcept, name)
		}
		lines = append(lines, fmt.Sprintf(draftLead, esc(name+groupUnits(d.LeadUnits()))))
	}
	if len(it.Coordinators) == 0 {
		return lines
	}
	leads := map[int64]bool{}
	for _, u := range d.LeadUnits() {
		leads[u.ID] = true
	}
	var names []string
	for _, o := range d.Coordinators {
		if o.Unit != nil {
			if !leads[o.Unit.ID] {
				names = append(names, o.Name())
			}
			continue
		}
		var us []tasks.Unit
		for _, u := range o.Units {
			if !leads[u.ID] {
				us = append(us, u)
			}
		}
		names = append(names, o.Name()+groupUnits(us))
	}
	if len(names) > 0 {
		lines = append(lines, fmt.Sprintf(draftCoords, esc(strings.Join(names, "; "))))
	}
	return lines
}

// groupUnits names the units of a group: " (2 đơn vị: A, B)".
func groupUnits(us []tasks.Unit) string {
	if len(us) == 0 {
		return " " + draftGroupEmpty
	}
	names := make([]string, len(us))
	for i, u := range us {
		names[i] = u.Name
	}
	return fmt.Sprintf(draftGroupUnits, len(us), vntext.JoinShort(names, maxOwnerNames, draftMoreUnits))
}

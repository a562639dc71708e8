// Package directives finds the directives in the conclusion of a Vietnamese
// government meeting ("Kết luận cuộc họp, đồng chí Chủ tịch đề nghị các cơ
// quan, đơn vị …; Văn phòng HĐND, UBND huyện cần tham mưu …") and says, for
// each, who leads it, who coordinates and by when.
//
// The text is cut into numbered items, bullets, lines, sentences and
// semicolon items; a clause that gives two pieces of work two deadlines, or
// that starts a new request ("… và đề nghị xã Quảng Lâm …"), is cut again.
// Each piece is a directive when it asks someone to act (yêu cầu, đề nghị,
// giao, cần, phải, chủ trì, tập trung, tiếp tục …), and narrative when it
// reports (đã, đang, được, còn, chưa …). A piece that starts with a verb
// takes the kind of the piece before it.
//
// Owners come from the unit directory only, never from a guess: the unit
// asked (after yêu cầu / đề nghị / giao … cho) or the subject leads; units
// after "phối hợp (với)" or asked by the directive itself coordinate; units
// that only receive (gửi về, báo cáo, trình) or are helped (cho, hỗ trợ,
// hướng dẫn) are not owners. A semicolon item without a subject continues
// the request that opened its sentence, and so does a time frame that opens
// it ("Về nhiệm vụ trọng tâm từ nay đến cuối năm, …"). A subject that names
// a body the directory does not know leaves the directive without a lead
// and with a warning.
package directives

import (
	"fmt"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
)

// Owner is a unit, or a group of units, named as owner of a directive.
type Owner struct {
	Unit   *tasks.Unit  // the unit; nil for a group
	Group  tasks.Kind   // for a group, the kind of its units (tasks.KindAll: every unit)
	Phrase string       // as written in the text
	Units  []tasks.Unit // the units the owner stands for
	// Retired is the retired unit the text named, when Unit is its successor.
	Retired *tasks.Unit
}

// Key is the owner as `dondoc parse` prints it and a draft stores it: the
// unit's code, or "group:<kind>" ("group:xa", "group:all").
func (o Owner) Key() string {
	if o.Unit != nil {
		return o.Unit.Code
	}
	return groupPrefix + string(o.Group)
}

// Name is the owner for people: the unit's name, or the group's ("các xã, thị trấn").
func (o Owner) Name() string {
	if o.Unit != nil {
		return o.Unit.Name
	}
	if n, ok := groupNames[o.Group]; ok {
		return n
	}
	return string(o.Group)
}

const groupPrefix = "group:"

// OwnerByKey finds the owner a key names in the directory.
func OwnerByKey(dir *tasks.Directory, key string) (Owner, bool) {
	if len(key) > len(groupPrefix) && key[:len(groupPrefix)] == groupPrefix {
		k := tasks.Kind(key[len(groupPrefix):])
		if _, ok := groupNames[k]; !ok {
			return Owner{}, false
		}
		return groupOwner(dir, k, ""), true
	}
	u, ok := dir.ByCode(key)
	if !ok {
		return Owner{}, false
	}
	return unitOwner(u, u.Name), true
}

func unitOwner(u tasks.Unit, phrase string) Owner {
	return Owner{Unit: &u, Phrase: phrase, Units: []tasks.Unit{u}}
}

func groupOwner(dir *tasks.Directory, k tasks.Kind, phrase string) Owner {
	return Owner{Group: k, Phrase: phrase, Units: dir.Expand(tasks.Mention{Group: k})}
}

// Topic is what a warning is about, so that fixing the owner or the
// deadline of a draft item clears the warnings it answers.
type Topic string

// Warning topics.
const (
	AboutOwner    Topic = "owner"
	AboutDeadline Topic = "deadline"
	// AboutWork: whether the item is work at all (the safety net's rows).
	// Fixing the owner or the deadline does not answer it: the secretary
	// keeps the item or drops it.
	AboutWork Topic = "work"
)

// Warning is something a person should check in a directive, in Vietnamese.
type Warning struct {
	About Topic
	Text  string
}

// Directive is one piece of work a conclusion asks for.
type Directive struct {
	Text         string  // the directive as a task reads, without the speaker's preamble
	Lead         *Owner  // nil when no owner was found
	Coordinators []Owner // coordinating units or groups, never the lead again
	// Deadline is nil when the text gives none, or gives an impossible one.
	Deadline *deadline.Deadline
	// DeadlineText is the deadline phrase as written, also when it is impossible.
	DeadlineText string
	Warnings     []Warning
	// Why says, for each field, which words of the text decided it
	// (`dondoc parse --explain`), in Vietnamese.
	Why Explanation
}

// Explanation says which words decided each field of a directive.
type Explanation struct {
	Directive    string `json:"directive"`
	Lead         string `json:"lead"`
	Coordinators string `json:"coordinators"`
	Deadline     string `json:"deadline"`
}

// LeadUnits returns the units that lead: the lead unit, or every unit of a
// lead group except those named as coordinators ("các cơ quan, đơn vị phối
// hợp với UBND các xã": the communes coordinate, they do not lead).
func (d Directive) LeadUnits() []tasks.Unit {
	if d.Lead == nil {
		return nil
	}
	if d.Lead.Unit != nil {
		return []tasks.Unit{*d.Lead.Unit}
	}
	coord := map[int64]bool{}
	for _, o := range d.Coordinators {
		for _, u := range o.Units {
			coord[u.ID] = true
		}
	}
	var out []tasks.Unit
	for _, u := range d.Lead.Units {
		if !coord[u.ID] {
			out = append(out, u)
		}
	}
	return out
}

// LeadExcludes reports whether a lead group leaves out units named as
// coordinators.
func (d Directive) LeadExcludes() bool {
	return d.Lead != nil && d.Lead.Unit == nil && len(d.LeadUnits()) < len(d.Lead.Units)
}

// CoordinatorUnits returns the coordinating units, each once, without the leads.
func (d Directive) CoordinatorUnits() []tasks.Unit {
	seen := map[int64]bool{}
	for _, u := range d.LeadUnits() {
		seen[u.ID] = true
	}
	var out []tasks.Unit
	for _, o := range d.Coordinators {
		for _, u := range o.Units {
			if !seen[u.ID] {
				seen[u.ID] = true
				out = append(out, u)
			}
		}
	}
	return out
}

// Recurrence is how often the deadline comes back, or "" for a single deadline.
func (d Directive) Recurrence() deadline.Recurrence {
	if d.Deadline == nil || d.Deadline.Rule == nil {
		return ""
	}
	return d.Deadline.Rule.Freq
}

// Extract returns the directives of a conclusion, in order. Deadlines are
// read relative to meetingDate, whose location is the organisation's zone;
// a date without a year is its next occurrence on or after the meeting.
func Extract(text string, dir *tasks.Directory, meetingDate time.Time) []Directive {
	x := &extractor{dir: dir, ref: meetingDate}
	return x.run(text)
}

func (d *Directive) warn(about Topic, format string, args ...any) {
	d.Warnings = append(d.Warnings, Warning{About: about, Text: fmt.Sprintf(format, args...)})
}

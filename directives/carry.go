package directives

// Owners handed on: the lead carried to a clause without a subject,
// coordinators joined to the directive before, bare kind nouns and groups
// that point back to units named before.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// takeLead makes o, carried from another sentence, the lead of d: the
// coordinators carried with it come first, then d's own, without o.
func (d *Directive) takeLead(o Owner, coords []Owner) {
	d.Lead = &o
	d.Coordinators = withoutOwner(uniqueOwners(append(append([]Owner(nil), coords...), d.Coordinators...)), o.Key())
}

func uniqueOwners(os []Owner) []Owner {
	seen := map[string]bool{}
	var out []Owner
	for _, o := range os {
		if !seen[o.Key()] {
			seen[o.Key()] = true
			out = append(out, o)
		}
	}
	return out
}

// carry gives a clause without a subject the lead of the clause it was cut
// from, or of the request that opened its sentence, and that request's
// time frame.
func (x *extractor) carry(d *Directive, a analysis, p piece, prev *Directive, firstLead *Owner, frame *deadline.Deadline) {
	if d.Lead == nil && a.unknownLead == "" {
		var from *Owner
		switch {
		case p.cont && prev != nil:
			from = prev.Lead
		case firstLead != nil:
			from = firstLead
		}
		if from != nil {
			o := *from
			d.Lead = &o
			d.Coordinators = withoutOwner(d.Coordinators, o.Key())
			d.warn(AboutOwner, warnCarriedLead, o.Name())
			d.Why.Lead = fmt.Sprintf(whyLeadCarried, o.Name())
		}
	}
	if d.Deadline == nil && d.DeadlineText == "" && frame != nil && !p.cont {
		f := *frame
		d.Deadline, d.DeadlineText = &f, f.Text
		d.warn(AboutDeadline, warnCarriedPeriod, f.Text)
		d.Why.Deadline = fmt.Sprintf(whyDeadlineCarried, f.Text)
	}
}

func (x *extractor) ownerWarnings(d *Directive, a analysis) {
	switch {
	case d.Lead == nil && a.unknownLead != "":
		d.warn(AboutOwner, warnUnknownLead, a.unknownLead)
	case d.Lead == nil:
		d.warn(AboutOwner, warnNoLead)
	}
	for _, name := range a.unknownCoords {
		d.warn(AboutOwner, warnUnknownCoord, name)
	}
	retiredWarnings(d)
}

func withoutOwner(os []Owner, key string) []Owner {
	var out []Owner
	for _, o := range os {
		if o.Key() != key {
			out = append(out, o)
		}
	}
	return out
}

// opensWithUnit reports whether the clause opens with a unit or group of the
// directory followed by a word: the unit is the subject of what follows
// ("Công an xã trả lời đơn …"), whatever the verb.
func (c *clause) opensWithUnit() bool {
	i := c.frameEnd()
	mi, ok := c.byFirst[i]
	if !ok || c.mentions[mi].agentOnly {
		return false
	}
	next := c.mentions[mi].last
	if next >= len(c.toks) || c.toks[next].punct {
		return false
	}
	kind, _ := c.cue(next)
	return kind != cueSpeech && kind != cueNarrative && kind != cueOther
}

// coordinatorsOnly reports whether the clause only names units that
// coordinate: "Phòng B, Công an xã phối hợp (thực hiện)".
func (c *clause) coordinatorsOnly() bool {
	i, named := c.skipUnits(0)
	n := c.at(i, coordCues)
	if !named || n == 0 {
		return false
	}
	for i += n; i < len(c.toks); {
		switch k := c.at(i, coordFillers); {
		case c.toks[i].punct:
			i++
		case k > 0:
			i += k
		default:
			return false
		}
	}
	return true
}

// coordinatorsFirst reports whether the clause opens with units followed
// by "phối hợp": "Công an xã, các thôn phối hợp kiểm tra …".
func (c *clause) coordinatorsFirst() bool {
	i, named := c.skipUnits(0)
	return named && c.at(i, phrases("phoi hop")) > 0
}

// skipUnits returns the first token at or after i that is neither a
// named unit, punctuation, glue nor one of the extra words, and whether a
// unit was passed.
func (c *clause) skipUnits(i int, extra ...string) (int, bool) {
	named := false
	for i < len(c.toks) {
		if mi, ok := c.byFirst[i]; ok {
			named = true
			i = c.mentions[mi].last
			continue
		}
		if c.toks[i].punct || c.at(i, glueWords) > 0 || slices.Contains(extra, c.word(i)) {
			i++
			continue
		}
		break
	}
	return i, named
}

// joinCoordinators adds the units of a "… phối hợp" piece to the
// coordinators of the directive before it.
func joinCoordinators(prev *Directive, d Directive) {
	add := append([]Owner{*d.Lead}, d.Coordinators...)
	cs := append(append([]Owner(nil), prev.Coordinators...), add...)
	if prev.Lead != nil {
		cs = withoutOwner(cs, prev.Lead.Key())
	}
	prev.Coordinators = uniqueOwners(cs)
	prev.Text += "; " + d.Text
}

// newSubjectAt reports whether a unit that acts opens the words at token
// i: a mention followed by a verb or a modal.
func (c *clause) newSubjectAt(i int) bool {
	mi, ok := c.byFirst[i]
	if !ok || c.mentions[mi].agentOnly || c.mentions[mi].generic {
		return false
	}
	kind, _ := c.cue(c.mentions[mi].last)
	return kind == cueVerb || kind == cueModal || kind == cueWeakModal
}

// endsMention reports whether token i-1 is the last of a mention: the
// comma at i then goes on with a list of units ("phối hợp với Sở A, Sở B …").
func (c *clause) endsMention(i int) bool {
	for _, m := range c.mentions {
		if m.last == i {
			return true
		}
	}
	return false
}

// namedUnits are the units a text has named so far, by the noun their
// name opens with ("phong", "so"): a bare "phòng" after "lãnh đạo, công
// chức" is the one phòng the text named, if it named only one.
type namedUnits map[string]map[string]Owner

func (n namedUnits) note(c *clause) {
	for _, m := range c.mentions {
		u := m.owner.Unit
		if u == nil {
			continue
		}
		w := strings.Fields(vntext.Fold(u.Name))
		if len(w) == 0 {
			continue
		}
		keys := []string{w[0]}
		if committeeName(u.Name) && len(w) > 2 {
			keys = append(keys, w[len(strings.Fields(vntext.Fold(strings.SplitN(u.Name, " ", 2)[0]))):][0]) // "UBND phường An Phú" is "phường" too
		}
		for _, k := range keys {
			if n[k] == nil {
				n[k] = map[string]Owner{}
			}
			n[k][u.Code] = m.owner
		}
	}
}

// bareKind reports whether an unknown addressee is only a kind noun
// ("phường") that names a unit named before.
func (n namedUnits) bareKind(name string) bool {
	f := strings.Fields(vntext.Fold(name))
	return len(f) == 1 && len(n[f[0]]) == 1
}

// bareHead finds "lãnh đạo, công chức phòng" (a head noun with no name)
// and returns the only unit of that noun named before.
func (n namedUnits) bareHead(c *clause) (Owner, bool) {
	for i := range c.toks {
		k := c.at(i, staffWords)
		if kind, n := c.cue(i); k == 0 && kind == cueRequest {
			k = n // "yêu cầu phường chủ động …" after "phường An Phú" was named: that ward
		}
		if k == 0 {
			continue
		}
		j := i + k
		for j < len(c.toks) && (c.toks[j].punct && c.toks[j].w == "," || c.at(j, staffWords) > 0 || c.word(j) == "va") {
			if s := c.at(j, staffWords); s > 0 {
				j += s
			} else {
				j++
			}
		}
		head := c.word(j)
		if head == "" || n[head] == nil || len(n[head]) != 1 {
			continue
		}
		if _, named := c.byFirst[j]; named {
			continue
		}
		if next := c.word(j + 1); next != "" {
			if kind, _ := c.cue(j + 1); kind == cueNone || kind == cueNominal {
				continue // "công chức phòng khám …": the noun goes on, it names something else
			}
		}
		for _, o := range n[head] {
			return o, true
		}
	}
	return Owner{}, false
}

// genericVerbs name no particular work: sharing them does not make two
// sentences the same work.
var genericVerbs = phrases("thuc hien", "trien khai", "to chuc", "dam bao", "bao dam", "tiep tuc thuc hien", "thuc hien nghiem")

// pointsBack reports whether a group phrase is followed by a word that
// points back to units named before: "các địa phương này", "các đơn vị
// nói trên", "các xã đó".
func pointsBack(text, phrase string) bool {
	i := strings.Index(text, phrase)
	if phrase == "" || i < 0 {
		return false
	}
	if folded := strings.Fields(vntext.Fold(text[i+len(phrase):])); len(folded) > 2 && folded[0] == "duoc" && (folded[1] == "giao" || folded[1] == "phan") {
		for _, w := range folded[2:min(len(folded), 5)] {
			if w == "nhiem" || w == "viec" {
				return true // "các đơn vị được giao nhiệm vụ": those just given the work ("được giao thống kê …" is their work)
			}
		}
	}
	rest := strings.Fields(strings.ToLower(text[i+len(phrase):]))
	if len(rest) > 1 && rest[0] == "trên" && (rest[1] == "cơ" || rest[1] == "địa" || rest[1] == "toàn") {
		return false // "các thôn trên cơ sở …", "các xã trên địa bàn": not "the units above"
	}
	return len(rest) > 0 && (rest[0] == "này" || rest[0] == "đó" || rest[0] == "trên" || len(rest) > 1 && rest[0] == "nói" && rest[1] == "trên")
}

// mentionLen returns how many tokens the mention at token i spans, or 0.
func (c *clause) mentionLen(i int) int {
	if mi, ok := c.byFirst[i]; ok {
		return c.mentions[mi].last - i
	}
	return 0
}

// carryUnknown gives a piece that goes on with a request whose first
// addressee the directory does not know the same owners: no lead, with a
// warning naming that body, and the units asked with it ("đề nghị Trạm Y
// tế Mỹ Lộc (unknown) và Trạm Y tế Đồng Lộc …; thực hiện tốt công tác
// khám chữa bệnh …").
func (r *runState) carryUnknown(d *Directive, a *analysis, from *Owner) {
	if d.Lead != nil || a.unknownLead != "" || from != nil || r.firstUnknown == "" {
		return
	}
	a.unknownLead = r.firstUnknown
	d.Coordinators = uniqueOwners(append(append([]Owner(nil), r.firstCo...), d.Coordinators...))
	d.Why.Lead = fmt.Sprintf(whyLeadUnknown, r.firstUnknown)
}

// directorLeads gives a piece that opens with a verb of directing and no
// subject ("…; chỉ đạo các Phòng chuyên môn đôn đốc …", "Chỉ đạo UBND các
// xã đẩy nhanh …" after "… giao UBND huyện bám sát …") the owner the text
// hands on as its lead: that owner directs, and those it directs take
// part.
func (r *runState) directorLeads(s sentence, ps *pieceState) {
	c, a, d := ps.c, &ps.a, &ps.d
	if !a.requestBare || !a.leadFromRequest || d.Lead == nil || c.at(c.frameEnd(), directingVerbs) == 0 || s.listItem || r.h.owners != nil {
		return
	}
	var by *Owner
	switch {
	case r.pieceIndex > 0 && r.firstLead != nil:
		by = r.firstLead
	case r.pieceIndex == 0 && r.chain != nil:
		by = &r.chain.lead
	}
	if by == nil || by.Key() == d.Lead.Key() || by.Unit == nil {
		return
	}
	o := *by
	asked := *d.Lead
	d.Coordinators = withoutOwner(uniqueOwners(append([]Owner{asked}, d.Coordinators...)), o.Key())
	d.Lead = &o
	a.because(asked, a.requestWord)
	d.warn(AboutOwner, warnDirectorLead, o.Name())
	d.Why.Lead = fmt.Sprintf(whyLeadDirector, o.Name(), a.requestWord)
}
